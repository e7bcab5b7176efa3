package com.riskworkbench.bench;

import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.CoLendingAnalysis;
import com.riskworkbench.analysis.CoLendingResult;
import com.riskworkbench.analysis.CoLendingRules;
import com.riskworkbench.analysis.ConcentrationAnalysis;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.FlowRateAnalysis;
import com.riskworkbench.analysis.GroupAnalysis;
import com.riskworkbench.analysis.GroupLimit;
import com.riskworkbench.analysis.LorenzAnalysis;
import com.riskworkbench.analysis.RollRateAnalysis;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.analysis.SingleBorrowerLimits;
import com.riskworkbench.analysis.VintageAnalysis;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.util.function.Supplier;

/**
 * Vintage, roll-rate, flow-rate, forward-looking, regulator's-view, scorecard and concentration
 * (Lorenz, groups, co-lending) timings on a generated book, to run by hand, not a unit test:
 *
 * <pre>
 * mvn -q -o test-compile
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     com.riskworkbench.bench.AnalysisTiming 1000000 36 42
 * </pre>
 *
 * Each analysis runs five times; the first runs include JIT warm-up. With a portfolio file instead
 * of the three numbers ({@code ... AnalysisTiming book.mv.db}) it times the Lorenz, groups and
 * co-lending analyses on that book and checks its Gini against the mean-absolute-difference form.
 */
public final class AnalysisTiming {
  private static final int RUNS = 5;

  private AnalysisTiming() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].endsWith(".mv.db")) {
      // A real portfolio: the issue-17 analyses and the Gini check on its book.
      try (var repo =
          com.riskworkbench.portfolio.store.PortfolioRepository.open(
              java.nio.file.Path.of(args[0]))) {
        LoadedPortfolio book = repo.load(Progress.NONE);
        System.out.printf("loaded %d loans, %d loan months%n", book.loans(), book.rows());
        concentrationOfTheSecondWave(AnalysisScope.all(book));
      }
      return;
    }
    int loans = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int months = args.length > 1 ? Integer.parseInt(args[1]) : 36;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;

    long t0 = System.nanoTime();
    PortfolioBuilder builder = new PortfolioBuilder();
    new SampleGenerator(new SampleSpec(loans, months, seed)).generate(builder, Progress.NONE);
    LoadedPortfolio p = builder.build();
    builder = null;
    System.out.printf(
        "generated and built %d loans, %d loan months in %d ms%n",
        p.loans(), p.rows(), (System.nanoTime() - t0) / 1_000_000);

    AnalysisScope scope = AnalysisScope.all(p);
    DelinquencyBuckets buckets = DelinquencyBuckets.DEFAULT;
    time("vintage (30+, amount, month)", () -> VintageAnalysis.run(scope, VintageParams.DEFAULT));
    time(
        "vintage (90+, count, quarter)",
        () ->
            VintageAnalysis.run(
                scope,
                new VintageParams(
                    90, VintageParams.Weight.COUNT, VintageParams.CohortPeriod.QUARTER)));
    time("roll rate (window 6)", () -> RollRateAnalysis.run(scope, buckets, 6));
    time("roll rate (all months)", () -> RollRateAnalysis.run(scope, buckets, 0));
    time("flow rate (all months)", () -> FlowRateAnalysis.run(scope, buckets, 0));
    RollRateResult roll = RollRateAnalysis.run(scope, buckets, 6);
    time("roll-rate drill-down CURRENT->DPD_1_29", () -> roll.loansBehind("CURRENT", "DPD_1_29"));
    com.riskworkbench.analysis.Analyses.Params defaults =
        com.riskworkbench.analysis.Analyses.Params.defaults();
    for (com.riskworkbench.analysis.Analyses.Kind kind :
        java.util.List.of(
            com.riskworkbench.analysis.Analyses.Kind.PD,
            com.riskworkbench.analysis.Analyses.Kind.ECL,
            com.riskworkbench.analysis.Analyses.Kind.PROVISIONS,
            com.riskworkbench.analysis.Analyses.Kind.FORECAST,
            com.riskworkbench.analysis.Analyses.Kind.BACKTEST,
            com.riskworkbench.analysis.Analyses.Kind.PERIOD,
            com.riskworkbench.analysis.Analyses.Kind.MIGRATION,
            com.riskworkbench.analysis.Analyses.Kind.NPL_WALK,
            com.riskworkbench.analysis.Analyses.Kind.CLASSIFICATION,
            com.riskworkbench.analysis.Analyses.Kind.SCORECARD)) {
      time(
          kind.cliName() + " (defaults)",
          () -> com.riskworkbench.analysis.Analyses.run(kind, scope, defaults));
    }
    com.riskworkbench.analysis.ScorecardResult scorecard =
        com.riskworkbench.analysis.ScorecardAnalysis.run(
            scope, com.riskworkbench.analysis.ScorecardParams.DEFAULT);
    String latest = scorecard.latest().map(c -> c.cohort()).orElse("");
    time("scorecard drill-down (latest cohort)", () -> scorecard.loansBehind(latest));
    concentrationOfTheSecondWave(scope);
  }

  /** Lorenz curve, groups, co-lending (issue 17), and the Gini checked against a second formula. */
  private static void concentrationOfTheSecondWave(AnalysisScope scope) {
    time("lorenz (borrower)", () -> LorenzAnalysis.run(scope, Dimension.BORROWER));
    time("lorenz (region)", () -> LorenzAnalysis.run(scope, Dimension.REGION));
    time("groups", () -> GroupAnalysis.run(scope, GroupLimit.DEFAULT));
    time("co-lending", () -> CoLendingAnalysis.run(scope, CoLendingRules.DEFAULT));
    time(
        "concentration (funding_partner)",
        () ->
            ConcentrationAnalysis.run(
                scope,
                Dimension.FUNDING_PARTNER,
                FiveCategoryRule.REGULATORY_2023,
                SingleBorrowerLimits.DEFAULT));
    time(
        "concentration (group)",
        () ->
            ConcentrationAnalysis.run(
                scope,
                Dimension.GROUP,
                FiveCategoryRule.REGULATORY_2023,
                SingleBorrowerLimits.DEFAULT));
    CoLendingResult coLending = CoLendingAnalysis.run(scope, CoLendingRules.DEFAULT);
    String partner = coLending.partners().isEmpty() ? "ALL" : coLending.partners().get(0).partner();
    time("co-lending drill-down " + partner, () -> coLending.loansOf(scope, partner));
    LorenzAnalysis.LorenzResult lorenz = LorenzAnalysis.run(scope, Dimension.BORROWER);
    double mad = giniByMeanAbsoluteDifference(lorenz.sortedCents());
    System.out.printf(
        "gini (borrower) %.12f, by mean absolute difference %.12f, difference %.1e%n",
        lorenz.gini(), mad, Math.abs(lorenz.gini() - mad));
  }

  /**
   * G = Σ_i Σ_j |x_i − x_j| / (2 n² μ), the double sum taken on sorted values as Σ_i (2i − n − 1)
   * x_i (i from 1), exactly in BigInteger.
   */
  static double giniByMeanAbsoluteDifference(long[] sortedCents) {
    int n = sortedCents.length;
    java.math.BigInteger pairs = java.math.BigInteger.ZERO;
    java.math.BigInteger total = java.math.BigInteger.ZERO;
    for (int i = 1; i <= n; i++) {
      java.math.BigInteger x = java.math.BigInteger.valueOf(sortedCents[i - 1]);
      pairs = pairs.add(x.multiply(java.math.BigInteger.valueOf(2L * i - n - 1)));
      total = total.add(x);
    }
    // Σ_i Σ_j |x_i − x_j| = 2 · pairs; 2 n² μ = 2 n · total.
    return new java.math.BigDecimal(pairs)
        .divide(
            new java.math.BigDecimal(total.multiply(java.math.BigInteger.valueOf(n))),
            java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  private static void time(String what, Supplier<Object> analysis) {
    StringBuilder runs = new StringBuilder();
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      Object result = analysis.get();
      if (result instanceof AnalysisResult r) {
        r.rows(); // the table is part of the work a caller sees
      }
      runs.append(run == 0 ? "" : ", ").append((System.nanoTime() - start) / 1_000_000);
    }
    System.out.printf("%-40s %s ms%n", what, runs);
  }
}
