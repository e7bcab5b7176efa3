package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.Message;
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
          counts, FindingKind.UNKNOWN_COLUMN, null, Message.of("finding.unknownColumn", column));
    }
    for (int loan = 0; loan < histories.size(); loan++) {
      String id = loanIds.get(loan);
      int rows = histories.rows(loan);
      if (rows == 0) {
        finding(counts, FindingKind.NO_HISTORY, id, Message.of("finding.noHistory"));
        continue;
      }
      int first = histories.firstMonth(loan);
      int last = histories.lastMonth(loan);
      if (first > histories.originMonth(loan)) {
        finding(
            counts,
            FindingKind.LATE_FIRST_MONTH,
            id,
            Message.of(
                "finding.lateFirstMonth", month.apply(first), first - histories.originMonth(loan)));
      }
      int missing = last - first + 1 - rows;
      if (missing > 0) {
        finding(
            counts,
            FindingKind.GAP_IN_HISTORY,
            id,
            Message.of(
                missing == 1 ? "finding.gap.one" : "finding.gap.many",
                missing,
                month.apply(first),
                month.apply(last)));
      }
    }
    return counts;
  }

  private void finding(
      Map<FindingKind, Integer> counts, FindingKind kind, String loanId, Message detail)
      throws IOException {
    counts.merge(kind, 1, Integer::sum);
    sink.finding(new DataQualityFinding(kind, Optional.ofNullable(loanId), detail));
  }
}
