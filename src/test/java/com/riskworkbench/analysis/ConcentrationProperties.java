package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.ConcentrationAnalysis.ConcentrationResult;
import com.riskworkbench.analysis.ConcentrationAnalysis.Segment;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectingSink;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of concentration on generated books. */
class ConcentrationProperties {

  static CollectingSink generate(int loans, int months, long seed) throws IOException {
    CollectingSink sink = new CollectingSink();
    new SampleGenerator(new SampleSpec(loans, months, seed))
        .generate(sink, com.riskworkbench.common.Progress.NONE);
    return sink;
  }

  static LoadedPortfolio build(CollectingSink sink) {
    PortfolioBuilder b = new PortfolioBuilder();
    sink.all(Borrower.class).forEach(b::borrower);
    sink.all(Loan.class).forEach(b::loan);
    sink.all(LoanMonth.class).forEach(b::loanMonth);
    return b.build();
  }

  /** The same rows in a shuffled order: borrowers, loans and months each permuted. */
  static LoadedPortfolio buildShuffled(CollectingSink sink, long seed) {
    Random random = new Random(seed);
    List<Borrower> borrowers = new ArrayList<>(sink.list(Borrower.class));
    List<Loan> loans = new ArrayList<>(sink.list(Loan.class));
    List<LoanMonth> months = new ArrayList<>(sink.list(LoanMonth.class));
    Collections.shuffle(borrowers, random);
    Collections.shuffle(loans, random);
    Collections.shuffle(months, random);
    PortfolioBuilder b = new PortfolioBuilder();
    borrowers.forEach(b::borrower);
    loans.forEach(b::loan);
    months.forEach(b::loanMonth);
    return b.build();
  }

  static ConcentrationResult run(LoadedPortfolio p, Dimension d) {
    return ConcentrationAnalysis.run(
        AnalysisScope.all(p), d, FiveCategoryRule.REGULATORY_2023, SingleBorrowerLimits.DEFAULT);
  }

  @Property(tries = 15)
  void sharesSumToOneAndHhiIsBetweenOneOverNAndOne(
      @ForAll @IntRange(min = 50, max = 600) int loans,
      @ForAll @IntRange(min = 3, max = 18) int months,
      @ForAll long seed,
      @ForAll Dimension dimension)
      throws IOException {
    ConcentrationResult r = run(build(generate(loans, months, seed)), dimension);
    if (r.totalExposureCents() == 0) {
      return;
    }
    int n = r.segments().size();
    assertThat(r.segments().stream().mapToDouble(Segment::share).sum())
        .isCloseTo(1.0, within(1e-9));
    assertThat(r.hhi()).isBetween(1.0 / n - 1e-12, 1.0 + 1e-12);
    assertThat(r.topShare(1)).isLessThanOrEqualTo(r.topShare(5) + 1e-12);
  }

  @Property(tries = 10)
  void resultsDoNotDependOnRowOrder(
      @ForAll @IntRange(min = 50, max = 400) int loans,
      @ForAll @IntRange(min = 3, max = 12) int months,
      @ForAll long seed,
      @ForAll Dimension dimension)
      throws IOException {
    CollectingSink sink = generate(loans, months, seed);

    ConcentrationResult ordered = run(build(sink), dimension);
    ConcentrationResult shuffled = run(buildShuffled(sink, seed), dimension);

    // Everything but the average rate is integer arithmetic and must match exactly; the rate is
    // a floating-point sum whose order changes with the rows'.
    assertThat(shuffled.segments())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("averageRate")
        .isEqualTo(ordered.segments());
    for (int i = 0; i < ordered.segments().size(); i++) {
      double expected = ordered.segments().get(i).averageRate();
      double actual = shuffled.segments().get(i).averageRate();
      if (Double.isNaN(expected)) {
        assertThat(actual).isNaN();
      } else {
        assertThat(actual).isCloseTo(expected, within(1e-12));
      }
    }
    assertThat(shuffled.breaches()).isEqualTo(ordered.breaches());
    var a =
        SummaryAnalysis.run(
                AnalysisScope.all(build(sink)),
                DelinquencyBuckets.DEFAULT,
                FiveCategoryRule.REGULATORY_2023)
            .asOf();
    var b =
        SummaryAnalysis.run(
                AnalysisScope.all(buildShuffled(sink, seed)),
                DelinquencyBuckets.DEFAULT,
                FiveCategoryRule.REGULATORY_2023)
            .asOf();
    assertThat(b.outstandingCents()).isEqualTo(a.outstandingCents());
    assertThat(b.categoryCents()).isEqualTo(a.categoryCents());
  }
}
