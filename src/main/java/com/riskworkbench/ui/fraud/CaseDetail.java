package com.riskworkbench.ui.fraud;

import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.ui.fraud.FraudRows.CaseRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The detail pane of one case: the case, its loan's facts and monthly history, and the borrower's
 * loans — read from the loaded book (built in the background: finding a borrower's loans is a pass
 * over every loan).
 */
record CaseDetail(
    CaseRow row,
    Optional<LoanFacts> loan,
    List<HistoryRow> history,
    List<LoanFacts> borrowerLoans) {

  /** A loan's facts; {@code state} is its status at its last row up to the as-of month. */
  record LoanFacts(
      int index,
      String loanId,
      String product,
      String channel,
      long principalCents,
      LocalDate originated,
      Optional<LoanStatus> state,
      long balanceCents) {}

  /** One month of a loan's history. */
  record HistoryRow(YearMonth month, long balanceCents, int dpd, LoanStatus status) {}

  static CaseDetail of(CaseRow row, LoadedPortfolio p, int asOf) {
    Optional<LoanFacts> loan =
        row.loan() >= 0 ? Optional.of(facts(p, row.loan(), asOf)) : Optional.empty();
    List<HistoryRow> history = new ArrayList<>();
    if (row.loan() >= 0) {
      for (int r = p.rowStart()[row.loan()]; r < p.rowStart()[row.loan() + 1]; r++) {
        if (p.rowMonth()[r] > asOf) {
          break;
        }
        history.add(
            new HistoryRow(
                Months.of(p.rowMonth()[r]),
                p.rowBalance()[r],
                p.rowDpd()[r],
                LoanStatus.values()[p.rowStatus()[r]]));
      }
    }
    List<LoanFacts> loans = new ArrayList<>();
    int borrower = borrowerIndex(p, row);
    if (borrower >= 0) {
      int[] loanBorrower = p.loanBorrower();
      for (int l = 0; l < loanBorrower.length; l++) {
        if (loanBorrower[l] == borrower) {
          loans.add(facts(p, l, asOf));
        }
      }
    }
    return new CaseDetail(row, loan, List.copyOf(history), List.copyOf(loans));
  }

  private static int borrowerIndex(LoadedPortfolio p, CaseRow row) {
    if (row.loan() >= 0) {
      return p.loanBorrower()[row.loan()];
    }
    String[] ids = p.borrowerIds();
    for (int b = 0; b < ids.length; b++) {
      if (ids[b].equals(row.borrowerId())) {
        return b;
      }
    }
    return -1;
  }

  private static LoanFacts facts(LoadedPortfolio p, int l, int asOf) {
    Optional<LoanStatus> state = Optional.empty();
    long balance = 0;
    for (int r = p.rowStart()[l + 1] - 1; r >= p.rowStart()[l]; r--) {
      if (p.rowMonth()[r] <= asOf) {
        state = Optional.of(LoanStatus.values()[p.rowStatus()[r]]);
        balance = p.rowBalance()[r];
        break;
      }
    }
    return new LoanFacts(
        l,
        p.loanIds()[l],
        p.products().value(p.loanProduct()[l]),
        p.channels().value(p.loanChannel()[l]),
        p.loanPrincipal()[l],
        LocalDate.ofEpochDay(p.loanOriginDay()[l]),
        state,
        balance);
  }
}
