package com.riskworkbench.bench;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EclAnalysis;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.ForecastAnalysis;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;

/**
 * Time of the ECL and forecast bootstrap (1,000 draws) on a generated book, to run by hand, not a
 * unit test: the time from the first to the last progress report of the draws (the bootstrap
 * alone), and the whole analysis with 1,000 draws and with none, best of three.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     com.riskworkbench.bench.BootstrapTiming 1000000 36 42
 * </pre>
 */
public final class BootstrapTiming {
  private static final int DRAWS = 1000;

  private BootstrapTiming() {}

  public static void main(String[] args) throws Exception {
    int loans = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int months = args.length > 1 ? Integer.parseInt(args[1]) : 36;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    PortfolioBuilder builder = new PortfolioBuilder();
    new SampleGenerator(new SampleSpec(loans, months, seed)).generate(builder, Progress.NONE);
    AnalysisScope scope = AnalysisScope.all(builder.build());
    System.out.printf("| book | %,d loans, %,d loan months |%n", loans, scope.portfolio().rows());
    DelinquencyBuckets b = DelinquencyBuckets.DEFAULT;
    FiveCategoryRule r = FiveCategoryRule.REGULATORY_2023;
    double eclPoint = Double.MAX_VALUE;
    double eclBoot = Double.MAX_VALUE;
    double fcPoint = Double.MAX_VALUE;
    double fcBoot = Double.MAX_VALUE;
    double eclDraws = Double.MAX_VALUE;
    double fcDraws = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      Clock clock = new Clock();
      EclAnalysis.run(scope, b, r, 12, Scenario.BASE, Dimension.PRODUCT, DRAWS, 1, clock);
      eclDraws = Math.min(eclDraws, clock.seconds());
      clock = new Clock();
      ForecastAnalysis.run(scope, b, r, 12, 12, Scenario.BASE, DRAWS, 1, clock);
      fcDraws = Math.min(fcDraws, clock.seconds());
      long t = System.nanoTime();
      EclAnalysis.run(scope, b, r, 12, Scenario.BASE, Dimension.PRODUCT, 0, 1, Progress.NONE);
      eclPoint = Math.min(eclPoint, seconds(t));
      t = System.nanoTime();
      EclAnalysis.run(scope, b, r, 12, Scenario.BASE, Dimension.PRODUCT, DRAWS, 1, Progress.NONE);
      eclBoot = Math.min(eclBoot, seconds(t));
      t = System.nanoTime();
      ForecastAnalysis.run(scope, b, r, 12, 12, Scenario.BASE, 0, 1, Progress.NONE);
      fcPoint = Math.min(fcPoint, seconds(t));
      t = System.nanoTime();
      ForecastAnalysis.run(scope, b, r, 12, 12, Scenario.BASE, DRAWS, 1, Progress.NONE);
      fcBoot = Math.min(fcBoot, seconds(t));
    }
    System.out.printf("| %d draws alone: ecl | %.3f s |%n", DRAWS, eclDraws);
    System.out.printf("| %d draws alone: forecast | %.3f s |%n", DRAWS, fcDraws);
    System.out.printf(
        "| `ecl` without / with %d draws (best of 3) | %.3f s / %.3f s: bootstrap %.3f s |%n",
        DRAWS, eclPoint, eclBoot, eclBoot - eclPoint);
    System.out.printf(
        "| `forecast` without / with %d draws (best of 3) | %.3f s / %.3f s: bootstrap %.3f s |%n",
        DRAWS, fcPoint, fcBoot, fcBoot - fcPoint);
  }

  /** Times the draws: from the first progress report to the last. */
  private static final class Clock implements Progress {
    private long first = -1;
    private long last;

    @Override
    public void update(long done, long total, String message) {
      long now = System.nanoTime();
      if (first < 0) {
        first = now;
      }
      last = now;
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    double seconds() {
      return (last - first) / 1e9;
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
