package com.riskworkbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorecardAnalysisTest {

  /** Loans with a borrower of their own; each runs ACTIVE at 0 days past due to {@code until}. */
  private static final class Scored {
    private final PortfolioBuilder b = new PortfolioBuilder();
    private int next;

    /** A loan of cohort {@code cohort} whose borrower scores {@code score} (null: unscored). */
    Scored loan(String cohort, Integer score, String until) {
      return loan(cohort, score, until, -1, 0);
    }

    /** As {@link #loan}, but {@code dpd} days past due at months on book {@code badMob}. */
    Scored loan(String cohort, Integer score, String until, int badMob, int dpd) {
      String id = "L" + next++;
      int borrower =
          b.addBorrower("B-" + id, BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "East", "X");
      if (score != null) {
        b.score(borrower, score);
      }
      YearMonth start = YearMonth.parse(cohort);
      int l = b.addLoan(id, "B-" + id, "P", "C", "A", start.atDay(1), 1_000_000, 0.1);
      int from = Months.ordinal(start);
      int to = Months.ordinal(YearMonth.parse(until));
      for (int m = from; m <= to; m++) {
        b.addMonth(l, m, 500_000, m - from == badMob ? dpd : 0, LoadedPortfolio.ACTIVE, 0, 0);
      }
      return this;
    }

    /** A loan bought in seasoned: originated in {@code cohort}, with rows from {@code from} on. */
    Scored seasoned(String cohort, int score, String from, String until) {
      String id = "L" + next++;
      int borrower =
          b.addBorrower("B-" + id, BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "East", "X");
      b.score(borrower, score);
      int l = b.addLoan(id, "B-" + id, "P", "C", "A", LocalDate.parse(cohort + "-15"), 100, 0.1);
      for (int m = Months.ordinal(YearMonth.parse(from));
          m <= Months.ordinal(YearMonth.parse(until));
          m++) {
        b.addMonth(l, m, 100, 0, LoadedPortfolio.ACTIVE, 0, 0);
      }
      return this;
    }

    Scored chargedOff(String cohort, int score, String month) {
      String id = "L" + next++;
      int borrower =
          b.addBorrower("B-" + id, BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "East", "X");
      b.score(borrower, score);
      int l = b.addLoan(id, "B-" + id, "P", "C", "A", LocalDate.parse(cohort + "-01"), 100, 0.1);
      b.addMonth(
          l, Months.ordinal(YearMonth.parse(month)), 0, 0, LoadedPortfolio.CHARGED_OFF, 100, 0);
      return this;
    }

    ScorecardResult run(ScorecardParams params) {
      return ScorecardAnalysis.run(AnalysisScope.all(b.build()), params);
    }
  }

  /**
   * Goods score 700, 650, 600; bads 600, 550 (90 days past due at MOB 3), cohort 2024-01 watched to
   * 2025-01 = MOB 12, so mature.
   *
   * <p>AUC over the 3 × 2 = 6 good–bad pairs: 700 beats both bads (2), 650 beats both (2), 600 ties
   * the bad 600 (½) and beats 550 (1): 5.5 / 6 = 0.916667; Gini = 2 × 0.916667 − 1 = 0.833333.
   *
   * <p>KS over the distinct scores, F = share at or below: at 550 bads ½, goods 0 → 0.5; at 600
   * bads 1, goods ⅓ → ⅔; at 650 1 vs ⅔ → ⅓; at 700 1 vs 1 → 0. KS = ⅔. Bad rate 2 / 5 = 0.4.
   */
  @Test
  void ksAndAucCountTiesHalf() {
    ScorecardResult r =
        new Scored()
            .loan("2024-01", 700, "2025-01")
            .loan("2024-01", 650, "2025-01")
            .loan("2024-01", 600, "2025-01")
            .loan("2024-01", 600, "2025-01", 3, 90)
            .loan("2024-01", 550, "2025-01", 3, 120)
            .run(ScorecardParams.DEFAULT);

    ScorecardResult.Cohort c = r.cohort("2024-01").orElseThrow();
    assertTrue(c.mature());
    assertEquals(5, c.loansScored());
    assertEquals(2, c.bads());
    assertEquals(0.4, c.badRate(), 1e-12);
    assertEquals(2.0 / 3, c.ks(), 1e-12);
    assertEquals(5.5 / 6, c.auc(), 1e-12);
    assertEquals(2 * (5.5 / 6) - 1, c.gini(), 1e-12);
    assertEquals(0.833333, c.gini(), 1e-6);
  }

  /** The same book with goods and bads swapped: the score ranks backwards, AUC 0.5 / 6. */
  @Test
  void aScoreThatRanksBackwardsHasAucBelowHalf() {
    ScorecardResult r =
        new Scored()
            .loan("2024-01", 700, "2025-01", 1, 90)
            .loan("2024-01", 650, "2025-01", 1, 90)
            .loan("2024-01", 600, "2025-01", 1, 90)
            .loan("2024-01", 600, "2025-01")
            .loan("2024-01", 550, "2025-01")
            .run(ScorecardParams.DEFAULT);

    // Goods 600, 550; bads 700, 650, 600: the only good win is none; the 600 tie gives ½.
    // AUC = 0.5 / 6 = 0.083333, Gini = −0.833333; KS: at 550 goods ½ bads 0; at 600 goods 1
    // bads ⅓ → ⅔.
    ScorecardResult.Cohort c = r.cohort("2024-01").orElseThrow();
    assertEquals(0.5 / 6, c.auc(), 1e-12);
    assertEquals(-0.833333, c.gini(), 1e-6);
    assertEquals(2.0 / 3, c.ks(), 1e-12);
  }

  /** A mature cohort with no bads has a bad rate of 0 and no KS, AUC or Gini. */
  @Test
  void noBadsLeavesAucEmpty() {
    ScorecardResult r =
        new Scored()
            .loan("2024-01", 700, "2025-01")
            .loan("2024-01", 600, "2025-01")
            .run(ScorecardParams.DEFAULT);

    ScorecardResult.Cohort c = r.cohort("2024-01").orElseThrow();
    assertEquals(0.0, c.badRate());
    assertTrue(Double.isNaN(c.ks()));
    assertTrue(Double.isNaN(c.auc()));
    assertTrue(Double.isNaN(c.gini()));
  }

  /**
   * Baseline scores 500 ×4, 600 ×2, 700 ×2, 800, 900 (n = 10) over six cohorts. Cut j is the score
   * at position ⌈j·10/10⌉ = j: 500, 500, 500, 500, 600, 600, 700, 700, 800. A score equal to a cut
   * goes to the lower decile, so 500 → decile 1 (4 loans), 600 → 5 (2), 700 → 7 (2), 800 → 9, 900 →
   * 10; deciles 2, 3, 4, 6 and 8 are empty.
   */
  private static Scored baselineBook(String until) {
    return new Scored()
        .loan("2023-01", 500, until)
        .loan("2023-01", 500, until)
        .loan("2023-01", 500, until)
        .loan("2023-02", 600, until)
        .loan("2023-02", 600, until)
        .loan("2023-03", 700, until)
        .loan("2023-03", 700, until)
        .loan("2023-04", 800, until)
        .loan("2023-05", 900, until)
        .loan("2023-06", 500, until);
  }

  /**
   * A cohort originated before the data's first month (2023-01) holds only the loans still on book
   * then: it has its row but is not part of the baseline, whose cuts stay those of the six.
   */
  @Test
  void cohortsOriginatedBeforeTheDataAreNotTheBaseline() {
    ScorecardResult r =
        baselineBook("2024-01")
            .seasoned("2022-12", 900, "2023-02", "2024-01")
            .run(ScorecardParams.DEFAULT);

    assertEquals("2022-12", r.cohorts().get(0).cohort());
    assertFalse(r.cohorts().get(0).baseline());
    assertEquals(
        List.of("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"),
        r.baselineCohorts());
    assertEquals(List.of(500, 500, 500, 500, 600, 600, 700, 700, 800), r.cutPoints());
  }

  @Test
  void baselineCutPointsSendTiesToTheLowerDecile() {
    ScorecardResult r = baselineBook("2024-01").run(ScorecardParams.DEFAULT);

    assertEquals(
        List.of("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"),
        r.baselineCohorts());
    assertEquals(List.of(500, 500, 500, 500, 600, 600, 700, 700, 800), r.cutPoints());
    assertEquals(List.of(4, 0, 0, 0, 2, 0, 2, 0, 1, 1), r.baseline().loans());
    assertEquals(0.4, r.baseline().shares().get(0), 1e-12);
  }

  /**
   * Cohort 2023-07 scores 600, 600, 900, 900: deciles 5 and 10 hold half each. Against the baseline
   * shares (0.4, 0, 0, 0, 0.2, 0, 0.2, 0, 0.1, 0.1), every 0 share floored at 0.0001:
   *
   * <pre>
   * d1  (0.0001 − 0.4)·ln(0.0001/0.4)  = 0.3999 × 8.294050 = 3.316791
   * d5  (0.5 − 0.2)·ln(0.5/0.2)        = 0.3 × 0.916291    = 0.274887
   * d7  (0.0001 − 0.2)·ln(0.0001/0.2)  = 0.1999 × 7.600902 = 1.519420
   * d9  (0.0001 − 0.1)·ln(0.0001/0.1)  = 0.0999 × 6.907755 = 0.690085
   * d10 (0.5 − 0.1)·ln(0.5/0.1)        = 0.4 × 1.609438    = 0.643775
   * deciles 2, 3, 4, 6, 8: both floored, (0)·ln 1 = 0
   * PSI = 6.444958, shifted
   * </pre>
   *
   * As of 2024-01 the cohort is 6 months on book, short of K = 12: PSI only.
   */
  @Test
  void immatureCohortGetsPsiOnlyWithEmptyDecilesFloored() {
    ScorecardResult r =
        baselineBook("2024-01")
            .loan("2023-07", 600, "2024-01", 2, 90)
            .loan("2023-07", 600, "2024-01")
            .loan("2023-07", 900, "2024-01")
            .loan("2023-07", 900, "2024-01")
            .run(ScorecardParams.DEFAULT);

    ScorecardResult.Cohort c = r.cohort("2023-07").orElseThrow();
    assertFalse(c.baseline());
    assertFalse(c.mature());
    assertEquals(4, c.loansScored());
    assertEquals(6.444958, c.psi(), 1e-6);
    assertEquals(PsiBand.SHIFTED, c.band());
    assertEquals(0, c.bads());
    assertTrue(Double.isNaN(c.badRate()));
    assertTrue(Double.isNaN(c.ks()));
    assertTrue(Double.isNaN(c.auc()));
    assertTrue(Double.isNaN(c.gini()));
    assertTrue(c.deciles().badRates().stream().allMatch(d -> Double.isNaN(d)));
    assertEquals(List.of(0, 0, 0, 0, 2, 0, 0, 0, 0, 2), c.deciles().loans());
    // 2023-01 + 12 = 2024-01, the as-of month: mature; 2023-02 is not.
    assertTrue(r.cohort("2023-01").orElseThrow().mature());
    assertFalse(r.cohort("2023-02").orElseThrow().mature());
  }

  /**
   * The baseline's PSI shares: cohort 2023-01 (three 500s, all in decile 1) against the baseline:
   * d1 (1 − 0.4)·ln(1/0.4) = 0.6 × 0.916291 = 0.549774; the four other non-empty baseline deciles
   * each (0.0001 − e)·ln(0.0001/e): 5 and 7 give 1.519420 each, 9 and 10 give 0.690085 each. PSI =
   * 0.549774 + 2 × 1.519420 + 2 × 0.690085 = 4.968784.
   */
  @Test
  void baselineCohortsHaveAPsiToo() {
    ScorecardResult r = baselineBook("2024-01").run(ScorecardParams.DEFAULT);

    ScorecardResult.Cohort c = r.cohort("2023-01").orElseThrow();
    assertTrue(c.baseline());
    assertEquals(4.968784, c.psi(), 1e-6);
  }

  /** A cohort with the baseline's own distribution has PSI 0: stable. */
  @Test
  void sameDistributionAsTheBaselineIsStable() {
    Scored book = baselineBook("2024-01");
    for (int s : new int[] {500, 500, 500, 500, 600, 600, 700, 700, 800, 900}) {
      book.loan("2023-08", s, "2024-01");
    }
    ScorecardResult.Cohort c = book.run(ScorecardParams.DEFAULT).cohort("2023-08").orElseThrow();
    assertEquals(0.0, c.psi(), 1e-12);
    assertEquals(PsiBand.STABLE, c.band());
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0.0,     STABLE
          0.0999,  STABLE
          0.10,    WATCH
          0.25,    WATCH
          0.2501,  SHIFTED
          """)
  void psiBands(double psi, PsiBand band) {
    assertEquals(band, PsiBand.of(psi));
  }

  /**
   * Bad by MOB K at the threshold: 60 days past due is bad at threshold 60, not at 90; 90 days at
   * MOB 13 is outside K = 12 but inside K = 13; a charge-off is bad whatever the days past due.
   */
  @Test
  void thresholdAndWindowDecideWhoIsBad() {
    Scored book =
        new Scored()
            .loan("2024-01", 700, "2025-03", 5, 60)
            .loan("2024-01", 650, "2025-03", 13, 90)
            .chargedOff("2024-01", 600, "2024-04")
            .loan("2024-01", 550, "2025-03");

    assertEquals(1, book.run(ScorecardParams.DEFAULT).cohorts().get(0).bads());
    assertEquals(2, book.run(new ScorecardParams(12, 60)).cohorts().get(0).bads());
    assertEquals(2, book.run(new ScorecardParams(13, 90)).cohorts().get(0).bads());
  }

  /** Loans of borrowers without a score are not units; a book without scores has no cohorts. */
  @Test
  void unscoredLoansAreLeftOut() {
    ScorecardResult r =
        new Scored()
            .loan("2024-01", 700, "2025-01")
            .loan("2024-01", null, "2025-01")
            .run(ScorecardParams.DEFAULT);
    assertEquals(1, r.cohort("2024-01").orElseThrow().loansScored());

    ScorecardResult none =
        new Scored().loan("2024-01", null, "2025-01").run(ScorecardParams.DEFAULT);
    assertTrue(none.cohorts().isEmpty());
    assertEquals(Optional.empty(), none.latest());
    assertTrue(none.cutPoints().isEmpty());
  }

  /** The loans behind a cohort, its bads and a decile, as counted. */
  @Test
  void drillDownFindsTheLoansBehindEachNumber() {
    ScorecardResult r =
        new Scored()
            .loan("2024-01", 700, "2025-01") // L0
            .loan("2024-01", 650, "2025-01") // L1
            .loan("2024-01", 600, "2025-01") // L2
            .loan("2024-01", 600, "2025-01", 3, 90) // L3
            .loan("2024-01", 550, "2025-01", 3, 90) // L4
            .run(ScorecardParams.DEFAULT);

    // Cuts on n = 5: positions ⌈j/2⌉ = 1,1,2,2,3,3,4,4,5 of 550,600,600,650,700:
    // 550, 550, 600, 600, 600, 600, 650, 650, 700. 550 → d1; 600 → d3; 650 → d7; 700 → d9.
    assertEquals(List.of(550, 550, 600, 600, 600, 600, 650, 650, 700), r.cutPoints());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, r.loansBehind("2024-01"));
    assertArrayEquals(new int[] {3, 4}, r.badLoansBehind("2024-01"));
    assertArrayEquals(new int[] {2, 3}, r.loansBehind("2024-01", 3, false));
    assertArrayEquals(new int[] {3}, r.loansBehind("2024-01", 3, true));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, r.loansBehind(ScorecardResult.BASELINE));
    assertEquals(0.5, r.cohort("2024-01").orElseThrow().deciles().badRates().get(2), 1e-12);
    assertArrayEquals(new int[0], r.loansBehind("2030-01"));
  }

  @Test
  void badWindowOrThresholdIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ScorecardParams(0, 90));
    assertThrows(IllegalArgumentException.class, () -> new ScorecardParams(12, 0));
  }

  @Test
  void resultRowsFollowTheCommandLineColumns() {
    ScorecardResult r = new Scored().loan("2024-01", 700, "2025-01").run(ScorecardParams.DEFAULT);
    assertEquals(
        List.of("cohort", "loans_scored", "bad_rate", "ks", "auc", "gini", "psi", "psi_band"),
        r.rows().columnNames().subList(0, 8));
    assertEquals(Arrays.asList("2024-01"), r.rows().stringColumn("cohort").asList());
  }
}
