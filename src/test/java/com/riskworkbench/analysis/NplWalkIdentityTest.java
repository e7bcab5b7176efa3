package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On a generated book (charge-offs, pay-offs, prepayments, cures, booked categories): the walk adds
 * up to the cent over every period it is asked for, and ends where the summary's NPL balance is.
 * The sample-data book is checked the same way through the command line (RegulatorCliTest).
 */
class NplWalkIdentityTest {
  static LoadedPortfolio generated(long seed) throws Exception {
    PortfolioBuilder b = new PortfolioBuilder();
    new SampleGenerator(new SampleSpec(2_000, 24, seed)).generate(b, Progress.NONE);
    return b.build();
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      7, 1
      7, 12
      11, 23
      """)
  void walkAddsUpToTheCentOnAGeneratedBook(long seed, int monthsBack) throws Exception {
    LoadedPortfolio p = generated(seed);
    AnalysisScope scope = AnalysisScope.all(p);
    int start = scope.asOfMonth() - monthsBack;

    NplWalkResult walk = NplWalkAnalysis.run(scope, FiveCategoryRule.REGULATORY_2023, start);

    long sum = 0;
    for (Component c : Component.values()) {
      sum += c.sign() * walk.cents(c);
    }
    assertThat(sum).isEqualTo(walk.cents(Component.CLOSING));
    assertThat(walk.cents(Component.CLOSING))
        .isEqualTo(
            SummaryAnalysis.run(scope, DelinquencyBuckets.DEFAULT, FiveCategoryRule.REGULATORY_2023)
                .asOf()
                .nplCents());
    AnalysisScope atStart = AnalysisScope.of(p, Optional.of(Months.of(start)), SegmentFilter.NONE);
    assertThat(walk.cents(Component.OPENING))
        .isEqualTo(
            SummaryAnalysis.snapshot(
                    atStart, start, DelinquencyBuckets.DEFAULT, FiveCategoryRule.REGULATORY_2023)
                .nplCents());
    assertThat(walk.cents(Component.NEW) + walk.cents(Component.WRITTEN_OFF)).isPositive();
  }
}
