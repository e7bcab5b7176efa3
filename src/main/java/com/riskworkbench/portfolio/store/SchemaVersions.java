package com.riskworkbench.portfolio.store;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;
import static com.riskworkbench.portfolio.db.Tables.MONTH_GROUP;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.PortfolioException;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;

/** Which schema versions this program reads, and the sentence for one it does not. */
final class SchemaVersions {
  /**
   * The columns version 2 added (docs/methodology.md §1.1): a version-1 portfolio has the same
   * tables without them, and is read without selecting them.
   */
  static final Set<Field<?>> ADDED_IN_V2 =
      Set.of(
          BORROWER.GROUP_ID,
          LOAN.FUNDING_PARTNER,
          LOAN.OWN_SHARE,
          LOAN_MONTH.FIVE_CATEGORY,
          LOAN_MONTH.PROVISION);

  /**
   * The table version 3 added: each month's ACTIVE rows by days past due and booked category. A
   * version-2 portfolio is the same without it; so is a version-1 one, without the columns above.
   */
  static final Table<?> ADDED_IN_V3 = MONTH_GROUP;

  private SchemaVersions() {}

  /**
   * Refuses a file whose tables are those of one schema version while its {@code schema_version}
   * names another: the tables, not the label, say how the file is read.
   */
  static void checkMatches(Message subject, int tablesVersion, String version)
      throws PortfolioException {
    if (!Integer.toString(tablesVersion).equals(String.valueOf(version).trim())) {
      throw new PortfolioException(
          Message.of(
              "portfolio.versionMismatch",
              subject,
              SchemaObjects.printable(String.valueOf(version)),
              Integer.toString(tablesVersion)));
    }
  }

  /**
   * Refuses a portfolio whose {@code portfolio_meta.schema_version} is missing, malformed, older
   * than 1 or newer than {@link PortfolioFiles#SCHEMA_VERSION}.
   *
   * @param subject "The portfolio file /a/b.mv.db" or "The database jdbc:...", for the message
   */
  static void check(Message subject, String version, boolean inDatabase) throws PortfolioException {
    int v;
    try {
      v = Integer.parseInt(String.valueOf(version).trim());
    } catch (NumberFormatException e) {
      if (version == null && !inDatabase) {
        // Every import writes it last: a file without it holds an earlier, unfinished state.
        throw new PortfolioException(Message.of("portfolio.subjectDamaged", subject));
      }
      throw new PortfolioException(
          Message.of(
              "portfolio.badSchemaVersion",
              subject,
              SchemaObjects.printable(String.valueOf(version))));
    }
    if (v > PortfolioFiles.SCHEMA_VERSION) {
      throw new PortfolioException(
          Message.of("portfolio.newer", subject, v, PortfolioFiles.SCHEMA_VERSION));
    }
    if (v < 1) {
      throw new PortfolioException(Message.of("portfolio.unknownVersion", subject, v));
    }
  }
}
