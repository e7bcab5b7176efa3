package com.riskworkbench.portfolio.store;

import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.PortfolioSink;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes a portfolio into a PostgreSQL database in one transaction (docs/decisions/0005): the rows
 * stream through the COPY protocol into fresh tables in a staging schema; {@link #finish()} adds
 * the constraints, then swaps the new tables in for the previous portfolio's and commits. Until
 * that commit, every reader sees the previous portfolio, complete; {@link #close()} without {@code
 * finish()} rolls everything back, and so does the server when the program dies.
 */
public final class PgPortfolioWriter implements PortfolioSink {
  /** Characters buffered before they are sent to the server. */
  private static final int SEND_AT = 1 << 18;

  private final PortfolioLocation.Postgres location;
  private final Clock clock;
  private final Connection connection;
  private final CopyManager copyManager;
  private final String schema;
  private final String staging;
  private final Map<String, String> meta = new LinkedHashMap<>();
  private final StringBuilder rows = new StringBuilder(SEND_AT + 4096);
  private CopyIn copy;
  private String copyTable;
  private int findingId;
  private boolean finished;

  /** month_summary and month_group, counted while the months stream. */
  private final MonthTotals monthTotals = new MonthTotals();

  private LocalDate lastMonthKey;
  private String lastMonthText;

  private PgPortfolioWriter(
      PortfolioLocation.Postgres location, Map<String, String> env, boolean overwrite, Clock clock)
      throws PortfolioException {
    this.location = location;
    this.clock = clock;
    this.connection = PgConnections.connect(location, env, "Risk Workbench import");
    try {
      this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
      this.schema = PgSchema.checkedName(PgSchema.currentSchema(connection));
      this.staging = PgSchema.stagingSchema(schema);
      lockOutOtherImports();
      checkPrevious(overwrite);
      try (Statement s = connection.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + staging + " CASCADE");
        s.execute("CREATE SCHEMA " + staging);
        s.execute("SET LOCAL search_path TO " + staging);
        for (String sql : PgSchema.statements(SchemaScripts.TABLES)) {
          s.execute(sql);
        }
      }
    } catch (SQLException e) {
      PgConnections.closeQuietly(connection);
      throw PgConnections.explain(location, PgConnections.CREATE, e);
    } catch (PortfolioException | RuntimeException e) {
      PgConnections.closeQuietly(connection);
      throw e;
    }
  }

  /**
   * Starts a new portfolio in the database of {@code location} (in the URL's current schema, {@code
   * public} by default). Fails when another import into it is running, or when it already holds a
   * portfolio and {@code overwrite} is false.
   */
  public static PgPortfolioWriter create(
      PortfolioLocation.Postgres location, Map<String, String> env, boolean overwrite)
      throws PortfolioException {
    return new PgPortfolioWriter(location, env, overwrite, Clock.systemUTC());
  }

  public static PgPortfolioWriter create(
      PortfolioLocation.Postgres location, Map<String, String> env, boolean overwrite, Clock clock)
      throws PortfolioException {
    return new PgPortfolioWriter(location, env, overwrite, clock);
  }

  private void lockOutOtherImports() throws SQLException, PortfolioException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
      ps.setInt(1, PgSchema.IMPORT_LOCK_CLASS);
      ps.setInt(2, PgSchema.importLockKey(schema));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          throw new PortfolioException(
              "Another import into "
                  + location.display()
                  + " is in progress; wait for it to finish and try again.");
        }
      }
    }
  }

  private void checkPrevious(boolean overwrite) throws SQLException, PortfolioException {
    if (!PgSchema.hasPortfolio(connection, schema)) {
      return;
    }
    if (!overwrite) {
      throw new PortfolioException(
          "The database "
              + location.display()
              + " already holds a portfolio; replace it explicitly (import --force) or use another database.");
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT value FROM " + schema + ".portfolio_meta WHERE key = 'schema_version'")) {
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          int v = Integer.parseInt(rs.getString(1).trim());
          if (v > PortfolioFiles.SCHEMA_VERSION) {
            throw new PortfolioException(
                "The database "
                    + location.display()
                    + " holds a portfolio of a newer Risk Workbench (schema version "
                    + v
                    + "); this program does not replace it.");
          }
        }
      } catch (NumberFormatException e) {
        // an unreadable version is replaced like any old portfolio
      }
    }
  }

  @Override
  public void meta(String key, String value) {
    meta.put(key, value);
  }

  @Override
  public void borrower(Borrower b) throws IOException {
    start(
        "borrower",
        "borrower_id, borrower_type, name, id_number, birth_date, region, city, industry,"
            + " annual_income, credit_score, group_id");
    text(b.borrowerId());
    text(b.type().name());
    text(b.name());
    text(b.idNumber());
    date(b.birthDate());
    text(b.region());
    text(b.city());
    text(b.industry());
    cents(b.annualIncomeCents());
    integer(b.creditScore());
    text(b.groupId());
    endRow();
  }

  @Override
  public void loan(Loan l) throws IOException {
    start(
        "loan",
        "loan_id, borrower_id, product, channel, origination_date, maturity_date, principal,"
            + " interest_rate, term_months, risk_grade, guarantee_type, funding_partner, own_share");
    text(l.loanId());
    text(l.borrowerId());
    text(l.product());
    text(l.channel());
    field(l.originationDate().toString());
    field(l.maturityDate().toString());
    field(cents(l.principalCents()));
    field(l.interestRate().toPlainString());
    field(Integer.toString(l.termMonths()));
    text(l.riskGrade());
    text(l.guaranteeType().name());
    text(l.fundingPartner());
    field(l.ownShare().map(BigDecimal::toPlainString).orElse("\\N"));
    endRow();
  }

  @Override
  public void loanMonth(LoanMonth m) throws IOException {
    start(
        "loan_month",
        "loan_id, month, balance, days_past_due, status, charge_off_amount, recovery_amount,"
            + " five_category, provision");
    LocalDate first = monthTotals.add(m);
    if (!first.equals(lastMonthKey)) {
      lastMonthKey = first;
      lastMonthText = first.toString();
    }
    text(m.loanId());
    field(lastMonthText);
    field(cents(m.balanceCents()));
    field(Integer.toString(m.daysPastDue()));
    field(m.status().name());
    cents(m.chargeOffCents());
    cents(m.recoveryCents());
    field(m.fiveCategory().map(Enum::name).orElse("\\N"));
    cents(m.provisionCents());
    endRow();
  }

  @Override
  public void collectionAction(CollectionAction a) throws IOException {
    start(
        "collection_action",
        "action_id, loan_id, action_date, action_type, outcome, amount_recovered");
    text(a.actionId());
    text(a.loanId());
    field(a.actionDate().toString());
    field(a.actionType().name());
    field(a.outcome().name());
    field(cents(a.amountRecoveredCents()));
    endRow();
  }

  @Override
  public void fraudCase(FraudCase f) throws IOException {
    start(
        "fraud_case",
        "case_id, loan_id, borrower_id, reported_date, fraud_type, detection_channel, status,"
            + " exposure, loss_amount, recovered_amount, root_cause, summary");
    text(f.caseId());
    text(f.loanId());
    text(f.borrowerId());
    field(f.reportedDate().toString());
    field(f.fraudType().name());
    field(f.detectionChannel().name());
    field(f.status().name());
    field(cents(f.exposureCents()));
    field(cents(f.lossCents()));
    field(cents(f.recoveredCents()));
    text(f.rootCause());
    text(f.summary());
    endRow();
  }

  @Override
  public void finding(DataQualityFinding f) throws IOException {
    start("data_quality_finding", "finding_id, kind, loan_id, detail");
    field(Integer.toString(++findingId));
    field(f.kind().name());
    text(f.loanId());
    text(f.detail());
    endRow();
  }

  // --- COPY text format: tab-separated, \N for NULL, backslash escapes -------------------------

  private void start(String table, String columns) throws IOException {
    if (table.equals(copyTable)) {
      return;
    }
    try {
      endCopy();
      copy =
          copyManager.copyIn(
              "COPY " + staging + "." + table + " (" + columns + ") FROM STDIN (FORMAT text)");
      copyTable = table;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private void endCopy() throws SQLException {
    if (copy == null) {
      return;
    }
    send();
    copy.endCopy();
    copy = null;
    copyTable = null;
  }

  private void send() throws SQLException {
    if (rows.length() > 0) {
      byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      rows.setLength(0);
    }
  }

  private void endRow() throws IOException {
    rows.setCharAt(rows.length() - 1, '\n');
    if (rows.length() >= SEND_AT) {
      try {
        send();
      } catch (SQLException e) {
        throw failure(e);
      }
    }
  }

  /** A field that needs no escaping (numbers, dates, enum names), then the separator. */
  private void field(String v) {
    rows.append(v).append('\t');
  }

  private void text(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '\\' -> rows.append("\\\\");
        case '\t' -> rows.append("\\t");
        case '\n' -> rows.append("\\n");
        case '\r' -> rows.append("\\r");
        default -> rows.append(c);
      }
    }
    rows.append('\t');
  }

  private void text(Optional<String> v) {
    if (v.isPresent()) {
      text(v.get());
    } else {
      field("\\N");
    }
  }

  private void date(Optional<LocalDate> v) {
    field(v.isPresent() ? v.get().toString() : "\\N");
  }

  private void cents(OptionalLong v) {
    field(v.isPresent() ? cents(v.getAsLong()) : "\\N");
  }

  private void integer(OptionalInt v) {
    field(v.isPresent() ? Integer.toString(v.getAsInt()) : "\\N");
  }

  /** Cents as a decimal literal: 12345 → 123.45, -5 → -0.05. */
  static String cents(long cents) {
    long abs = Math.abs(cents);
    long units = abs / 100;
    int rest = (int) (abs % 100);
    return (cents < 0 ? "-" : "") + units + (rest < 10 ? ".0" : ".") + rest;
  }

  // --- finish: totals, meta, constraints, swap
  // ----------------------------------------------------

  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    try {
      endCopy();
      writeMonthTables();
      writeMeta();
      try (Statement s = connection.createStatement()) {
        s.execute("SET LOCAL search_path TO " + staging);
        for (String sql : PgSchema.finishing()) {
          s.execute(sql);
        }
        for (String table : PgSchema.WRITTEN) {
          s.execute("ANALYZE " + staging + "." + table);
        }
        swap(s);
      }
      connection.commit();
      finished = true;
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      if (finished) {
        PgConnections.closeQuietly(connection);
      }
    }
  }

  /**
   * Replaces the previous portfolio's tables by the new ones. The locks are taken in {@link
   * PgSchema#TABLES} order, the order readers take theirs in, so a reader that is still loading
   * only makes the swap wait; readers arriving now wait for the commit and then see the new
   * portfolio.
   */
  private void swap(Statement s) throws SQLException {
    s.execute("SET LOCAL search_path TO " + schema);
    List<String> existing = new ArrayList<>();
    for (String table : PgSchema.WRITTEN) {
      try (ResultSet rs =
          s.executeQuery("SELECT to_regclass('" + schema + "." + table + "') IS NOT NULL")) {
        rs.next();
        if (rs.getBoolean(1)) {
          existing.add(schema + "." + table);
        }
      }
    }
    if (!existing.isEmpty()) {
      String list = String.join(", ", existing);
      s.execute("LOCK TABLE " + list + " IN ACCESS EXCLUSIVE MODE");
      s.execute("DROP TABLE " + list);
    }
    for (String table : PgSchema.WRITTEN) {
      s.execute("ALTER TABLE " + staging + "." + table + " SET SCHEMA " + schema);
    }
    s.execute("DROP SCHEMA " + staging);
  }

  private void writeMonthTables() throws SQLException {
    monthTotals.write(
        connection,
        "INSERT INTO "
            + staging
            + ".month_summary (month, loan_rows, active_loans, outstanding) VALUES (?, ?, ?, ?)",
        "INSERT INTO "
            + staging
            + ".month_group (month, days_past_due, five_category, loans, balance)"
            + " VALUES (?, ?, ?, ?, ?)");
  }

  private void writeMeta() throws SQLException {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(PortfolioFiles.META_SCHEMA_VERSION, Integer.toString(PortfolioFiles.SCHEMA_VERSION));
    all.put("name", PgConnections.database(location));
    all.put("currency", "CNY");
    all.put("created_at", clock.instant().toString());
    all.putAll(meta);
    // Changes with every import: the key of the local cache of the loaded book (decision 0005).
    all.put(PortfolioFiles.META_IMPORT_ID, UUID.randomUUID().toString());
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO " + staging + ".portfolio_meta (key, value) VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : all.entrySet()) {
        p.setString(1, e.getKey());
        p.setString(2, e.getValue());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  @Override
  public void close() {
    if (!finished) {
      if (copy != null && copy.isActive()) {
        try {
          // The connection accepts nothing else, not even ROLLBACK, while a COPY is open.
          copy.cancelCopy();
        } catch (SQLException ignored) {
          // the connection is closed next; the server rolls the transaction back
        }
      }
      PgConnections.closeQuietly(connection);
    }
  }

  private IOException failure(SQLException e) {
    SQLException first = e.getNextException() != null ? e.getNextException() : e;
    return new IOException(
        PgConnections.explain(location, PgConnections.WRITE, first).getMessage(), e);
  }
}
