package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FlowRateAnalysisTest {
  private static final double EXACT = 1e-12;
  private static final DelinquencyBuckets BUCKETS = DelinquencyBuckets.DEFAULT;
  private static final YearMonth FEB = YearMonth.of(2024, 2);
  private static final YearMonth MAR = YearMonth.of(2024, 3);

  /**
   * Data 2024-01..03, as of 2024-03.
   *
   * <pre>
   *        2024-01          2024-02            2024-03
   * A      0 dpd 1,000.00   10 dpd 1,000.00    40 dpd 1,000.00
   * B      0 dpd 3,000.00    0 dpd 2,900.00     0 dpd 2,800.00
   * C     20 dpd   500.00   50 dpd   500.00    CHARGED_OFF (not ACTIVE)
   * D (Partner B)            5 dpd   250.50    35 dpd   250.50
   * </pre>
   *
   * ACTIVE balance by bucket: 2024-01 CURRENT 4,000.00, 1-29 500.00; 2024-02 CURRENT 2,900.00, 1-29
   * 1,250.50, 30-59 500.00; 2024-03 CURRENT 2,800.00, 30-59 1,250.50.
   */
  private static TestBook book() {
    TestBook b = new TestBook();
    int a = b.loan("A", "2023-12-01", 120_000);
    b.active(a, "2024-01", 100_000, 0).active(a, "2024-02", 100_000, 10);
    b.active(a, "2024-03", 100_000, 40);
    int bb = b.loan("B", "2023-12-01", 300_000);
    b.active(bb, "2024-01", 300_000, 0).active(bb, "2024-02", 290_000, 0);
    b.active(bb, "2024-03", 280_000, 0);
    int c = b.loan("C", "2023-10-01", 60_000);
    b.active(c, "2024-01", 50_000, 20).active(c, "2024-02", 50_000, 50);
    b.chargedOff(c, "2024-03", 80, 50_000, 0);
    int d = b.loan("D", "2023-06-01", 40_000, "Partner B");
    b.active(d, "2024-02", 25_050, 5).active(d, "2024-03", 25_050, 35);
    return b;
  }

  @Test
  void flowRateIsBucketBalanceOverPreviousBucketLastMonth() {
    FlowRateResult r = FlowRateAnalysis.run(book().scope(), BUCKETS, 0);

    // 2024-02 1-29: 1,250.50 / 2024-01 CURRENT 4,000.00 = 0.312625
    assertThat(r.flowRate(FEB, "DPD_1_29").orElseThrow()).isCloseTo(0.312625, within(EXACT));
    // 2024-02 30-59: 500.00 / 2024-01 1-29 500.00 = 1.0
    assertThat(r.flowRate(FEB, "DPD_30_59")).hasValue(1.0);
    // 2024-03 1-29: 0 / 2,900.00 = 0.0
    assertThat(r.flowRate(MAR, "DPD_1_29")).hasValue(0.0);
    // 2024-03 30-59: 1,250.50 / 1,250.50 = 1.0
    assertThat(r.flowRate(MAR, "DPD_30_59")).hasValue(1.0);
    // 2024-03 60-89: C was charged off, not ACTIVE: 0 / 500.00 = 0.0
    assertThat(r.flowRate(MAR, "DPD_60_89")).hasValue(0.0);
    assertThat(r.balanceCents(MAR, "DPD_30_59")).isEqualTo(125_050);
  }

  @Test
  void flowRateOverAnEmptyPreviousBucketIsMissing() {
    FlowRateResult r = FlowRateAnalysis.run(book().scope(), BUCKETS, 0);

    // 2024-02 60-89: 0 / 2024-01 30-59 0
    assertThat(r.flowRate(FEB, "DPD_60_89")).isEmpty();
    Table rows = r.rows();
    // NaN in 60-89 and 90+ of 2024-02, and 90+ of 2024-03
    assertThat(rows.doubleColumn("flow_rate").countMissing()).isEqualTo(3);
  }

  @Test
  void rowsRunByMonthThenBucketAfterCurrent() {
    Table rows = FlowRateAnalysis.run(book().scope(), BUCKETS, 0).rows();

    assertThat(rows.columnNames())
        .containsExactly("month", "bucket", "balance", "previous_bucket_balance", "flow_rate");
    // every month with a previous month: 2024-02 and 2024-03, 4 buckets each
    assertThat(rows.stringColumn("month").asList())
        .containsExactly(
            "2024-02", "2024-02", "2024-02", "2024-02", "2024-03", "2024-03", "2024-03", "2024-03");
    assertThat(rows.stringColumn("bucket").asList().subList(0, 4))
        .containsExactly("DPD_1_29", "DPD_30_59", "DPD_60_89", "DPD_90_PLUS");
    // (2024-02, DPD_1_29): 1,250.50 over 4,000.00
    assertThat(rows.row(0).getDouble("balance")).isEqualTo(1_250.50);
    assertThat(rows.row(0).getDouble("previous_bucket_balance")).isEqualTo(4_000.00);
    // (2024-03, DPD_60_89): 0.00 over 500.00
    assertThat(rows.row(6).getDouble("balance")).isZero();
    assertThat(rows.row(6).getDouble("previous_bucket_balance")).isEqualTo(500.00);
  }

  @Test
  void windowOfOneGivesTheLatestMonthOnly() {
    FlowRateResult r = FlowRateAnalysis.run(book().scope(), BUCKETS, 1);

    assertThat(r.months()).containsExactly(MAR);
    assertThat(r.rows().rowCount()).isEqualTo(4);
    assertThat(r.flowRate(FEB, "DPD_1_29")).isEmpty();
  }

  @Test
  void filterKeepsOnlyTheLoansInTheMask() {
    SegmentFilter online = new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Online")));

    FlowRateResult r = FlowRateAnalysis.run(book().scope("2024-03", online), BUCKETS, 0);

    // without D: 2024-02 1-29 1,000.00 / 4,000.00 = 0.25; 2024-03 30-59 1,000.00 / 1,000.00
    assertThat(r.flowRate(FEB, "DPD_1_29")).hasValue(0.25);
    assertThat(r.balanceCents(MAR, "DPD_30_59")).isEqualTo(100_000);
  }

  @Test
  void emptyPortfolioGivesNoRows() {
    FlowRateResult r = FlowRateAnalysis.run(new TestBook().scope(), BUCKETS, 0);

    assertThat(r.rows().rowCount()).isZero();
    assertThat(r.months()).isEmpty();
  }
}
