package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.VintageParams.CohortPeriod;
import com.riskworkbench.analysis.VintageParams.Weight;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class VintageAnalysisTest {
  private static final double EXACT = 1e-12;

  /**
   * As of 2024-04, with data up to 2024-05. Cohort 2024-01 holds 10,000.00 of principal:
   *
   * <pre>
   * L1 1,000.00  2024-01 dpd 0 | 02 dpd 15 | 03 dpd 45 | 04 dpd 75
   * L2 3,000.00  2024-01 dpd 0 | 02 dpd 0  | 03 CHARGED_OFF dpd 10, charge-off 2,500.00, recovery 400.00
   * L3 6,000.00  2024-01 dpd 0 | 02 dpd 0  | 03 dpd 0  | 04 PAID_OFF
   * </pre>
   *
   * Cohort 2024-03: L4 500.00, 2024-03 dpd 0 | 04 dpd 30 | 05 dpd 95 (after the as-of month). L5 is
   * originated in 2024-05, after the as-of month. No loan is originated in 2024-02.
   */
  private static AnalysisScope fourLoans() {
    TestBook b = new TestBook();
    int l1 = b.loan("L1", "2024-01-10", 100_000);
    b.active(l1, "2024-01", 100_000, 0).active(l1, "2024-02", 90_000, 15);
    b.active(l1, "2024-03", 90_000, 45).active(l1, "2024-04", 90_000, 75);
    int l2 = b.loan("L2", "2024-01-20", 300_000);
    b.active(l2, "2024-01", 300_000, 0).active(l2, "2024-02", 280_000, 0);
    b.chargedOff(l2, "2024-03", 10, 250_000, 40_000);
    int l3 = b.loan("L3", "2024-01-05", 600_000);
    b.active(l3, "2024-01", 600_000, 0).active(l3, "2024-02", 550_000, 0);
    b.active(l3, "2024-03", 500_000, 0).paidOff(l3, "2024-04");
    int l4 = b.loan("L4", "2024-03-31", 50_000);
    b.active(l4, "2024-03", 50_000, 0).active(l4, "2024-04", 50_000, 30);
    b.active(l4, "2024-05", 50_000, 95);
    int l5 = b.loan("L5", "2024-05-02", 80_000);
    b.active(l5, "2024-05", 80_000, 0);
    return b.scope("2024-04");
  }

  @Test
  void loanIsBadFromTheFirstMobAtThresholdOrCharged() {
    VintageResult r = VintageAnalysis.run(fourLoans(), VintageParams.DEFAULT);

    // MOB 0 and 1: nobody at 30+ yet (L1 is at 15) -> 0 / 10,000.00
    assertThat(r.rate("2024-01", 0)).hasValue(0.0);
    assertThat(r.rate("2024-01", 1)).hasValue(0.0);
    // MOB 2: L1 at 45 dpd and L2 charged off -> (1,000.00 + 3,000.00) / 10,000.00 = 0.4
    VintageResult.Cell cell = r.cell("2024-01", 2).orElseThrow();
    assertThat(cell.loans()).isEqualTo(3);
    assertThat(cell.principalCents()).isEqualTo(1_000_000);
    assertThat(cell.badLoans()).isEqualTo(2);
    assertThat(cell.badPrincipalCents()).isEqualTo(400_000);
    assertThat(cell.rate()).isCloseTo(0.4, within(EXACT));
    // MOB 3: the same two loans, L3 paid off clean -> 0.4
    assertThat(r.rate("2024-01", 3).orElseThrow()).isCloseTo(0.4, within(EXACT));
  }

  @ParameterizedTest(name = "threshold {0}: cohort {1} MOB {2} rate {3}")
  @CsvSource(
      textBlock =
          """
          # 2024-01, MOB 2: L1 at 45, L2 charged off (counts whatever its dpd)
          30, 2024-01, 2, 0.4
          # 60 and 90: only L2 -> 3,000.00 / 10,000.00
          60, 2024-01, 2, 0.3
          90, 2024-01, 2, 0.3
          # MOB 3: L1 reaches 75 -> 60 adds it (0.4); 90 does not (0.3)
          30, 2024-01, 3, 0.4
          60, 2024-01, 3, 0.4
          90, 2024-01, 3, 0.3
          # 2024-03, MOB 1: L4 at exactly 30 -> 500.00 / 500.00; its 95 is after the as-of month
          30, 2024-03, 1, 1.0
          60, 2024-03, 1, 0.0
          90, 2024-03, 1, 0.0
          """)
  void thresholdSetsWhenALoanTurnsBad(int threshold, String cohort, int mob, double expected) {
    VintageResult r =
        VintageAnalysis.run(fourLoans(), VintageParams.DEFAULT.withThreshold(threshold));

    assertThat(r.rate(cohort, mob).orElseThrow()).isCloseTo(expected, within(EXACT));
  }

  @Test
  void chargedOffLoanIsBadEvenBelowTheThreshold() {
    VintageResult r = VintageAnalysis.run(fourLoans(), VintageParams.DEFAULT.withThreshold(90));

    // L2 was charged off at 10 dpd in 2024-03 (MOB 2): the only bad loan, 3,000.00
    VintageResult.Cell cell = r.cell("2024-01", 2).orElseThrow();
    assertThat(cell.badLoans()).isEqualTo(1);
    assertThat(cell.badPrincipalCents()).isEqualTo(300_000);
  }

  @Test
  void countWeightDividesLoansNotPrincipal() {
    AnalysisScope scope = fourLoans();
    VintageResult byCount =
        VintageAnalysis.run(scope, VintageParams.DEFAULT.withWeight(Weight.COUNT));
    VintageResult byAmount = VintageAnalysis.run(scope, VintageParams.DEFAULT);

    // MOB 2: 2 bad loans of 3 by count; 4,000.00 of 10,000.00 by amount
    assertThat(byCount.rate("2024-01", 2).orElseThrow()).isCloseTo(2.0 / 3.0, within(EXACT));
    assertThat(byAmount.rate("2024-01", 2).orElseThrow()).isCloseTo(0.4, within(EXACT));
  }

  @Test
  void netChargeOffAccumulatesChargeOffLessRecovery() {
    VintageResult r = VintageAnalysis.run(fourLoans(), VintageParams.DEFAULT);

    // nothing charged off before MOB 2
    assertThat(r.cell("2024-01", 1).orElseThrow().netChargeOffCents()).isZero();
    // MOB 2: L2 charged off 2,500.00, recovered 400.00 -> 2,100.00; / 10,000.00 = 0.21
    assertThat(r.cell("2024-01", 2).orElseThrow().netChargeOffCents()).isEqualTo(210_000);
    assertThat(r.netChargeOffRate("2024-01", 2).orElseThrow()).isCloseTo(0.21, within(EXACT));
    // MOB 3: cumulative, nothing new -> still 2,100.00
    assertThat(r.cell("2024-01", 3).orElseThrow().netChargeOffCents()).isEqualTo(210_000);
  }

  @Test
  void youngCohortCellIsEmptyNotZero() {
    VintageResult r = VintageAnalysis.run(fourLoans(), VintageParams.DEFAULT);

    // 2024-03 + 2 = 2024-05 is after the as-of month 2024-04
    assertThat(r.cell("2024-03", 2)).isEmpty();
    assertThat(r.rate("2024-03", 2)).isEmpty();
    assertThat(r.maxMob("2024-03")).hasValue(1);
    assertThat(r.curve("2024-03")).containsExactly(0.0, 1.0);
  }

  @Test
  void rowsAreTheDefinedCellsByCohortThenMob() {
    Table rows = VintageAnalysis.run(fourLoans(), VintageParams.DEFAULT).rows();

    assertThat(rows.columnNames())
        .containsExactly(
            "cohort",
            "mob",
            "loans",
            "principal",
            "bad_loans",
            "bad_principal",
            "rate",
            "net_charge_off",
            "net_charge_off_rate");
    // 2024-01: MOB 0..3; 2024-02: no originations, no rows; 2024-03: MOB 0..1;
    // 2024-05: originated after the as-of month, no rows
    assertThat(rows.stringColumn("cohort").asList())
        .containsExactly("2024-01", "2024-01", "2024-01", "2024-01", "2024-03", "2024-03");
    assertThat(rows.intColumn("mob").asList()).containsExactly(0, 1, 2, 3, 0, 1);
    // (2024-01, 2): 3 loans, 10,000.00, 2 bad, 4,000.00, 0.4, net charge-off 2,100.00, 0.21
    Row row = rows.row(2);
    assertThat(row.getInt("loans")).isEqualTo(3);
    assertThat(row.getDouble("principal")).isEqualTo(10_000.00);
    assertThat(row.getInt("bad_loans")).isEqualTo(2);
    assertThat(row.getDouble("bad_principal")).isEqualTo(4_000.00);
    assertThat(row.getDouble("rate")).isCloseTo(0.4, within(EXACT));
    assertThat(row.getDouble("net_charge_off")).isEqualTo(2_100.00);
    assertThat(row.getDouble("net_charge_off_rate")).isCloseTo(0.21, within(EXACT));
    // (2024-03, 1): 1 loan, 500.00, bad at exactly 30 dpd
    Row young = rows.row(5);
    assertThat(young.getDouble("principal")).isEqualTo(500.00);
    assertThat(young.getDouble("bad_principal")).isEqualTo(500.00);
  }

  @Test
  void extrasNameThresholdWeightAndCohortPeriod() {
    VintageParams params = new VintageParams(60, Weight.COUNT, CohortPeriod.QUARTER);

    Map<String, Object> extras = VintageAnalysis.run(fourLoans(), params).extras();

    assertThat(extras)
        .containsExactly(
            Map.entry("threshold", 60),
            Map.entry("weight", "count"),
            Map.entry("cohort_period", "quarter"));
  }

  /**
   * Cohort 2023-07, as of 2023-12: S1 2,000.00 bought in seasoned, first row 2023-12 (MOB 5) at 40
   * dpd; S2 2,000.00 with rows from 2023-07 to 2023-12, always current.
   */
  @Test
  void seasonedLoanCountsInTheDenominatorBeforeItsFirstRow() {
    TestBook b = new TestBook();
    int s1 = b.loan("S1", "2023-07-15", 200_000);
    b.active(s1, "2023-12", 150_000, 40);
    int s2 = b.loan("S2", "2023-07-03", 200_000);
    for (String m : List.of("2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12")) {
      b.active(s2, m, 180_000, 0);
    }

    VintageResult r = VintageAnalysis.run(b.scope(), VintageParams.DEFAULT);

    // MOB 0..4: 2 loans, 4,000.00, none bad -> 0.0
    for (int k = 0; k <= 4; k++) {
      VintageResult.Cell cell = r.cell("2023-07", k).orElseThrow();
      assertThat(cell.loans()).isEqualTo(2);
      assertThat(cell.principalCents()).isEqualTo(400_000);
      assertThat(cell.rate()).isZero();
    }
    // MOB 5: S1 at 40 dpd -> 2,000.00 / 4,000.00 = 0.5
    assertThat(r.rate("2023-07", 5).orElseThrow()).isCloseTo(0.5, within(EXACT));
  }

  /**
   * As of 2024-07. Q1: A 1,000.00 from 2024-01 (30 dpd in 2024-04, its MOB 3, then cured); B
   * 3,000.00 from 2024-03 (35 dpd in 2024-04, its MOB 1; charged off in 2024-07, MOB 4, for
   * 2,800.00). Q2: C 2,000.00 from 2024-06 (31 dpd in 2024-07, MOB 1); D 2,000.00 from 2024-04 (60
   * dpd in 2024-07, its MOB 3). Q3: E from 2024-07, a quarter not complete at the as-of month.
   */
  private static AnalysisScope quarterBook() {
    TestBook b = new TestBook();
    int a = b.loan("A", "2024-01-15", 100_000);
    b.active(a, "2024-01", 100_000, 0).active(a, "2024-02", 90_000, 0);
    b.active(a, "2024-03", 80_000, 0).active(a, "2024-04", 80_000, 30);
    b.active(a, "2024-05", 60_000, 0).active(a, "2024-06", 50_000, 0);
    b.active(a, "2024-07", 40_000, 0);
    int bb = b.loan("B", "2024-03-10", 300_000);
    b.active(bb, "2024-03", 300_000, 0).active(bb, "2024-04", 300_000, 35);
    b.active(bb, "2024-05", 290_000, 65).active(bb, "2024-06", 280_000, 95);
    b.chargedOff(bb, "2024-07", 125, 280_000, 0);
    int c = b.loan("C", "2024-06-30", 200_000);
    b.active(c, "2024-06", 200_000, 0).active(c, "2024-07", 200_000, 31);
    int d = b.loan("D", "2024-04-01", 200_000);
    b.active(d, "2024-04", 200_000, 0).active(d, "2024-05", 190_000, 0);
    b.active(d, "2024-06", 180_000, 0).active(d, "2024-07", 180_000, 60);
    int e = b.loan("E", "2024-07-05", 70_000);
    b.active(e, "2024-07", 70_000, 0);
    return b.scope();
  }

  @Test
  void quarterCohortIsDatedByItsLastMonthAndMobByEachLoan() {
    VintageResult r =
        VintageAnalysis.run(
            quarterBook(), VintageParams.DEFAULT.withCohortPeriod(CohortPeriod.QUARTER));

    // Q3 ends 2024-09, after the as-of month: no cells
    assertThat(r.cohorts()).containsExactly("2024-Q1", "2024-Q2");
    // Q1 (dated 2024-03) runs to MOB 4, Q2 (dated 2024-06) to MOB 1
    assertThat(r.maxMob("2024-Q1")).hasValue(4);
    assertThat(r.maxMob("2024-Q2")).hasValue(1);
    // Q1 over 4,000.00: MOB 0 none; MOB 1 B (its own MOB 1) 3,000.00 -> 0.75; MOB 2 0.75;
    // MOB 3 adds A (its own MOB 3) -> 4,000.00 -> 1.0; MOB 4 1.0
    assertThat(r.curve("2024-Q1")).containsExactly(0.0, 0.75, 0.75, 1.0, 1.0);
    // Q2 over 4,000.00: MOB 1 C 2,000.00 -> 0.5; D's 60 dpd is at its MOB 3, not shown
    assertThat(r.curve("2024-Q2")).containsExactly(0.0, 0.5);
    // Q1 net charge-off: B's 2,800.00 at its MOB 4 -> 2,800.00 / 4,000.00 = 0.7
    assertThat(r.netChargeOffRate("2024-Q1", 3)).hasValue(0.0);
    assertThat(r.netChargeOffRate("2024-Q1", 4).orElseThrow()).isCloseTo(0.7, within(EXACT));
    assertThat(r.rows().rowCount()).isEqualTo(7);
  }

  @Test
  void filterKeepsOnlyTheLoansInTheMask() {
    // as of 2024-02: F1 1,000.00 Online, 31 dpd at MOB 1; F2 3,000.00 Partner B, current
    TestBook b = new TestBook();
    int f1 = b.loan("F1", "2024-01-10", 100_000, "Online");
    b.active(f1, "2024-01", 100_000, 0).active(f1, "2024-02", 95_000, 31);
    int f2 = b.loan("F2", "2024-01-11", 300_000, "Partner B");
    b.active(f2, "2024-01", 300_000, 0).active(f2, "2024-02", 280_000, 0);
    SegmentFilter online = new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Online")));
    SegmentFilter partnerB = new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Partner B")));

    // whole book: 1,000.00 / 4,000.00 = 0.25
    assertThat(VintageAnalysis.run(b.scope(), VintageParams.DEFAULT).rate("2024-01", 1))
        .hasValue(0.25);
    // Online: 1,000.00 / 1,000.00 = 1.0
    VintageResult.Cell onlineCell =
        VintageAnalysis.run(b.scope("2024-02", online), VintageParams.DEFAULT)
            .cell("2024-01", 1)
            .orElseThrow();
    assertThat(onlineCell.loans()).isEqualTo(1);
    assertThat(onlineCell.principalCents()).isEqualTo(100_000);
    assertThat(onlineCell.rate()).isEqualTo(1.0);
    // Partner B: 0 / 3,000.00 = 0.0
    assertThat(
            VintageAnalysis.run(b.scope("2024-02", partnerB), VintageParams.DEFAULT)
                .rate("2024-01", 1))
        .hasValue(0.0);
  }

  @Test
  void loansBehindACellAreTheCohortsLoansBadByThatMob() {
    AnalysisScope scope = fourLoans();
    int l1 = scope.portfolio().loanIndex("L1");
    int l2 = scope.portfolio().loanIndex("L2");
    int l4 = scope.portfolio().loanIndex("L4");
    VintageResult r = VintageAnalysis.run(scope, VintageParams.DEFAULT);

    // 2024-01 MOB 1: nobody at 30+ yet; MOB 2: L1 (45 dpd) and L2 (charged off), as the cell's 2
    assertThat(r.loansBehind("2024-01", 1)).isEmpty();
    assertThat(r.loansBehind("2024-01", 2)).containsExactly(l1, l2);
    assertThat(r.loansBehind("2024-01", 2)).hasSize(r.cell("2024-01", 2).orElseThrow().badLoans());
    // 2024-03 MOB 1: L4 at 30 dpd in 2024-04; MOB 2 is after the as-of month: no cell, no loans
    assertThat(r.loansBehind("2024-03", 1)).containsExactly(l4);
    assertThat(r.loansBehind("2024-03", 2)).isEmpty();
    assertThat(r.loansBehind("2024-02", 0)).as("no cohort").isEmpty();
    // 90+: L1 never reaches 90, L2 charged off at MOB 2
    assertThat(
            VintageAnalysis.run(scope, VintageParams.DEFAULT.withThreshold(90))
                .loansBehind("2024-01", 3))
        .containsExactly(l2);
  }

  @Test
  void chargeOffLoansBehindACellAreTheLoansWithACharge() {
    AnalysisScope scope = fourLoans();
    VintageResult r = VintageAnalysis.run(scope, VintageParams.DEFAULT);

    // L2 is charged off at its MOB 2 (2,500.00 − 400.00); nobody else has a charge or recovery
    assertThat(r.chargeOffLoans("2024-01", 1)).isZero();
    assertThat(r.chargeOffLoans("2024-01", 2)).isEqualTo(1);
    assertThat(r.chargeOffLoans("2024-01", 3)).isEqualTo(1);
    assertThat(r.chargeOffLoansBehind("2024-01", 3))
        .containsExactly(scope.portfolio().loanIndex("L2"));
    assertThat(r.chargeOffLoansBehind("2024-03", 1)).isEmpty();
  }

  @Test
  void loansBehindAQuarterCellCountMobFromEachLoan() {
    AnalysisScope scope = quarterBook();
    VintageResult r =
        VintageAnalysis.run(scope, VintageParams.DEFAULT.withCohortPeriod(CohortPeriod.QUARTER));

    // Q1 MOB 1: B at 35 dpd (its MOB 1); MOB 3 adds A (30 dpd at its MOB 3)
    assertThat(r.loansBehind("2024-Q1", 1)).containsExactly(scope.portfolio().loanIndex("B"));
    assertThat(r.loansBehind("2024-Q1", 3))
        .containsExactly(scope.portfolio().loanIndex("A"), scope.portfolio().loanIndex("B"));
    // Q2 MOB 1: C (31 dpd at its MOB 1); D's 60 dpd is at its MOB 3
    assertThat(r.loansBehind("2024-Q2", 1)).containsExactly(scope.portfolio().loanIndex("C"));
    assertThat(r.cohortMonth("2024-Q2")).contains(java.time.YearMonth.of(2024, 6));
  }

  @Test
  void emptyPortfolioGivesNoCells() {
    VintageResult r = VintageAnalysis.run(new TestBook().scope(), VintageParams.DEFAULT);

    assertThat(r.cohorts()).isEmpty();
    assertThat(r.rows().rowCount()).isZero();
    assertThat(r.rows().columnCount()).isEqualTo(9);
    assertThat(r.rate("2024-01", 0)).isEmpty();
  }
}
