package com.riskworkbench.portfolio.book;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookCacheTest {
  @TempDir Path temp;

  static void assertSameBook(LoadedPortfolio a, LoadedPortfolio b) {
    assertThat(b.name()).isEqualTo(a.name());
    assertThat(b.netAssetsCents()).isEqualTo(a.netAssetsCents());
    assertThat(b.products().values()).isEqualTo(a.products().values());
    assertThat(b.regions().values()).isEqualTo(a.regions().values());
    assertThat(b.borrowerIds()).isEqualTo(a.borrowerIds());
    assertThat(b.borrowerBirthDay()).isEqualTo(a.borrowerBirthDay());
    assertThat(b.loanIds()).isEqualTo(a.loanIds());
    assertThat(b.loanPrincipal()).isEqualTo(a.loanPrincipal());
    assertThat(b.loanRate()).isEqualTo(a.loanRate());
    assertThat(b.loanMaturityMonth()).isEqualTo(a.loanMaturityMonth());
    assertThat(b.rowStart()).isEqualTo(a.rowStart());
    assertThat(b.rowMonth()).isEqualTo(a.rowMonth());
    assertThat(b.rowBalance()).isEqualTo(a.rowBalance());
    assertThat(b.rowDpd()).isEqualTo(a.rowDpd());
    assertThat(b.rowStatus()).isEqualTo(a.rowStatus());
    assertThat(b.rowChargeOff()).isEqualTo(a.rowChargeOff());
    assertThat(b.lastMonth()).isEqualTo(a.lastMonth());
    assertThat(b.collectionActions()).isEqualTo(a.collectionActions());
    assertThat(b.fraudCases()).isEqualTo(a.fraudCases());
    assertThat(b.tier1NetCapitalCents()).isEqualTo(a.tier1NetCapitalCents());
    assertThat(b.partners().values()).isEqualTo(a.partners().values());
    assertThat(b.groups().values()).isEqualTo(a.groups().values());
    assertThat(b.borrowerGroup()).isEqualTo(a.borrowerGroup());
    assertThat(b.borrowerScore()).isEqualTo(a.borrowerScore());
    assertThat(b.loanPartner()).isEqualTo(a.loanPartner());
    assertThat(b.loanOwnShare()).isEqualTo(a.loanOwnShare());
    assertThat(b.rowCategory()).isEqualTo(a.rowCategory());
    assertThat(b.rowProvision()).isEqualTo(a.rowProvision());
    assertThat(b.hasBookedCategories()).isEqualTo(a.hasBookedCategories());
    assertThat(b.hasProvisions()).isEqualTo(a.hasProvisions());
  }

  @Test
  void theOptionalInputsComeBackFromTheCache() throws Exception {
    Path tape = Tapes.write(temp.resolve("booked"), Tapes.withOptionalInputs());
    Path book = temp.resolve("booked.mv.db");
    PortfolioImport.run(TapeSource.folder(tape), book, "Booked", false, Progress.NONE);
    Path cache = temp.resolve("cache");
    LoadedPortfolio first;
    LoadedPortfolio cached;
    try (PortfolioRepository repo = PortfolioRepository.open(book)) {
      first = repo.load(Progress.NONE, Optional.of(cache));
    }
    try (PortfolioRepository repo = PortfolioRepository.open(book)) {
      cached = repo.load(Progress.NONE, Optional.of(cache));
    }

    assertThat(cached).isNotSameAs(first);
    assertThat(cached.hasProvisions()).isTrue();
    assertThat(cached.tier1NetCapitalCents()).hasValue(120_000_000L);
    // The tape scores B1 700 and leaves B2 unscored.
    assertThat(cached.borrowerScore()).containsExactly(700, LoadedPortfolio.NO_SCORE);
    assertSameBook(first, cached);
  }

  Path book() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
    Path book = temp.resolve("book.mv.db");
    PortfolioImport.run(TapeSource.folder(tape), book, "Book", false, Progress.NONE);
    return book;
  }

  @Test
  void secondLoadReadsTheCacheAndGivesTheSameBook() throws Exception {
    Path book = book();
    Path cache = temp.resolve("cache");
    LoadedPortfolio first;
    LoadedPortfolio second;
    try (PortfolioRepository repo = PortfolioRepository.open(book)) {
      first = repo.load(Progress.NONE, Optional.of(cache));
    }
    List<Path> written;
    try (Stream<Path> files = Files.list(cache)) {
      written = files.toList();
    }
    try (PortfolioRepository repo = PortfolioRepository.open(book)) {
      second = repo.load(Progress.NONE, Optional.of(cache));
    }

    assertThat(written).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".book"));
    assertSameBook(first, second);
    try (PortfolioRepository repo = PortfolioRepository.open(book)) {
      assertSameBook(repo.load(Progress.NONE), second);
    }
  }

  @Test
  void staleOrDamagedCacheIsIgnored() throws Exception {
    Path book = book();
    LoadedPortfolio loaded;
    try (PortfolioRepository repo = PortfolioRepository.open(book)) {
      loaded = repo.load(Progress.NONE);
    }
    Path file = temp.resolve("c.book");
    BookCache.write(loaded, file, "key-1");

    assertThat(BookCache.read(file, "key-1", List.of(), List.of())).isPresent();
    assertThat(BookCache.read(file, "key-2", List.of(), List.of())).isEmpty();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(BookCache.read(file, "key-1", List.of(), List.of())).isEmpty();
    assertThat(BookCache.read(temp.resolve("none.book"), "key-1", List.of(), List.of())).isEmpty();
  }

  /** A cache of an older format (3, before credit scores) is rebuilt, not misread. */
  @Test
  void aCacheOfAnOlderFormatIsIgnored() throws Exception {
    Path book = book();
    LoadedPortfolio loaded;
    try (PortfolioRepository repo = PortfolioRepository.open(book)) {
      loaded = repo.load(Progress.NONE);
    }
    Path file = temp.resolve("old.book");
    BookCache.write(loaded, file, "key-1");
    byte[] bytes = Files.readAllBytes(file);
    // The format is the little-endian int after the magic number.
    java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, 3);
    Files.write(file, bytes);

    assertThat(BookCache.FORMAT).isEqualTo(4);
    assertThat(BookCache.read(file, "key-1", List.of(), List.of())).isEmpty();
  }
}
