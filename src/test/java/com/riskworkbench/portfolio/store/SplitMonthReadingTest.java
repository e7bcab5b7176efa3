package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.BookCache;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decoding the loan months over two connections (issue 19) gives the very book that one connection
 * gives, and a Cancel during it leaves no reader running, no lock and the file unchanged.
 */
class SplitMonthReadingTest {
  @TempDir Path temp;

  @Test
  void theSampleReadsTheSameOnTwoConnectionsAsOnOne() throws Exception {
    Path file = temp.resolve("sample.mv.db");
    PortfolioImport.run(TapeSource.folder(Path.of("sample-data")), file, "s", false, Progress.NONE);
    // Every data line of the sample's loan_months.csv is one loan month (the header is not).
    long lines;
    try (Stream<String> l = Files.lines(Path.of("sample-data", "loan_months.csv"))) {
      lines = l.count() - 1;
    }

    LoadedPortfolio one = load(file, Long.MAX_VALUE);
    LoadedPortfolio two = load(file, 0);

    assertThat(one.rows()).isEqualTo(lines);
    assertSameBook(one, two);
  }

  @Test
  void aGeneratedBookReadsTheSameOnTwoConnectionsAsOnOne() throws Exception {
    Path file = generated(4_000);

    LoadedPortfolio one = load(file, Long.MAX_VALUE);
    LoadedPortfolio two = load(file, 0);

    // More rows than one block, so the second half arrives in several blocks.
    assertThat(one.rows()).isGreaterThan(2 * MonthReader.BLOCK);
    assertSameBook(one, two);
  }

  @Test
  void cancelWhileTheSecondHalfIsReadLeavesNothingBehind() throws Exception {
    Path file = generated(4_000);
    byte[] before = Files.readAllBytes(file);
    List<Path> filesBefore = list(temp);
    Progress cancelInMonths =
        new Progress() {
          private volatile boolean cancelled;

          @Override
          public void update(long done, long total, String message) {
            // The first update of the months phase: the first half's first block is in.
            if (done > 0 && done < total) {
              cancelled = true;
            }
          }

          @Override
          public boolean isCancelled() {
            return cancelled;
          }
        };

    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      repo.splitMonthsFrom(0);
      assertThatThrownBy(() -> repo.load(cancelInMonths)).isInstanceOf(CancellationException.class);
      assertThat(readerThreads()).isZero();
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(list(temp)).isEqualTo(filesBefore);
    // No lock is left: the file opens and loads again.
    assertThat(load(file, 0).rows()).isEqualTo(load(file, Long.MAX_VALUE).rows());
  }

  private Path generated(int loans) throws Exception {
    Path file = temp.resolve("generated.mv.db");
    try (H2PortfolioWriter w = H2PortfolioWriter.create(file, false)) {
      new SampleGenerator(new SampleSpec(loans, 24, 19)).generate(w, Progress.NONE);
      w.finish();
    }
    return file;
  }

  private static LoadedPortfolio load(Path file, long splitFrom) throws Exception {
    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      repo.splitMonthsFrom(splitFrom);
      return repo.load(Progress.NONE);
    }
  }

  /** The cache holds every array of the book: equal bytes, equal books. */
  private void assertSameBook(LoadedPortfolio one, LoadedPortfolio two) throws Exception {
    Path a = temp.resolve("one.book");
    Path b = temp.resolve("two.book");
    BookCache.write(one, a, "key");
    BookCache.write(two, b, "key");
    assertThat(two.rows()).isEqualTo(one.rows());
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
  }

  private static long readerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("portfolio-months-reader") && t.isAlive())
        .count();
  }

  private static List<Path> list(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }
}
