package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import com.riskworkbench.testing.PgServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The groups of {@link ActiveGroupsTest}'s tape, imported into a real PostgreSQL server: the same
 * month_group rows as in a file, read back the same way; a version-2 database has none.
 */
@Timeout(120)
class PostgresActiveGroupsTest {
  static final PgServer server = PgServer.get();

  @TempDir Path temp;
  PortfolioLocation.Postgres db;

  @BeforeEach
  void importTheTape() throws Exception {
    db = server.newDatabase("rw_groups");
    Path tape = Tapes.write(temp.resolve("tape"), ActiveGroupsTest.tape());
    PortfolioImport.run(TapeSource.folder(tape), db, "Groups", false, Progress.NONE, Map.of());
  }

  @Test
  void theImportStoresEachMonthsActiveGroups() throws Exception {
    try (Connection c = server.admin(PgServer.databaseOf(db))) {
      // Worked out by hand in ActiveGroupsTest.STORED.
      assertThat(ActiveGroupsTest.storedRows(c, "month"))
          .containsExactlyElementsOf(ActiveGroupsTest.STORED);
    }
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      assertThat(repo.schemaVersion()).isEqualTo(3);
      assertThat(repo.activeGroups()).contains(ActiveGroupsTest.GROUPS);
      assertThat(repo.load(Progress.NONE, Optional.empty()).rows()).isEqualTo(11);
    }
  }

  @Test
  void aVersion2DatabaseHasNoActiveGroupsAndStillLoads() throws Exception {
    server.makeVersion2(db);

    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      assertThat(repo.schemaVersion()).isEqualTo(2);
      assertThat(repo.activeGroups()).isEmpty();
      // The tape's 11 loan months; 2025-03: L2 490,000.10 + L3 2,400.00 ACTIVE.
      assertThat(repo.load(Progress.NONE, Optional.empty()).rows()).isEqualTo(11);
      assertThat(repo.snapshot(java.time.YearMonth.of(2025, 3)).outstandingCents())
          .isEqualTo(49_240_010L);
    }
  }

  /**
   * A version-2 team database over the engine line (here 0 loan months) has no stored groups: the
   * window's preview then has the latest two months counted by the database, the same groups as
   * {@link ActiveGroupsTest#GROUPS} for 2025-02 and 2025-03.
   */
  @Test
  void aBigVersion2DatabaseIsPreviewedFromItsLatestTwoMonths() throws Exception {
    server.makeVersion2(db);
    String was = System.getProperty(com.riskworkbench.analysis.Engine.MIN_LOAN_MONTHS_PROPERTY);
    System.setProperty(com.riskworkbench.analysis.Engine.MIN_LOAN_MONTHS_PROPERTY, "0");
    try {
      var service =
          new com.riskworkbench.service.FilePortfolioService(
              temp.resolve("data"), TapeSource.folder(temp.resolve("tape")));
      java.util.List<com.riskworkbench.service.PortfolioPreview> previews =
          new java.util.ArrayList<>();

      service.openDatabase(db.display(), db.user(), db.password(), Progress.NONE, previews::add);

      assertThat(previews).hasSize(1);
      assertThat(previews.get(0).inDatabase()).isTrue();
      assertThat(previews.get(0).groups())
          .containsOnlyKeys(java.time.YearMonth.of(2025, 2), java.time.YearMonth.of(2025, 3));
      // the as-of choices of the window: the months it has figures for
      assertThat(previews.get(0).months())
          .containsExactly(java.time.YearMonth.of(2025, 2), java.time.YearMonth.of(2025, 3));
      for (var m : previews.get(0).groups().keySet()) {
        assertThat(previews.get(0).groups().get(m))
            .containsExactlyInAnyOrderElementsOf(ActiveGroupsTest.GROUPS.get(m));
      }
    } finally {
      if (was == null) {
        System.clearProperty(com.riskworkbench.analysis.Engine.MIN_LOAN_MONTHS_PROPERTY);
      } else {
        System.setProperty(com.riskworkbench.analysis.Engine.MIN_LOAN_MONTHS_PROPERTY, was);
      }
    }
  }
}
