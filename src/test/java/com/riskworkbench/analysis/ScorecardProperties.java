package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.LocalDate;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of scorecard monitoring on random cohorts with many ties: KS and AUC equal their
 * definitions counted pair by pair and score by score, AUC lies in [0, 1], Gini = 2·AUC − 1, and
 * PSI is never negative nor infinite.
 */
class ScorecardProperties {

  /** Loans of cohort 2024-01 watched to 2025-01 (mature); scores in a narrow range, so ties. */
  private static LoadedPortfolio cohort(int n, long seed, int[] scores, boolean[] bad) {
    Random random = new Random(seed);
    PortfolioBuilder b = new PortfolioBuilder();
    int from = Months.ordinal(java.time.YearMonth.of(2024, 1));
    for (int i = 0; i < n; i++) {
      scores[i] = 500 + random.nextInt(8) * 10;
      bad[i] = random.nextInt(4) == 0;
      int borrower =
          b.addBorrower("B" + i, BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "East", "X");
      b.score(borrower, scores[i]);
      int l = b.addLoan("L" + i, "B" + i, "P", "C", "A", LocalDate.of(2024, 1, 5), 100, 0.1);
      for (int m = from; m <= from + 12; m++) {
        b.addMonth(l, m, 100, bad[i] && m == from + 6 ? 95 : 0, LoadedPortfolio.ACTIVE, 0, 0);
      }
    }
    return b.build();
  }

  @Property(tries = 200)
  void ksAndAucFollowTheirDefinitions(
      @ForAll @IntRange(min = 2, max = 60) int n, @ForAll long seed) {
    int[] scores = new int[n];
    boolean[] bad = new boolean[n];
    ScorecardResult r =
        ScorecardAnalysis.run(
            AnalysisScope.all(cohort(n, seed, scores, bad)), ScorecardParams.DEFAULT);
    ScorecardResult.Cohort c = r.cohorts().get(0);

    long bads = 0;
    long goods = 0;
    double wins = 0;
    for (int g = 0; g < n; g++) {
      if (bad[g]) {
        bads++;
        continue;
      }
      goods++;
      for (int b = 0; b < n; b++) {
        if (bad[b]) {
          wins += scores[g] > scores[b] ? 1 : scores[g] == scores[b] ? 0.5 : 0;
        }
      }
    }
    assertThat(c.bads()).isEqualTo(bads);
    if (bads == 0 || goods == 0) {
      assertThat(c.auc()).isNaN();
      assertThat(c.ks()).isNaN();
      return;
    }
    double ks = 0;
    for (int s = 500; s <= 570; s += 10) {
      double fBad = 0;
      double fGood = 0;
      for (int i = 0; i < n; i++) {
        if (scores[i] <= s) {
          if (bad[i]) {
            fBad++;
          } else {
            fGood++;
          }
        }
      }
      ks = Math.max(ks, Math.abs(fBad / bads - fGood / goods));
    }
    assertThat(c.auc()).isCloseTo(wins / (goods * bads), within(1e-12)).isBetween(0.0, 1.0);
    assertThat(c.gini()).isCloseTo(2 * c.auc() - 1, within(1e-15));
    assertThat(c.ks()).isCloseTo(ks, within(1e-12)).isBetween(0.0, 1.0);
    assertThat(c.psi()).isCloseTo(0.0, within(1e-15)); // the cohort is its own baseline
  }

  /** PSI of any two distributions over the ten deciles, empty deciles included, is finite ≥ 0. */
  @Property(tries = 200)
  void psiIsFiniteAndNeverNegative(@ForAll long seed) {
    Random random = new Random(seed);
    double[] a = shares(random);
    double[] e = shares(random);
    double psi = ScorecardAnalysis.psi(a, e);
    assertThat(psi).isNotNaN().isGreaterThanOrEqualTo(0.0).isLessThan(Double.POSITIVE_INFINITY);
    assertThat(ScorecardAnalysis.psi(e, e)).isEqualTo(0.0);
  }

  /** Ten shares summing to 1, about a third of them 0. */
  private static double[] shares(Random random) {
    double[] w = new double[10];
    double sum = 0;
    for (int d = 0; d < 10; d++) {
      w[d] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
      sum += w[d];
    }
    if (sum == 0) {
      w[0] = sum = 1;
    }
    for (int d = 0; d < 10; d++) {
      w[d] /= sum;
    }
    return w;
  }

  @Property(tries = 50)
  void cutPointsAreNonDecreasingAndEveryScoreHasADecile(
      @ForAll @IntRange(min = 1, max = 80) int n, @ForAll long seed) {
    Random random = new Random(seed);
    int[] scores = random.ints(n, 300, 320).sorted().toArray();
    int[] cuts = ScorecardAnalysis.cutPoints(scores);
    for (int j = 1; j < cuts.length; j++) {
      assertThat(cuts[j]).isGreaterThanOrEqualTo(cuts[j - 1]);
    }
    assertThat(cuts).hasSize(9);
    for (int s : scores) {
      assertThat(ScorecardAnalysis.decile(cuts, s)).isBetween(0, 9);
    }
    // At least j tenths of the scores are at or below cut j, and fewer are below it.
    for (int j = 1; j <= 9; j++) {
      int cut = cuts[j - 1];
      assertThat(java.util.Arrays.stream(scores).filter(x -> x <= cut).count() * 10)
          .isGreaterThanOrEqualTo((long) j * n);
      assertThat(java.util.Arrays.stream(scores).filter(x -> x < cut).count() * 10)
          .isLessThan((long) j * n);
    }
  }
}
