package com.riskworkbench.ui.loans;

import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;

/** The texts of the Loans view's tables, made by {@link LoansViewModel}. */
public final class LoansRows {
  private LoansRows() {}

  /** A loan at the list's month; balance and days past due are blank without a row there. */
  public record LoanRow(
      String loanId,
      String borrowerId,
      String product,
      String channel,
      String grade,
      String originated,
      String principal,
      String rate,
      String status,
      String balance,
      String daysPastDue) {

    static LoanRow of(LoanListing.LoanLine l, Formats f, Labels labels) {
      boolean hasRow = l.status().isPresent();
      return new LoanRow(
          l.loanId(),
          l.borrowerId(),
          l.product(),
          l.channel(),
          l.riskGrade(),
          f.date(l.originated()),
          f.amount(l.principalCents() / 100.0),
          f.percent(l.interestRate(), 2),
          l.status().map(labels::of).orElse(""),
          hasRow ? f.amount(l.balanceCents() / 100.0) : "",
          hasRow ? f.count(l.daysPastDue()) : "");
    }
  }

  /**
   * One month end of the selected loan; charge-off and recovery are blank when zero. {@code
   * balanceAmount} (in currency units) is the chart's value.
   */
  public record HistoryRow(
      String month,
      String balance,
      String daysPastDue,
      String status,
      String chargeOff,
      String recovery,
      double balanceAmount) {

    static HistoryRow of(LoanListing.MonthLine m, Formats f, Labels labels) {
      return new HistoryRow(
          f.month(m.month()),
          f.amount(m.balanceCents() / 100.0),
          f.count(m.daysPastDue()),
          labels.of(m.status()),
          m.chargeOffCents() == 0 ? "" : f.amount(m.chargeOffCents() / 100.0),
          m.recoveryCents() == 0 ? "" : f.amount(m.recoveryCents() / 100.0),
          m.balanceCents() / 100.0);
    }
  }
}
