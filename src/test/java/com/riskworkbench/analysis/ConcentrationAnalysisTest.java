package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.ConcentrationAnalysis.ConcentrationResult;
import com.riskworkbench.analysis.ConcentrationAnalysis.Segment;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcentrationAnalysisTest {

  static ConcentrationResult run(LoadedPortfolio p, Dimension d) {
    return ConcentrationAnalysis.run(
        AnalysisScope.all(p), d, FiveCategoryRule.REGULATORY_2023, SingleBorrowerLimits.DEFAULT);
  }

  @Test
  void sharesHhiEffectiveNumberAndTopShares() {
    Book book = new Book().borrower("B1");
    // Exposures by channel: A 600.00 (two loans), B 300.00, C 100.00 → total 1,000.00.
    book.active(book.loan("1", "B1", "A", 100_000), "2025-06", 40_000, 0);
    book.active(book.loan("2", "B1", "A", 100_000), "2025-06", 20_000, 45);
    book.active(book.loan("3", "B1", "B", 100_000), "2025-06", 30_000, 0);
    book.active(book.loan("4", "B1", "C", 100_000), "2025-06", 10_000, 0);

    ConcentrationResult r = run(book.build(), Dimension.CHANNEL);

    assertThat(r.segments()).extracting(Segment::key).containsExactly("A", "B", "C");
    assertThat(r.segments()).extracting(Segment::share).containsExactly(0.6, 0.3, 0.1);
    // HHI = 0.6² + 0.3² + 0.1² = 0.36 + 0.09 + 0.01 = 0.46 (4,600 on the ×10,000 scale).
    assertThat(r.hhi()).isCloseTo(0.46, within(1e-12));
    assertThat((double) r.extras().get("hhi_10000")).isCloseTo(4600, within(1e-9));
    // Effective number = 1 / 0.46 = 2.1739...
    assertThat(r.effectiveNumber()).isCloseTo(1 / 0.46, within(1e-12));
    assertThat(r.topShare(1)).isCloseTo(0.6, within(1e-12));
    assertThat(r.topShare(5)).isCloseTo(1.0, within(1e-12));
    // Channel A: 200.00 of its 600.00 is 45 days past due.
    assertThat(r.segments().get(0).par30Ratio()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.segments().get(0).loans()).isEqualTo(2);
  }

  @Test
  void tiesAreOrderedByKey() {
    Book book = new Book().borrower("B1");
    book.active(book.loan("1", "B1", "Zeta", 1), "2025-06", 50_000, 0);
    book.active(book.loan("2", "B1", "Alpha", 1), "2025-06", 50_000, 0);
    book.active(book.loan("3", "B1", "Mid", 1), "2025-06", 70_000, 0);

    assertThat(run(book.build(), Dimension.CHANNEL).segments())
        .extracting(Segment::key)
        .containsExactly("Mid", "Alpha", "Zeta");
  }

  @Test
  void zeroExposureSegmentIsListedWithUndefinedRatios() {
    Book book = new Book().borrower("B1");
    book.active(book.loan("1", "B1", "A", 1), "2025-06", 50_000, 0);
    book.active(book.loan("2", "B1", "Empty", 1), "2025-06", 0, 0);

    ConcentrationResult r = run(book.build(), Dimension.CHANNEL);

    Segment empty = r.segments().get(1);
    assertThat(empty.key()).isEqualTo("Empty");
    assertThat(empty.loans()).isEqualTo(1);
    assertThat(empty.share()).isZero();
    assertThat(empty.par30Ratio()).isNaN();
    assertThat(empty.averageRate()).isNaN();
  }

  @Test
  void averageRateIsWeightedByExposure() {
    Book book = new Book().borrower("B1");
    book.active(
        book.loan("1", "B1", "Credit loan", "A", "B", "2025-01-10", 1, 0.10), "2025-06", 30_000, 0);
    book.active(
        book.loan("2", "B1", "Credit loan", "A", "B", "2025-01-10", 1, 0.20), "2025-06", 10_000, 0);

    // (0.10 × 300 + 0.20 × 100) / 400 = 50 / 400 = 0.125.
    assertThat(run(book.build(), Dimension.CHANNEL).segments().get(0).averageRate())
        .isCloseTo(0.125, within(1e-12));
  }

  @Test
  void ageBandIsTheAgeOnTheLastDayOfTheAsOfMonth() {
    Book book =
        new Book()
            .borrower("Young", BorrowerType.INDIVIDUAL, "2000-11-01", "R", "I")
            .borrower("Turned25", BorrowerType.INDIVIDUAL, "2000-10-31", "R", "I")
            .borrower("Firm", BorrowerType.SMALL_ENTERPRISE, null, "R", "I");
    book.active(book.loan("1", "Young", "C", 1), "2025-10", 10_000, 0);
    book.active(book.loan("2", "Turned25", "C", 1), "2025-10", 20_000, 0);
    book.active(book.loan("3", "Firm", "C", 1), "2025-10", 30_000, 0);

    // On 2025-10-31: born 2000-11-01 is 24 (<25); born 2000-10-31 is 25 (25-34); no birth date.
    assertThat(run(book.build(), Dimension.AGE_BAND).segments())
        .extracting(Segment::key, Segment::exposureCents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("unknown", 30_000L),
            org.assertj.core.groups.Tuple.tuple("25-34", 20_000L),
            org.assertj.core.groups.Tuple.tuple("<25", 10_000L));
  }

  @Test
  void singleBorrowerLimitsAreCheckedPerBorrower() {
    Book book =
        new Book()
            .borrower("Person", BorrowerType.INDIVIDUAL, "1980-01-01", "R", "I")
            .borrower("AtLimit", BorrowerType.SMALL_ENTERPRISE, null, "R", "I")
            .borrower("OverLimit", BorrowerType.MICRO_ENTERPRISE, null, "R", "I");
    // 150,000.00 + 60,000.00 = 210,000.00 > 200,000.00 consumer limit.
    book.active(book.loan("1", "Person", "C", 1), "2025-06", 150_000_00L, 0);
    book.active(book.loan("2", "Person", "C", 1), "2025-06", 60_000_00L, 0);
    // Exactly 10,000,000.00 is within the business limit; one cent more is not.
    book.active(book.loan("3", "AtLimit", "C", 1), "2025-06", 10_000_000_00L, 0);
    book.active(book.loan("4", "OverLimit", "C", 1), "2025-06", 10_000_000_01L, 0);

    ConcentrationResult r = run(book.build(), Dimension.BORROWER);

    assertThat(r.breaches())
        .extracting(
            ConcentrationAnalysis.Breach::borrowerId, ConcentrationAnalysis.Breach::limitCents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OverLimit", 10_000_000_00L),
            org.assertj.core.groups.Tuple.tuple("Person", 200_000_00L));
  }

  @Test
  void equalBreachesAreListedByBorrowerIdWhateverTheStorageOrder() {
    // Stored Zed first, then Amy; both individuals at 250,000.00 > 200,000.00. Net assets of
    // 2,000,000.00 make 10 % = 200,000.00 a second limit each: Amy's two rows, then Zed's, each
    // borrower's consumer limit before its net-assets one.
    Book book =
        new Book()
            .borrower("Zed", BorrowerType.INDIVIDUAL, "1980-01-01", "R", "I")
            .borrower("Amy", BorrowerType.INDIVIDUAL, "1980-01-01", "R", "I");
    book.b.meta("net_assets", "2000000.00");
    book.active(book.loan("1", "Zed", "C", 1), "2025-06", 250_000_00L, 0);
    book.active(book.loan("2", "Amy", "C", 1), "2025-06", 250_000_00L, 0);

    ConcentrationResult r = run(book.build(), Dimension.BORROWER);

    assertThat(r.breaches())
        .extracting(ConcentrationAnalysis.Breach::borrowerId, ConcentrationAnalysis.Breach::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Amy", "consumer loans per borrower"),
            org.assertj.core.groups.Tuple.tuple("Amy", "share of net assets"),
            org.assertj.core.groups.Tuple.tuple("Zed", "consumer loans per borrower"),
            org.assertj.core.groups.Tuple.tuple("Zed", "share of net assets"));
  }

  @Test
  void netAssetsLimitAppliesWhenTheBookStatesNetAssets() {
    Book book = new Book().borrower("B1").borrower("B2");
    book.b.meta("net_assets", "1000000.00");
    // 10 % of 1,000,000.00 = 100,000.00: B1 at 100,000.01 breaches, B2 at 100,000.00 does not.
    book.active(book.loan("1", "B1", "C", 1), "2025-06", 100_000_01L, 0);
    book.active(book.loan("2", "B2", "C", 1), "2025-06", 100_000_00L, 0);

    ConcentrationResult r = run(book.build(), Dimension.BORROWER);

    assertThat(r.breaches()).hasSize(1);
    assertThat(r.breaches().get(0).borrowerId()).isEqualTo("B1");
    assertThat(r.breaches().get(0).rule()).isEqualTo("share of net assets");
  }

  @Test
  void emptyPortfolioHasNoSegmentsAndUndefinedHhi() {
    ConcentrationResult r =
        ConcentrationAnalysis.run(
            AnalysisScope.of(new Book().build(), Optional.empty(), SegmentFilter.NONE),
            Dimension.REGION,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT);
    assertThat(r.segments()).isEmpty();
    assertThat(r.hhi()).isNaN();
    assertThat(r.rows().rowCount()).isZero();
  }

  @Test
  void loansBehindASegmentAreItsActiveLoans() {
    Book book = new Book().borrower("B1");
    int a1 = book.loan("1", "B1", "A", 100_000);
    int a2 = book.loan("2", "B1", "A", 100_000);
    int b1 = book.loan("3", "B1", "B", 100_000);
    int a3 = book.loan("4", "B1", "A", 100_000);
    book.active(a1, "2025-06", 40_000, 0);
    book.active(a2, "2025-06", 20_000, 45);
    book.active(b1, "2025-06", 30_000, 0);
    book.active(a3, "2025-05", 10_000, 0).paidOff(a3, "2025-06");
    LoadedPortfolio p = book.build();
    AnalysisScope scope = AnalysisScope.all(p);

    ConcentrationResult r =
        ConcentrationAnalysis.run(
            scope,
            Dimension.CHANNEL,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT);

    // Channel A: loans 1 and 2 are ACTIVE in 2025-06; loan 4 paid off, so it is not behind A.
    assertThat(r.loansIn(scope, "A")).containsExactly(a1, a2);
    assertThat(r.loansIn(scope, "A")).hasSize(r.segments().get(0).loans());
    assertThat(r.loansIn(scope, "B")).containsExactly(b1);
    assertThat(r.loansIn(scope, "nowhere")).isEmpty();
  }

  @Test
  void loansBehindBreachesAreTheBreachingBorrowersLoans() {
    Book book =
        new Book()
            .borrower("Person", BorrowerType.INDIVIDUAL, "1980-01-01", "R", "I")
            .borrower("Small", BorrowerType.INDIVIDUAL, "1980-01-01", "R", "I");
    // Person: 150,000.00 + 60,000.00 = 210,000.00 > 200,000.00; Small: 1,000.00.
    int p1 = book.loan("1", "Person", "C", 1);
    int p2 = book.loan("2", "Person", "C", 1);
    int s1 = book.loan("3", "Small", "C", 1);
    book.active(p1, "2025-06", 150_000_00L, 0);
    book.active(p2, "2025-06", 60_000_00L, 0);
    book.active(s1, "2025-06", 1_000_00L, 0);
    LoadedPortfolio p = book.build();
    AnalysisScope scope = AnalysisScope.all(p);

    ConcentrationResult r = run(p, Dimension.BORROWER);

    assertThat(r.loansBehindBreaches(scope)).containsExactly(p1, p2);
    assertThat(r.loansOfBorrowers(scope, java.util.List.of("Small"))).containsExactly(s1);
    assertThat(r.loansIn(scope, "Person")).containsExactly(p1, p2);
  }
}
