package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Wilson and Goodman intervals of the roll-rate matrix (docs/methodology.md §8.7). */
class ForwardLookingIntervalsTest {
  private static final double EXACT = 1e-9;

  /**
   * Window 1 as of 2024-02: ten loans CURRENT at 2024-01; six stay CURRENT, three go 1–29 days past
   * due, one pays off. No other bucket has a transition.
   */
  private static AnalysisScope tenCurrentLoans() {
    TestBook b = new TestBook();
    for (int i = 0; i < 10; i++) {
      int l = b.loan("L" + i, "2023-12-15", 100_000);
      b.active(l, "2024-01", 100_000, 0);
      if (i < 6) {
        b.active(l, "2024-02", 100_000, 0);
      } else if (i < 9) {
        b.active(l, "2024-02", 100_000, 10);
      } else {
        b.paidOff(l, "2024-02");
      }
    }
    return b.scope("2024-02");
  }

  /**
   * CURRENT → DPD_1_29: 3 of 10, z = Φ⁻¹(0.975) = 1.959963984540054, z² = 3.841458820694124.
   *
   * <pre>
   * centre = 0.3 + z²/20 = 0.492072941034706
   * half   = z √(0.3 × 0.7 / 10 + z²/400) = z √(0.021 + 0.009603647051735) = 0.342874102131232
   * denominator = 1 + z²/10 = 1.384145882069412
   * low  = (0.492072941034706 − 0.342874102131232) / 1.384145882069412 = 0.107791267406301
   * high = (0.492072941034706 + 0.342874102131232) / 1.384145882069412 = 0.603221852538855
   * </pre>
   *
   * An empty row (DPD_1_29 had no loan at 2024-01) has no interval: NaN, never 0.
   */
  @Test
  void wilsonIntervalOfThreeInTenByHand() {
    Table t = RollRateAnalysis.run(tenCurrentLoans(), DelinquencyBuckets.DEFAULT, 1).rows();

    assertThat(t.columnNames())
        .containsExactly(
            "from_state",
            "to_state",
            "loans",
            "balance",
            "loan_share",
            "balance_share",
            "loan_share_low",
            "loan_share_high");
    // row 1 = CURRENT → DPD_1_29
    assertThat(t.stringColumn("to_state").get(1)).isEqualTo("DPD_1_29");
    assertThat(t.doubleColumn("loan_share").get(1)).isCloseTo(0.3, within(EXACT));
    assertThat(t.doubleColumn("loan_share_low").get(1)).isCloseTo(0.107791267406301, within(EXACT));
    assertThat(t.doubleColumn("loan_share_high").get(1))
        .isCloseTo(0.603221852538855, within(EXACT));
    // a cell of 0 of 10 starts at 0: low = 0, high = z² / (10 + z²) = 0.277537...
    assertThat(t.doubleColumn("loan_share_low").get(2)).isCloseTo(0.0, within(EXACT));
    assertThat(t.doubleColumn("loan_share_high").get(2))
        .isCloseTo(3.841458820694124 / 13.841458820694124, within(EXACT));
    // rows 8..15 = DPD_1_29, empty
    for (int r = 8; r < 16; r++) {
      assertThat(t.doubleColumn("loan_share_low").isMissing().contains(r)).isTrue();
      assertThat(t.doubleColumn("loan_share_high").isMissing().contains(r)).isTrue();
    }
  }

  /**
   * Goodman, the CURRENT row of 8 cells (5 buckets, PAID_OFF, CHARGED_OFF, MISSING), N = 10: A =
   * χ²₁(1 − 0.05/8) = Φ⁻¹(1 − 0.05/16)² = 2.734368786533176² = 7.476772660766913.
   *
   * <pre>
   * cell (A + 2n ∓ √(A (A + 4 n (10 − n) / 10))) / (2 (10 + A)), 2 (10 + A) = 34.953545321533826
   * CURRENT  n = 6: √(A (A + 9.6)) = 11.299519766970360 → 0.233946308409488 … 0.880491296222731
   * DPD_1_29 n = 3: √(A (A + 8.4)) = 10.895275112232532 → 0.073855098954554 … 0.697269691781010
   * PAID_OFF n = 1: √(A (A + 3.6)) =  9.100467625323022 → 0.010765861716810 … 0.531483719754318
   * n = 0: √(A · A) = A → 0 … 2A / 34.9535 = 0.427811976838910
   * </pre>
   */
  @Test
  void goodmanSimultaneousIntervalsOfOneRowByHand() {
    RollRateResult r = RollRateAnalysis.run(tenCurrentLoans(), DelinquencyBuckets.DEFAULT, 1);

    assertThat((Double) r.extras().get("simultaneous_chi_square"))
        .isCloseTo(7.476772660766913, within(EXACT));
    Table g = (Table) r.extras().get("simultaneous_intervals");
    assertThat(g.columnNames())
        .containsExactly("from_state", "to_state", "loan_share_low", "loan_share_high");
    assertThat(g.rowCount()).isEqualTo(5 * 8);
    double[][] expected = {
      {0.233946308409488, 0.880491296222731}, // CURRENT
      {0.073855098954554, 0.697269691781010}, // DPD_1_29
      {0, 0.427811976838910}, // DPD_30_59
      {0, 0.427811976838910},
      {0, 0.427811976838910},
      {0.010765861716810, 0.531483719754318}, // PAID_OFF
      {0, 0.427811976838910}, // CHARGED_OFF
      {0, 0.427811976838910} // MISSING
    };
    for (int c = 0; c < 8; c++) {
      assertThat(g.doubleColumn("loan_share_low").get(c)).isCloseTo(expected[c][0], within(EXACT));
      assertThat(g.doubleColumn("loan_share_high").get(c)).isCloseTo(expected[c][1], within(EXACT));
    }
    assertThat(g.doubleColumn("loan_share_low").isMissing().contains(8)).isTrue();
  }

  @Test
  void normalQuantileAgreesWithTheTabulatedValues() {
    assertThat(Intervals.normalQuantile(0.975)).isCloseTo(Intervals.Z_95, within(1e-13));
    assertThat(Intervals.normalQuantile(1 - 0.05 / 16)).isCloseTo(2.734368786533176, within(1e-12));
    assertThat(Intervals.normalQuantile(0.5)).isCloseTo(0.0, within(1e-15));
    assertThat(Intervals.normalQuantile(0.05)).isCloseTo(-1.6448536269514729, within(1e-12));
  }

  /** Type 7: h = (5 − 1) × 0.05 = 0.2, so 1 + 0.2 × (2 − 1) = 1.2; h = 3.8 gives 4 + 0.8 × 6. */
  @Test
  void percentileInterpolatesBetweenOrderStatistics() {
    double[] sorted = {1, 2, 3, 4, 10};
    assertThat(Intervals.percentile(sorted, 0.05)).isCloseTo(1.2, within(1e-12));
    assertThat(Intervals.percentile(sorted, 0.95)).isCloseTo(8.8, within(1e-12));
  }
}
