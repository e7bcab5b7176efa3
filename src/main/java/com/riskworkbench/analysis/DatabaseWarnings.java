package com.riskworkbench.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The early warnings of {@link EarlyWarnings#run} in the database: every analysis they read comes
 * from the database engine, and the indicators from the same {@link EarlyWarnings#finish}. Their
 * drill-downs are not offered by this engine.
 */
final class DatabaseWarnings {
  private DatabaseWarnings() {}

  static EarlyWarnings.WarningsResult run(
      DatabaseEngine engine,
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      SingleBorrowerLimits limits,
      WarningThresholds t) {
    List<ConcentrationAnalysis.ConcentrationResult> concentrations = new ArrayList<>();
    for (Dimension d : EarlyWarnings.DIMENSIONS) {
      concentrations.add(engine.concentration(asOf, filter, d, rule, limits));
    }
    return EarlyWarnings.finish(
        new WarningInputs(
            engine.asOfMonth(asOf),
            engine.summary(asOf, filter, buckets, rule),
            engine.rollRate(asOf, filter, buckets, 1),
            engine
                .forward()
                .provisions(asOf, filter, buckets, rule, TransitionModel.DEFAULT_WINDOW),
            concentrations,
            DatabaseVintage.run(engine, asOf, filter, VintageParams.DEFAULT),
            DatabaseScorecard.run(engine, asOf, filter, ScorecardParams.DEFAULT),
            engine.firstMonth()),
        buckets,
        rule,
        t);
  }
}
