package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.MigrationAnalysis.Rate;
import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.analysis.PeriodResult.Figure;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Migration rates, the NPL walk and the period comparison (docs/methodology.md §15) on a book of
 * nine loans, 2025-12 (S) to 2026-02 (A = E), rule regulatory-2023 (SM 1–90, SUB 91–270, D 271–360,
 * L > 360). Balances in currency units:
 *
 * <pre>
 * loan  2025-12            2026-01            2026-02
 * A     1,000  0 NORMAL      900  0 NORMAL      800  30 SM
 * B     2,000  0 NORMAL     PAID_OFF
 * C       500 60 SM          500 91 SUB         450 120 SUB
 * D     3,000 100 SUB      3,000 130 SUB       CHARGED_OFF
 * E     1,000 300 DOUBTFUL 1,000 330 DOUBTFUL   950 361 LOSS
 * F       400 95 SUB         400  0 NORMAL      380   0 NORMAL
 * G       (no row)           700 200 SUB        730 230 SUB
 * H       600 150 SUB       (no row)           (no row)
 * I     5,000  0 NORMAL    4,000  0 NORMAL    3,000   0 NORMAL
 * J       200 100 SUB       PAID_OFF
 * </pre>
 *
 * NPL walk: opening (Dec) = D 3,000 + E 1,000 + F 400 + H 600 + J 200 = 5,200. Dec→Jan: new C 500 +
 * G 700 (new to the data) = 1,200; upgraded F 400; collected J 200 (paid off); left the data H 600
 * → Jan NPL 5,200 + 1,200 − 400 − 200 − 600 = 5,200 (C, D, E, G). Jan→Feb: collected C 50 + E 50
 * (falls); written off D 3,000; other G +30 → 5,200 − 100 − 3,000 + 30 = 2,130 = C 450 + E 950 + G
 * 730. Totals: opening 5,200, new 1,200, upgraded 400, collected 300, written off 3,000, left 600,
 * other 30, closing 2,130.
 *
 * <p>Migration Dec → Feb: NORMAL: numerator A 800; denominator min(1,000, 800) + B 0 (paid off) +
 * min(5,000, 3,000) = 3,800; rate 800 / 3,800. SPECIAL_MENTION: C 450 / min(500, 450) = 1.
 * SUBSTANDARD: numerator 0 (none to doubtful or loss); denominator F min(400, 380) = 380 (D, H, J
 * decreased by all) → 0. DOUBTFUL: E 950 / 950 = 1. NORMAL_LOANS: C 450 / (3,800 + 450).
 */
class RegulatorViewsTest {
  private static final FiveCategoryRule RULE = FiveCategoryRule.REGULATORY_2023;
  static final String[] IDS = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};

  static LoadedPortfolio book() {
    Book b = new Book().borrower("X");
    int[] l = new int[IDS.length];
    for (int i = 0; i < IDS.length; i++) {
      l[i] = b.loan(IDS[i], "X", "Own app", 1_000_000);
    }
    b.active(l[0], "2025-12", 100_000, 0).active(l[0], "2026-01", 90_000, 0);
    b.active(l[0], "2026-02", 80_000, 30);
    b.active(l[1], "2025-12", 200_000, 0).paidOff(l[1], "2026-01");
    b.active(l[2], "2025-12", 50_000, 60).active(l[2], "2026-01", 50_000, 91);
    b.active(l[2], "2026-02", 45_000, 120);
    b.active(l[3], "2025-12", 300_000, 100).active(l[3], "2026-01", 300_000, 130);
    b.chargedOff(l[3], "2026-02", 160, 300_000, 0);
    b.active(l[4], "2025-12", 100_000, 300).active(l[4], "2026-01", 100_000, 330);
    b.active(l[4], "2026-02", 95_000, 361);
    b.active(l[5], "2025-12", 40_000, 95).active(l[5], "2026-01", 40_000, 0);
    b.active(l[5], "2026-02", 38_000, 0);
    b.active(l[6], "2026-01", 70_000, 200).active(l[6], "2026-02", 73_000, 230);
    b.active(l[7], "2025-12", 60_000, 150);
    b.active(l[8], "2025-12", 500_000, 0).active(l[8], "2026-01", 400_000, 0);
    b.active(l[8], "2026-02", 300_000, 0);
    b.active(l[9], "2025-12", 20_000, 100).paidOff(l[9], "2026-01");
    return b.build();
  }

  static AnalysisScope scope() {
    return AnalysisScope.of(book(), Optional.of(YearMonth.of(2026, 2)), SegmentFilter.NONE);
  }

  static final int DEC = Book.month("2025-12");

  private static String ids(LoadedPortfolio p, int[] loans) {
    StringBuilder s = new StringBuilder();
    for (int l : loans) {
      s.append(p.loanIds()[l]);
    }
    return s.toString();
  }

  @Test
  void nplWalkComponentsAreTheHandWorkedOnes() {
    NplWalkResult walk = NplWalkAnalysis.run(scope(), RULE, DEC);

    assertThat(walk.cents(Component.OPENING)).isEqualTo(520_000);
    assertThat(walk.cents(Component.NEW)).isEqualTo(120_000);
    assertThat(walk.cents(Component.UPGRADED)).isEqualTo(40_000);
    assertThat(walk.cents(Component.COLLECTED)).isEqualTo(30_000);
    assertThat(walk.cents(Component.WRITTEN_OFF)).isEqualTo(300_000);
    assertThat(walk.cents(Component.LEFT_DATA)).isEqualTo(60_000);
    assertThat(walk.cents(Component.OTHER)).isEqualTo(3_000);
    assertThat(walk.cents(Component.CLOSING)).isEqualTo(213_000);
  }

  @Test
  void nplWalkMonthByMonthClosesAtEachMonthsNplBalance() {
    NplWalkResult walk = NplWalkAnalysis.run(scope(), RULE, DEC);

    // Jan closes at 5,200 (C, D, E, G), Feb opens there and closes at 2,130.
    assertThat(walk.byMonth()[0][Component.CLOSING.ordinal()]).isEqualTo(520_000);
    assertThat(walk.byMonth()[1][Component.OPENING.ordinal()]).isEqualTo(520_000);
    assertThat(walk.byMonth()[1][Component.CLOSING.ordinal()]).isEqualTo(213_000);
    assertThat(walk.monthly().rowCount()).isEqualTo(2);
  }

  @Test
  void nplWalkNamesTheLoansBehindEachComponent() {
    AnalysisScope scope = scope();
    LoadedPortfolio p = scope.portfolio();
    NplWalkResult walk = NplWalkAnalysis.run(scope, RULE, DEC);

    assertThat(ids(p, walk.loansBehind(Component.OPENING))).isEqualTo("DEFHJ");
    assertThat(ids(p, walk.loansBehind(Component.NEW))).isEqualTo("CG");
    assertThat(ids(p, walk.loansBehind(Component.UPGRADED))).isEqualTo("F");
    assertThat(ids(p, walk.loansBehind(Component.COLLECTED))).isEqualTo("CEJ");
    assertThat(ids(p, walk.loansBehind(Component.WRITTEN_OFF))).isEqualTo("D");
    assertThat(ids(p, walk.loansBehind(Component.LEFT_DATA))).isEqualTo("H");
    assertThat(ids(p, walk.loansBehind(Component.OTHER))).isEqualTo("G");
    assertThat(ids(p, walk.loansBehind(Component.CLOSING))).isEqualTo("CEG");
  }

  @Test
  void nplWalkOpeningAndClosingAreTheSummarysNplBalance() {
    AnalysisScope scope = scope();
    NplWalkResult walk = NplWalkAnalysis.run(scope, RULE, DEC);

    SummaryAnalysis.SummaryResult summary =
        SummaryAnalysis.run(scope, DelinquencyBuckets.DEFAULT, RULE);
    assertThat(walk.cents(Component.CLOSING)).isEqualTo(summary.asOf().nplCents());
    assertThat(walk.cents(Component.OPENING))
        .isEqualTo(
            SummaryAnalysis.snapshot(scope, DEC, DelinquencyBuckets.DEFAULT, RULE).nplCents());
  }

  @Test
  void migrationRatesAreTheHandWorkedOnes() {
    MigrationResult m = MigrationAnalysis.run(scope(), RULE, DEC);

    assertThat(m.numeratorCents(Rate.NORMAL)).isEqualTo(80_000);
    assertThat(m.denominatorCents(Rate.NORMAL)).isEqualTo(380_000);
    assertThat(m.rate(Rate.NORMAL)).isCloseTo(800.0 / 3_800, within(1e-12));
    assertThat(m.rate(Rate.SPECIAL_MENTION)).isEqualTo(1.0);
    assertThat(m.numeratorCents(Rate.SUBSTANDARD)).isZero();
    assertThat(m.denominatorCents(Rate.SUBSTANDARD)).isEqualTo(38_000);
    assertThat(m.rate(Rate.SUBSTANDARD)).isZero();
    assertThat(m.rate(Rate.DOUBTFUL)).isEqualTo(1.0);
    assertThat(m.rate(Rate.NORMAL_LOANS)).isCloseTo(450.0 / 4_250, within(1e-12));
  }

  @Test
  void migrationMatrixCountsEveryStateAtTheEnd() {
    MigrationResult m = MigrationAnalysis.run(scope(), RULE, DEC);

    // NORMAL at S: I stays, A to special mention, B paid off; balances at S.
    assertThat(m.loans(FiveCategory.NORMAL, FiveCategory.NORMAL.ordinal())).isEqualTo(1);
    assertThat(m.startCents(FiveCategory.NORMAL, FiveCategory.SPECIAL_MENTION.ordinal()))
        .isEqualTo(100_000);
    assertThat(m.startCents(FiveCategory.NORMAL, MigrationAnalysis.PAID_OFF)).isEqualTo(200_000);
    // SUBSTANDARD at S: F upgraded, J paid off, D charged off, H missing.
    assertThat(m.loans(FiveCategory.SUBSTANDARD, FiveCategory.NORMAL.ordinal())).isEqualTo(1);
    assertThat(m.loans(FiveCategory.SUBSTANDARD, MigrationAnalysis.PAID_OFF)).isEqualTo(1);
    assertThat(m.startCents(FiveCategory.SUBSTANDARD, MigrationAnalysis.CHARGED_OFF))
        .isEqualTo(300_000);
    assertThat(m.startCents(FiveCategory.SUBSTANDARD, MigrationAnalysis.MISSING)).isEqualTo(60_000);
    assertThat(m.matrix().rowCount()).isEqualTo(5 * 8);
    // 9 loans ACTIVE at S (G is not yet in the data)
    assertThat(m.matrix().intColumn("loans").sum()).isEqualTo(9);
  }

  @Test
  void migrationNamesTheLoansBehindEachRateAndCell() {
    AnalysisScope scope = scope();
    LoadedPortfolio p = scope.portfolio();
    MigrationResult m = MigrationAnalysis.run(scope, RULE, DEC);

    assertThat(ids(p, m.loansBehind(Rate.NORMAL))).isEqualTo("A");
    assertThat(ids(p, m.loansBehind(Rate.NORMAL_LOANS))).isEqualTo("C");
    assertThat(ids(p, m.loansBehind(Rate.SUBSTANDARD))).isEmpty();
    assertThat(ids(p, m.loansFrom(Rate.SUBSTANDARD))).isEqualTo("DFHJ");
    assertThat(ids(p, m.loansIn(FiveCategory.DOUBTFUL, FiveCategory.LOSS.ordinal())))
        .isEqualTo("E");
  }

  @Test
  void periodStartsInsideTheDataAreOffered() {
    // A = 2026-02, data from 2025-12: start of year and previous quarter end are 2025-12, the
    // previous month 2026-01; all three inside.
    assertThat(ReportingMonth.periodStarts(book(), Book.month("2026-02")))
        .containsExactly(
            java.util.Map.entry(ReportingMonth.START_OF_YEAR, DEC),
            java.util.Map.entry(ReportingMonth.PREVIOUS_QUARTER_END, DEC),
            java.util.Map.entry(ReportingMonth.PREVIOUS_MONTH, DEC + 1));
    // A = 2025-12, the first month: no period at all
    assertThat(ReportingMonth.periodStarts(book(), DEC)).isEmpty();
  }

  @Test
  void aPeriodStartingAtOrAfterTheEndOrOutsideTheDataIsRefused() {
    AnalysisScope scope = scope();
    int feb = scope.asOfMonth();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> MigrationAnalysis.run(scope, RULE, feb))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--from 2026-02 must be before the as-of month 2026-02.");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> NplWalkAnalysis.run(scope, RULE, DEC - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--from 2025-11 is outside the data (2025-12 to 2026-02).");
  }

  @Test
  void reportingMonthsOfMayAndOfAQuarterEnd() {
    int may = Book.month("2026-05");
    int march = Book.month("2026-03");
    int january = Book.month("2026-01");

    assertThat(ReportingMonth.PREVIOUS_QUARTER_END.yearMonth(may)).hasToString("2026-03");
    assertThat(ReportingMonth.PREVIOUS_QUARTER_END.yearMonth(march)).hasToString("2025-12");
    assertThat(ReportingMonth.START_OF_YEAR.yearMonth(may)).hasToString("2025-12");
    assertThat(ReportingMonth.START_OF_YEAR.yearMonth(january)).hasToString("2025-12");
    assertThat(ReportingMonth.YEAR_AGO.yearMonth(may)).hasToString("2025-05");
  }

  /**
   * Feb: outstanding A 800 + C 450 + E 950 + F 380 + G 730 + I 3,000 = 6,310; NPL 2,130. Dec
   * (previous quarter end and start of year): outstanding 1,000 + 2,000 + 500 + 3,000 + 1,000 + 400
   * + 600 + 5,000 + 200 = 13,700; NPL 5,200. A year before (2025-02) is outside the data: not
   * available, never 0.
   */
  @Test
  void periodComparesTheAsOfMonthWithEachEarlierMonthInTheData() {
    PeriodResult r =
        PeriodAnalysis.run(
            scope(), DelinquencyBuckets.DEFAULT, RULE, TransitionModel.DEFAULT_WINDOW);

    assertThat(r.value(Figure.OUTSTANDING, ReportingMonth.AS_OF)).hasValue(6_310.0);
    assertThat(r.value(Figure.OUTSTANDING, ReportingMonth.START_OF_YEAR)).hasValue(13_700.0);
    assertThat(r.change(Figure.OUTSTANDING, ReportingMonth.START_OF_YEAR)).hasValue(-7_390.0);
    assertThat(r.changeShare(Figure.OUTSTANDING, ReportingMonth.START_OF_YEAR).getAsDouble())
        .isCloseTo(-7_390.0 / 13_700, within(1e-12));
    assertThat(r.change(Figure.NPL_RATIO, ReportingMonth.PREVIOUS_QUARTER_END).getAsDouble())
        .isCloseTo((2_130.0 / 6_310 - 5_200.0 / 13_700) * 10_000, within(1e-9));
    assertThat(r.changeShare(Figure.NPL_RATIO, ReportingMonth.PREVIOUS_QUARTER_END)).isEmpty();
    // 90+ at Feb: C 450 + E 950 + G 730 = 2,130 = NPL
    assertThat(r.value(Figure.DPD90_TO_NPL, ReportingMonth.AS_OF)).hasValue(1.0);
    assertThat(r.figures(ReportingMonth.YEAR_AGO)).isEmpty();
    assertThat(r.value(Figure.OUTSTANDING, ReportingMonth.YEAR_AGO)).isEmpty();
    assertThat(r.change(Figure.OUTSTANDING, ReportingMonth.YEAR_AGO)).isEmpty();
    assertThat(r.rows().doubleColumn("year_ago").isMissing(0)).isTrue();
  }

  @Test
  void periodUsesEclWhenNoProvisionsAreBooked() {
    PeriodResult r =
        PeriodAnalysis.run(
            scope(), DelinquencyBuckets.DEFAULT, RULE, TransitionModel.DEFAULT_WINDOW);

    assertThat(r.figures(ReportingMonth.AS_OF).orElseThrow().provisionBasis())
        .isEqualTo(PeriodAnalysis.ProvisionBasis.ECL);
    assertThat(r.value(Figure.PROVISION_TO_LOAN, ReportingMonth.AS_OF))
        .isEqualTo(r.value(Figure.ECL_COVERAGE, ReportingMonth.AS_OF));
  }

  /**
   * The book of BookedCategoryTest (one month, 2025-06) has a booked provision on every loan: held
   * = 10 + 20 + 1,000 + 750 = 1,780.00 over NPL C 4,000 + D 3,000 = 7,000.00; every earlier column
   * is outside the data.
   */
  @Test
  void periodUsesHeldProvisionsWhereEveryLoanHasOne() {
    PeriodResult r =
        PeriodAnalysis.run(
            AnalysisScope.all(BookedCategoryTest.book(true)),
            DelinquencyBuckets.DEFAULT,
            RULE,
            TransitionModel.DEFAULT_WINDOW);

    assertThat(r.figures(ReportingMonth.AS_OF).orElseThrow().provisionBasis())
        .isEqualTo(PeriodAnalysis.ProvisionBasis.HELD);
    assertThat(r.value(Figure.PROVISION_COVERAGE, ReportingMonth.AS_OF).getAsDouble())
        .isCloseTo(1_780.0 / 7_000, within(1e-12));
    assertThat(r.figures(ReportingMonth.PREVIOUS_MONTH)).isEmpty();
    assertThat(r.change(Figure.PROVISION_COVERAGE, ReportingMonth.PREVIOUS_MONTH)).isEmpty();
  }

  @Test
  void periodEclIsTheProvisionAnalysisEcl() {
    AnalysisScope scope = scope();
    PeriodResult r =
        PeriodAnalysis.run(scope, DelinquencyBuckets.DEFAULT, RULE, TransitionModel.DEFAULT_WINDOW);

    assertThat(r.figures(ReportingMonth.AS_OF).orElseThrow().eclCents())
        .isEqualTo(ProvisionAnalysis.run(scope, DelinquencyBuckets.DEFAULT, RULE, 12).eclCents());
  }

  @Test
  void periodLoansBehindNplAtTheStartOfTheYear() {
    AnalysisScope scope = scope();
    PeriodResult r =
        PeriodAnalysis.run(scope, DelinquencyBuckets.DEFAULT, RULE, TransitionModel.DEFAULT_WINDOW);

    assertThat(
            ids(
                scope.portfolio(),
                r.loansBehind(scope, Figure.NPL_RATIO, ReportingMonth.START_OF_YEAR)))
        .isEqualTo("DEFHJ");
    assertThat(r.loansBehind(scope, Figure.NPL_RATIO, ReportingMonth.YEAR_AGO)).isEmpty();
  }
}
