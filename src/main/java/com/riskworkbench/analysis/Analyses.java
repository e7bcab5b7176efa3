package com.riskworkbench.analysis;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The analyses by name, as the command line and the report call them. */
public final class Analyses {
  private Analyses() {}

  public enum Kind {
    SUMMARY("summary"),
    CONCENTRATION("concentration"),
    VINTAGE("vintage"),
    ROLL_RATE("roll-rate"),
    FLOW_RATE("flow-rate"),
    COLLECTIONS("collections"),
    FRAUD("fraud"),
    WARNINGS("warnings"),
    PD("pd"),
    ECL("ecl"),
    PROVISIONS("provisions"),
    FORECAST("forecast"),
    BACKTEST("backtest"),
    PERIOD("period"),
    MIGRATION("migration"),
    NPL_WALK("npl-walk"),
    CLASSIFICATION("classification"),
    SCORECARD("scorecard"),
    LORENZ("lorenz"),
    GROUPS("groups"),
    CO_LENDING("co-lending");

    private final String cliName;

    Kind(String cliName) {
      this.cliName = cliName;
    }

    public String cliName() {
      return cliName;
    }

    public static Kind parse(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
      for (Kind k : values()) {
        if (k.cliName.equals(t)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown analysis '"
              + text
              + "'; expected one of "
              + Arrays.stream(values()).map(Kind::cliName).collect(Collectors.joining(", ")));
    }
  }

  /** Every parameter an analysis may take; each uses the ones it needs. */
  public record Params(
      Dimension dimension,
      int threshold,
      Optional<Integer> window,
      String weight,
      String cohort,
      FiveCategoryRule fiveCategory,
      DelinquencyBuckets buckets,
      SingleBorrowerLimits limits,
      Optional<Integer> horizon,
      Scenario scenario,
      Optional<YearMonth> from,
      ScorecardParams scorecard) {

    /** The parameters of the regulator's views: scorecard monitoring at its default. */
    public Params(
        Dimension dimension,
        int threshold,
        Optional<Integer> window,
        String weight,
        String cohort,
        FiveCategoryRule fiveCategory,
        DelinquencyBuckets buckets,
        SingleBorrowerLimits limits,
        Optional<Integer> horizon,
        Scenario scenario,
        Optional<YearMonth> from) {
      this(
          dimension,
          threshold,
          window,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          horizon,
          scenario,
          from,
          ScorecardParams.DEFAULT);
    }

    /** The parameters of the forward-looking wave: the period starts at its default. */
    public Params(
        Dimension dimension,
        int threshold,
        Optional<Integer> window,
        String weight,
        String cohort,
        FiveCategoryRule fiveCategory,
        DelinquencyBuckets buckets,
        SingleBorrowerLimits limits,
        Optional<Integer> horizon,
        Scenario scenario) {
      this(
          dimension,
          threshold,
          window,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          horizon,
          scenario,
          Optional.empty());
    }

    /** The parameters of the first wave: each forward-looking one at its default. */
    public Params(
        Dimension dimension,
        int threshold,
        Optional<Integer> window,
        String weight,
        String cohort,
        FiveCategoryRule fiveCategory,
        DelinquencyBuckets buckets,
        SingleBorrowerLimits limits) {
      this(
          dimension,
          threshold,
          window,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          Optional.empty(),
          Scenario.BASE);
    }

    public Params {
      java.util.Objects.requireNonNull(scorecard, "scorecard");
      if (horizon.isPresent() && horizon.get() < 1) {
        throw new IllegalArgumentException(
            "horizon must be at least 1 month, got " + horizon.get());
      }
      if (threshold < 1) {
        throw new IllegalArgumentException("threshold must be at least 1 day, got " + threshold);
      }
      if (window.isPresent() && window.get() < 1) {
        throw new IllegalArgumentException("window must be at least 1 month, got " + window.get());
      }
      if (!weight.equals("amount") && !weight.equals("count")) {
        throw new IllegalArgumentException(
            "unknown weight '" + weight + "'; expected amount or count");
      }
      if (!cohort.equals("month") && !cohort.equals("quarter")) {
        throw new IllegalArgumentException(
            "unknown cohort '" + cohort + "'; expected month or quarter");
      }
    }

    /** This with another dimension (concentration). */
    public Params withDimension(Dimension d) {
      return new Params(
          d,
          threshold,
          window,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          horizon,
          scenario,
          from,
          scorecard);
    }

    /** This with another days-past-due threshold (vintage). */
    public Params withThreshold(int days) {
      return new Params(
          dimension,
          days,
          window,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          horizon,
          scenario,
          from,
          scorecard);
    }

    /** This with a window of months (roll and flow rates); empty for each analysis' default. */
    public Params withWindow(Optional<Integer> months) {
      return new Params(
          dimension,
          threshold,
          months,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          horizon,
          scenario,
          from,
          scorecard);
    }

    /** This weighted by {@code amount} or {@code count} (vintage). */
    public Params withWeight(String w) {
      return new Params(
          dimension,
          threshold,
          window,
          w,
          cohort,
          fiveCategory,
          buckets,
          limits,
          horizon,
          scenario,
          from,
          scorecard);
    }

    /** This with {@code month} or {@code quarter} cohorts (vintage). */
    public Params withCohort(String c) {
      return new Params(
          dimension,
          threshold,
          window,
          weight,
          c,
          fiveCategory,
          buckets,
          limits,
          horizon,
          scenario,
          from,
          scorecard);
    }

    /** This with another five-category rule. */
    public Params withFiveCategory(FiveCategoryRule r) {
      return new Params(
          dimension, threshold, window, weight, cohort, r, buckets, limits, horizon, scenario, from,
          scorecard);
    }

    /** This with a horizon in months (PD, forecast); empty for each analysis' default. */
    public Params withHorizon(Optional<Integer> months) {
      return new Params(
          dimension,
          threshold,
          window,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          months,
          scenario,
          from,
          scorecard);
    }

    /** This under a stress scenario (PD, ECL, forecast). */
    public Params withScenario(Scenario s) {
      return new Params(
          dimension,
          threshold,
          window,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          horizon,
          s,
          from,
          scorecard);
    }

    /**
     * This with the start month of a period (migration, NPL walk); empty for the start of the year.
     */
    public Params withFrom(Optional<YearMonth> month) {
      return new Params(
          dimension,
          threshold,
          window,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          horizon,
          scenario,
          month,
          scorecard);
    }

    /**
     * This with scorecard monitoring's performance window and threshold; its own, not {@link
     * #threshold()}, whose default of 30 days is vintage's.
     */
    public Params withScorecard(ScorecardParams s) {
      return new Params(
          dimension,
          threshold,
          window,
          weight,
          cohort,
          fiveCategory,
          buckets,
          limits,
          horizon,
          scenario,
          from,
          s);
    }

    /** The start month of a period ending at the scope's as-of month. */
    int start(AnalysisScope scope) {
      return from.map(Months::ordinal)
          .orElseGet(() -> ReportingMonth.defaultStart(scope.portfolio(), scope.asOfMonth()));
    }

    /**
     * The defaults: product, 30 days, each analysis' own window, by amount, monthly cohorts, the
     * 2023 regulatory rule, the default buckets and limits. Change one part with a {@code with…}
     * method: {@code Params.defaults().withDimension(Dimension.REGION)}.
     */
    public static Params defaults() {
      return new Params(
          Dimension.PRODUCT,
          30,
          Optional.empty(),
          "amount",
          "month",
          FiveCategoryRule.REGULATORY_2023,
          DelinquencyBuckets.DEFAULT,
          SingleBorrowerLimits.DEFAULT);
    }
  }

  public static AnalysisResult run(Kind kind, AnalysisScope scope, Params p) {
    return run(kind, scope, p, Progress.NONE);
  }

  /**
   * Runs an analysis; those that take long (the bootstrap of ECL and forecast) report to {@code
   * progress} and stop with a {@link java.util.concurrent.CancellationException} when it is
   * cancelled.
   */
  public static AnalysisResult run(Kind kind, AnalysisScope scope, Params p, Progress progress) {
    return switch (kind) {
      case SUMMARY -> SummaryAnalysis.run(scope, p.buckets(), p.fiveCategory());
      case CONCENTRATION ->
          ConcentrationAnalysis.run(scope, p.dimension(), p.fiveCategory(), p.limits());
      case COLLECTIONS -> CollectionsAnalysis.run(scope);
      case FRAUD -> FraudAnalysis.run(scope);
      case VINTAGE ->
          VintageAnalysis.run(
              scope,
              new VintageParams(
                  p.threshold(),
                  VintageParams.Weight.parse(p.weight()),
                  VintageParams.CohortPeriod.parse(p.cohort())));
      case ROLL_RATE ->
          RollRateAnalysis.run(
              scope, p.buckets(), p.window().orElse(RollRateAnalysis.DEFAULT_WINDOW));
      case FLOW_RATE -> FlowRateAnalysis.run(scope, p.buckets(), p.window().orElse(0));
      case WARNINGS ->
          EarlyWarnings.run(
              scope, p.buckets(), p.fiveCategory(), p.limits(), WarningThresholds.DEFAULT);
      case PD ->
          PdAnalysis.run(
              scope,
              p.buckets(),
              p.window().orElse(TransitionModel.DEFAULT_WINDOW),
              p.horizon().orElse(PdAnalysis.DEFAULT_HORIZON),
              p.scenario());
      case ECL ->
          EclAnalysis.run(
              scope,
              p.buckets(),
              p.fiveCategory(),
              p.window().orElse(TransitionModel.DEFAULT_WINDOW),
              p.scenario(),
              p.dimension(),
              Bootstrap.DEFAULT_DRAWS,
              Bootstrap.DEFAULT_SEED,
              progress);
      case PROVISIONS ->
          ProvisionAnalysis.run(
              scope,
              p.buckets(),
              p.fiveCategory(),
              p.window().orElse(TransitionModel.DEFAULT_WINDOW));
      case FORECAST ->
          ForecastAnalysis.run(
              scope,
              p.buckets(),
              p.fiveCategory(),
              p.window().orElse(TransitionModel.DEFAULT_WINDOW),
              p.horizon().orElse(PdAnalysis.DEFAULT_HORIZON),
              p.scenario(),
              Bootstrap.DEFAULT_DRAWS,
              Bootstrap.DEFAULT_SEED,
              progress);
      case BACKTEST ->
          BacktestAnalysis.run(
              scope,
              p.buckets(),
              p.fiveCategory(),
              p.window().orElse(TransitionModel.DEFAULT_WINDOW),
              p.horizon().orElse(BacktestAnalysis.DEFAULT_HORIZON));
      case PERIOD ->
          PeriodAnalysis.run(
              scope,
              p.buckets(),
              p.fiveCategory(),
              p.window().orElse(TransitionModel.DEFAULT_WINDOW));
      case MIGRATION -> MigrationAnalysis.run(scope, p.fiveCategory(), p.start(scope));
      case NPL_WALK -> NplWalkAnalysis.run(scope, p.fiveCategory(), p.start(scope));
      case CLASSIFICATION -> ClassificationChecks.run(scope, p.fiveCategory());
      case SCORECARD -> ScorecardAnalysis.run(scope, p.scorecard());
      case LORENZ -> LorenzAnalysis.run(scope, p.dimension());
      case GROUPS -> GroupAnalysis.run(scope, GroupLimit.DEFAULT);
      case CO_LENDING -> CoLendingAnalysis.run(scope, CoLendingRules.DEFAULT);
    };
  }
}
