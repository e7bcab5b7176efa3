package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * ECL is computed group by group (the database engine's grouped rows, the in-memory loans grouped
 * alike): loans that share segment, stage, bucket, horizon and rate are one group whose ECL is the
 * loans' shared factor times their summed balance.
 */
class EclGroupTest {
  private static final double CENT = 0.005;

  /**
   * The book of {@link ForwardLookingEclTest#eclBook} (as of 2024-03) and F2, a loan like F (12 %,
   * maturity 2024-05, 25 days past due, stage 2, H = 2) first seen at 2024-03 with 400.00, so that
   * it adds no transition: the DPD_1_29 row stays 2 stay, 2 charge off, PD_k = 1 − 0.5^k; LGD
   * 0.875.
   *
   * <pre>
   * factor of F and F2 = 0.875 × (0.50 / 1.01 + 0.25 / 1.01²)
   *                    = 0.875 × (0.495049505 + 0.245074012) = 0.875 × 0.740123517 = 0.647608077
   * one group of 2 loans, 600.00 + 400.00 = 1,000.00: ECL = 647.608077 → 647.61
   * (loan by loan: 388.5648 + 259.0432 = 647.6081, the same cent)
   * stage 2 coverage 647.61 / 1,000.00 = 0.64761; avg PD 0.75 (both loans' PD_2)
   * </pre>
   */
  @Test
  void loansSharingEverythingAreOneGroupWithTheirEclSummed() {
    TestBook b = ForwardLookingEclTest.eclBookBuilder();
    int f2 = b.loan("F2", "2024-02-15", 100_000, 0.12);
    b.active(f2, "2024-03", 40_000, 25).maturity(f2, "2024-05-15");
    AnalysisScope scope = b.scope("2024-03");
    Stages stages = Stages.of(scope, StageThresholds.DEFAULT, FiveCategoryRule.REGULATORY_2023);

    List<EclGroup> groups =
        EclGroup.of(scope, DelinquencyBuckets.DEFAULT, stages, Dimension.PRODUCT);
    EclAnalysis.EclResult r =
        EclAnalysis.run(
            scope,
            DelinquencyBuckets.DEFAULT,
            FiveCategoryRule.REGULATORY_2023,
            12,
            Scenario.BASE,
            Dimension.PRODUCT);

    // A (stage 1, CURRENT, H 12, 18 %) and F with F2 (stage 2, DPD_1_29, H 2, 12 %)
    assertThat(groups).hasSize(2);
    EclGroup stage2 = groups.get(1);
    assertThat(stage2.stage()).isEqualTo(2);
    assertThat(stage2.horizon()).isEqualTo(2);
    assertThat(stage2.loans()).isEqualTo(2);
    assertThat(stage2.balanceCents()).isEqualTo(100_000);
    Table t = r.rows();
    assertThat(t.intColumn("loans").get(1)).isEqualTo(2);
    assertThat(t.doubleColumn("ecl").get(1)).isCloseTo(647.61, within(CENT));
    assertThat(t.doubleColumn("coverage").get(1)).isCloseTo(0.64761, within(1e-12));
    assertThat(t.doubleColumn("avg_pd").get(1)).isCloseTo(0.75, within(1e-12));
    assertThat(t.doubleColumn("ecl").get(3)).isCloseTo(647.61, within(CENT));
  }
}
