package com.riskworkbench.portfolio.store;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.COLLECTION_ACTION;
import static com.riskworkbench.portfolio.db.Tables.DATA_QUALITY_FINDING;
import static com.riskworkbench.portfolio.db.Tables.FRAUD_CASE;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;
import static com.riskworkbench.portfolio.db.Tables.MONTH_GROUP;
import static com.riskworkbench.portfolio.db.Tables.MONTH_SUMMARY;
import static com.riskworkbench.portfolio.db.Tables.PORTFOLIO_META;

import com.riskworkbench.common.AtomicFiles;
import com.riskworkbench.common.Message;
import com.riskworkbench.common.TempFiles;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.PortfolioSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Writes a new portfolio file. Everything goes into a hidden temporary file beside the target;
 * {@link #finish()} adds the checks and keys and moves it into place in one step, and {@link
 * #close()} without {@code finish()} deletes it, so no half-made portfolio is ever left behind.
 *
 * <p>Rows are sent in JDBC batches over statements that jOOQ renders once; checks and foreign keys
 * are added after the load, when the importer has already checked every value and reference; the
 * secondary indexes grow during the load.
 */
public final class H2PortfolioWriter implements PortfolioSink {
  /**
   * Rows per commit: a small undo log measured 3× faster than commits of 500,000 rows (benchmarks);
   * the file is temporary until finish(), so intermediate commits cost nothing in atomicity.
   */
  private static final int COMMIT_EVERY = 1024;

  /**
   * The index H2 would build for the foreign key of loan_month when the key is added, under the
   * name H2 gives it ({@code <key>_INDEX_<n>}; the schema check treats every n alike). H2 cannot
   * use the primary key (loan_id, month) for a key on loan_id alone, and building this index over
   * the finished table took longer than growing it during the load (docs/benchmarks.md, issue 19):
   * the rows arrive in loan order, so each insert lands at the end of the index.
   */
  static final String LOAN_MONTH_FK_INDEX =
      "CREATE INDEX \"FK_LOAN_MONTH_LOAN_INDEX_0\" ON loan_month (loan_id)";

  /** The foreign key that takes that index: named, so that the key owns it as if it built it. */
  private static final String LOAN_MONTH_FK = "fk_loan_month_loan FOREIGN KEY (loan_id) ";

  private static final String LOAN_MONTH_FK_WITH_INDEX =
      LOAN_MONTH_FK + "INDEX \"FK_LOAN_MONTH_LOAN_INDEX_0\" ";

  private final Path target;
  private final Path temporary;
  private final boolean overwrite;
  private final Clock clock;
  private final Connection connection;
  private final Map<String, String> meta = new LinkedHashMap<>();
  private final Batch borrowers;
  private final Batch loans;
  private final Batch months;
  private final Batch actions;
  private final Batch cases;
  private final Batch findings;
  private int uncommitted;
  private int findingId;
  private volatile boolean finished;

  /**
   * Deletes the temporary file when the program is stopped (Ctrl-C, SIGTERM) mid-import: it only
   * unlinks, as closing the connection would wait for the importing thread that shutdown leaves.
   */
  private final Thread cleanupOnExit = new Thread(this::deleteOnExit, "portfolio-writer-cleanup");

  private H2PortfolioWriter(Path target, boolean overwrite, Clock clock) throws PortfolioException {
    this.target = target;
    this.overwrite = overwrite;
    this.clock = clock;
    String base = PortfolioFiles.baseName(target);
    this.temporary =
        target.resolveSibling(
            "." + base + ".importing-" + ProcessHandle.current().pid() + PortfolioFiles.SUFFIX);
    // What an import killed outright (kill -9, power loss) left of this target: its process is
    // gone.
    TempFiles.removeStale(
        target.getParent(),
        java.util.regex.Pattern.compile(
            "\\." + java.util.regex.Pattern.quote(base) + "\\.importing-([0-9]{1,10})\\..*"));
    try {
      deleteTemporary();
      connection =
          DriverManager.getConnection(
              "jdbc:h2:file:"
                  + PortfolioFiles.urlPath(temporary)
                  + ";TRACE_LEVEL_FILE=0;CACHE_SIZE=131072;DB_CLOSE_ON_EXIT=FALSE",
              "sa",
              "");
      connection.setAutoCommit(false);
      Runtime.getRuntime().addShutdownHook(cleanupOnExit);
      try (Statement s = connection.createStatement()) {
        s.execute("RUNSCRIPT FROM 'classpath:" + SchemaScripts.TABLES + "' CHARSET 'UTF-8'");
        for (String statement : SchemaScripts.statements(SchemaScripts.CONSTRAINTS)) {
          if (isIndex(statement)) {
            s.execute(statement);
          }
        }
        s.execute(LOAN_MONTH_FK_INDEX);
      }
      borrowers = new Batch(BORROWER);
      loans = new Batch(LOAN);
      months = new Batch(LOAN_MONTH);
      actions = new Batch(COLLECTION_ACTION);
      cases = new Batch(FRAUD_CASE);
      findings = new Batch(DATA_QUALITY_FINDING);
    } catch (SQLException | IOException e) {
      deleteQuietly();
      removeCleanupHook();
      throw new PortfolioException(
          com.riskworkbench.common.WriteFailures.diskFull(target, e)
              ? com.riskworkbench.common.WriteFailures.message(target, e)
              : Message.of("portfolio.cannotCreate", target, firstLine(e)),
          e);
    }
  }

  /**
   * Starts a new portfolio at {@code target} (a {@code .mv.db} file). Fails when the folder does
   * not exist or cannot be written, or when the file exists and {@code overwrite} is false.
   */
  public static H2PortfolioWriter create(Path target, boolean overwrite) throws PortfolioException {
    return create(target, overwrite, Clock.systemUTC());
  }

  public static H2PortfolioWriter create(Path target, boolean overwrite, Clock clock)
      throws PortfolioException {
    target = target.toAbsolutePath().normalize();
    if (!target.getFileName().toString().endsWith(PortfolioFiles.SUFFIX)) {
      throw new PortfolioException(
          Message.of("portfolio.outputSuffix", target, PortfolioFiles.SUFFIX));
    }
    Path folder = target.getParent();
    if (!Files.isDirectory(folder)) {
      throw new PortfolioException(Message.of("folder.missing", folder));
    }
    if (!Files.isWritable(folder)) {
      throw new PortfolioException(Message.of("folder.readOnly", folder));
    }
    PortfolioFiles.checkUsablePath(target);
    if (Files.exists(target) && !overwrite) {
      throw new PortfolioException(Message.of("portfolio.exists", target));
    }
    return new H2PortfolioWriter(target, overwrite, clock);
  }

  @Override
  public void meta(String key, String value) {
    meta.put(key, value);
  }

  @Override
  public void borrower(Borrower b) throws IOException {
    PreparedStatement p = borrowers.statement;
    try {
      p.setString(1, b.borrowerId());
      p.setString(2, b.type().name());
      JdbcParams.setString(p, 3, b.name());
      JdbcParams.setString(p, 4, b.idNumber());
      JdbcParams.setDate(p, 5, b.birthDate());
      p.setString(6, b.region());
      JdbcParams.setString(p, 7, b.city());
      p.setString(8, b.industry());
      JdbcParams.setCents(p, 9, b.annualIncomeCents());
      JdbcParams.setInt(p, 10, b.creditScore());
      JdbcParams.setString(p, 11, b.groupId());
    } catch (SQLException e) {
      throw failure(e);
    }
    borrowers.add();
  }

  @Override
  public void loan(Loan l) throws IOException {
    PreparedStatement p = loans.statement;
    try {
      p.setString(1, l.loanId());
      p.setString(2, l.borrowerId());
      p.setString(3, l.product());
      p.setString(4, l.channel());
      p.setDate(5, Date.valueOf(l.originationDate()));
      p.setDate(6, Date.valueOf(l.maturityDate()));
      p.setBigDecimal(7, Money.toDecimal(l.principalCents()));
      p.setBigDecimal(8, l.interestRate());
      p.setInt(9, l.termMonths());
      p.setString(10, l.riskGrade());
      p.setString(11, l.guaranteeType().name());
      JdbcParams.setString(p, 12, l.fundingPartner());
      JdbcParams.setDecimal(p, 13, l.ownShare());
    } catch (SQLException e) {
      throw failure(e);
    }
    loans.add();
  }

  private LocalDate lastMonthKey;
  private Date lastMonthDate;

  private final MonthTotals monthTotals = new MonthTotals();

  @Override
  public void loanMonth(LoanMonth m) throws IOException {
    PreparedStatement p = months.statement;
    try {
      p.setString(1, m.loanId());
      LocalDate first = monthTotals.add(m);
      if (!first.equals(lastMonthKey)) {
        lastMonthKey = first;
        lastMonthDate = Date.valueOf(first);
      }
      p.setDate(2, lastMonthDate);
      p.setBigDecimal(3, Money.toDecimal(m.balanceCents()));
      p.setInt(4, m.daysPastDue());
      p.setString(5, m.status().name());
      JdbcParams.setCents(p, 6, m.chargeOffCents());
      JdbcParams.setCents(p, 7, m.recoveryCents());
      JdbcParams.setString(p, 8, m.fiveCategory().map(Enum::name));
      JdbcParams.setCents(p, 9, m.provisionCents());
    } catch (SQLException e) {
      throw failure(e);
    }
    months.add();
  }

  @Override
  public void collectionAction(CollectionAction a) throws IOException {
    PreparedStatement p = actions.statement;
    try {
      p.setString(1, a.actionId());
      p.setString(2, a.loanId());
      p.setDate(3, Date.valueOf(a.actionDate()));
      p.setString(4, a.actionType().name());
      p.setString(5, a.outcome().name());
      p.setBigDecimal(6, Money.toDecimal(a.amountRecoveredCents()));
    } catch (SQLException e) {
      throw failure(e);
    }
    actions.add();
  }

  @Override
  public void fraudCase(FraudCase f) throws IOException {
    PreparedStatement p = cases.statement;
    try {
      p.setString(1, f.caseId());
      JdbcParams.setString(p, 2, f.loanId());
      JdbcParams.setString(p, 3, f.borrowerId());
      p.setDate(4, Date.valueOf(f.reportedDate()));
      p.setString(5, f.fraudType().name());
      p.setString(6, f.detectionChannel().name());
      p.setString(7, f.status().name());
      p.setBigDecimal(8, Money.toDecimal(f.exposureCents()));
      p.setBigDecimal(9, Money.toDecimal(f.lossCents()));
      p.setBigDecimal(10, Money.toDecimal(f.recoveredCents()));
      JdbcParams.setString(p, 11, f.rootCause());
      JdbcParams.setString(p, 12, f.summary());
    } catch (SQLException e) {
      throw failure(e);
    }
    cases.add();
  }

  @Override
  public void finding(DataQualityFinding f) throws IOException {
    PreparedStatement p = findings.statement;
    try {
      p.setInt(1, ++findingId);
      p.setString(2, f.kind().name());
      JdbcParams.setString(p, 3, f.loanId());
      p.setString(4, f.detail());
    } catch (SQLException e) {
      throw failure(e);
    }
    findings.add();
  }

  /**
   * The constraint script's secondary indexes are created with the tables, before the load, and
   * grow with it; checks and keys come after (docs/decisions/0002).
   */
  private static boolean isIndex(String statement) {
    return statement.startsWith("CREATE INDEX");
  }

  /** month_summary and month_group, from what the writer counted while the months streamed. */
  private void writeMonthTables() throws SQLException {
    monthTotals.write(connection, insertSql(MONTH_SUMMARY), insertSql(MONTH_GROUP));
  }

  private static String insertSql(Table<?> table) {
    return DSL.using(SQLDialect.H2)
        .insertInto(table)
        .columns(table.fields())
        .values(new Object[table.fields().length])
        .getSQL(ParamType.INDEXED);
  }

  private void commit() throws SQLException {
    for (Batch b : new Batch[] {borrowers, loans, months, actions, cases, findings}) {
      b.flush();
    }
    connection.commit();
    uncommitted = 0;
  }

  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    try {
      commit();
      writeMonthTables();
      Map<String, String> all = new LinkedHashMap<>();
      all.put(PortfolioFiles.META_SCHEMA_VERSION, Integer.toString(PortfolioFiles.SCHEMA_VERSION));
      all.put("name", PortfolioFiles.baseName(target));
      all.put("currency", "CNY");
      all.put("created_at", clock.instant().toString());
      all.putAll(meta);
      String sql =
          DSL.using(SQLDialect.H2)
              .insertInto(PORTFOLIO_META, PORTFOLIO_META.KEY, PORTFOLIO_META.VALUE)
              .values((String) null, null)
              .getSQL(ParamType.INDEXED);
      try (PreparedStatement p = connection.prepareStatement(sql)) {
        for (Map.Entry<String, String> e : all.entrySet()) {
          p.setString(1, e.getKey());
          p.setString(2, e.getValue());
          p.addBatch();
        }
        p.executeBatch();
      }
      try (Statement s = connection.createStatement()) {
        boolean ownIndex = false;
        for (String statement : SchemaScripts.statements(SchemaScripts.CONSTRAINTS)) {
          if (statement.contains(LOAN_MONTH_FK)) {
            statement = statement.replace(LOAN_MONTH_FK, LOAN_MONTH_FK_WITH_INDEX);
            ownIndex = true;
          }
          if (!isIndex(statement)) {
            s.execute(statement.startsWith("ALTER TABLE") ? statement + " NOCHECK" : statement);
          }
        }
        if (!ownIndex) {
          throw new IllegalStateException("The constraint script lacks " + LOAN_MONTH_FK);
        }
        connection.commit();
        s.execute("SHUTDOWN COMPACT");
      }
      connection.close();
    } catch (SQLException e) {
      throw failure(e);
    }
    AtomicFiles.moveIntoPlace(temporary, target);
    finished = true;
    removeCleanupHook();
  }

  @Override
  public void close() throws IOException {
    if (!finished) {
      deleteQuietly();
    }
    removeCleanupHook();
  }

  private void removeCleanupHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
    } catch (IllegalStateException | IllegalArgumentException alreadyExitingOrRemoved) {
      // the hook runs (or ran) anyway, or was never added
    }
  }

  private void deleteOnExit() {
    if (!finished) {
      try {
        deleteTemporary();
      } catch (IOException ignored) {
        // best effort while the program stops
      }
    }
  }

  private void deleteQuietly() {
    try {
      if (connection != null && !connection.isClosed()) {
        connection.close();
      }
    } catch (SQLException ignored) {
      // the file is deleted next; nothing in it matters
    }
    try {
      deleteTemporary();
    } catch (IOException ignored) {
      // best effort: a leftover hidden temporary file is harmless and replaced next time
    }
  }

  private void deleteTemporary() throws IOException {
    String base = temporary.getFileName().toString();
    base = base.substring(0, base.length() - PortfolioFiles.SUFFIX.length());
    for (String ext :
        new String[] {".mv.db", ".trace.db", ".lock.db", ".mv.db.tempFile", ".mv.db.newFile"}) {
      Files.deleteIfExists(temporary.resolveSibling(base + ext));
    }
  }

  private IOException failure(SQLException e) {
    return new IOException("Cannot write the portfolio file " + target + ": " + firstLine(e), e);
  }

  static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** One table's prepared insert and its pending batch. */
  private final class Batch {
    final PreparedStatement statement;
    private int pending;

    Batch(Table<?> table) throws SQLException {
      statement = connection.prepareStatement(insertSql(table));
    }

    void add() throws IOException {
      try {
        statement.addBatch();
        pending++;
        if (++uncommitted == COMMIT_EVERY) {
          commit();
        }
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    void flush() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
        pending = 0;
      }
    }
  }
}
