package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parametric bootstrap of ECL and forecast (docs/methodology.md §14.1); B small for speed. */
class ForwardLookingBootstrapTest {
  private static final DelinquencyBuckets BUCKETS = DelinquencyBuckets.DEFAULT;
  private static final FiveCategoryRule RULE = FiveCategoryRule.REGULATORY_2023;
  private static final int B = 50;

  private static AnalysisScope sample;

  @BeforeAll
  static void sampleBook() throws IOException {
    PortfolioBuilder builder = new PortfolioBuilder();
    new SampleGenerator(new SampleSpec(3000, 24, 5)).generate(builder, Progress.NONE);
    sample = AnalysisScope.all(builder.build());
  }

  private static EclAnalysis.EclResult ecl(AnalysisScope scope, Scenario s, long seed) {
    return EclAnalysis.run(scope, BUCKETS, RULE, 12, s, Dimension.PRODUCT, B, seed, Progress.NONE);
  }

  /** The aggregation by stage, bucket and month gives back the loan-by-loan ECL to the cent. */
  @Test
  void aggregatedEclOfTheObservedMatrixEqualsTheEcl() {
    for (Scenario s : Scenario.PRESETS) {
      TransitionModel model = TransitionModel.estimate(sample, BUCKETS, 12);
      Matrix m = model.matrix(false, s);
      Stages stages = Stages.of(sample, StageThresholds.DEFAULT, RULE);
      LossGivenDefault lgd = LossGivenDefault.of(sample, LossGivenDefault.DEFAULT_SEASONING);
      EclAnalysis.EclResult r =
          EclAnalysis.compute(sample, BUCKETS, m, stages, lgd, s, Dimension.PRODUCT);

      double aggregated = EclAggregate.of(sample, BUCKETS, stages, lgd.lgd()).eclCents(m);

      assertThat(aggregated).as(s.name()).isEqualTo((double) r.eclCents(0));
    }
  }

  @Test
  void sameSeedSameIntervalAndTheIntervalHoldsThePointEstimate() {
    EclAnalysis.EclResult a = ecl(sample, Scenario.BASE, 7);
    EclAnalysis.EclResult b = ecl(sample, Scenario.BASE, 7);
    EclAnalysis.EclResult c = ecl(sample, Scenario.BASE, 8);

    assertThat(a.intervalCents()).containsExactly(b.intervalCents());
    assertThat(a.intervalCents()).isNotEqualTo(c.intervalCents());
    double[] i = a.intervalCents();
    assertThat(i[0]).isLessThan(i[1]);
    assertThat((double) a.eclCents(0)).isBetween(i[0], i[1]);
    assertThat(a.extras()).containsKeys("ecl_low", "ecl_high", "bootstrap_draws", "bootstrap_seed");
    assertThat((Double) a.extras().get("ecl_low"))
        .isCloseTo(Math.round(i[0]) / 100.0, within(0.001));

    ForecastAnalysis.ForecastResult f1 =
        ForecastAnalysis.run(sample, BUCKETS, RULE, 12, 12, Scenario.BASE, B, 7, Progress.NONE);
    ForecastAnalysis.ForecastResult f2 =
        ForecastAnalysis.run(sample, BUCKETS, RULE, 12, 12, Scenario.BASE, B, 7, Progress.NONE);
    assertThat(f1.chargeOffIntervalCents()).containsExactly(f2.chargeOffIntervalCents());
    double[] fi = f1.chargeOffIntervalCents();
    double point = f1.balanceCents(12, 6) - f1.balanceCents(0, 6);
    assertThat(point).isBetween(fi[0], fi[1]);
    double loss = (Double) f1.extras().get("cumulative_net_loss");
    assertThat(loss)
        .isBetween(
            (Double) f1.extras().get("cumulative_loss_low"),
            (Double) f1.extras().get("cumulative_loss_high"));
  }

  /** A stressed book's interval moves up with its point estimate. */
  @Test
  void severeScenarioShiftsTheInterval() {
    double[] base = ecl(sample, Scenario.BASE, 3).intervalCents();
    double[] severe = ecl(sample, Scenario.SEVERE, 3).intervalCents();
    assertThat(severe[0]).isGreaterThan(base[0]);
    assertThat(severe[1]).isGreaterThan(base[1]);
  }

  @Test
  void cancelStopsTheDraws() {
    Progress cancelled =
        new Progress() {
          @Override
          public void update(long done, long total, String message) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    assertThatThrownBy(
            () ->
                EclAnalysis.run(
                    sample, BUCKETS, RULE, 12, Scenario.BASE, Dimension.PRODUCT, B, 1, cancelled))
        .isInstanceOf(CancellationException.class);
  }

  /**
   * Gamma draws have the mean of their shape: 20,000 draws of Gamma(0.5) and Gamma(3.5) average 0.5
   * and 3.5 within a few standard errors (√(shape / 20,000): 0.005 and 0.013).
   */
  @Test
  void gammaDrawsHaveTheirShapeAsMean() {
    SplittableRandom r = new SplittableRandom(11);
    for (double shape : new double[] {0.5, 3.5}) {
      double sum = 0;
      for (int i = 0; i < 20_000; i++) {
        double g = Bootstrap.gamma(r, shape);
        assertThat(g).isPositive();
        sum += g;
      }
      assertThat(sum / 20_000).isCloseTo(shape, within(5 * Math.sqrt(shape / 20_000)));
    }
  }
}
