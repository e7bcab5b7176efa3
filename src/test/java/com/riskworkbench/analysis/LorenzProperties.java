package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.LorenzAnalysis.LorenzResult;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the Lorenz curve and Gini on books of random exposures. */
class LorenzProperties {

  /** One borrower a loan, each ACTIVE at 2025-06 with the given balance in cents. */
  static LorenzResult lorenz(List<Long> balances) {
    Book book = new Book();
    for (int i = 0; i < balances.size(); i++) {
      book.borrower("B" + i);
      book.active(book.loan("L" + i, "B" + i, "A", 1), "2025-06", balances.get(i), 0);
    }
    return LorenzAnalysis.run(AnalysisScope.all(book.build()), Dimension.BORROWER);
  }

  @Property(tries = 200)
  void giniIsTheMeanAbsoluteDifferenceOverTwiceTheMean(
      @ForAll @Size(min = 1, max = 60)
          List<@LongRange(min = 0, max = 10_000_000_000L) Long> cents) {
    LorenzResult r = lorenz(cents);
    long total = cents.stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      assertThat(r.gini()).isNaN();
      return;
    }
    int n = cents.size();
    double sumAbs = 0;
    for (long a : cents) {
      for (long b : cents) {
        sumAbs += Math.abs(a - b);
      }
    }
    double gini = sumAbs / (2.0 * n * n * ((double) total / n));
    assertThat(r.gini()).isCloseTo(gini, within(1e-12));
    assertThat(r.gini()).isBetween(-1e-15, (n - 1.0) / n + 1e-15);
  }

  @Property(tries = 100)
  void curveRisesConvexlyFromZeroToOne(
      @ForAll @Size(min = 2, max = 40) List<@LongRange(min = 1, max = 1_000_000_00L) Long> cents) {
    double[] y = lorenz(cents).exposureShares();
    assertThat(y[0]).isZero();
    assertThat(y[y.length - 1]).isCloseTo(1, within(1e-15));
    for (int k = 1; k < y.length; k++) {
      assertThat(y[k]).isGreaterThanOrEqualTo(y[k - 1]);
      if (k >= 2) {
        // Slopes never fall: the k-th smallest is at least the one before it.
        assertThat(y[k] - y[k - 1]).isGreaterThanOrEqualTo(y[k - 1] - y[k - 2] - 1e-15);
      }
    }
  }

  @Property(tries = 100)
  void topSharesGrowWithThePercentage(
      @ForAll @Size(min = 1, max = 250) List<@LongRange(min = 1, max = 1_000_000_00L) Long> cents,
      @ForAll @IntRange(min = 1, max = 99) int percent) {
    LorenzResult r = lorenz(cents);
    assertThat(r.topShare(percent)).isLessThanOrEqualTo(r.topShare(percent + 1) + 1e-15);
    assertThat(r.topShare(1)).isGreaterThanOrEqualTo(1.0 / cents.size() - 1e-15);
  }
}
