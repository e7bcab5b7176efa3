package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.LorenzAnalysis.LorenzResult;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LorenzAnalysisTest {

  /**
   * Borrowers with exposures 1, 1, 2 and 4 (hundreds of cents: 100.00, 100.00, 200.00, 400.00; B4's
   * 400.00 is two loans of 300.00 and 100.00), on channels A (B1, B2, B3) and B (B4). B5 has only a
   * loan paid off at the as-of month: it is no unit.
   */
  static LoadedPortfolio book() {
    Book book = new Book();
    for (String b : new String[] {"B1", "B2", "B3", "B4", "B5"}) {
      book.borrower(b);
    }
    book.active(book.loan("1", "B1", "A", 1), "2025-06", 10_000, 0);
    book.active(book.loan("2", "B2", "A", 1), "2025-06", 10_000, 0);
    book.active(book.loan("3", "B3", "A", 1), "2025-06", 20_000, 40);
    book.active(book.loan("4", "B4", "B", 1), "2025-06", 30_000, 0);
    book.active(book.loan("5", "B4", "B", 1), "2025-06", 10_000, 0);
    int paid = book.loan("6", "B5", "A", 1);
    book.active(paid, "2025-05", 50_000, 0).paidOff(paid, "2025-06");
    return book.build();
  }

  @Test
  void curveRunsFromZeroToOneThroughTheCumulativeShares() {
    LorenzResult r = LorenzAnalysis.run(AnalysisScope.all(book()), Dimension.BORROWER);

    // Sorted exposures 1, 1, 2, 4 of total 8: cumulative 0, 1, 2, 4, 8 → shares 0, 1/8, 2/8,
    // 4/8, 1 at population shares 0, 1/4, 2/4, 3/4, 1.
    Table t = r.rows();
    assertThat(t.columnNames()).containsExactly("population_share", "exposure_share");
    assertThat(t.doubleColumn(0).asList()).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
    assertThat(t.doubleColumn(1).asList()).containsExactly(0.0, 0.125, 0.25, 0.5, 1.0);
    assertThat(r.units()).isEqualTo(4);
  }

  @Test
  void giniOfOneOneTwoFourIsFiveSixteenths() {
    LorenzResult r = LorenzAnalysis.run(AnalysisScope.all(book()), Dimension.BORROWER);

    // Trapezoids: Σ (Y_k + Y_{k-1}) = 1/8 + 3/8 + 6/8 + 12/8 = 22/8; times ΔX = 1/4 → 22/32.
    // Gini = 1 − 22/32 = 10/32 = 0.3125. Check by mean absolute difference: the 16 ordered pairs
    // of 1, 1, 2, 4 differ by 20 in all; 20 / (2 · 4² · mean 2) = 20/64 = 0.3125.
    assertThat(r.gini()).isCloseTo(0.3125, within(1e-15));
  }

  @Test
  void topSharesTakeAtLeastOneUnit() {
    LorenzResult r = LorenzAnalysis.run(AnalysisScope.all(book()), Dimension.BORROWER);

    // Four units: ceil(0.01·4) = ceil(0.05·4) = ceil(0.10·4) = 1 unit, the largest: 4 of 8.
    assertThat(r.topShare(1)).isEqualTo(0.5);
    assertThat(r.topShare(5)).isEqualTo(0.5);
    assertThat(r.topShare(10)).isEqualTo(0.5);
    assertThat(r.extras())
        .containsEntry("gini", 0.3125)
        .containsEntry("top1pct_share", 0.5)
        .containsEntry("top10pct_share", 0.5);
  }

  @Test
  void topTenPercentOfTwentyUnitsIsTwoUnits() {
    Book book = new Book();
    // Borrowers P1..P20 with exposures 1..20 (in 100.00): total 210.
    for (int i = 1; i <= 20; i++) {
      book.borrower("P" + i);
      book.active(book.loan("L" + i, "P" + i, "A", 1), "2025-06", i * 10_000L, 0);
    }
    LorenzResult r = LorenzAnalysis.run(AnalysisScope.all(book.build()), Dimension.BORROWER);

    // 10 % of 20 = 2 units: 20 + 19 = 39 of 210; 5 % = 1 unit: 20/210; 1 % → 1 unit.
    assertThat(r.topShare(10)).isCloseTo(39.0 / 210, within(1e-15));
    assertThat(r.topShare(5)).isCloseTo(20.0 / 210, within(1e-15));
    assertThat(r.topShare(1)).isCloseTo(20.0 / 210, within(1e-15));
    // Exposures 1..n: Y_k = k(k+1)/(n(n+1)), so Y_k + Y_{k−1} = 2k²/(n(n+1)) and the sum over
    // k = 1..n is (2n+1)/3; Gini = 1 − (2n+1)/(3n) = (n − 1)/(3n) = 19/60 for n = 20.
    assertThat(r.gini()).isCloseTo(19.0 / 60, within(1e-12));
  }

  @Test
  void segmentsOfADimensionAreTheUnits() {
    LorenzResult r = LorenzAnalysis.run(AnalysisScope.all(book()), Dimension.CHANNEL);

    // Channel A holds 1 + 1 + 2 = 4, B holds 4 (B5's paid-off loan is not exposure): two equal
    // units, Gini 0: Σ (Y_k + Y_{k-1}) = 1/2 + 3/2 = 2, times 1/2 = 1.
    assertThat(r.units()).isEqualTo(2);
    assertThat(r.gini()).isCloseTo(0, within(1e-15));
    assertThat(r.topShare(10)).isEqualTo(0.5);
  }

  /**
   * By group the borrowers in no group are not a unit: G1 (B1 100.00 + B2 300.00 = 400.00) and G2
   * (B3 100.00) are the units, B4's 1,000.00 outside any group is left out. Exposures 1 and 4 of 5:
   * Y = 0, 1/5, 1; Σ (Y_k + Y_{k−1}) = 1/5 + 6/5 = 7/5, over n = 2: Gini = 1 − 7/10 = 3/10.
   */
  @Test
  void byGroupTheBorrowersInNoGroupAreNoUnit() {
    Book book =
        new Book()
            .borrowerInGroup("B1", "G1")
            .borrowerInGroup("B2", "G1")
            .borrowerInGroup("B3", "G2")
            .borrower("B4");
    book.active(book.loan("1", "B1", "A", 1), "2025-06", 10_000, 0);
    book.active(book.loan("2", "B2", "A", 1), "2025-06", 30_000, 0);
    book.active(book.loan("3", "B3", "A", 1), "2025-06", 10_000, 0);
    book.active(book.loan("4", "B4", "A", 1), "2025-06", 100_000, 0);

    LorenzResult r = LorenzAnalysis.run(AnalysisScope.all(book.build()), Dimension.GROUP);

    assertThat(r.units()).isEqualTo(2);
    assertThat(r.totalExposureCents()).isEqualTo(50_000);
    assertThat(r.gini()).isCloseTo(0.3, within(1e-15));
  }

  @Test
  void theFilterNarrowsTheUnits() {
    AnalysisScope channelA =
        AnalysisScope.of(
            book(),
            Optional.empty(),
            new SegmentFilter(java.util.Map.of(Dimension.CHANNEL, Set.of("A"))));

    LorenzResult r = LorenzAnalysis.run(channelA, Dimension.BORROWER);

    // 1, 1, 2 of total 4: Y = 0, 1/4, 2/4, 1; Σ = 1/4 + 3/4 + 6/4 = 10/4; Gini = 1 − 10/12 = 1/6.
    assertThat(r.units()).isEqualTo(3);
    assertThat(r.gini()).isCloseTo(1.0 / 6, within(1e-15));
  }

  @Test
  void noExposureGivesNoCurveAndUndefinedFigures() {
    Book book = new Book().borrower("B1");
    int l = book.loan("1", "B1", "A", 1);
    book.active(l, "2025-05", 10_000, 0).paidOff(l, "2025-06");

    LorenzResult r = LorenzAnalysis.run(AnalysisScope.all(book.build()), Dimension.BORROWER);

    assertThat(r.rows().rowCount()).isZero();
    assertThat(r.gini()).isNaN();
    assertThat(r.topShare(1)).isNaN();
  }

  @Test
  void reducedCurveKeepsBothEndsAndLiesOnTheExactOne() {
    LorenzResult r = LorenzAnalysis.run(AnalysisScope.all(book()), Dimension.BORROWER);

    double[][] three = r.reducedCurve(3);

    // Points j = 0, 1, 2 of 3 take k = 0, 2, 4 of the exact five: (0, 0), (1/2, 1/4), (1, 1).
    assertThat(three[0]).containsExactly(0, 0.5, 1);
    assertThat(three[1]).containsExactly(0, 0.25, 1);
    assertThat(r.reducedCurve(500)[0]).hasSize(5);
  }
}
