package com.riskworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.CollectingSink;
import com.riskworkbench.portfolio.Loan;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {

  private static final SampleSpec SPEC = new SampleSpec(3_000, 24, 20_261_031L);

  @Test
  void sameSpecGivesTheSameSequenceOfCalls() {
    CollectingSink first = SamplePortfolio.generate(SPEC).sink;
    CollectingSink second = SamplePortfolio.generate(SPEC).sink;
    assertThat(second.calls).hasSameSizeAs(first.calls);
    assertThat(second.calls).isEqualTo(first.calls);
  }

  @Test
  void anotherSeedGivesAnotherPortfolio() {
    List<Loan> first = SamplePortfolio.generate(SPEC).loans;
    List<Loan> other =
        SamplePortfolio.generate(new SampleSpec(SPEC.loans(), SPEC.months(), SPEC.seed() + 1))
            .loans;
    assertThat(other).hasSameSizeAs(first).isNotEqualTo(first);
  }

  @Test
  void writesExactlyTheRequestedNumberOfLoans() {
    assertThat(SamplePortfolio.generate(SPEC).loans).hasSize(3_000);
    assertThat(SamplePortfolio.generate(new SampleSpec(1, 1, 5)).loans).hasSize(1);
  }

  @Test
  void writesMetaFirstAndLeavesSchemaVersionAndCreationTimeToTheWriter() {
    CollectingSink sink = SamplePortfolio.generate(SPEC).sink;
    List<CollectingSink.Meta> meta = sink.all(CollectingSink.Meta.class).toList();
    assertThat(sink.calls.subList(0, meta.size())).containsExactlyElementsOf(meta);
    assertThat(meta)
        .contains(
            new CollectingSink.Meta("currency", "CNY"),
            new CollectingSink.Meta("generator_seed", "20261031"),
            new CollectingSink.Meta("generator_loans", "3000"),
            new CollectingSink.Meta("generator_months", "24"));
    assertThat(meta).extracting(CollectingSink.Meta::key).contains("name");
    assertThat(meta)
        .extracting(CollectingSink.Meta::key)
        .doesNotContain("schema_version", "created_at");
  }

  @Test
  void leavesFinishingAndClosingToTheCaller() {
    CollectingSink sink = SamplePortfolio.generate(SPEC).sink;
    assertThat(sink.finished).isFalse();
    assertThat(sink.closed).isFalse();
  }

  @Test
  void windowEndsAtTheSpecsLastMonth() {
    SampleSpec spec = new SampleSpec(500, 12, 3, YearMonth.of(2024, 6));
    SamplePortfolio portfolio = SamplePortfolio.generate(spec);
    assertThat(portfolio.monthsByLoan.values().stream().flatMap(List::stream))
        .allSatisfy(
            m -> assertThat(m.month()).isBetween(YearMonth.of(2023, 7), YearMonth.of(2024, 6)));
  }

  @Test
  void reportsProgressUpToAllLoans() throws Exception {
    RecordingProgress progress = new RecordingProgress(Long.MAX_VALUE);
    new SampleGenerator(new SampleSpec(25_000, 6, 1)).generate(new CollectingSink(), progress);
    assertThat(progress.done).contains(10_000L, 20_000L);
    assertThat(progress.done.get(progress.done.size() - 1)).isEqualTo(25_000L);
    assertThat(progress.totals).containsOnly(25_000L);
  }

  @Test
  void stopsWhenCancelled() {
    RecordingProgress progress = new RecordingProgress(2);
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(
            () -> new SampleGenerator(new SampleSpec(50_000, 6, 1)).generate(sink, progress))
        .isInstanceOf(CancellationException.class);
    assertThat(sink.all(Loan.class).count()).isLessThan(50_000);
  }

  /** Records updates; reports cancelled from the {@code cancelAtCheck}-th check on. */
  private static final class RecordingProgress implements Progress {
    final List<Long> done = new ArrayList<>();
    final List<Long> totals = new ArrayList<>();
    private final long cancelAtCheck;
    private long checks;

    RecordingProgress(long cancelAtCheck) {
      this.cancelAtCheck = cancelAtCheck;
    }

    @Override
    public void update(long done, long total, String message) {
      this.done.add(done);
      totals.add(total);
      assertThat(message).isNotBlank();
    }

    @Override
    public boolean isCancelled() {
      return ++checks >= cancelAtCheck;
    }
  }
}
