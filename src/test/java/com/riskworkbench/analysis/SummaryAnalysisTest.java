package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummaryAnalysisTest {
  // One ACTIVE loan of 100.00 at each of these days past due, in 2025-06.
  static final int[] DPD = {0, 1, 29, 30, 59, 60, 89, 90, 91, 270, 271, 360, 361};

  static LoadedPortfolio edges() {
    Book book = new Book().borrower("B1");
    for (int i = 0; i < DPD.length; i++) {
      int l = book.loan("L" + i, "B1", i % 2 == 0 ? "Own app" : "Partner B", 10_000);
      book.active(l, "2025-06", 10_000, DPD[i]);
    }
    return book.build();
  }

  static SummaryAnalysis.SummaryResult run(LoadedPortfolio p, FiveCategoryRule rule) {
    return SummaryAnalysis.run(AnalysisScope.all(p), DelinquencyBuckets.DEFAULT, rule);
  }

  @Test
  void outstandingPar30AndNplFollowTheBucketAndCategoryEdges() {
    var s = run(edges(), FiveCategoryRule.REGULATORY_2023).asOf();

    // 13 loans × 100.00 = 1,300.00 outstanding.
    assertThat(s.loans()).isEqualTo(13);
    assertThat(s.outstandingCents()).isEqualTo(130_000);
    // DPD ≥ 30: 30, 59, 60, 89, 90, 91, 270, 271, 360, 361 → 10 × 100.00 = 1,000.00 / 1,300.00.
    assertThat(s.par30Cents()).isEqualTo(100_000);
    assertThat(s.par30Ratio()).isCloseTo(10.0 / 13, within(1e-12));
    // Regulatory 2023: normal {0}; special mention 1–90 {1,29,30,59,60,89,90}; substandard
    // 91–270 {91,270}; doubtful 271–360 {271,360}; loss > 360 {361}.
    assertThat(s.categoryLoans()).containsExactly(1, 7, 2, 2, 1);
    // NPL = (2 + 2 + 1) × 100.00 = 500.00 / 1,300.00.
    assertThat(s.nplCents()).isEqualTo(50_000);
    assertThat(s.nplRatio()).isCloseTo(5.0 / 13, within(1e-12));
    // Buckets: CURRENT {0}; 1–29 {1,29}; 30–59 {30,59}; 60–89 {60,89}; 90+ {90,91,270,271,360,361}.
    assertThat(s.bucketLoans()).containsExactly(1, 2, 2, 2, 6);
  }

  @Test
  void creditCardPresetUsesItsOwnEdges() {
    var s = run(edges(), FiveCategoryRule.CREDIT_CARD).asOf();

    // Credit card: special mention 1–90 {1,29,30,59,60,89,90}; substandard 91–120 {91};
    // doubtful 121–180 {}; loss > 180 {270,271,360,361}.
    assertThat(s.categoryLoans()).containsExactly(1, 7, 1, 0, 4);
    assertThat(s.nplCents()).isEqualTo(50_000);
  }

  @Test
  void bothPresetsAreReported() {
    var r = run(edges(), FiveCategoryRule.REGULATORY_2023);
    assertThat(r.presets().keySet()).containsExactly("regulatory-2023", "credit-card");
    assertThat(r.presets().get("credit-card").categoryLoans()).containsExactly(1, 7, 1, 0, 4);
  }

  @Test
  void terminalLoansAreOutOfTheBook() {
    Book book = new Book().borrower("B1");
    int a = book.loan("A", "B1", "Own app", 50_000);
    int b = book.loan("B", "B1", "Own app", 50_000);
    int c = book.loan("C", "B1", "Own app", 50_000);
    book.active(a, "2025-05", 40_000, 0).active(a, "2025-06", 30_000, 0);
    book.active(b, "2025-05", 40_000, 0).paidOff(b, "2025-06");
    book.active(c, "2025-05", 40_000, 170).chargedOff(c, "2025-06", 200, 40_000, 0);

    var r = run(book.build(), FiveCategoryRule.REGULATORY_2023);

    // 2025-06: only A is ACTIVE, 300.00.
    assertThat(r.asOf().loans()).isEqualTo(1);
    assertThat(r.asOf().outstandingCents()).isEqualTo(30_000);
    // 2025-05: A, B and C are ACTIVE, 3 × 400.00 = 1,200.00; C at 170 DPD is substandard.
    assertThat(r.previousMonth()).isPresent();
    assertThat(r.previousMonth().get().outstandingCents()).isEqualTo(120_000);
    assertThat(r.previousMonth().get().nplRatio()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void filterKeepsOnlyTheChosenSegment() {
    LoadedPortfolio p = edges();
    var scope =
        AnalysisScope.of(
            p, Optional.empty(), new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Partner B"))));

    var s =
        SummaryAnalysis.run(scope, DelinquencyBuckets.DEFAULT, FiveCategoryRule.REGULATORY_2023)
            .asOf();

    // Partner B holds the odd positions: DPD 1, 30, 60, 90, 270, 360 → 6 loans, 600.00;
    // DPD ≥ 30: 30, 60, 90, 270, 360 → 500.00; NPL: 270 (substandard), 360 (doubtful) → 200.00.
    assertThat(s.loans()).isEqualTo(6);
    assertThat(s.outstandingCents()).isEqualTo(60_000);
    assertThat(s.par30Cents()).isEqualTo(50_000);
    assertThat(s.nplCents()).isEqualTo(20_000);
  }

  @Test
  void emptyPortfolioGivesZerosAndUndefinedRatios() {
    var r = run(new Book().build(), FiveCategoryRule.REGULATORY_2023);

    assertThat(r.asOf().loans()).isZero();
    assertThat(r.asOf().outstandingCents()).isZero();
    assertThat(r.asOf().par30Ratio()).isNaN();
    assertThat(r.rows().rowCount()).isEqualTo(1);
    assertThat(r.rows().columnNames())
        .containsExactly("as_of", "loans", "outstanding", "par30_ratio", "npl_ratio");
  }

  @Test
  void loansBehindACategoryArePreciselyTheOnesCounted() {
    LoadedPortfolio p = edges();
    AnalysisScope scope = AnalysisScope.all(p);
    var r =
        SummaryAnalysis.run(scope, DelinquencyBuckets.DEFAULT, FiveCategoryRule.REGULATORY_2023);

    // Loan i has DPD[i]: substandard 91–270 is loans 8 (91) and 9 (270); loss > 360 is loan 12.
    assertThat(r.loansIn(scope, FiveCategory.SUBSTANDARD)).containsExactly(8, 9);
    assertThat(r.loansIn(scope, FiveCategory.LOSS)).containsExactly(12);
    for (FiveCategory c : FiveCategory.values()) {
      assertThat(r.loansIn(scope, c)).hasSize((int) r.asOf().categoryLoans()[c.ordinal()]);
    }
    // PAR30: DPD ≥ 30 is loans 3 … 12; NPL (91 and more): loans 8 … 12.
    assertThat(r.loansPar30(scope)).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(r.loansNonPerforming(scope)).containsExactly(8, 9, 10, 11, 12);
  }

  @Test
  void loansBehindLeaveOutTerminalAndFilteredLoans() {
    Book book = new Book().borrower("B1");
    int a = book.loan("A", "B1", "Own app", 50_000);
    int b = book.loan("B", "B1", "Own app", 50_000);
    int c = book.loan("C", "B1", "Partner B", 50_000);
    book.active(a, "2025-05", 40_000, 0).active(a, "2025-06", 30_000, 0);
    book.active(b, "2025-05", 40_000, 0).paidOff(b, "2025-06");
    book.active(c, "2025-05", 40_000, 0).active(c, "2025-06", 40_000, 0);
    var scope =
        AnalysisScope.of(
            book.build(),
            Optional.empty(),
            new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Own app"))));
    var r =
        SummaryAnalysis.run(scope, DelinquencyBuckets.DEFAULT, FiveCategoryRule.REGULATORY_2023);

    // B paid off in 2025-06 and C is filtered out: only A is normal.
    assertThat(r.loansIn(scope, FiveCategory.NORMAL)).containsExactly(a);
  }
}
