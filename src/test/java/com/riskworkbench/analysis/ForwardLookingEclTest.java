package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ForwardLookingEclTest {
  private static final double CENT = 0.005;
  private static final DelinquencyBuckets BUCKETS = DelinquencyBuckets.DEFAULT;

  /**
   * As of 2024-03, transitions into 2024-02 and 2024-03:
   *
   * <pre>
   * A  CURRENT 01 -> CURRENT 02 -> CURRENT 03 (1,000.00 at as-of: stage 1)
   * B  CURRENT 01 -> PAID_OFF 02
   * E  CURRENT 02 -> PAID_OFF 03
   * D  DPD_1_29 01 -> DPD_1_29 02 -> CHARGED_OFF 03 (charge-off 500.00, recovered 100.00)
   * G  DPD_1_29 01 -> CHARGED_OFF 02 (charge-off 300.00, nothing recovered)
   * F  DPD_1_29 02 -> DPD_1_29 (25 dpd) 03: 600.00 at 12 %, maturity 2024-05 (stage 2, H = 2)
   *
   * CURRENT row: 2 stay, 2 pay off: PD(CURRENT) = 0 at every horizon, A's ECL is 0.
   * DPD_1_29 row: 2 stay, 2 charge off: PD_k = 1 − 0.5^k; marginal 0.50, 0.25.
   * LGD: no charge-off 12 months old, so all: 1 − 100 / 800 = 0.875 (reported).
   * F: 0.875 × 600.00 × (0.50 / 1.01 + 0.25 / 1.01²) = 525 × 0.740123517 = 388.56
   * ALL: 2 loans, 1,600.00, 388.56; coverage 388.56 / 1,600 = 0.242850;
   *      avg PD (balance-weighted PD over each loan's horizon) = (0 × 1,000 + 0.75 × 600) / 1,600
   *      = 0.28125
   * </pre>
   */
  static AnalysisScope eclBook() {
    return eclBookBuilder().scope("2024-03");
  }

  /** The loans of {@link #eclBook}, for a test to add to. */
  static TestBook eclBookBuilder() {
    TestBook b = new TestBook();
    int a = b.loan("A", "2023-12-15", 100_000, 0.18);
    b.active(a, "2024-01", 100_000, 0).active(a, "2024-02", 100_000, 0);
    b.active(a, "2024-03", 100_000, 0).maturity(a, "2024-12-15");
    int bl = b.loan("B", "2023-12-15", 100_000, 0.18);
    b.active(bl, "2024-01", 50_000, 0).paidOff(bl, "2024-02");
    int e = b.loan("E", "2024-01-15", 100_000, 0.18);
    b.active(e, "2024-02", 50_000, 0).paidOff(e, "2024-03");
    int d = b.loan("D", "2023-12-15", 100_000, 0.18);
    b.active(d, "2024-01", 50_000, 10).active(d, "2024-02", 50_000, 20);
    b.chargedOff(d, "2024-03", 50, 50_000, 10_000);
    int g = b.loan("G", "2023-12-15", 100_000, 0.18);
    b.active(g, "2024-01", 30_000, 10).chargedOff(g, "2024-02", 40, 30_000, 0);
    int f = b.loan("F", "2024-01-15", 100_000, 0.12);
    b.active(f, "2024-02", 60_000, 15).active(f, "2024-03", 60_000, 25).maturity(f, "2024-05-15");
    return b;
  }

  private static EclAnalysis.EclResult ecl(AnalysisScope scope, Scenario s) {
    return EclAnalysis.run(
        scope, BUCKETS, FiveCategoryRule.REGULATORY_2023, 12, s, Dimension.PRODUCT);
  }

  @Test
  void handWorkedDiscountedEclByStage() {
    EclAnalysis.EclResult r = ecl(eclBook(), Scenario.BASE);
    Table t = r.rows();

    assertThat(t.columnNames())
        .containsExactly("stage", "loans", "balance", "ecl", "coverage", "avg_pd", "lgd");
    assertThat(t.stringColumn("stage").asList()).containsExactly("1", "2", "3", "ALL");
    assertThat(t.intColumn("loans").asList()).containsExactly(1, 1, 0, 2);
    assertThat(t.doubleColumn("ecl").get(0)).isCloseTo(0.0, within(CENT));
    assertThat(t.doubleColumn("ecl").get(1)).isCloseTo(388.56, within(CENT));
    assertThat(t.doubleColumn("ecl").get(3)).isCloseTo(388.56, within(CENT));
    assertThat(t.doubleColumn("balance").get(3)).isEqualTo(1600.0);
    assertThat(t.doubleColumn("coverage").get(3)).isCloseTo(0.24285, within(1e-6));
    assertThat(t.doubleColumn("avg_pd").get(3)).isCloseTo(0.28125, within(1e-12));
    assertThat(t.doubleColumn("coverage").isMissing().contains(2)).isTrue(); // stage 3 is empty
    assertThat(t.doubleColumn("lgd").get(0)).isCloseTo(0.875, within(1e-12));
    assertThat(r.extras().get("lgd_basis")).isEqualTo("all_charge_offs");
    Table seg = (Table) r.extras().get("by_segment");
    assertThat(seg.columnNames().get(0)).isEqualTo("segment");
    assertThat(seg.doubleColumn("ecl").get(0)).isCloseTo(388.56, within(CENT));
  }

  /** Only A of the book above, without charge-offs: LGD falls back to 1.0 and says so. */
  @Test
  void bookWithoutChargeOffsTakesLgdOfOneAndSaysSo() {
    TestBook b = new TestBook();
    int a = b.loan("A", "2023-12-15", 100_000, 0.18);
    b.active(a, "2024-01", 100_000, 0).active(a, "2024-02", 100_000, 0);

    LossGivenDefault lgd = LossGivenDefault.of(b.scope("2024-02"), 12);

    assertThat(lgd.lgd()).isEqualTo(1.0);
    assertThat(lgd.basis()).isEqualTo("none");
    assertThat(lgd.describe()).contains("LGD taken as 1.0");
  }

  /**
   * A charge-off of 400.00 in 2023-01 with 100.00 recovered (seasoned at as-of 2024-02) and one of
   * 200.00 in 2024-01 with nothing recovered (too recent): LGD = 1 − 100 / 400 = 0.75.
   */
  @Test
  void lgdUsesOnlySeasonedChargeOffsWhenThereAreSome() {
    TestBook b = new TestBook();
    int old = b.loan("OLD", "2022-10-15", 100_000);
    b.active(old, "2022-12", 40_000, 80).chargedOff(old, "2023-01", 110, 40_000, 10_000);
    int young = b.loan("YOUNG", "2023-10-15", 100_000);
    b.active(young, "2023-12", 20_000, 80).chargedOff(young, "2024-01", 110, 20_000, 0);
    int a = b.loan("A", "2023-12-15", 100_000);
    b.active(a, "2024-02", 100_000, 0);

    LossGivenDefault lgd = LossGivenDefault.of(b.scope("2024-02"), 12);

    assertThat(lgd.lgd()).isCloseTo(0.75, within(1e-12));
    assertThat(lgd.basis()).isEqualTo("seasoned");
    assertThat(lgd.loans()).isEqualTo(1);
  }

  /**
   * A DPD_1_29 row of 0.10 CURRENT, 0.10 stay, 0.30 DPD_30_59 and 0.50 CHARGED_OFF (0.80 worse)
   * under f = 1.5 would need 0.40 from 0.20 of stay-and-cure mass: capped, the worse cells take the
   * row in their own proportions, 0.30 / 0.80 = 0.375 and 0.50 / 0.80 = 0.625, and no cell goes
   * below 0. The CURRENT row (0.90 stay, 0.10 to DPD_1_29) becomes 0.15 to DPD_1_29 and 0.85 stay:
   * the stay cell gives up the added 0.05.
   */
  @Test
  void stressCapsARowWhoseStayMassRunsOut() {
    double[][] p = new double[7][7];
    p[0][0] = 0.9;
    p[0][1] = 0.1;
    p[1][0] = 0.1;
    p[1][1] = 0.1;
    p[1][2] = 0.3;
    p[1][6] = 0.5;
    for (int i = 2; i < 7; i++) {
      p[i][i] = 1;
    }

    boolean[] capped = TransitionModel.stress(p, 5, 1.5);

    assertThat(capped[0]).isFalse();
    assertThat(capped[1]).isTrue();
    assertThat(p[0][1]).isCloseTo(0.15, within(1e-12));
    assertThat(p[0][0]).isCloseTo(0.85, within(1e-12));
    assertThat(p[1]).containsExactly(new double[] {0, 0, 0.375, 0, 0, 0, 0.625}, within(1e-12));
    for (double[] row : p) {
      double sum = 0;
      for (double cell : row) {
        assertThat(cell).isNotNegative();
        sum += cell;
      }
      assertThat(sum).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void stressedEclRisesWithTheScenarioAndStagesAddUpToAll() throws IOException {
    PortfolioBuilder builder = new PortfolioBuilder();
    new SampleGenerator(new SampleSpec(3000, 24, 5)).generate(builder, Progress.NONE);
    AnalysisScope scope = AnalysisScope.all(builder.build());

    EclAnalysis.EclResult base = ecl(scope, Scenario.BASE);
    EclAnalysis.EclResult adverse = ecl(scope, Scenario.ADVERSE);
    EclAnalysis.EclResult severe = ecl(scope, Scenario.SEVERE);

    for (EclAnalysis.EclResult r : new EclAnalysis.EclResult[] {base, adverse, severe}) {
      assertThat(r.eclCents(1) + r.eclCents(2) + r.eclCents(3)).isEqualTo(r.eclCents(0));
    }
    assertThat(base.eclCents(0)).isPositive();
    assertThat(adverse.eclCents(0)).isGreaterThanOrEqualTo(base.eclCents(0));
    assertThat(severe.eclCents(0)).isGreaterThanOrEqualTo(adverse.eclCents(0));
    assertThat(ecl(scope, Scenario.WORST_MONTH).eclCents(0)).isPositive();
  }
}
