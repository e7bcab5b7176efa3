package com.riskworkbench.bench;

import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.FlowRateAnalysis;
import com.riskworkbench.analysis.RollRateAnalysis;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.analysis.VintageAnalysis;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.util.function.Supplier;

/**
 * Vintage, roll-rate, flow-rate, forward-looking, regulator's-view and scorecard timings on a
 * generated book, to run by hand, not a unit test:
 *
 * <pre>
 * mvn -q -o test-compile
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     com.riskworkbench.bench.AnalysisTiming 1000000 36 42
 * </pre>
 *
 * Each analysis runs five times; the first runs include JIT warm-up.
 */
public final class AnalysisTiming {
  private static final int RUNS = 5;

  private AnalysisTiming() {}

  public static void main(String[] args) throws Exception {
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
