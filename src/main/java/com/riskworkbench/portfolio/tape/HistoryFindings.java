package com.riskworkbench.portfolio.tape;

import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.portfolio.PortfolioSink;
import java.io.IOException;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/** The data-quality findings an import records about the loans' histories (methodology §11). */
final class HistoryFindings {
  private final PortfolioSink sink;
  private final IntFunction<YearMonth> month;

  HistoryFindings(PortfolioSink sink, IntFunction<YearMonth> month) {
    this.sink = sink;
    this.month = month;
  }

  /**
   * Writes the findings of a checked tape: columns that were ignored, loans without rows, loans
   * whose months start after their origination, and gaps; returns how many of each kind.
   */
  Map<FindingKind, Integer> emit(
      List<String> ignoredColumns, List<String> loanIds, LoanHistories histories)
      throws IOException {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    for (String column : ignoredColumns) {
      finding(
          counts,
          FindingKind.UNKNOWN_COLUMN,
          null,
          "column " + column + " is not part of the tape format and was ignored");
    }
    for (int loan = 0; loan < histories.size(); loan++) {
      String id = loanIds.get(loan);
      int rows = histories.rows(loan);
      if (rows == 0) {
        finding(counts, FindingKind.NO_HISTORY, id, "the loan has no rows in loan_months.csv");
        continue;
      }
      int first = histories.firstMonth(loan);
      int last = histories.lastMonth(loan);
      if (first > histories.originMonth(loan)) {
        finding(
            counts,
            FindingKind.LATE_FIRST_MONTH,
            id,
            "first month "
                + month.apply(first)
                + " is "
                + (first - histories.originMonth(loan))
                + " months after origination");
      }
      int missing = last - first + 1 - rows;
      if (missing > 0) {
        finding(
            counts,
            FindingKind.GAP_IN_HISTORY,
            id,
            missing
                + (missing == 1 ? " month is" : " months are")
                + " missing between "
                + month.apply(first)
                + " and "
                + month.apply(last));
      }
    }
    return counts;
  }

  private void finding(
      Map<FindingKind, Integer> counts, FindingKind kind, String loanId, String detail)
      throws IOException {
    counts.merge(kind, 1, Integer::sum);
    sink.finding(new DataQualityFinding(kind, Optional.ofNullable(loanId), detail));
  }
}
