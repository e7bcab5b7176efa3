package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import com.riskworkbench.testing.PgServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A second analyst opening the database while an import runs (issue 8, point 4). */
@Timeout(120)
class PostgresConcurrencyTest {
  static final PgServer server = PgServer.get();

  @TempDir Path temp;
  PortfolioLocation.Postgres db;
  Path small;
  Path larger;

  @BeforeEach
  void tapes() throws Exception {
    db = server.newDatabase("rw_conc");
    small = Tapes.write(temp.resolve("small"), Tapes.valid());
    // The same tape plus a third loan with two months: 3 loans, 7 loan months.
    Map<String, String> more = Tapes.valid();
    more.put(
        "loans.csv",
        Tapes.LOANS + "L3,B1,Credit loan,Own app,2025-02-10,2026-02-10,3000.00,0.2,12,C,CREDIT\n");
    more.put(
        "loan_months.csv",
        Tapes.LOAN_MONTHS + "L3,2025-02,3000.00,0,ACTIVE,,\nL3,2025-03,2800.00,0,ACTIVE,,\n");
    larger = Tapes.write(temp.resolve("larger"), more);
  }

  /**
   * An import that stops just before it commits (every row is in the database, uncommitted) until
   * the test lets it go on.
   */
  final class HeldImport implements Progress {
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> done;

    HeldImport start(Path tape, boolean force) {
      done =
          CompletableFuture.runAsync(
              () -> {
                try {
                  PortfolioImport.run(TapeSource.folder(tape), db, "held", force, this, Map.of());
                } catch (PortfolioException e) {
                  throw new IllegalStateException(e);
                }
              });
      return this;
    }

    @Override
    public void update(long done, long total, String message) {
      if (message.equals("Building indexes")) {
        reached.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    void awaitHeld() throws InterruptedException {
      assertThat(reached.await(60, TimeUnit.SECONDS)).as("import reached its end").isTrue();
    }

    void finish() throws Exception {
      release.countDown();
      done.get(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void readerDuringAReimportSeesThePreviousCompletePortfolio() throws Exception {
    PortfolioImport.run(TapeSource.folder(small), db, "first", false, Progress.NONE, Map.of());
    HeldImport held = new HeldImport().start(larger, true);
    held.awaitHeld();

    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      // The previous portfolio, whole: 2 loans and 5 months, not the 3 and 7 being written.
      assertThat(repo.info().name()).isEqualTo("first");
      assertThat(repo.info().loans()).isEqualTo(2);
      assertThat(repo.load(Progress.NONE).loans()).isEqualTo(2);
    }
    held.finish();

    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      assertThat(repo.info().name()).isEqualTo("held");
      assertThat(repo.info().loans()).isEqualTo(3);
      assertThat(repo.info().loanMonths()).isEqualTo(7);
    }
  }

  @Test
  void anOpenReaderKeepsItsStateWhileAnImportCommitsAfterIt() throws Exception {
    PortfolioImport.run(TapeSource.folder(small), db, "first", false, Progress.NONE, Map.of());
    HeldImport held = new HeldImport();
    try (PortfolioRepository reader = PortfolioRepository.open(db, Map.of())) {
      assertThat(reader.info().loans()).isEqualTo(2);
      // The import's swap waits for this reader; the reader goes on seeing its portfolio.
      held.start(larger, true).awaitHeld();
      held.release.countDown();
      assertThat(reader.load(Progress.NONE).loans()).isEqualTo(2);
      assertThat(reader.info().loanMonths()).isEqualTo(5);
      assertThat(held.done).isNotDone();
    }
    held.finish();
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      assertThat(repo.info().loanMonths()).isEqualTo(7);
    }
  }

  @Test
  void readerDuringTheFirstImportIsToldAnImportIsInProgress() throws Exception {
    HeldImport held = new HeldImport().start(small, false);
    held.awaitHeld();

    assertThatThrownBy(() -> PortfolioRepository.open(db, Map.of()))
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "An import into "
                + db.display()
                + " is in progress and there is no earlier portfolio to show; open it again when"
                + " the import has finished.");
    held.finish();
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      assertThat(repo.info().loans()).isEqualTo(2);
    }
  }

  @Test
  void aSecondImportWhileOneRunsIsRefused() throws Exception {
    HeldImport held = new HeldImport().start(small, false);
    held.awaitHeld();

    assertThatThrownBy(
            () ->
                PortfolioImport.run(
                    TapeSource.folder(larger), db, "second", true, Progress.NONE, Map.of()))
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "Another import into "
                + db.display()
                + " is in progress; wait for it to finish and try again.");
    held.finish();
  }

  @Test
  void readerWhileTablesAreBeingSwappedWaitsThenGetsAClearSentence() throws Exception {
    PortfolioImport.run(TapeSource.folder(small), db, "first", false, Progress.NONE, Map.of());
    // What the import's swap holds while it replaces the tables.
    try (Connection swap = server.admin(PgServer.databaseOf(db));
        Statement s = swap.createStatement()) {
      swap.setAutoCommit(false);
      s.execute("LOCK TABLE portfolio_meta IN ACCESS EXCLUSIVE MODE");

      assertThatThrownBy(() -> PortfolioRepository.open(db, Map.of(), Duration.ofMillis(300)))
          .isInstanceOf(PortfolioException.class)
          .hasMessage(
              "An import into "
                  + db.display()
                  + " is replacing the portfolio right now; open it again in a moment.");
      swap.rollback();
    }
  }
}
