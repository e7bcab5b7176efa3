package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

class RollRateAnalysisTest {
  private static final double EXACT = 1e-12;
  private static final DelinquencyBuckets BUCKETS = DelinquencyBuckets.DEFAULT;

  @ParameterizedTest(name = "{0} dpd -> {1} dpd is {2} -> {3}")
  @CsvSource(
      textBlock =
          """
          0,  1,  CURRENT,     DPD_1_29
          1,  29, DPD_1_29,    DPD_1_29
          29, 30, DPD_1_29,    DPD_30_59
          30, 59, DPD_30_59,   DPD_30_59
          59, 60, DPD_30_59,   DPD_60_89
          60, 89, DPD_60_89,   DPD_60_89
          89, 90, DPD_60_89,   DPD_90_PLUS
          90, 0,  DPD_90_PLUS, CURRENT
          """)
  void bucketEdgesPlaceBothEndsOfATransition(int dpdBefore, int dpdAfter, String from, String to) {
    // one loan, 1,234.56 at 2024-05, moving to 2024-06
    TestBook b = new TestBook();
    int l = b.loan("L1", "2024-01-15", 500_000);
    b.active(l, "2024-05", 123_456, dpdBefore).active(l, "2024-06", 120_000, dpdAfter);

    RollRateResult r = RollRateAnalysis.run(b.scope(), BUCKETS, 1);

    assertThat(r.loans(from, to)).isEqualTo(1);
    assertThat(r.balanceCents(from, to)).isEqualTo(123_456);
    assertThat(r.loansFrom(from)).isEqualTo(1);
    assertThat(r.loanShare(from, to)).hasValue(1.0);
  }

  /**
   * As of 2024-06 (the data run to 2024-07), window 1: transitions 2024-05 -> 2024-06.
   *
   * <pre>
   * L1  1,000.00  CURRENT  -> CURRENT       (also 2024-04 CURRENT: outside the window)
   * L2  2,000.00  CURRENT  -> DPD_1_29      (15 dpd)
   * L3    500.50  CURRENT  -> PAID_OFF
   * L4    300.25  CURRENT  -> MISSING       (its history just stops)
   * L9    650.00  CURRENT  -> MISSING       (no 2024-06 row; a row in 2024-07)
   * L5    800.00  DPD_30_59 (40) -> DPD_1_29 (10)
   * L6  1,200.00  DPD_30_59 (45) -> CURRENT
   * L7    999.99  DPD_30_59 (50) -> DPD_60_89 (75)
   * L8  4,000.00  DPD_90_PLUS (175) -> CHARGED_OFF
   * L10           PAID_OFF at 2024-05: no transition
   * </pre>
   */
  private static AnalysisScope latestMonthBook() {
    TestBook b = new TestBook();
    int l1 = b.loan("L1", "2024-01-15", 500_000);
    b.active(l1, "2024-04", 110_000, 0).active(l1, "2024-05", 100_000, 0);
    b.active(l1, "2024-06", 90_000, 0);
    int l2 = b.loan("L2", "2024-01-15", 500_000);
    b.active(l2, "2024-05", 200_000, 0).active(l2, "2024-06", 190_000, 15);
    int l3 = b.loan("L3", "2024-01-15", 500_000);
    b.active(l3, "2024-05", 50_050, 0).paidOff(l3, "2024-06");
    int l4 = b.loan("L4", "2024-01-15", 500_000);
    b.active(l4, "2024-04", 31_000, 0).active(l4, "2024-05", 30_025, 0);
    int l5 = b.loan("L5", "2024-01-15", 500_000);
    b.active(l5, "2024-05", 80_000, 40).active(l5, "2024-06", 80_000, 10);
    int l6 = b.loan("L6", "2024-01-15", 500_000);
    b.active(l6, "2024-05", 120_000, 45).active(l6, "2024-06", 110_000, 0);
    int l7 = b.loan("L7", "2024-01-15", 500_000);
    b.active(l7, "2024-05", 99_999, 50).active(l7, "2024-06", 99_999, 75);
    int l8 = b.loan("L8", "2024-01-15", 500_000);
    b.active(l8, "2024-05", 400_000, 175).chargedOff(l8, "2024-06", 185, 400_000, 0);
    int l9 = b.loan("L9", "2024-01-15", 500_000);
    b.active(l9, "2024-05", 65_000, 0).active(l9, "2024-07", 60_000, 35);
    int l10 = b.loan("L10", "2024-01-15", 500_000);
    b.active(l10, "2024-04", 10_000, 0).paidOff(l10, "2024-05");
    return b.scope("2024-06");
  }

  @Test
  void latestMonthMatrixCountsAndBalances() {
    RollRateResult r = RollRateAnalysis.run(latestMonthBook(), BUCKETS, 1);

    // CURRENT row: L1, L2, L3, L4, L9 -> 5 transitions,
    // 1,000.00 + 2,000.00 + 500.50 + 300.25 + 650.00 = 4,450.75
    assertThat(r.loansFrom("CURRENT")).isEqualTo(5);
    assertThat(r.balanceCentsFrom("CURRENT")).isEqualTo(445_075);
    assertThat(r.loans("CURRENT", "CURRENT")).isEqualTo(1);
    assertThat(r.balanceCents("CURRENT", "CURRENT")).isEqualTo(100_000);
    assertThat(r.loans("CURRENT", "DPD_1_29")).isEqualTo(1);
    assertThat(r.loans("CURRENT", "PAID_OFF")).isEqualTo(1);
    assertThat(r.balanceCents("CURRENT", "PAID_OFF")).isEqualTo(50_050);
    // 1 of 5 -> 0.2; 1,000.00 / 4,450.75
    assertThat(r.loanShare("CURRENT", "CURRENT").orElseThrow()).isCloseTo(0.2, within(EXACT));
    assertThat(r.balanceShare("CURRENT", "CURRENT").orElseThrow())
        .isCloseTo(1_000.00 / 4_450.75, within(EXACT));
    // DPD_90_PLUS row: L8 4,000.00 -> CHARGED_OFF, all of it
    assertThat(r.balanceCents("DPD_90_PLUS", "CHARGED_OFF")).isEqualTo(400_000);
    assertThat(r.balanceShare("DPD_90_PLUS", "CHARGED_OFF")).hasValue(1.0);
  }

  @Test
  void loanWithoutARowNextMonthIsMissing() {
    RollRateResult r = RollRateAnalysis.run(latestMonthBook(), BUCKETS, 1);

    // L4 (stops after 2024-05, 300.25) and L9 (skips 2024-06, 650.00) -> 2 of 5, 950.25
    assertThat(r.loans("CURRENT", "MISSING")).isEqualTo(2);
    assertThat(r.balanceCents("CURRENT", "MISSING")).isEqualTo(95_025);
    assertThat(r.loanShare("CURRENT", "MISSING").orElseThrow()).isCloseTo(0.4, within(EXACT));
    assertThat(r.balanceShare("CURRENT", "MISSING").orElseThrow())
        .isCloseTo(950.25 / 4_450.75, within(EXACT));
    // L4 is loan index 3, L9 index 8
    assertThat(r.loansBehind("CURRENT", "MISSING")).containsExactly(3, 8);
  }

  @Test
  void rollForwardAndCureRatesOfADelinquentBucket() {
    RollRateResult r = RollRateAnalysis.run(latestMonthBook(), BUCKETS, 1);

    // DPD_30_59 row: L5 800.00 (-> 1-29), L6 1,200.00 (-> CURRENT), L7 999.99 (-> 60-89);
    // total 3 and 2,999.99.
    // Roll forward: L7 -> 1/3 by count, 999.99 / 2,999.99 by balance
    assertThat(r.rollForwardLoanRate("DPD_30_59").orElseThrow())
        .isCloseTo(1.0 / 3.0, within(EXACT));
    assertThat(r.rollForwardBalanceRate("DPD_30_59").orElseThrow())
        .isCloseTo(999.99 / 2_999.99, within(EXACT));
    // Cure: L6 only (L5 improves to 1-29, which is not a cure) -> 1/3, 1,200.00 / 2,999.99
    assertThat(r.cureLoanRate("DPD_30_59").orElseThrow()).isCloseTo(1.0 / 3.0, within(EXACT));
    assertThat(r.cureBalanceRate("DPD_30_59").orElseThrow())
        .isCloseTo(1_200.00 / 2_999.99, within(EXACT));
    // 90+: only worse state is CHARGED_OFF -> L8, 1.0
    assertThat(r.rollForwardLoanRate("DPD_90_PLUS")).hasValue(1.0);
    // CURRENT: L2 to 1-29 only worsens -> 1/5; CURRENT has no cure rate
    assertThat(r.rollForwardLoanRate("CURRENT").orElseThrow()).isCloseTo(0.2, within(EXACT));
    assertThat(r.cureLoanRate("CURRENT")).isEmpty();
  }

  @Test
  void emptyFromStateHasMissingSharesNotZero() {
    RollRateResult r = RollRateAnalysis.run(latestMonthBook(), BUCKETS, 1);

    // nobody was 1-29 or 60-89 at 2024-05
    assertThat(r.loansFrom("DPD_1_29")).isZero();
    assertThat(r.loanShare("DPD_1_29", "CURRENT")).isEmpty();
    assertThat(r.rollForwardLoanRate("DPD_60_89")).isEmpty();
    Table rows = r.rows();
    Table empty = rows.where(rows.stringColumn("from_state").isEqualTo("DPD_1_29"));
    assertThat(empty.rowCount()).isEqualTo(8);
    assertThat(empty.doubleColumn("loan_share").countMissing()).isEqualTo(8);
    assertThat(empty.doubleColumn("balance_share").countMissing()).isEqualTo(8);
  }

  @Test
  void rowsListEveryFromBucketAndToStateWithZeros() {
    Table rows = RollRateAnalysis.run(latestMonthBook(), BUCKETS, 1).rows();

    assertThat(rows.columnNames())
        .startsWith("from_state", "to_state", "loans", "balance", "loan_share", "balance_share");
    // 5 from-buckets x (5 buckets + PAID_OFF + CHARGED_OFF + MISSING)
    assertThat(rows.rowCount()).isEqualTo(40);
    assertThat(rows.stringColumn("to_state").asList().subList(0, 8))
        .containsExactly(
            "CURRENT",
            "DPD_1_29",
            "DPD_30_59",
            "DPD_60_89",
            "DPD_90_PLUS",
            "PAID_OFF",
            "CHARGED_OFF",
            "MISSING");
    assertThat(new LinkedHashSet<>(rows.stringColumn("from_state").asList()))
        .containsExactly("CURRENT", "DPD_1_29", "DPD_30_59", "DPD_60_89", "DPD_90_PLUS");
    // (CURRENT, MISSING) is row 7: 2 loans, 950.25
    assertThat(rows.row(7).getLong("loans")).isEqualTo(2);
    assertThat(rows.row(7).getDouble("balance")).isEqualTo(950.25);
    // (DPD_30_59, DPD_60_89) is row 2*8+3 = 19: L7, 999.99
    assertThat(rows.row(19).getString("to_state")).isEqualTo("DPD_60_89");
    assertThat(rows.row(19).getDouble("balance")).isEqualTo(999.99);
    // CURRENT -> DPD_90_PLUS: a zero row, share 0 (the row is not empty)
    assertThat(rows.row(4).getLong("loans")).isZero();
    assertThat(rows.row(4).getDouble("loan_share")).isZero();
  }

  /**
   * As of 2024-06, data from 2024-01. K: CURRENT every month, balance 600.00, 500.00, 400.00,
   * 300.00, 200.00, 100.00 (2024-01..06). M: 2024-02 CURRENT 1,000.00, 2024-03 31 dpd 1,000.00,
   * 2024-04 PAID_OFF.
   */
  private static AnalysisScope sixMonthBook() {
    TestBook b = new TestBook();
    int k = b.loan("K", "2023-12-20", 700_000);
    long balance = 60_000;
    for (String m : List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06")) {
      b.active(k, m, balance, 0);
      balance -= 10_000;
    }
    int m = b.loan("M", "2024-02-01", 100_000);
    b.active(m, "2024-02", 100_000, 0).active(m, "2024-03", 100_000, 31).paidOff(m, "2024-04");
    return b.scope();
  }

  @Test
  void windowOfOneCountsOnlyTheLatestMonth() {
    RollRateResult r = RollRateAnalysis.run(sixMonthBook(), BUCKETS, 1);

    // 2024-05 -> 2024-06: K only, 200.00; M ended in 2024-04
    assertThat(r.loans("CURRENT", "CURRENT")).isEqualTo(1);
    assertThat(r.balanceCents("CURRENT", "CURRENT")).isEqualTo(20_000);
    assertThat(r.loansFrom("DPD_30_59")).isZero();
    assertThat(r.months()).containsExactly(YearMonth.of(2024, 6));
  }

  @Test
  void windowOfSixCountsEveryMonthWithAPreviousMonth() {
    RollRateResult r = RollRateAnalysis.run(sixMonthBook(), BUCKETS, 6);

    // t+1 in 2024-01..06, but 2024-01 has no previous month: 2024-02..06 covered.
    // K: 5 transitions CURRENT -> CURRENT, 600.00 + 500.00 + 400.00 + 300.00 + 200.00 = 2,000.00
    assertThat(r.loans("CURRENT", "CURRENT")).isEqualTo(5);
    assertThat(r.balanceCents("CURRENT", "CURRENT")).isEqualTo(200_000);
    // M: 2024-02 -> 03 CURRENT -> DPD_30_59 (1,000.00); 2024-03 -> 04 DPD_30_59 -> PAID_OFF
    assertThat(r.balanceCents("CURRENT", "DPD_30_59")).isEqualTo(100_000);
    assertThat(r.loans("DPD_30_59", "PAID_OFF")).isEqualTo(1);
    assertThat(r.cureLoanRate("DPD_30_59")).hasValue(1.0);
    // CURRENT row: 6 transitions, 1 rolls forward -> 1/6
    assertThat(r.rollForwardLoanRate("CURRENT").orElseThrow()).isCloseTo(1.0 / 6.0, within(EXACT));
    assertThat(r.extras().get("window")).isEqualTo(6);
    assertThat(r.extras().get("months"))
        .isEqualTo(List.of("2024-02", "2024-03", "2024-04", "2024-05", "2024-06"));
  }

  @Test
  void drillDownListsALoanOncePerTransition() {
    RollRateResult r = RollRateAnalysis.run(sixMonthBook(), BUCKETS, 6);

    // K (index 0) stayed CURRENT in each of 2024-01..05 -> five entries
    RollRateResult.Transitions behind = r.transitionsBehind("CURRENT", "CURRENT");
    assertThat(behind.loans()).containsExactly(0, 0, 0, 0, 0);
    assertThat(behind.months())
        .containsExactly(
            YearMonth.of(2024, 1),
            YearMonth.of(2024, 2),
            YearMonth.of(2024, 3),
            YearMonth.of(2024, 4),
            YearMonth.of(2024, 5));
    // M (index 1) moved to 30-59 once
    assertThat(r.loansBehind("CURRENT", "DPD_30_59")).containsExactly(1);
    assertThat(r.loansBehind("DPD_60_89", "CHARGED_OFF")).isEmpty();
  }

  @Test
  void distinctLoansCountALoanOnceWhateverItsTransitions() {
    RollRateResult r = RollRateAnalysis.run(sixMonthBook(), BUCKETS, 6);

    // K (index 0) stayed CURRENT five times: 5 transitions, 1 loan
    assertThat(r.loans("CURRENT", "CURRENT")).isEqualTo(5);
    assertThat(r.distinctLoans("CURRENT", "CURRENT")).isEqualTo(1);
    assertThat(r.distinctLoansBehind("CURRENT", "CURRENT")).containsExactly(0);
    // M (index 1) moved to 30-59 once: 1 and 1
    assertThat(r.distinctLoans("CURRENT", "DPD_30_59")).isEqualTo(1);
    assertThat(r.distinctLoansBehind("CURRENT", "DPD_30_59")).containsExactly(1);
    assertThat(r.distinctLoans("DPD_60_89", "CHARGED_OFF")).isZero();
  }

  @Test
  void filterKeepsOnlyTheLoansInTheMask() {
    // 2024-05 -> 06: P1 Online CURRENT -> 1-29 (100.00); P2 Partner B CURRENT -> CURRENT (300.00)
    TestBook b = new TestBook();
    int p1 = b.loan("P1", "2024-01-10", 100_000, "Online");
    b.active(p1, "2024-05", 10_000, 0).active(p1, "2024-06", 10_000, 5);
    int p2 = b.loan("P2", "2024-01-10", 100_000, "Partner B");
    b.active(p2, "2024-05", 30_000, 0).active(p2, "2024-06", 29_000, 0);
    SegmentFilter online = new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Online")));

    RollRateResult all = RollRateAnalysis.run(b.scope(), BUCKETS, 1);
    RollRateResult filtered = RollRateAnalysis.run(b.scope("2024-06", online), BUCKETS, 1);

    // whole book: 1 of 2 roll, 100.00 of 400.00 -> 0.5, 0.25
    assertThat(all.rollForwardLoanRate("CURRENT")).hasValue(0.5);
    assertThat(all.rollForwardBalanceRate("CURRENT")).hasValue(0.25);
    // Online: P1 only -> 1.0
    assertThat(filtered.loansFrom("CURRENT")).isEqualTo(1);
    assertThat(filtered.rollForwardLoanRate("CURRENT")).hasValue(1.0);
    assertThat(filtered.loansBehind("CURRENT", "DPD_1_29")).containsExactly(p1);
  }

  @Test
  void emptyPortfolioGivesAnAllZeroMatrix() {
    RollRateResult r = RollRateAnalysis.run(new TestBook().scope(), BUCKETS, 6);

    Table rows = r.rows();
    assertThat(rows.rowCount()).isEqualTo(40);
    assertThat(rows.longColumn("loans").sum()).isZero();
    assertThat(rows.doubleColumn("loan_share").countMissing()).isEqualTo(40);
    assertThat(r.months()).isEmpty();
    assertThat(r.loansBehind("CURRENT", "MISSING")).isEmpty();
  }
}
