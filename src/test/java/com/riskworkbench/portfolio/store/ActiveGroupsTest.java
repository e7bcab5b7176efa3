package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import stores each month's ACTIVE groups (month_group, schema version 3), the repository
 * reads them back, and loading the book refuses a file whose groups and loan months disagree.
 */
class ActiveGroupsTest {
  /**
   * Four loans over 2025-01..2025-03 with days past due 0, 45 and 100, booked NORMAL, SUBSTANDARD,
   * LOSS or nothing; L1 pays off and L4 is charged off in 2025-03 (not ACTIVE then).
   */
  static final String LOANS =
      """
      loan_id,borrower_id,product,channel,origination_date,maturity_date,principal,interest_rate,term_months,risk_grade,guarantee_type
      L1,B1,Credit loan,Own app,2025-01-15,2026-01-15,12000.00,0.18,12,B,CREDIT
      L2,B2,Business loan,Branch,2025-02-03,2027-02-03,500000,0.09,24,A,GUARANTEED
      L3,B1,Credit loan,Own app,2025-01-20,2026-01-20,3000.00,0.18,12,B,CREDIT
      L4,B2,Business loan,Branch,2025-01-10,2026-01-10,8000.00,0.12,12,C,CREDIT
      """;

  static final String LOAN_MONTHS =
      """
      loan_id,month,balance,days_past_due,status,charge_off_amount,recovery_amount,five_category,provision
      L1,2025-01,12000.00,0,ACTIVE,,,NORMAL,
      L1,2025-02,11100.50,0,ACTIVE,,,NORMAL,
      L1,2025-03,0,0,PAID_OFF,,,,
      L2,2025-02,500000,0,ACTIVE,,,NORMAL,
      L2,2025-03,490000.10,45,ACTIVE,,,NORMAL,
      L3,2025-01,3000.00,0,ACTIVE,,,NORMAL,
      L3,2025-02,2500.25,45,ACTIVE,,,,
      L3,2025-03,2400.00,45,ACTIVE,,,SUBSTANDARD,
      L4,2025-01,8000.00,0,ACTIVE,,,,
      L4,2025-02,7000.00,45,ACTIVE,,,,
      L4,2025-03,0,100,CHARGED_OFF,7000.00,,LOSS,
      """;

  /**
   * The groups, worked out from the tape by hand (month, days past due, category, loans, balance),
   * ordered by month, days past due, no category first:
   *
   * <pre>
   * 2025-01  0 none    L4 8,000.00                          1   8,000.00
   * 2025-01  0 NORMAL  L1 12,000.00 + L3 3,000.00           2  15,000.00
   * 2025-02  0 NORMAL  L1 11,100.50 + L2 500,000.00         2 511,100.50
   * 2025-02 45 none    L3 2,500.25 + L4 7,000.00            2   9,500.25
   * 2025-03 45 NORMAL  L2 490,000.10                        1 490,000.10
   * 2025-03 45 SUBST.  L3 2,400.00                          1   2,400.00
   * </pre>
   *
   * L1 PAID_OFF and L4 CHARGED_OFF in 2025-03 are in no group.
   */
  static final List<String> STORED =
      List.of(
          "2025-01-01 0 null 1 8000.00",
          "2025-01-01 0 NORMAL 2 15000.00",
          "2025-02-01 0 NORMAL 2 511100.50",
          "2025-02-01 45 null 2 9500.25",
          "2025-03-01 45 NORMAL 1 490000.10",
          "2025-03-01 45 SUBSTANDARD 1 2400.00");

  /** The same groups as the repository returns them, balances in cents. */
  static final Map<YearMonth, List<ActiveGroup>> GROUPS =
      Map.of(
          YearMonth.of(2025, 1),
          List.of(
              new ActiveGroup(0, Optional.empty(), 1, 800_000L),
              new ActiveGroup(0, Optional.of(BookedCategory.NORMAL), 2, 1_500_000L)),
          YearMonth.of(2025, 2),
          List.of(
              new ActiveGroup(0, Optional.of(BookedCategory.NORMAL), 2, 51_110_050L),
              new ActiveGroup(45, Optional.empty(), 2, 950_025L)),
          YearMonth.of(2025, 3),
          List.of(
              new ActiveGroup(45, Optional.of(BookedCategory.NORMAL), 1, 49_000_010L),
              new ActiveGroup(45, Optional.of(BookedCategory.SUBSTANDARD), 1, 240_000L)));

  /** The valid tape with the four loans above. */
  static Map<String, String> tape() {
    Map<String, String> files = Tapes.valid();
    files.put("loans.csv", LOANS);
    files.put("loan_months.csv", LOAN_MONTHS);
    return files;
  }

  /**
   * month_group's rows as text, "2025-01-01 0 null 1 8000.00", in the order of {@link #STORED};
   * {@code month} is the column's name as this database needs it (H2 reserves MONTH: quoted).
   */
  static List<String> storedRows(Connection c, String month) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT "
                    + month
                    + ", days_past_due, five_category, loans, balance FROM month_group ORDER BY "
                    + month
                    + ", days_past_due, five_category NULLS FIRST")) {
      while (rs.next()) {
        rows.add(
            rs.getObject(1, java.time.LocalDate.class)
                + " "
                + rs.getInt(2)
                + " "
                + rs.getString(3)
                + " "
                + rs.getInt(4)
                + " "
                + rs.getBigDecimal(5).toPlainString());
      }
    }
    return rows;
  }

  @TempDir Path temp;

  private Path imported() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), tape());
    Path file = temp.resolve("groups.mv.db");
    PortfolioImport.run(TapeSource.folder(tape), file, "Groups", false, Progress.NONE);
    return file;
  }

  private static Connection writable(Path file) throws Exception {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + PortfolioFiles.urlPath(file) + ";TRACE_LEVEL_FILE=0", "sa", "");
  }

  @Test
  void theImportStoresEachMonthsActiveGroups() throws Exception {
    Path file = imported();

    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      assertThat(repo.schemaVersion()).isEqualTo(3);
      assertThat(repo.activeGroups()).contains(GROUPS);
      assertThat(repo.activeGroups().orElseThrow().keySet())
          .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
      // The book's own rows make the same groups: loading accepts the file.
      assertThat(repo.load(Progress.NONE, Optional.empty()).rows()).isEqualTo(11);
    }
    try (Connection c = writable(file)) {
      assertThat(storedRows(c, "\"MONTH\"")).containsExactlyElementsOf(STORED);
    }
  }

  @Test
  void rowsThatNameTheSameGroupAreSummed() throws Exception {
    Path file = imported();
    // 2025-02 (0, NORMAL) stored as two rows, 1 loan 11,100.50 and 1 loan 500,000.00: together
    // 2 loans 511,100.50, the group as the import wrote it.
    try (Connection c = writable(file);
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE month_group SET loans = 1, balance = 11100.50 WHERE \"MONTH\" = DATE"
              + " '2025-02-01' AND five_category = 'NORMAL'");
      s.execute("INSERT INTO month_group VALUES (DATE '2025-02-01', 0, 'NORMAL', 1, 500000.00)");
    }

    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      assertThat(repo.activeGroups()).contains(GROUPS);
      assertThat(repo.load(Progress.NONE, Optional.empty()).rows()).isEqualTo(11);
    }
  }

  @Test
  void groupsWithAnAlteredBalanceAreRefusedWhenTheBookIsLoaded() throws Exception {
    Path file = imported();
    Path cache = Files.createDirectories(temp.resolve("cache"));
    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      repo.load(Progress.NONE, Optional.of(cache));
    }
    // One cent more on 2025-01 (0, NORMAL): 15,000.01 where L1 and L3 hold 15,000.00.
    try (Connection c = writable(file);
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE month_group SET balance = 15000.01 WHERE \"MONTH\" = DATE '2025-01-01'"
              + " AND five_category = 'NORMAL'");
    }
    String before = PortfolioOpenTest.sha256(file);

    // Also with the cache of the unaltered file beside it: the altered bytes have another hash.
    assertThatThrownBy(
            () -> {
              try (PortfolioRepository repo = PortfolioRepository.open(file)) {
                repo.load(Progress.NONE, Optional.of(cache));
              }
            })
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The portfolio file "
                + file
                + " is damaged or incomplete (was it truncated or copied while in use?).");
    assertThat(PortfolioOpenTest.sha256(file)).isEqualTo(before);
  }

  @Test
  void loanMonthsThatNoLongerMakeTheStoredGroupsAreRefused() throws Exception {
    Path file = imported();
    // L2 in 2025-03 moved from 45 to 30 days past due: group (30, NORMAL) is stored nowhere.
    try (Connection c = writable(file);
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE loan_month SET days_past_due = 30 WHERE loan_id = 'L2'"
              + " AND \"MONTH\" = DATE '2025-03-01'");
    }

    assertThatThrownBy(
            () -> {
              try (PortfolioRepository repo = PortfolioRepository.open(file)) {
                repo.load(Progress.NONE, Optional.empty());
              }
            })
        .isInstanceOf(PortfolioException.class)
        .hasMessageEndingWith(
            " is damaged or incomplete (was it truncated or copied while in use?).");
  }

  @Test
  void anUnknownCategoryInTheGroupsIsABadValue() throws Exception {
    Path file = HostilePortfolios.withBadValue(temp, "unknown-group-category");

    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      assertThatThrownBy(repo::activeGroups)
          .isInstanceOf(PortfolioException.class)
          .hasMessage(
              "The portfolio file "
                  + file
                  + " holds a value that no portfolio can have (an unknown booked category"
                  + " 'WATCH').");
    }
  }
}
