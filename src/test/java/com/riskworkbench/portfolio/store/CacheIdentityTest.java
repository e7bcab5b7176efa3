package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of the loaded book never serves one file's figures for another file. */
class CacheIdentityTest {
  @TempDir Path temp;

  @Test
  void anotherFileOfTheSamePathSizeAndTimeIsReadAfresh() throws Exception {
    // Book A: the test tape, principals 12,000.00 + 500,000.00 = 512,000.00.
    Path a = book("a", Tapes.valid());
    // Book B: L2's principal 500,000 → 400,000, so 12,000.00 + 400,000.00 = 412,000.00.
    Map<String, String> files = Tapes.valid();
    files.put("loans.csv", Tapes.LOANS.replace(",500000,", ",400000,"));
    Path b = book("b", files);
    // Same size (an H2 file padded with zeros still opens) and the same modification time.
    long size = Math.max(Files.size(a), Files.size(b));
    pad(a, size);
    pad(b, size);
    FileTime time = FileTime.fromMillis(1_700_000_000_000L);
    Files.setLastModifiedTime(a, time);
    Files.setLastModifiedTime(b, time);
    Path cache = Files.createDirectories(temp.resolve("cache"));
    Path path = temp.resolve("book.mv.db");

    Files.copy(a, path, StandardCopyOption.COPY_ATTRIBUTES);
    long first = totalPrincipal(path, cache);
    Files.copy(b, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    long second = totalPrincipal(path, cache);

    assertThat(Files.size(path)).isEqualTo(size);
    assertThat(Files.getLastModifiedTime(path)).isEqualTo(time);
    assertThat(first).isEqualTo(51_200_000L);
    assertThat(second).isEqualTo(41_200_000L);
    try (PortfolioRepository repo = PortfolioRepository.open(path)) {
      assertThat(repo.fingerprint()).isEqualTo(PortfolioOpenTest.sha256(b));
    }
  }

  @Test
  void theSameContentIsServedFromTheCache() throws Exception {
    Path a = book("a", Tapes.valid());
    Path cache = Files.createDirectories(temp.resolve("cache"));

    long first = totalPrincipal(a, cache);
    long cachedFiles;
    try (var list = Files.list(cache)) {
      cachedFiles = list.count();
    }
    long second = totalPrincipal(a, cache);

    assertThat(cachedFiles).isEqualTo(1);
    assertThat(second).isEqualTo(first).isEqualTo(51_200_000L);
  }

  private Path book(String name, Map<String, String> files) throws Exception {
    Path tape = Tapes.write(temp.resolve(name + "-tape"), files);
    Path file = temp.resolve(name + ".mv.db");
    PortfolioImport.run(TapeSource.folder(tape), file, "Book", false, Progress.NONE);
    return file;
  }

  private static void pad(Path file, long size) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  private static long totalPrincipal(Path file, Path cache) throws Exception {
    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      LoadedPortfolio book = repo.load(Progress.NONE, Optional.of(cache));
      return LongStream.of(book.loanPrincipal()).sum();
    }
  }
}
