package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.portfolio.PortfolioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every attack of {@link HostilePortfolios} is refused with one sentence, and nothing runs. */
class HostilePortfolioTest {
  @TempDir Path temp;

  static Stream<String> attacks() {
    return HostilePortfolios.attacks().keySet().stream();
  }

  /** What the sentence names, for the attacks whose object is named in the statement. */
  static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("java-trigger", " contains a trigger PWN, "),
          Map.entry("trigger-class", " contains a trigger PWN, "),
          // the stored function or the view that calls it, whichever H2 stored first
          Map.entry("java-alias-behind-meta", " contains a "),
          Map.entry("alias-for-runtime-exec", " contains a stored function EXEC, "),
          Map.entry("view-file-write", " contains a view PWN, "),
          Map.entry("meta-view-file-write", " contains a view PORTFOLIO_META, "),
          Map.entry("linked-table", " contains a linked table PWN, "),
          Map.entry("aggregate-class", " contains a user-defined aggregate PWN, "),
          Map.entry("sequence", " contains a sequence PWN, "),
          Map.entry("domain", " contains a domain PWN, "),
          Map.entry("constant", " contains a constant PWN, "),
          Map.entry("synonym", " contains a synonym PWN, "),
          Map.entry("extra-index", " contains an index PWN, "),
          Map.entry("month-group-index", " contains an index PWN, "),
          Map.entry("month-group-trigger", " contains a trigger PWN, "),
          Map.entry("second-user", " contains a database user PWN, "),
          Map.entry("role", " contains a role PWN, "),
          Map.entry("dropped-table", " lacks tables, keys or indexes that every portfolio has"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void hostileFileIsRefusedBeforeAnythingInItRuns(String attack) throws Exception {
    Path marker = temp.resolve("marker-" + attack);
    Path file = HostilePortfolios.make(temp, attack, marker);
    String before = PortfolioOpenTest.sha256(file);

    assertThatThrownBy(() -> PortfolioRepository.open(file).close())
        .isInstanceOf(PortfolioException.class)
        .hasMessageStartingWith("The portfolio file " + file + " ")
        .hasMessageContaining(NAMED.getOrDefault(attack, " contains "))
        .hasMessageEndingWith(".")
        .hasMessageNotContaining("\n");
    assertThat(marker).doesNotExist();
    assertThat(PortfolioOpenTest.sha256(file)).isEqualTo(before);
  }

  static Stream<String> badValues() {
    return HostilePortfolios.badValues().keySet().stream();
  }

  /** Values no import writes, in a file of exactly the right schema: one sentence, no figures. */
  static final Map<String, String> BAD_VALUE =
      Map.ofEntries(
          Map.entry("unknown-status", "(an unknown loan status 'LATE')"),
          Map.entry("origination-year-0", "(loan L1 was originated on 0000-01-01)"),
          Map.entry(
              "month-year-9999", "(loan L2 has a month before its origination or after 2099)"),
          Map.entry(
              "balances-overflow",
              "(its balances add up to more than 1,000,000,000,000,000.00, more than any"
                  + " portfolio)"),
          Map.entry("negative-balance", "(loan L1 has a negative amount or days past due)"),
          Map.entry("unknown-action", "(an unknown action type 'EMAIL')"),
          Map.entry(
              "month-before-origination",
              "(loan L1 has a month before its origination or after 2099)"),
          Map.entry("net-assets-not-a-number", "(its net assets 'lots' are not an amount)"),
          Map.entry("tier1-not-a-number", "(its tier 1 net capital 'lots' is not an amount)"),
          Map.entry("unknown-booked-category", "(an unknown booked category 'WATCH')"),
          Map.entry("negative-provision", "(loan L1 has a negative amount or days past due)"),
          Map.entry("own-share-above-1", "(loan L2 has an own share outside 0 to 1)"),
          Map.entry("unknown-group-category", "(an unknown booked category 'WATCH')"),
          Map.entry(
              "negative-group-count",
              "(a negative count or amount in the active groups of 2025-02)"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void aValueNoImportWritesIsRefusedWhenTheBookIsLoaded(String bad) throws Exception {
    Path file = HostilePortfolios.withBadValue(temp, bad);
    String before = PortfolioOpenTest.sha256(file);

    assertThatThrownBy(
            () -> {
              try (PortfolioRepository repo = PortfolioRepository.open(file)) {
                repo.load(com.riskworkbench.common.Progress.NONE, java.util.Optional.empty());
              }
            })
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The portfolio file "
                + file
                + " holds a value that no portfolio can have "
                + BAD_VALUE.get(bad)
                + "; it was not opened.");
    assertThat(PortfolioOpenTest.sha256(file)).isEqualTo(before);
  }

  @Test
  void storageTypeOfAForeignClassIsRefusedBeforeItIsLoaded() throws Exception {
    Path marker = temp.resolve("marker-type");
    Path file = HostilePortfolios.foreignStorageType(temp, marker);

    assertThatThrownBy(() -> PortfolioRepository.open(file).close())
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The portfolio file "
                + file
                + " names the Java class "
                + HostilePortfolios.MarkerType.class.getName()
                + " in its storage, which a portfolio never does; it was not opened and nothing in"
                + " it ran.");
    assertThat(marker).doesNotExist();
  }

  /**
   * The attacks are real: H2 left to itself runs the trigger's Java code when it opens the file.
   */
  @Test
  void withoutTheChecksH2RunsTheTriggerOnOpen() throws Exception {
    Path marker = temp.resolve("marker-control");
    Path file = HostilePortfolios.make(temp, "java-trigger", marker);

    try (Connection c =
        DriverManager.getConnection(
            "jdbc:h2:file:" + PortfolioFiles.urlPath(file) + ";ACCESS_MODE_DATA=r", "sa", "")) {
      assertThat(c.isValid(1)).isTrue();
    }

    assertThat(marker).exists();
  }

  /** The second layer alone: H2 loads no class that a database names, in this process. */
  @Test
  void h2RefusesEveryClassThatADatabaseNames() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:classes", "sa", "");
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () -> s.execute("CREATE ALIAS GET_RUNTIME FOR 'java.lang.Runtime.getRuntime'"))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getErrorCode())
          .isEqualTo(org.h2.api.ErrorCode.ACCESS_DENIED_TO_CLASS_1);
    }
  }

  /** The third layer alone: the information schema of an opened file is checked too. */
  @Test
  void openedSchemaCheckRefusesCodeObjectsAndStrangeColumns() throws Exception {
    Path marker = temp.resolve("unused");
    for (String attack : new String[] {"sequence", "default-file-write", "column-type"}) {
      Path file = HostilePortfolios.make(temp, attack, marker);
      try (Connection c =
          DriverManager.getConnection(
              "jdbc:h2:file:" + PortfolioFiles.urlPath(file) + ";ACCESS_MODE_DATA=r", "sa", "")) {
        assertThatThrownBy(() -> OpenSchemaCheck.check(file, DSL.using(c, SQLDialect.H2)))
            .isInstanceOf(PortfolioException.class)
            .hasMessageStartingWith("The portfolio file " + file + " contains ");
      }
    }
    Path valid = HostilePortfolios.valid(temp, "plain");
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:h2:file:" + PortfolioFiles.urlPath(valid) + ";ACCESS_MODE_DATA=r", "sa", "")) {
      OpenSchemaCheck.check(valid, DSL.using(c, SQLDialect.H2));
    }
    assertThat(Files.exists(marker)).isFalse();
  }
}
