package com.riskworkbench.analysis;

import com.riskworkbench.analysis.ScorecardAnalysis.ScoreRun;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.ScoreCount;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scorecard monitoring in the database (docs/decisions/0008-push-down.md): the scored loans counted
 * per origination month, score and bad flag, finished by {@link ScorecardAnalysis}'s own code.
 * Scores are whole numbers in a few hundred points, so the counts are small.
 */
final class DatabaseScorecard {
  private DatabaseScorecard() {}

  /** The scorecard of {@link ScorecardAnalysis#run}; its drill-downs are not offered. */
  static ScorecardResult run(
      DatabaseEngine engine, Optional<YearMonth> asOf, SegmentFilter filter, ScorecardParams p) {
    YearMonth month = engine.asOfMonth(asOf);
    List<ScoreRun> runs = new ArrayList<>();
    // Rows come by cohort, score, then goods before bads: one run per (cohort, score).
    for (ScoreCount c :
        engine.queries().scoreCounts(engine.scope(asOf, filter), month, p.mob(), p.threshold())) {
      int cohort = Months.ordinal(c.cohort());
      int loans = Math.toIntExact(c.loans());
      int goods = c.bad() ? 0 : loans;
      int bads = c.bad() ? loans : 0;
      int end = runs.size() - 1;
      if (end >= 0 && runs.get(end).month() == cohort && runs.get(end).score() == c.score()) {
        ScoreRun r = runs.get(end);
        runs.set(end, new ScoreRun(cohort, c.score(), r.goods() + goods, r.bads() + bads));
      } else {
        runs.add(new ScoreRun(cohort, c.score(), goods, bads));
      }
    }
    return ScorecardAnalysis.finish(month, Optional.empty(), p, runs);
  }
}
