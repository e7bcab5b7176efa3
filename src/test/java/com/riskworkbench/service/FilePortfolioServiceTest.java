package com.riskworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePortfolioServiceTest {
  @TempDir Path temp;

  /**
   * The valid tape: L2 is originated 2025-02-03 with its first month 2025-02 (no finding), L1 from
   * its origination month; the tape has no unknown column. A month left out of L1 (2025-02) makes
   * one GAP_IN_HISTORY finding.
   */
  @Test
  void importFindingsAndIdentitiesComeFromThePortfolioFile() throws Exception {
    Map<String, String> tape = new java.util.HashMap<>(Tapes.valid());
    tape.put("loan_months.csv", Tapes.LOAN_MONTHS.replace("L1,2025-02,11100.50,0,ACTIVE,,\n", ""));
    Path folder = Tapes.write(temp.resolve("tape"), tape);
    FilePortfolioService service =
        new FilePortfolioService(temp.resolve("data"), TapeSource.folder(folder));
    Path file = temp.resolve("p.mv.db");
    service.importTape(folder, file, Progress.NONE);

    ImportFindings findings = service.importFindings(file.toString(), 10);
    assertThat(findings.counts()).isEqualTo(Map.of(FindingKind.GAP_IN_HISTORY, 1));
    assertThat(findings.first()).hasSize(1);
    assertThat(findings.first().get(0).loanId()).contains("L1");

    Map<String, BorrowerIdentity> who =
        service.borrowerIdentities(file.toString(), List.of("B1", "B2", "B9"));
    assertThat(who)
        .containsOnlyKeys("B1", "B2")
        .containsEntry(
            "B1", new BorrowerIdentity(Optional.of("张伟"), Optional.of("110101199003071236")))
        .containsEntry(
            "B2", new BorrowerIdentity(Optional.of("Hangzhou Trading, Ltd"), Optional.empty()));
  }

  /**
   * The Data quality and Fraud screens ask for findings and names of the same file at the same
   * moment; a second connection to a file held open is refused as "locked", so the service takes
   * one at a time. Two threads, 25 requests each: every one answers (each finds the one gap).
   */
  @Test
  void findingsAndNamesAskedAtOnceAreAllAnswered() throws Exception {
    Map<String, String> tape = new java.util.HashMap<>(Tapes.valid());
    tape.put("loan_months.csv", Tapes.LOAN_MONTHS.replace("L1,2025-02,11100.50,0,ACTIVE,,\n", ""));
    Path folder = Tapes.write(temp.resolve("tape"), tape);
    FilePortfolioService service =
        new FilePortfolioService(temp.resolve("data"), TapeSource.folder(folder));
    Path file = temp.resolve("p.mv.db");
    service.importTape(folder, file, Progress.NONE);

    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      var findings =
          pool.submit(
              () -> {
                start.await();
                int found = 0;
                for (int i = 0; i < 25; i++) {
                  found += service.importFindings(file.toString(), 10).first().size();
                }
                return found;
              });
      var names =
          pool.submit(
              () -> {
                start.await();
                int found = 0;
                for (int i = 0; i < 25; i++) {
                  found += service.borrowerIdentities(file.toString(), List.of("B1")).size();
                }
                return found;
              });
      start.countDown();
      assertThat(findings.get()).isEqualTo(25);
      assertThat(names.get()).isEqualTo(25);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aGeneratedSampleHasTheAskedSizeAndOpens() throws Exception {
    FilePortfolioService service =
        new FilePortfolioService(temp.resolve("data"), TapeSource.folder(temp));

    Path file = service.generateSample(150, 12, 7, Progress.NONE);

    assertThat(file)
        .isEqualTo(temp.resolve("data/samples/sample-150-loans-12-months-seed-7.mv.db"));
    OpenedPortfolio opened = service.open(file, Progress.NONE);
    assertThat(opened.overview().loans()).isEqualTo(150);
    // the generator's window ends at 2026-10 by default: twelve months back is 2025-11
    assertThat(opened.book().lastMonth()).contains(java.time.YearMonth.of(2026, 10));
  }

  @Test
  void aCancelledSampleLeavesNoFileBehind() throws Exception {
    FilePortfolioService service =
        new FilePortfolioService(temp.resolve("data"), TapeSource.folder(temp));
    Progress cancelled =
        new Progress() {
          @Override
          public void update(long done, long total, String message) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };

    assertThatThrownBy(() -> service.generateSample(5_000, 24, 3, cancelled))
        .isInstanceOf(CancellationException.class);

    try (var left = Files.list(temp.resolve("data/samples"))) {
      assertThat(left).isEmpty();
    }
  }

  /**
   * The open hands over the file's stored groups before the book loads. The valid tape's ACTIVE
   * rows: 2025-01 L1 12,000.00 /0; 2025-02 L1 11,100.50 /0 and L2 500,000.00 /0 (one group of two
   * loans, 511,100.50); 2025-03 L2 490,000.10 /0 (L1 paid off, not ACTIVE). Five loan months.
   */
  @Test
  void theOpenHandsOverTheStoredGroupsBeforeTheBook() throws Exception {
    Path folder = Tapes.write(temp.resolve("tape"), Tapes.valid());
    FilePortfolioService service =
        new FilePortfolioService(temp.resolve("data"), TapeSource.folder(folder));
    Path file = temp.resolve("p.mv.db");
    service.importTape(folder, file, Progress.NONE);
    List<PortfolioPreview> previews = new java.util.ArrayList<>();

    OpenedPortfolio opened = service.open(file, Progress.NONE, previews::add);

    assertThat(previews).hasSize(1);
    PortfolioPreview p = previews.get(0);
    assertThat(p.overview()).isEqualTo(opened.overview());
    assertThat(p.loanMonths()).isEqualTo(5);
    assertThat(p.inDatabase()).isFalse(); // a file is analysed in memory
    var none = Optional.<com.riskworkbench.portfolio.BookedCategory>empty();
    assertThat(p.groups())
        .containsExactly(
            Map.entry(
                java.time.YearMonth.of(2025, 1),
                List.of(
                    new com.riskworkbench.portfolio.store.pushdown.ActiveGroup(
                        0, none, 1, 1_200_000))),
            Map.entry(
                java.time.YearMonth.of(2025, 2),
                List.of(
                    new com.riskworkbench.portfolio.store.pushdown.ActiveGroup(
                        0, none, 2, 51_110_050))),
            Map.entry(
                java.time.YearMonth.of(2025, 3),
                List.of(
                    new com.riskworkbench.portfolio.store.pushdown.ActiveGroup(
                        0, none, 1, 49_000_010))));
  }
}
