package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The loans behind a number, one line each, and a loan's monthly history: what the Loans view and
 * its CSV export show. Values "at a month" are those of the loan's row at that month end; a loan
 * that ended earlier shows its terminal status with a zero balance; a loan with no row yet (not
 * originated, or a gap) shows no balance and no status.
 */
public final class LoanListing {
  private LoanListing() {}

  /** One loan at one month. {@code status} is empty when the loan has no row at or before it. */
  public record LoanLine(
      int loan,
      String loanId,
      String borrowerId,
      String product,
      String channel,
      String riskGrade,
      LocalDate originated,
      long principalCents,
      double interestRate,
      Optional<LoanStatus> status,
      long balanceCents,
      int daysPastDue) {}

  /** One month end of a loan's history. */
  public record MonthLine(
      YearMonth month,
      long balanceCents,
      int daysPastDue,
      LoanStatus status,
      long chargeOffCents,
      long recoveryCents) {}

  /** Loan {@code loan} at month {@code month} (an ordinal of {@link Months}). */
  public static LoanLine line(LoadedPortfolio p, int loan, int month) {
    int row = p.rowAt(loan, month);
    Optional<LoanStatus> status = Optional.empty();
    long balance = 0;
    int dpd = 0;
    if (row >= 0) {
      status = Optional.of(status(p.rowStatus()[row]));
      balance = p.rowBalance()[row];
      dpd = p.rowDpd()[row];
    } else {
      int last = lastRowBefore(p, loan, month);
      if (last >= 0 && p.rowStatus()[last] != LoadedPortfolio.ACTIVE) {
        status = Optional.of(status(p.rowStatus()[last]));
      }
    }
    return new LoanLine(
        loan,
        p.loanIds()[loan],
        p.borrowerIds()[p.loanBorrower()[loan]],
        p.products().value(p.loanProduct()[loan]),
        p.channels().value(p.loanChannel()[loan]),
        p.grades().value(p.loanGrade()[loan]),
        LocalDate.ofEpochDay(p.loanOriginDay()[loan]),
        p.loanPrincipal()[loan],
        p.loanRate()[loan],
        status,
        balance,
        dpd);
  }

  /** Every month end of loan {@code loan}, oldest first. */
  public static List<MonthLine> history(LoadedPortfolio p, int loan) {
    List<MonthLine> lines = new ArrayList<>();
    for (int r = p.rowStart()[loan]; r < p.rowStart()[loan + 1]; r++) {
      lines.add(
          new MonthLine(
              Months.of(p.rowMonth()[r]),
              p.rowBalance()[r],
              p.rowDpd()[r],
              status(p.rowStatus()[r]),
              p.rowChargeOff()[r],
              p.rowRecovery()[r]));
    }
    return lines;
  }

  /**
   * The loans of the scope originated by its as-of month, in book order: the Loans view's list when
   * no number was clicked.
   */
  public static int[] inScope(AnalysisScope scope) {
    LoadedPortfolio p = scope.portfolio();
    int[] loans = new int[p.loans()];
    int n = 0;
    for (int l = 0; l < p.loans(); l++) {
      if (scope.include()[l] && p.loanOriginMonth()[l] <= scope.asOfMonth()) {
        loans[n++] = l;
      }
    }
    return Arrays.copyOf(loans, n);
  }

  private static int lastRowBefore(LoadedPortfolio p, int loan, int month) {
    int last = -1;
    for (int r = p.rowStart()[loan]; r < p.rowStart()[loan + 1] && p.rowMonth()[r] < month; r++) {
      last = r;
    }
    return last;
  }

  private static LoanStatus status(byte code) {
    return switch (code) {
      case LoadedPortfolio.ACTIVE -> LoanStatus.ACTIVE;
      case LoadedPortfolio.PAID_OFF -> LoanStatus.PAID_OFF;
      default -> LoanStatus.CHARGED_OFF;
    };
  }
}
