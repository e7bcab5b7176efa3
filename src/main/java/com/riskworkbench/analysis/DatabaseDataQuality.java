package com.riskworkbench.analysis;

import com.riskworkbench.analysis.DataQualityChecks.Check;
import com.riskworkbench.analysis.DataQualityChecks.Finding;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.HistoryCounts;
import com.riskworkbench.portfolio.store.pushdown.MonthRowCount;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data-quality checks of {@link DataQualityChecks#run} in the database
 * (docs/decisions/0008-push-down.md): each check's occurrences and loans counted there, the rows
 * per month summed there, the unusual months by the in-memory code. The loans behind a finding are
 * not fetched (the findings carry none).
 */
public final class DatabaseDataQuality {
  private DatabaseDataQuality() {}

  public static DataQualityChecks.Result run(
      DatabaseEngine engine, Optional<YearMonth> asOf, SegmentFilter filter) {
    YearMonth month = engine.asOfMonth(asOf);
    int last = Months.ordinal(month);
    PushDownScope scope = engine.scope(asOf, filter);
    int first = engine.firstMonth().map(Months::ordinal).orElse(last + 1);
    int[] loanRows = new int[Math.max(0, last - first + 1)];
    int[] active = new int[loanRows.length];
    if (loanRows.length > 0) {
      for (MonthRowCount m : engine.queries().monthRows(scope, Months.of(first), month)) {
        int i = Months.ordinal(m.month()) - first;
        loanRows[i] = Math.toIntExact(m.loanRows());
        active[i] = Math.toIntExact(m.activeLoans());
      }
    }
    TransitionWindow w = engine.window(asOf, 0);
    HistoryCounts c =
        engine
            .queries()
            .historyCounts(
                scope, month, w.isEmpty() ? Optional.empty() : Optional.of(Months.of(w.first())));
    Map<Check, Finding> findings = new EnumMap<>(Check.class);
    put(findings, Check.GAP_IN_HISTORY, c.missingMonths(), c.gapLoans());
    put(findings, Check.MISSING_TRANSITION, c.missingTransitions(), c.missingTransitionLoans());
    put(
        findings,
        Check.NO_BORROWER_ATTRIBUTES,
        c.lackingAttributeLoans(),
        c.lackingAttributeLoans());
    put(findings, Check.LATE_FIRST_MONTH, c.lateFirstMonthLoans(), c.lateFirstMonthLoans());
    put(findings, Check.NO_HISTORY, c.noHistoryLoans(), c.noHistoryLoans());
    return DataQualityChecks.finish(Optional.empty(), findings, first, loanRows, active);
  }

  private static void put(Map<Check, Finding> findings, Check check, long times, long loans) {
    findings.put(
        check, new Finding(check, Math.toIntExact(times), Math.toIntExact(loans), new int[0]));
  }
}
