package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.tape.TapeSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of schema versions 1 and 2 (written by the program before versions 2 and 3, kept as bytes
 * in src/test/resources/fixtures) still open, unchanged and with the same figures; a new file is
 * version 3; a file must be exactly one version, tables and label alike.
 */
class SchemaVersionsTest {
  @TempDir Path temp;

  /** The committed version-1 file, copied so that a failing test cannot damage it. */
  private Path v1File() throws IOException {
    return fixture("schema-v1.mv.db");
  }

  /** The committed version-2 file: the same tape, imported by the program before version 3. */
  private Path v2File() throws IOException {
    return fixture("schema-v2.mv.db");
  }

  private Path fixture(String name) throws IOException {
    Path file = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  /** The same tape, imported now: a version-3 file. */
  private Path v3File() throws Exception {
    Path tape = temp.resolve("tape");
    Files.createDirectories(tape);
    for (String f : new String[] {"borrowers.csv", "loans.csv", "loan_months.csv"}) {
      try (InputStream in = getClass().getResourceAsStream("/fixtures/schema-v1-tape/" + f)) {
        Files.copy(in, tape.resolve(f));
      }
    }
    Path file = temp.resolve("schema-v3.mv.db");
    PortfolioImport.run(TapeSource.folder(tape), file, "schema-v3", false, Progress.NONE);
    return file;
  }

  @Test
  void aVersion1FileOpensWithItsFiguresAndItsBytesUnchanged() throws Exception {
    Path file = v1File();
    String before = PortfolioOpenTest.sha256(file);

    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      assertThat(repo.schemaVersion()).isEqualTo(1);
      PortfolioInfo info = repo.info();
      // The fixture tape: B1, B2; L1, L2, L3; 3 + 2 + 3 = 8 months from 2025-01 to 2025-03.
      assertThat(info.borrowers()).isEqualTo(2);
      assertThat(info.loans()).isEqualTo(3);
      assertThat(info.loanMonths()).isEqualTo(8);
      assertThat(info.firstMonth()).contains(YearMonth.of(2025, 1));
      assertThat(info.lastMonth()).contains(YearMonth.of(2025, 3));
      // 2025-03: L1 paid off; L2 490,000.10 and L3 8,000.00 ACTIVE = 498,000.10.
      assertThat(repo.snapshot(YearMonth.of(2025, 3)).activeLoans()).isEqualTo(2);
      assertThat(repo.snapshot(YearMonth.of(2025, 3)).outstandingCents()).isEqualTo(49_800_010L);
      LoadedPortfolio p = repo.load(Progress.NONE, Optional.empty());
      assertThat(p.rows()).isEqualTo(8);
      assertThat(p.hasBookedCategories()).isFalse();
      assertThat(p.hasProvisions()).isFalse();
      assertThat(p.rowCategory()).containsOnly(LoadedPortfolio.NO_CATEGORY);
      assertThat(p.rowProvision()).containsOnly(LoadedPortfolio.NO_AMOUNT);
      assertThat(p.loanPartner()).containsOnly(LoadedPortfolio.NO_CODE);
      assertThat(p.borrowerGroup()).containsOnly(LoadedPortfolio.NO_CODE);
      // credit_score is a version-1 column: B1 scores 700, B2 none.
      assertThat(p.borrowerScore()).containsExactly(700, LoadedPortfolio.NO_SCORE);
      assertThat(p.tier1NetCapitalCents()).isEmpty();
    }

    assertThat(PortfolioOpenTest.sha256(file)).isEqualTo(before);
  }

  @Test
  void aVersion2FileOpensWithTheSameBookAndNoActiveGroups() throws Exception {
    LoadedPortfolio old;
    try (PortfolioRepository repo = PortfolioRepository.open(v1File())) {
      old = repo.load(Progress.NONE, Optional.empty());
    }
    Path file = v2File();
    String before = PortfolioOpenTest.sha256(file);
    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      assertThat(repo.schemaVersion()).isEqualTo(2);
      // Version 2 has no month_group: the window computes the dashboard from the book.
      assertThat(repo.activeGroups()).isEmpty();
      // 2025-03: L2 490,000.10 and L3 8,000.00 ACTIVE = 498,000.10, from month_summary.
      assertThat(repo.snapshot(YearMonth.of(2025, 3)).outstandingCents()).isEqualTo(49_800_010L);
      LoadedPortfolio now = repo.load(Progress.NONE, Optional.empty());
      assertThat(now.loanIds()).containsExactly(old.loanIds());
      assertThat(now.rowMonth()).containsExactly(old.rowMonth());
      assertThat(now.rowBalance()).containsExactly(old.rowBalance());
      assertThat(now.rowStatus()).containsExactly(old.rowStatus());
    }
    assertThat(PortfolioOpenTest.sha256(file)).isEqualTo(before);
  }

  @Test
  void theSameTapeImportedNowIsVersion3WithTheSameBook() throws Exception {
    LoadedPortfolio old;
    try (PortfolioRepository repo = PortfolioRepository.open(v1File())) {
      old = repo.load(Progress.NONE, Optional.empty());
    }
    try (PortfolioRepository repo = PortfolioRepository.open(v3File())) {
      assertThat(repo.schemaVersion()).isEqualTo(3);
      assertThat(repo.activeGroups()).isPresent();
      LoadedPortfolio now = repo.load(Progress.NONE, Optional.empty());
      assertThat(now.loanIds()).containsExactly(old.loanIds());
      assertThat(now.rowMonth()).containsExactly(old.rowMonth());
      assertThat(now.rowBalance()).containsExactly(old.rowBalance());
      assertThat(now.rowDpd()).containsExactly(old.rowDpd());
      assertThat(now.rowStatus()).containsExactly(old.rowStatus());
      assertThat(now.loanPrincipal()).containsExactly(old.loanPrincipal());
      assertThat(now.rowCategory()).containsOnly(LoadedPortfolio.NO_CATEGORY);
    }
  }

  @Test
  void theStoredObjectsOfEachVersionAreExactlyItsList() throws Exception {
    assertThat(storedKeys(v1File())).isEqualTo(listed("/db/v1/h2-objects.txt"));
    assertThat(storedKeys(v2File())).isEqualTo(listed("/db/v2/h2-objects.txt"));
    assertThat(storedKeys(v3File())).isEqualTo(listed("/db/v3/h2-objects.txt"));
  }

  @Test
  void theOpenedSchemaCheckTellsTheVersionByTheColumns() throws Exception {
    for (Path file : new Path[] {v1File(), v2File(), v3File()}) {
      try (Connection c =
          DriverManager.getConnection(
              "jdbc:h2:file:" + PortfolioFiles.urlPath(file) + ";ACCESS_MODE_DATA=r", "sa", "")) {
        // schema-v1.mv.db, schema-v2.mv.db, schema-v3.mv.db
        int expected = file.getFileName().toString().charAt("schema-v".length()) - '0';
        assertThat(OpenSchemaCheck.check(file, DSL.using(c, SQLDialect.H2))).isEqualTo(expected);
      }
    }
  }

  @Test
  void version2TablesLabelledVersion1AreRefused() throws Exception {
    Path file = v2File();
    setSchemaVersion(file, "1");

    assertThatThrownBy(() -> PortfolioRepository.open(file).close())
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The portfolio file "
                + file
                + " says it is of schema version 1 but has the tables of version 2; it was not"
                + " opened.");
  }

  @Test
  void version3TablesLabelledVersion2AreRefused() throws Exception {
    Path file = v3File();
    setSchemaVersion(file, "2");

    assertThatThrownBy(() -> PortfolioRepository.open(file).close())
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The portfolio file "
                + file
                + " says it is of schema version 2 but has the tables of version 3; it was not"
                + " opened.");
  }

  @Test
  void version1TablesLabelledVersion2AreRefused() throws Exception {
    Path file = v1File();
    setSchemaVersion(file, "2");

    assertThatThrownBy(() -> PortfolioRepository.open(file).close())
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The portfolio file "
                + file
                + " says it is of schema version 2 but has the tables of version 1; it was not"
                + " opened.");
  }

  @Test
  void aVersion1TableBesideVersion2TablesIsRefusedBeforeTheOpen() throws Exception {
    Path file = v2File();
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + PortfolioFiles.urlPath(file), "sa", "");
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE BORROWER DROP COLUMN GROUP_ID");
    }

    assertThatThrownBy(() -> PortfolioRepository.open(file).close())
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The portfolio file "
                + file
                + " lacks tables, keys or indexes that every portfolio has; it was not opened.");
  }

  private static void setSchemaVersion(Path file, String version) throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + PortfolioFiles.urlPath(file), "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE PORTFOLIO_META SET \"VALUE\" = '"
              + version
              + "' WHERE \"KEY\" = 'schema_version'");
    }
  }

  /**
   * The file's stored schema statements as SchemaObjects compares them; user and settings aside.
   */
  private static Set<String> storedKeys(Path file) throws Exception {
    return StoredSchema.read(file).stream()
        .filter(s -> s.type() != 2 && s.type() != 6)
        .map(s -> SchemaObjects.key(s.type(), s.sql()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> listed(String resource) throws IOException {
    try (InputStream in = SchemaVersionsTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
