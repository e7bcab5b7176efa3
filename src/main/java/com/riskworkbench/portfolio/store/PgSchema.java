package com.riskworkbench.portfolio.store;

import com.riskworkbench.portfolio.PortfolioException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The portfolio schema on PostgreSQL: the same versioned scripts as H2, the tables of one portfolio
 * per database schema, and the advisory lock that marks an import in progress
 * (docs/decisions/0005).
 */
final class PgSchema {
  /**
   * Every table of a portfolio of any schema version, in the one order in which importers and
   * readers lock them, so that a reader and the import's final swap can never deadlock. A reader
   * locks these: a version-3 database also has {@code month_group}, which no import can swap away
   * while a reader holds {@code portfolio_meta}, the first table every swap locks.
   */
  static final List<String> TABLES =
      List.of(
          "portfolio_meta",
          "borrower",
          "loan",
          "loan_month",
          "collection_action",
          "fraud_case",
          "data_quality_finding",
          "month_summary");

  /** The tables an import writes and swaps in: {@link #TABLES}, then version 3's month_group. */
  static final List<String> WRITTEN =
      java.util.stream.Stream.concat(TABLES.stream(), java.util.stream.Stream.of("month_group"))
          .toList();

  /** First key of the import lock ("RWKB"); the second is derived from the schema name. */
  static final int IMPORT_LOCK_CLASS = 0x52574B42;

  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,40}");

  private PgSchema() {}

  /**
   * The scripts' statements for PostgreSQL: the names H2 needs quoted (KEY, VALUE, MONTH) unquoted,
   * so that they fold to the lower-case names the generated classes render with {@code
   * RenderQuotedNames.NEVER}.
   */
  static List<String> statements(String resource) {
    return SchemaScripts.statements(resource).stream().map(s -> s.replace("\"", "")).toList();
  }

  /**
   * What an import runs once the rows are in: the scripts' constraints, which the importer has
   * checked row by row, as {@code NOT VALID} — PostgreSQL's NOCHECK (docs/decisions/0002): enforced
   * from now on, not re-verified — then the index the analyses run in the database need beyond the
   * keys: most of them read one month or a few of {@code loan_month} (docs/decisions/0008,
   * "Indexes").
   */
  static List<String> finishing() {
    List<String> out = new java.util.ArrayList<>();
    for (String sql : statements(SchemaScripts.CONSTRAINTS)) {
      out.add(sql.startsWith("ALTER TABLE") ? sql + " NOT VALID" : sql);
    }
    out.add("CREATE INDEX ix_loan_month_month ON loan_month (month)");
    return out;
  }

  /** The schema the connection's tables resolve to ({@code public} unless the URL says else). */
  static String currentSchema(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT current_schema()");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      String s = rs.getString(1);
      return s == null ? "public" : s;
    }
  }

  /** Refuses a schema name that would need quoting: it is put into DDL text. */
  static String checkedName(String schema) throws PortfolioException {
    if (!PLAIN_NAME.matcher(schema).matches()) {
      throw new PortfolioException(
          "The database schema '"
              + schema
              + "' has a name this program does not use; choose one of lower-case letters, digits and _.");
    }
    return schema;
  }

  static String stagingSchema(String schema) {
    return schema + "_rw_importing";
  }

  /** Second key of the import lock of a schema. */
  static int importLockKey(String schema) {
    return schema.hashCode();
  }

  /** Whether another session holds the import lock of {@code schema} in this database. */
  static boolean importInProgress(Connection c, String schema) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 2"
                + " AND pid <> pg_backend_pid()")) {
      ps.setLong(1, IMPORT_LOCK_CLASS & 0xffffffffL);
      ps.setLong(2, importLockKey(schema) & 0xffffffffL);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** Whether {@code schema} holds a portfolio (its portfolio_meta table is visible). */
  static boolean hasPortfolio(Connection c, String schema) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      ps.setString(1, schema + ".portfolio_meta");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
