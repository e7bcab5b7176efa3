package com.riskworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.PsiBand;
import com.riskworkbench.analysis.ScorecardAnalysis;
import com.riskworkbench.analysis.ScorecardParams;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ScoreDriftTest {
  private static final MonthTable WINDOW =
      new MonthTable(YearMonth.of(2024, 11), YearMonth.of(2026, 10));

  private static Borrower scored(String id, OptionalInt score) {
    return new Borrower(
        id,
        BorrowerType.INDIVIDUAL,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "Zhejiang",
        Optional.empty(),
        "Retail",
        OptionalLong.empty(),
        score);
  }

  /** The window's last nine months are 2026-02 to 2026-10; 2026-01 is before them. */
  @Test
  void onlyScoredBorrowersOfTheLastNineMonthsDrift() {
    ScoreDrift drift = new ScoreDrift(7, WINDOW);
    Borrower b = scored("B00000001", OptionalInt.of(640));
    Borrower unscored = scored("B00000002", OptionalInt.empty());

    assertThat(drift.apply(b, WINDOW.last - 9)).isSameAs(b);
    assertThat(drift.apply(unscored, WINDOW.last)).isSameAs(unscored);
    assertThat(drift.apply(b, WINDOW.last - 8).creditScore()).isNotEqualTo(b.creditScore());
    // The noise is the borrower's own: the same id drifts the same way every time.
    assertThat(drift.apply(b, WINDOW.last)).isEqualTo(drift.apply(b, WINDOW.last));
    assertThat(drift.apply(b, WINDOW.last).creditScore().getAsInt()).isBetween(300, 850);
  }

  /**
   * Over many borrowers the full drift moves the mean score up by about {@value ScoreDrift#SHIFT}
   * points (the blur keeps the mean, 640 ± noise), a quarter of that in the drift's first month.
   */
  @Test
  void theShiftRampsUpOverFourMonths() {
    ScoreDrift drift = new ScoreDrift(7, WINDOW);
    double first = 0;
    double full = 0;
    int n = 4_000;
    for (int i = 0; i < n; i++) {
      Borrower b = scored("B" + i, OptionalInt.of(640));
      first += drift.apply(b, WINDOW.last - 8).creditScore().getAsInt() - 640;
      full += drift.apply(b, WINDOW.last).creditScore().getAsInt() - 640;
    }
    // Expected 70 / 4 = 17.5 and 70; the noise of a mean of 4,000 is about 0.6 × 74 / 63 ≈ 0.7.
    assertThat(first / n).isBetween(15.0, 20.0);
    assertThat(full / n).isBetween(66.0, 74.0);
  }

  /**
   * In a generated book the latest cohort's scores have shifted against the baseline (the first six
   * cohorts originated in the window, long before the drift), and the borrowers first originated in
   * the drift's months score higher on average.
   */
  @Test
  void theGeneratedBooksLatestCohortIsShifted() throws Exception {
    SampleSpec spec = new SampleSpec(3_000, 24, 20_261_031L);
    PortfolioBuilder book = new PortfolioBuilder();
    new SampleGenerator(spec).generate(book, Progress.NONE);
    ScorecardResult r =
        ScorecardAnalysis.run(AnalysisScope.all(book.build()), ScorecardParams.DEFAULT);

    assertThat(r.latest().orElseThrow().band()).isEqualTo(PsiBand.SHIFTED);
    assertThat(r.cohort("2025-06").orElseThrow().psi())
        .isLessThan(r.latest().orElseThrow().psi() / 3);

    SamplePortfolio sample = SamplePortfolio.generate(spec);
    Map<String, Integer> firstMonth = new HashMap<>();
    for (Loan l : sample.loans) {
      firstMonth.putIfAbsent(l.borrowerId(), MonthTable.index(YearMonth.from(l.originationDate())));
    }
    int from = MonthTable.index(spec.lastMonth()) - ScoreDrift.MONTHS + 1;
    double[] sum = new double[2];
    int[] count = new int[2];
    for (Borrower b : sample.borrowers) {
      if (b.creditScore().isPresent()) {
        int k = firstMonth.get(b.borrowerId()) >= from ? 1 : 0;
        sum[k] += b.creditScore().getAsInt();
        count[k]++;
      }
    }
    assertThat(sum[1] / count[1] - sum[0] / count[0]).isGreaterThan(30);
  }
}
