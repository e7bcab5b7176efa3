package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.EarlyWarnings.Indicator;
import com.riskworkbench.analysis.EarlyWarnings.Status;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarlyWarningsTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0.029, GREEN
          0.03,  AMBER
          0.049, AMBER
          0.05,  RED
          NaN,   NOT_AVAILABLE
          """)
  void statusFollowsTheThresholds(double value, Status expected) {
    assertThat(
            EarlyWarnings.indicator(EarlyWarnings.Kind.HHI, "", value, 0.03, 0.05, "rule").status())
        .isEqualTo(expected);
  }

  /**
   * Seven monthly cohorts 2024-01 … 2024-07 of 30 loans of 1,000.00 each, observed to 2024-10. In
   * each of the first six, 3 loans reach 30 days past due at MOB 3 (rate 3 / 30 = 0.10); in
   * 2024-07, 9 do (0.30).
   */
  static LoadedPortfolio sevenCohorts() {
    Book book = new Book().borrower("B1");
    int last = Book.month("2024-10");
    for (int c = 0; c < 7; c++) {
      YearMonth cohort = YearMonth.of(2024, 1 + c);
      int bad = c < 6 ? 3 : 9;
      for (int i = 0; i < 30; i++) {
        int l =
            book.loan(
                "L" + c + "-" + i,
                "B1",
                "Credit loan",
                "App",
                "B",
                cohort.atDay(10).toString(),
                100_000,
                0.2);
        for (int m = Months.ordinal(cohort); m <= last; m++) {
          int mob = m - Months.ordinal(cohort);
          book.active(
              l, Months.of(m).toString(), 100_000, i < bad && mob >= 3 ? 30 + (mob - 3) * 30 : 0);
        }
      }
    }
    return book.build();
  }

  @Test
  void cohortWellAboveThePreviousSixIsFlagged() {
    var r =
        EarlyWarnings.run(
            AnalysisScope.all(sevenCohorts()),
            DelinquencyBuckets.DEFAULT,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT,
            WarningThresholds.DEFAULT);

    // 2024-07 at MOB 3: 0.30 against the mean of six cohorts at 0.10 → factor 3.0 ≥ 2.0: red.
    assertThat(r.cohortFlags())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.cohort()).isEqualTo("2024-07");
              assertThat(f.mob()).isEqualTo(3);
              assertThat(f.rate()).isCloseTo(0.30, within(1e-12));
              assertThat(f.previousMean()).isCloseTo(0.10, within(1e-12));
              assertThat(f.factor()).isCloseTo(3.0, within(1e-9));
            });
    Indicator cohort =
        r.indicators().stream()
            .filter(i -> i.indicator().equals("cohort_vs_previous_six"))
            .findFirst()
            .orElseThrow();
    assertThat(cohort.status()).isEqualTo(Status.RED);
    assertThat(cohort.dimension()).isEqualTo("2024-07 MOB 3");
  }

  @Test
  void smallCohortsDoNotTakePart() {
    WarningThresholds t = WarningThresholds.DEFAULT;
    WarningThresholds needs31 =
        new WarningThresholds(
            t.par30Amber(),
            t.par30Red(),
            t.par30ChangeAmber(),
            t.par30ChangeRed(),
            t.nplAmber(),
            t.nplRed(),
            t.currentToDpd1Amber(),
            t.currentToDpd1Red(),
            t.largestShareAmber(),
            t.largestShareRed(),
            t.hhiAmber(),
            t.hhiRed(),
            t.breachesAmber(),
            t.breachesRed(),
            t.cohortFactorAmber(),
            t.cohortFactorRed(),
            t.cohortMinMob(),
            31,
            t.coverageAmber(),
            t.coverageRed(),
            t.provisionToLoanAmber(),
            t.provisionToLoanRed(),
            t.psiAmber(),
            t.psiRed());
    VintageResult v = VintageAnalysis.run(AnalysisScope.all(sevenCohorts()), VintageParams.DEFAULT);

    assertThat(EarlyWarnings.cohortFlags(v, needs31, "2024-01")).isEmpty();
  }

  @Test
  void bookLevelIndicatorsCarryTheirValues() {
    var r =
        EarlyWarnings.run(
            AnalysisScope.all(SummaryAnalysisTest.edges()),
            DelinquencyBuckets.DEFAULT,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT,
            WarningThresholds.DEFAULT);

    // PAR30 10 / 13 and NPL 5 / 13 (SummaryAnalysisTest): both far above red; a single month,
    // so the month-on-month change and the roll rate are not available.
    assertThat(r.indicators())
        .filteredOn(i -> i.dimension().isEmpty())
        .extracting(Indicator::indicator, Indicator::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple("par30_ratio", Status.RED),
            org.assertj.core.groups.Tuple.tuple("npl_ratio", Status.RED),
            org.assertj.core.groups.Tuple.tuple("par30_change", Status.NOT_AVAILABLE),
            org.assertj.core.groups.Tuple.tuple(
                "current_to_dpd_1_29_roll_rate", Status.NOT_AVAILABLE));
    assertThat(r.indicators().get(0).value()).isCloseTo(10.0 / 13, within(1e-12));
    // Six dimensions × (largest share, HHI) + 7 book-wide + the cohort indicator + the score PSI.
    assertThat(r.indicators()).hasSize(21);
  }

  @Test
  void loansBehindIndicatorsFollowTheirDefinitions() {
    AnalysisScope scope = AnalysisScope.all(SummaryAnalysisTest.edges());
    var r =
        EarlyWarnings.run(
            scope,
            DelinquencyBuckets.DEFAULT,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT,
            WarningThresholds.DEFAULT);

    // Loan i has SummaryAnalysisTest.DPD[i]; even loans are "Own app" (7 × 100.00, the largest
    // channel), odd ones "Partner B" (6 × 100.00). One borrower of 1,300.00: no breach.
    assertThat(behind(r, scope, "par30_ratio", ""))
        .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(behind(r, scope, "par30_change", "")).hasSize(10);
    assertThat(behind(r, scope, "npl_ratio", "")).containsExactly(8, 9, 10, 11, 12);
    assertThat(behind(r, scope, "largest_segment_share", "channel"))
        .containsExactly(0, 2, 4, 6, 8, 10, 12);
    assertThat(behind(r, scope, "single_borrower_breaches", "")).isEmpty();
    Indicator hhi =
        r.indicators().stream().filter(i -> i.indicator().equals("hhi")).findFirst().orElseThrow();
    assertThat(
            r.loansBehind(
                scope,
                hhi,
                DelinquencyBuckets.DEFAULT,
                FiveCategoryRule.REGULATORY_2023,
                SingleBorrowerLimits.DEFAULT))
        .isEmpty();
  }

  @Test
  void loansBehindAFlaggedCohortAreTheLoansItOriginated() {
    AnalysisScope scope = AnalysisScope.all(sevenCohorts());
    var r =
        EarlyWarnings.run(
            scope,
            DelinquencyBuckets.DEFAULT,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT,
            WarningThresholds.DEFAULT);

    // 2024-07 is the seventh cohort: loans 6 × 30 = 180 … 209.
    assertThat(behind(r, scope, "cohort_vs_previous_six", "2024-07 MOB 3"))
        .containsExactly(java.util.stream.IntStream.range(180, 210).toArray());
  }

  static int[] behind(
      EarlyWarnings.WarningsResult r, AnalysisScope scope, String name, String dimension) {
    Indicator i =
        r.indicators().stream()
            .filter(x -> x.indicator().equals(name) && x.dimension().equals(dimension))
            .findFirst()
            .orElseThrow();
    return r.loansBehind(
            scope,
            i,
            DelinquencyBuckets.DEFAULT,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT)
        .orElseThrow();
  }

  /** Provision ratios read the other way: red below the band's floor, amber within, green above. */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          1.19, RED
          1.20, AMBER
          1.50, AMBER
          1.51, GREEN
          NaN,  NOT_AVAILABLE
          """)
  void provisionCoverageIsColouredByTheSupervisoryBand(double value, Status expected) {
    WarningThresholds t = WarningThresholds.DEFAULT;
    assertThat(
            EarlyWarnings.lowerIsWorse(
                    EarlyWarnings.Kind.PROVISION_COVERAGE,
                    "ecl",
                    value,
                    t.coverageAmber(),
                    t.coverageRed(),
                    "rule")
                .status())
        .isEqualTo(expected);
  }

  /**
   * No provisions held, so the ECL-based ones: NPL balance 10,000.00, outstanding 800,000.00.
   *
   * <pre>
   * ECL 13,000.00: coverage 13,000 / 10,000 = 1.30 (120–150 %: amber);
   *                to-loan 13,000 / 800,000 = 0.01625 (1.5–2.5 %: amber)
   * ECL  9,000.00: coverage 0.90 (below 120 %: red); to-loan 0.01125 (below 1.5 %: red)
   * ECL 20,000.00: coverage 2.00 (above 150 %: green); to-loan 0.025 (the ceiling, in: amber)
   * </pre>
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          1300000, 1.30, AMBER, 0.01625, AMBER
           900000, 0.90, RED,   0.01125, RED
          2000000, 2.00, GREEN, 0.025,   AMBER
          """)
  void provisionRatiosOfTheEclBasisWhenNoneAreHeld(
      long eclCents, double coverage, Status coverageStatus, double toLoan, Status toLoanStatus) {
    var provisions =
        new ProvisionAnalysis.ProvisionResult(
            ProvisionAnalysis.Rates.DEFAULT,
            java.util.OptionalLong.empty(),
            "not available: no provisions booked",
            999_999_99L,
            eclCents,
            1_000_000L,
            80_000_000L);

    var ratios = EarlyWarnings.provisionRatios(provisions, WarningThresholds.DEFAULT);

    assertThat(ratios)
        .extracting(Indicator::indicator, Indicator::dimension)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("provision_coverage", "ecl"),
            org.assertj.core.groups.Tuple.tuple("provision_to_loan", "ecl"));
    assertThat(ratios.get(0).value()).isCloseTo(coverage, within(1e-12));
    assertThat(ratios.get(0).status()).isEqualTo(coverageStatus);
    assertThat(ratios.get(0).red()).isEqualTo(1.20);
    assertThat(ratios.get(0).amber()).isEqualTo(1.50);
    assertThat(ratios.get(1).value()).isCloseTo(toLoan, within(1e-12));
    assertThat(ratios.get(1).status()).isEqualTo(toLoanStatus);
  }

  /**
   * The ECL book of ForwardLookingEclTest: ECL 388.56 on 1,600.00 outstanding and no NPL (the only
   * delinquent loan is 25 days past due: special mention). Provision-to-loan 388.56 / 1,600 =
   * 0.242850, far above 2.5 %: green; coverage has no NPL balance to cover: not available.
   */
  @Test
  void provisionRatiosComeAfterTheRollRateInARun() {
    var r =
        EarlyWarnings.run(
            ForwardLookingEclTest.eclBook(),
            DelinquencyBuckets.DEFAULT,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT,
            WarningThresholds.DEFAULT);

    assertThat(r.indicators().subList(4, 6))
        .extracting(Indicator::indicator, Indicator::dimension, Indicator::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("provision_coverage", "ecl", Status.NOT_AVAILABLE),
            org.assertj.core.groups.Tuple.tuple("provision_to_loan", "ecl", Status.GREEN));
    assertThat(r.indicators().get(5).value()).isCloseTo(388.56 / 1_600, within(1e-9));
  }

  /**
   * The score PSI of the latest cohort takes its stability band's colour: below 0.10 green, 0.10 to
   * 0.25 amber (0.25 itself is still watch), above 0.25 red.
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0.0999, GREEN
          0.10,   AMBER
          0.25,   AMBER
          0.2501, RED
          """)
  void scorePsiIsColouredByItsStabilityBand(double psi, Status expected) {
    LoadedPortfolio empty = new com.riskworkbench.portfolio.book.PortfolioBuilder().build();
    ScorecardResult.Deciles none =
        new ScorecardResult.Deciles(
            java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
    ScorecardResult.Cohort older =
        new ScorecardResult.Cohort(
            "2026-08",
            YearMonth.of(2026, 8),
            40,
            0,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            0.5,
            PsiBand.of(0.5),
            false,
            false,
            none);
    ScorecardResult.Cohort latest =
        new ScorecardResult.Cohort(
            "2026-09",
            YearMonth.of(2026, 9),
            40,
            0,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            psi,
            PsiBand.of(psi),
            false,
            false,
            none);
    ScorecardResult scorecard =
        new ScorecardResult(
            AnalysisScope.all(empty).asOf(),
            java.util.Optional.of(AnalysisScope.all(empty)),
            ScorecardParams.DEFAULT,
            java.util.List.of(older, latest),
            java.util.List.of(),
            java.util.List.of(),
            none);

    Indicator i = EarlyWarnings.scorePsi(scorecard, WarningThresholds.DEFAULT);

    assertThat(i.status()).isEqualTo(expected);
    assertThat(i.status().ordinal()).isEqualTo(PsiBand.of(psi).ordinal());
    assertThat(i.dimension()).isEqualTo("2026-09");
    assertThat(i.value()).isEqualTo(psi);
    assertThat(i.amber()).isEqualTo(0.10);
    assertThat(i.red()).isEqualTo(0.25);
  }

  /**
   * The latest cohort, 2026-10, has 29 scored loans (fewer than the 30 of a cohort warning): its
   * PSI of 8.0 is noise, so the warning reads 2026-09's 0.05 (40 loans): green.
   */
  @Test
  void scorePsiPassesOverACohortOfFewerThanThirtyScoredLoans() {
    LoadedPortfolio empty = new com.riskworkbench.portfolio.book.PortfolioBuilder().build();
    ScorecardResult.Deciles none =
        new ScorecardResult.Deciles(
            java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
    java.util.function.BiFunction<String, Integer, ScorecardResult.Cohort> cohort =
        (month, loans) ->
            new ScorecardResult.Cohort(
                month,
                YearMonth.parse(month),
                loans,
                0,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                loans < 30 ? 8.0 : 0.05,
                PsiBand.of(loans < 30 ? 8.0 : 0.05),
                false,
                false,
                none);
    ScorecardResult scorecard =
        new ScorecardResult(
            AnalysisScope.all(empty).asOf(),
            java.util.Optional.of(AnalysisScope.all(empty)),
            ScorecardParams.DEFAULT,
            java.util.List.of(cohort.apply("2026-09", 40), cohort.apply("2026-10", 29)),
            java.util.List.of(),
            java.util.List.of(),
            none);

    Indicator i = EarlyWarnings.scorePsi(scorecard, WarningThresholds.DEFAULT);

    assertThat(i.dimension()).isEqualTo("2026-09");
    assertThat(i.value()).isEqualTo(0.05);
    assertThat(i.status()).isEqualTo(Status.GREEN);
  }

  @Test
  void scorePsiIsNotAvailableWithoutScores() {
    // The edges book scores no borrower.
    var r =
        EarlyWarnings.run(
            AnalysisScope.all(SummaryAnalysisTest.edges()),
            DelinquencyBuckets.DEFAULT,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT,
            WarningThresholds.DEFAULT);
    Indicator psi = r.indicators().get(r.indicators().size() - 1);
    assertThat(psi.indicator()).isEqualTo("score_psi");
    assertThat(psi.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(psi.dimension()).isEmpty();
  }
}
