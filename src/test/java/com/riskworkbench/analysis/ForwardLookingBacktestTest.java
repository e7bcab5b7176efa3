package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Backtest of the forecast (docs/methodology.md §14.2). */
class ForwardLookingBacktestTest {
  private static final DelinquencyBuckets BUCKETS = DelinquencyBuckets.DEFAULT;
  private static final FiveCategoryRule RULE = FiveCategoryRule.REGULATORY_2023;

  /**
   * Data 2024-01 to 2024-04; as of 2024-04 with H = 2 the forecast is made at O = 2024-02 from the
   * transitions into 2024-02 only.
   *
   * <pre>
   * P  CURRENT 1,000.00 01 -> CURRENT 02 -> CURRENT 03 -> CURRENT 04
   * Q  CURRENT 1,000.00 01 -> DPD_1_29 1,000.00 02 -> DPD_1_29 1,000.00 03 -> CHARGED_OFF 04
   * R  DPD_1_29 500.00 01 -> CHARGED_OFF 02
   * S  DPD_1_29 500.00 01 -> DPD_1_29 500.00 02 -> CHARGED_OFF 03
   * U  CURRENT 300.00 02 (its first row) -> CHARGED_OFF 03   (after O: not in the matrix)
   * T  CURRENT 200.00 03 (a later loan) -> CHARGED_OFF 04    (not ACTIVE at O: reported apart)
   *
   * matrix at O (count and balance alike): CURRENT 1/2 stay, 1/2 to DPD_1_29;
   *                                        DPD_1_29 1/2 stay, 1/2 charged off
   * at O: CURRENT P, U (2 loans, 1,300.00); DPD_1_29 Q, S (2 loans, 1,500.00)
   * 2024-03: forecast 2 × 1/2 = 1 loan, 1,500 × 1/2 = 750.00
   *          then CURRENT 1 loan, 650.00; DPD_1_29 1 + 1 = 2 loans, 650 + 750 = 1,400.00
   *          actual S, U: 2 loans, 500.00 + 300.00 (their balances at 2024-02) = 800.00
   *          ratio 800 / 750 = 1.066666666667
   * 2024-04: forecast 2 × 1/2 = 1 loan, 1,400 × 1/2 = 700.00
   *          actual Q: 1 loan, 1,000.00 (at 2024-03); ratio 1,000 / 700 = 1.428571428571
   * totals: forecast 2 loans, 1,450.00; actual 3 loans, 1,800.00; ratio 1.241379310345
   * </pre>
   */
  static AnalysisScope tinyBook() {
    TestBook b = new TestBook();
    int p = b.loan("P", "2023-12-15", 100_000);
    b.active(p, "2024-01", 100_000, 0).active(p, "2024-02", 100_000, 0);
    b.active(p, "2024-03", 100_000, 0).active(p, "2024-04", 100_000, 0);
    int q = b.loan("Q", "2023-12-15", 100_000);
    b.active(q, "2024-01", 100_000, 0).active(q, "2024-02", 100_000, 10);
    b.active(q, "2024-03", 100_000, 20).chargedOff(q, "2024-04", 40, 100_000, 0);
    int r = b.loan("R", "2023-12-15", 50_000);
    b.active(r, "2024-01", 50_000, 15).chargedOff(r, "2024-02", 45, 50_000, 0);
    int s = b.loan("S", "2023-12-15", 50_000);
    b.active(s, "2024-01", 50_000, 15).active(s, "2024-02", 50_000, 20);
    b.chargedOff(s, "2024-03", 50, 50_000, 0);
    int u = b.loan("U", "2024-01-15", 30_000);
    b.active(u, "2024-02", 30_000, 0).chargedOff(u, "2024-03", 30, 30_000, 0);
    int t = b.loan("T", "2024-02-15", 20_000);
    b.active(t, "2024-03", 20_000, 0).chargedOff(t, "2024-04", 30, 20_000, 0);
    return b.scope("2024-04");
  }

  @Test
  void handWorkedBacktestOfTwoMonths() {
    BacktestAnalysis.BacktestResult r = BacktestAnalysis.run(tinyBook(), BUCKETS, RULE, 12, 2);
    Table t = r.rows();

    assertThat(t.columnNames())
        .containsExactly(
            "month",
            "forecast_loans",
            "actual_loans",
            "forecast_balance",
            "actual_balance",
            "ratio");
    assertThat(t.stringColumn("month").asList()).containsExactly("2024-03", "2024-04");
    assertThat(t.doubleColumn("forecast_loans").asList())
        .containsExactly(1.0, 1.0); // exact: halves of whole numbers
    assertThat(t.longColumn("actual_loans").asList()).containsExactly(2L, 1L);
    assertThat(t.doubleColumn("forecast_balance").asList()).containsExactly(750.0, 700.0);
    assertThat(t.doubleColumn("actual_balance").asList()).containsExactly(800.0, 1000.0);
    assertThat(t.doubleColumn("ratio").get(0)).isCloseTo(1.066666666667, within(1e-12));
    assertThat(t.doubleColumn("ratio").get(1)).isCloseTo(1.428571428571, within(1e-12));
    assertThat(r.extras().get("forecast_made_at")).isEqualTo("2024-02");
    assertThat((Double) r.extras().get("total_ratio")).isCloseTo(1.241379310345, within(1e-12));
    assertThat(r.extras().get("total_actual_loans")).isEqualTo(3L);
    assertThat(r.extras().get("later_loans_charged_off")).isEqualTo(1L);
    assertThat((Double) r.extras().get("later_loans_charged_off_balance")).isEqualTo(200.0);
  }

  /**
   * H = 3 reaches back to 2024-01, the first month: no transitions before it, every row stays put,
   * the forecast is 0 and the ratio is not available (NaN, never 0).
   */
  @Test
  void forecastOfZeroLeavesTheRatioEmpty() {
    Table t = BacktestAnalysis.run(tinyBook(), BUCKETS, RULE, 12, 3).rows();

    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.doubleColumn("forecast_balance").get(0)).isZero();
    assertThat(t.doubleColumn("ratio").isMissing().size()).isEqualTo(3);
  }

  @Test
  void horizonLongerThanTheDataBeforeTheAsOfMonthIsOneClearSentence() {
    assertThatThrownBy(() -> BacktestAnalysis.run(tinyBook(), BUCKETS, RULE, 12, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a backtest of 4 months as of 2024-04 needs a forecast made at 2023-12, but the data"
                + " start at 2024-01: choose a horizon of at most 3 months.");
  }
}
