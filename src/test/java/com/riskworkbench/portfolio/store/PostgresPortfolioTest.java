package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.tape.TapeImportException;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import com.riskworkbench.testing.PgServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import into and reading from a real PostgreSQL server. The tape is {@link Tapes#valid()}: 2
 * borrowers, 2 loans, 5 loan months over 2025-01..2025-03, 1 collection action, 1 fraud case.
 */
@Timeout(120)
class PostgresPortfolioTest {
  static final PgServer server = PgServer.get();

  @TempDir Path temp;
  PortfolioLocation.Postgres db;
  Path tape;

  @BeforeEach
  void freshDatabase() throws Exception {
    db = server.newDatabase("rw_store");
    tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
  }

  void importValid(boolean force) throws PortfolioException {
    PortfolioImport.run(TapeSource.folder(tape), db, "Team book", force, Progress.NONE, Map.of());
  }

  @Test
  void importedTapeReadsBackWithItsCountsAndMonthTotals() throws Exception {
    importValid(false);

    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      PortfolioInfo info = repo.info();
      assertThat(info.name()).isEqualTo("Team book");
      assertThat(info.schemaVersion()).isEqualTo(3);
      assertThat(info.location()).isEqualTo(db);
      assertThat(info.firstMonth()).contains(YearMonth.of(2025, 1));
      assertThat(info.lastMonth()).contains(YearMonth.of(2025, 3));
      assertThat(info.months()).isEqualTo(3);
      assertThat(
              new long[] {
                info.borrowers(),
                info.loans(),
                info.loanMonths(),
                info.collectionActions(),
                info.fraudCases()
              })
          .containsExactly(2, 2, 5, 1, 1);
      // 2025-02: L1 11,100.50 + L2 500,000.00 ACTIVE; 2025-03: L1 paid off, L2 490,000.10.
      assertThat(repo.snapshot(YearMonth.of(2025, 2)))
          .isEqualTo(new BookSnapshot(YearMonth.of(2025, 2), 2, 51_110_050L));
      assertThat(repo.snapshot(YearMonth.of(2025, 3)))
          .isEqualTo(new BookSnapshot(YearMonth.of(2025, 3), 1, 49_000_010L));
      // 张伟's name survives the COPY text encoding; the enterprise has no ID number.
      assertThat(repo.borrowerIdentities(java.util.List.of("B1", "B2")))
          .containsEntry(
              "B1",
              new com.riskworkbench.portfolio.PersonalData(
                  Optional.of("张伟"), Optional.of("110101199003071236")))
          .containsEntry(
              "B2",
              new com.riskworkbench.portfolio.PersonalData(
                  Optional.of("Hangzhou Trading, Ltd"), Optional.empty()));
      assertThat(repo.meta("import_id")).isPresent();
    }
  }

  @Test
  void optionalInputsReadBackFromTheDatabase() throws Exception {
    Path booked = Tapes.write(temp.resolve("booked"), Tapes.withOptionalInputs());
    PortfolioImport.run(TapeSource.folder(booked), db, "Team book", false, Progress.NONE, Map.of());

    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      LoadedPortfolio p = repo.load(Progress.NONE, Optional.empty());
      int l2 = p.loanIndex("L2");
      int march = Months.ordinal(YearMonth.of(2025, 3));
      // As the tape books it: L2 NORMAL (0) with 4,900.00 in 2025-03, co-lent with Bank P at 30 %.
      assertThat(p.rowCategory()[p.rowAt(l2, march)]).isEqualTo((byte) 0);
      assertThat(p.rowProvision()[p.rowAt(l2, march)]).isEqualTo(490_000L);
      assertThat(p.partners().value(p.loanPartner()[l2])).isEqualTo("Bank P");
      assertThat(p.loanOwnShare()[l2]).isEqualTo(0.3);
      assertThat(p.groups().value(p.borrowerGroup()[p.loanBorrower()[l2]])).isEqualTo("G-Hangzhou");
      assertThat(p.borrowerScore()[p.loanBorrower()[l2]]).isEqualTo(LoadedPortfolio.NO_SCORE);
      assertThat(p.borrowerScore()[p.loanBorrower()[p.loanIndex("L1")]]).isEqualTo(700);
      assertThat(p.tier1NetCapitalCents()).hasValue(120_000_000L);
    }
  }

  @Test
  void aVersion1DatabaseIsReadWithoutTheColumnsItLacks() throws Exception {
    importValid(false);
    // What the previous program left in a team database: the version-1 tables.
    server.makeVersion1(db);

    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      assertThat(repo.schemaVersion()).isEqualTo(1);
      LoadedPortfolio p = repo.load(Progress.NONE, Optional.empty());
      // The valid tape: 5 loan months; 2025-03 L2 490,000.10; nothing booked.
      assertThat(p.rows()).isEqualTo(5);
      assertThat(p.rowBalance()[p.rowAt(p.loanIndex("L2"), Months.ordinal(YearMonth.of(2025, 3)))])
          .isEqualTo(49_000_010L);
      assertThat(p.hasBookedCategories()).isFalse();
      assertThat(p.loanPartner()).containsOnly(LoadedPortfolio.NO_CODE);
    }
  }

  @Test
  void failingImportLeavesThePreviousPortfolioAndNoStagingSchema() throws Exception {
    importValid(false);
    String firstImport;
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      firstImport = repo.meta("import_id").orElseThrow();
    }
    Map<String, String> bad = Tapes.valid();
    bad.put("loan_months.csv", Tapes.LOAN_MONTHS.replace("490000.10", "-1.00"));
    Path badTape = Tapes.write(temp.resolve("bad"), bad);

    assertThatThrownBy(
            () ->
                PortfolioImport.run(
                    TapeSource.folder(badTape), db, "x", true, Progress.NONE, Map.of()))
        .isInstanceOf(TapeImportException.class);

    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      assertThat(repo.meta("import_id")).contains(firstImport);
      assertThat(repo.info().loanMonths()).isEqualTo(5);
    }
    try (Connection c = server.admin(PgServer.databaseOf(db));
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.schemata"
                    + " WHERE schema_name LIKE '%rw_importing%'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void replacingAPortfolioNeedsForceAndGivesANewImportId() throws Exception {
    importValid(false);
    String first;
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      first = repo.meta("import_id").orElseThrow();
    }

    assertThatThrownBy(() -> importValid(false))
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The database "
                + db.display()
                + " already holds a portfolio; replace it explicitly (import --force) or use"
                + " another database.");

    importValid(true);
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      assertThat(repo.meta("import_id")).isPresent().get().isNotEqualTo(first);
      assertThat(repo.info().loans()).isEqualTo(2);
    }
    // The month index the analyses in the database read by came with the second import too: one
    // index of that name, in the portfolio's schema, none left in a staging schema.
    try (Connection c = server.admin(PgServer.databaseOf(db));
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT schemaname, tablename, indexdef FROM pg_indexes"
                    + " WHERE indexname = 'ix_loan_month_month'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("public");
      assertThat(rs.getString(2)).isEqualTo("loan_month");
      assertThat(rs.getString(3)).endsWith("(month)");
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void readingIsOneReadOnlyRepeatableReadTransactionWithCursors() throws Exception {
    importValid(false);
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      Connection c = repo.connection();
      assertThat(c.getAutoCommit()).isFalse();
      try (Statement s = c.createStatement()) {
        assertThat(show(s, "transaction_read_only")).isEqualTo("on");
        assertThat(show(s, "transaction_isolation")).isEqualTo("repeatable read");
        assertThatThrownBy(() -> s.execute("DELETE FROM loan_month"))
            .hasMessageContaining("read-only transaction");
      }
    }
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      // 25,000 rows through the loader's statement: with autocommit off and a fetch size, the
      // driver reads them through a named portal (a cursor), FETCH_SIZE rows at a time.
      try (PreparedStatement ps = repo.streaming("SELECT g FROM generate_series(1, 25000) g");
          ResultSet rs = ps.executeQuery()) {
        assertThat(ps.getFetchSize()).isEqualTo(PortfolioRepository.FETCH_SIZE);
        rs.next();
        try (Statement s = repo.connection().createStatement();
            ResultSet cursors =
                s.executeQuery("SELECT count(*) FROM pg_cursors WHERE name <> ''")) {
          cursors.next();
          assertThat(cursors.getInt(1)).as("open cursors while streaming").isPositive();
        }
      }
    }
  }

  private static String show(Statement s, String setting) throws Exception {
    try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void analystRoleReadsButCannotImportAndKeepsReadingAfterAReimport() throws Exception {
    String suffix = "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
    String writer = "rw_writer" + suffix;
    String analyst = "rw_analyst" + suffix;
    String database = PgServer.databaseOf(db);
    // The README's SQL for the two roles.
    try (Connection c = server.admin(database);
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + writer + " LOGIN PASSWORD 'w-secret'");
      s.execute("CREATE ROLE " + analyst + " LOGIN PASSWORD 'a-secret'");
      s.execute("GRANT CONNECT, CREATE ON DATABASE " + database + " TO " + writer);
      s.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + writer);
      s.execute("GRANT CONNECT ON DATABASE " + database + " TO " + analyst);
      s.execute("GRANT USAGE ON SCHEMA public TO " + analyst);
      s.execute(
          "ALTER DEFAULT PRIVILEGES FOR ROLE " + writer + " GRANT SELECT ON TABLES TO " + analyst);
    }
    PortfolioLocation.Postgres asWriter =
        new PortfolioLocation.Postgres(
            db.url(), Optional.of(writer), Optional.of("w-secret".toCharArray()));
    PortfolioLocation.Postgres asAnalyst =
        new PortfolioLocation.Postgres(
            db.url(), Optional.of(analyst), Optional.of("a-secret".toCharArray()));

    PortfolioImport.run(TapeSource.folder(tape), asWriter, "Team", false, Progress.NONE, Map.of());
    try (PortfolioRepository repo = PortfolioRepository.open(asAnalyst, Map.of())) {
      assertThat(repo.info().loanMonths()).isEqualTo(5);
    }
    assertThatThrownBy(
            () ->
                PortfolioImport.run(
                    TapeSource.folder(tape), asAnalyst, "x", true, Progress.NONE, Map.of()))
        .isInstanceOf(PortfolioException.class)
        .hasMessageStartingWith(
            "The database user may not create a portfolio in " + asAnalyst.display())
        .hasMessageContaining("permission denied");

    PortfolioImport.run(TapeSource.folder(tape), asWriter, "Team 2", true, Progress.NONE, Map.of());
    try (PortfolioRepository repo = PortfolioRepository.open(asAnalyst, Map.of())) {
      assertThat(repo.info().name()).isEqualTo("Team 2");
    }
  }
}
