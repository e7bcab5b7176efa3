package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ForwardLookingPdTest {
  private static final double EXACT = 1e-12;
  private static final DelinquencyBuckets BUCKETS = DelinquencyBuckets.DEFAULT;
  private static final int C = 0;
  private static final int D1 = 1;
  private static final int PO = 5;
  private static final int CO = 6;

  /**
   * As of 2024-03, window 12 (the transitions into 2024-02 and 2024-03):
   *
   * <pre>
   * L1  CURRENT 2024-01 -> CURRENT 2024-02 -> DPD_1_29 (10) 2024-03
   * L2  CURRENT 2024-01 -> DPD_1_29 (20) 2024-02 -> CHARGED_OFF 2024-03
   * L3  DPD_1_29 (5) 2024-01 -> CURRENT 2024-02 -> PAID_OFF 2024-03
   * L4  CURRENT 2024-02, no row at 2024-03: MISSING, left out and counted
   *
   * CURRENT row: C->C (L1), C->D1 (L1, L2), C->PO (L3): 4 transitions = 0.25, 0.50, 0.25
   * DPD_1_29 row: D1->CO (L2), D1->C (L3): 2 transitions = 0.50 CO, 0.50 CURRENT
   * DPD_30_59 .. DPD_90_PLUS: no transitions anywhere: stay put, PD undefined
   *
   * PD_1: C 0,      D1 0.5
   * PD_2: C = 0.25 × 0 + 0.5 × 0.5 = 0.25;           D1 = 0.5 × PD_1(C) + 0.5 × 1 = 0.5
   * PD_3: C = 0.25 × 0.25 + 0.5 × 0.5 = 0.3125;      D1 = 0.5 × PD_2(C) + 0.5 = 0.625
   * </pre>
   */
  static AnalysisScope threeLoanBook() {
    TestBook b = new TestBook();
    int l1 = b.loan("L1", "2023-12-15", 300_000);
    b.active(l1, "2024-01", 300_000, 0).active(l1, "2024-02", 280_000, 0);
    b.active(l1, "2024-03", 260_000, 10);
    int l2 = b.loan("L2", "2023-12-15", 200_000);
    b.active(l2, "2024-01", 200_000, 0).active(l2, "2024-02", 190_000, 20);
    b.chargedOff(l2, "2024-03", 50, 190_000, 0);
    int l3 = b.loan("L3", "2023-12-15", 100_000);
    b.active(l3, "2024-01", 100_000, 5).active(l3, "2024-02", 90_000, 0).paidOff(l3, "2024-03");
    int l4 = b.loan("L4", "2024-01-15", 100_000);
    b.active(l4, "2024-02", 100_000, 0);
    return b.scope("2024-03");
  }

  @Test
  void threeLoanBookGivesTheHandWorkedMatrixAndPd() {
    PdAnalysis.PdResult r = PdAnalysis.run(threeLoanBook(), BUCKETS, 12, 3, Scenario.BASE);

    double[][] p = r.matrix();
    assertThat(p[C]).containsExactly(new double[] {0.25, 0.5, 0, 0, 0, 0.25, 0}, within(EXACT));
    assertThat(p[D1]).containsExactly(new double[] {0.5, 0, 0, 0, 0, 0, 0.5}, within(EXACT));
    assertThat(p[PO][PO]).isEqualTo(1.0);
    assertThat(p[CO][CO]).isEqualTo(1.0);
    assertThat(r.pd(C, 1)).isCloseTo(0, within(EXACT));
    assertThat(r.pd(C, 2)).isCloseTo(0.25, within(EXACT));
    assertThat(r.pd(C, 3)).isCloseTo(0.3125, within(EXACT));
    assertThat(r.pd(D1, 1)).isCloseTo(0.5, within(EXACT));
    assertThat(r.pd(D1, 2)).isCloseTo(0.5, within(EXACT));
    assertThat(r.pd(D1, 3)).isCloseTo(0.625, within(EXACT));
  }

  @Test
  void emptyRowStaysPutWithUndefinedPdAndIsReported() {
    PdAnalysis.PdResult r = PdAnalysis.run(threeLoanBook(), BUCKETS, 12, 3, Scenario.BASE);

    assertThat(r.matrix()[2][2]).isEqualTo(1.0); // DPD_30_59 stays put
    assertThat(r.pd(2, 3)).isNaN();
    assertThat(r.extras().get("rows_undefined"))
        .isEqualTo(List.of("DPD_30_59", "DPD_60_89", "DPD_90_PLUS"));
    Table missing = (Table) r.extras().get("missing_transitions");
    assertThat(missing.longColumn("missing").get(C)).isEqualTo(1L);
    assertThat(missing.longColumn("transitions").get(C)).isEqualTo(4L);
  }

  @Test
  void csvHasEveryBucketAndHorizon() {
    Table t = PdAnalysis.run(threeLoanBook(), BUCKETS, 12, 3, Scenario.BASE).rows();

    assertThat(t.columnNames().subList(0, 3)).containsExactly("from_state", "horizon", "pd");
    assertThat(t.rowCount()).isEqualTo(5 * 3);
    assertThat(t.stringColumn("from_state").get(3)).isEqualTo("DPD_1_29");
    assertThat(t.intColumn("horizon").get(3)).isEqualTo(1);
    assertThat(t.doubleColumn("pd").get(5)).isCloseTo(0.625, within(EXACT));
  }

  /**
   * A segment with no DPD_1_29 transitions borrows the whole portfolio's row: the filter keeps only
   * the "Partner" channel loan P1 (CURRENT -> CURRENT), so DPD_1_29 comes from the book.
   */
  @Test
  void emptyRowOfTheScopeBorrowsThePortfolioRow() {
    TestBook b = new TestBook();
    int l1 = b.loan("L1", "2024-01-15", 100_000);
    b.active(l1, "2024-01", 100_000, 10).chargedOff(l1, "2024-02", 40, 100_000, 0);
    int p1 = b.loan("P1", "2024-01-15", 100_000, "Partner");
    b.active(p1, "2024-01", 100_000, 0).active(p1, "2024-02", 90_000, 0);
    AnalysisScope scope = b.scope("2024-02", SegmentFilter.parse(List.of("channel=Partner")));

    PdAnalysis.PdResult r = PdAnalysis.run(scope, BUCKETS, 12, 2, Scenario.BASE);

    assertThat(r.matrix()[D1][CO]).isEqualTo(1.0);
    assertThat(r.pd(C, 2)).isZero();
    assertThat(r.pd(D1, 1)).isEqualTo(1.0);
    assertThat(r.extras().get("rows_borrowed_from_portfolio")).isEqualTo(List.of("DPD_1_29"));
  }

  /**
   * Independent check on a generated book: the roll-rate matrix by count, renormalised without
   * MISSING and with absorbing PAID_OFF and CHARGED_OFF, raised to the power k by plain repeated
   * multiplication, gives the same PD to 1e-9.
   */
  @Test
  void pdEqualsAPlainMatrixPowerOfTheRollRateCounts() throws IOException {
    PortfolioBuilder builder = new PortfolioBuilder();
    new SampleGenerator(new SampleSpec(3000, 24, 7)).generate(builder, Progress.NONE);
    LoadedPortfolio book = builder.build();
    AnalysisScope scope = AnalysisScope.all(book);
    int horizon = 24;

    PdAnalysis.PdResult r = PdAnalysis.run(scope, BUCKETS, 12, horizon, Scenario.BASE);

    RollRateResult rr = RollRateAnalysis.run(scope, BUCKETS, 12);
    List<String> to = rr.toStates();
    double[][] p = new double[7][7];
    for (int i = 0; i < 5; i++) {
      String from = rr.fromStates().get(i);
      long total = rr.loansFrom(from) - rr.loans(from, RollRateResult.MISSING);
      assertThat(total).as(from).isPositive();
      for (int j = 0; j < 7; j++) {
        p[i][j] = (double) rr.loans(from, to.get(j)) / total;
      }
    }
    p[PO][PO] = 1;
    p[CO][CO] = 1;
    double[][] power = p;
    for (int k = 1; k <= horizon; k++) {
      if (k > 1) {
        power = multiply(power, p);
      }
      for (int s = 0; s < 5; s++) {
        assertThat(r.pd(s, k)).as("state %d, k %d", s, k).isCloseTo(power[s][CO], within(1e-9));
      }
    }
    assertThat(r.pd(4, horizon)).isPositive();
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    double[][] c = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b[0].length; j++) {
        for (int m = 0; m < b.length; m++) {
          c[i][j] += a[i][m] * b[m][j];
        }
      }
    }
    return c;
  }
}
