package com.riskworkbench.portfolio.store;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.COLLECTION_ACTION;
import static com.riskworkbench.portfolio.db.Tables.FRAUD_CASE;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.MONTH_SUMMARY;
import static com.riskworkbench.portfolio.db.Tables.PORTFOLIO_META;

import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.DataQualityReport;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.PersonalData;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.BookCache;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Read access to one portfolio, opened read-only. Returns domain records only: jOOQ and JDBC stay
 * inside this package.
 */
public final class PortfolioRepository implements AutoCloseable {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PortfolioRepository.class);

  /** How long opening a database waits for an import that is swapping its tables in. */
  static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);

  private final PortfolioLocation location;
  private final Connection connection;
  private final DSLContext db;
  private final Map<String, String> meta;

  /** What the file was when it was opened: its figures must come from exactly these bytes. */
  private final Optional<FileState> opened;

  private String fingerprint;

  /** The stored groups once read: the window's preview and the load's check read them once. */
  private Optional<Map<YearMonth, List<ActiveGroup>>> activeGroups;

  private BookLoader loader;

  private PortfolioRepository(
      PortfolioLocation location, Connection connection, Optional<FileState> opened)
      throws PortfolioException {
    this.location = location;
    this.connection = connection;
    this.opened = opened;
    this.db =
        location instanceof PortfolioLocation.Postgres
            // The generated names are upper case; unquoted, PostgreSQL folds them to the lower-case
            // names the schema scripts created (TOOLCHAIN.md).
            ? DSL.using(
                connection,
                SQLDialect.POSTGRES,
                new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER))
            : DSL.using(connection, SQLDialect.H2);
    int tablesVersion = inDatabase() ? 0 : checkOpenedSchema();
    this.meta = readMeta();
    this.loader =
        new BookLoader(
            connection,
            db,
            meta,
            subject(),
            location instanceof PortfolioLocation.File f
                ? () -> PortfolioFiles.openAgain(f.path())
                : null);
    checkSchema();
    if (!inDatabase()) {
      SchemaVersions.checkMatches(
          subject(), tablesVersion, meta.get(PortfolioFiles.META_SCHEMA_VERSION));
    }
  }

  /** Opens a portfolio file read-only; see {@link PortfolioFiles#openReadOnly}. */
  public static PortfolioRepository open(Path file) throws PortfolioException {
    return open(new PortfolioLocation.File(file));
  }

  /**
   * Opens a portfolio file or database for reading. A database is read in one read-only transaction
   * (one consistent state, even while an import runs) with cursor-based fetching; credentials
   * missing from the location come from {@code PGUSER} and {@code PGPASSWORD}. When the server
   * wants a password that was not given or was wrong, the exception's {@link
   * PortfolioException#needsPassword()} is true.
   */
  public static PortfolioRepository open(PortfolioLocation location) throws PortfolioException {
    return open(location, System.getenv());
  }

  /** As {@link #open(PortfolioLocation)}, with the environment that supplies credentials. */
  public static PortfolioRepository open(PortfolioLocation location, Map<String, String> env)
      throws PortfolioException {
    return open(location, env, DEFAULT_LOCK_WAIT);
  }

  static PortfolioRepository open(
      PortfolioLocation location, Map<String, String> env, Duration lockWait)
      throws PortfolioException {
    PortfolioLocation where;
    Connection c;
    Optional<FileState> state = Optional.empty();
    if (location instanceof PortfolioLocation.Postgres pg) {
      where = pg;
      c = PgConnections.openReadOnly(pg, env, lockWait);
    } else {
      Path absolute = ((PortfolioLocation.File) location).path().toAbsolutePath().normalize();
      where = new PortfolioLocation.File(absolute);
      state = FileState.of(absolute);
      c = PortfolioFiles.openReadOnly(absolute);
    }
    try {
      return new PortfolioRepository(where, c, state);
    } catch (PortfolioException | RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** The analyses' scans run inside this database (docs/decisions/0008-push-down.md). */
  public com.riskworkbench.portfolio.store.pushdown.PushDownQueries pushDown() {
    return new com.riskworkbench.portfolio.store.pushdown.PushDownQueries(db, schemaVersion());
  }

  /** Where the portfolio is (a file's path is absolute). */
  public PortfolioLocation location() {
    return location;
  }

  /**
   * The portfolio file.
   *
   * @throws IllegalStateException for a portfolio in a database; use {@link #location()}
   */
  public Path file() {
    if (location instanceof PortfolioLocation.File f) {
      return f.path();
    }
    throw new IllegalStateException("The portfolio is in a database, not a file: " + location);
  }

  private boolean inDatabase() {
    return location instanceof PortfolioLocation.Postgres;
  }

  /** "The portfolio file /a/b.mv.db" or "The database jdbc:postgresql://...", for messages. */
  /** "The portfolio file /a/b.mv.db" or "The database jdbc:…", to begin a message with. */
  private Message subject() {
    return Message.of(
        inDatabase() ? "portfolio.subject.database" : "portfolio.subject.file", location.display());
  }

  private PortfolioException explainRead(DataAccessException e) {
    if (location instanceof PortfolioLocation.Postgres pg) {
      return e.getCause() instanceof SQLException sql
          ? PgConnections.explain(pg, PgConnections.READ, sql)
          : new PortfolioException(
              Message.of("portfolio.readFailed", subject(), H2PortfolioWriter.firstLine(e)), e);
    }
    return PortfolioFiles.explainRead(file(), e);
  }

  private PortfolioException explain(SQLException e) {
    return location instanceof PortfolioLocation.Postgres pg
        ? PgConnections.explain(pg, PgConnections.READ, e)
        : PortfolioFiles.explain(file(), e);
  }

  /** Before any query reads data: see {@link OpenSchemaCheck}. Returns the tables' version. */
  private int checkOpenedSchema() throws PortfolioException {
    try {
      return OpenSchemaCheck.check(file(), db);
    } catch (DataAccessException e) {
      throw explainRead(e);
    }
  }

  private Map<String, String> readMeta() throws PortfolioException {
    // Every table exists: in a database the open locked them all, in a file OpenSchemaCheck saw
    // them.
    try {
      return db.select(PORTFOLIO_META.KEY, PORTFOLIO_META.VALUE)
          .from(PORTFOLIO_META)
          .fetchMap(PORTFOLIO_META.KEY, PORTFOLIO_META.VALUE);
    } catch (DataAccessException e) {
      throw explainRead(e);
    }
  }

  private void checkSchema() throws PortfolioException {
    SchemaVersions.check(subject(), meta.get(PortfolioFiles.META_SCHEMA_VERSION), inDatabase());
  }

  public Optional<String> meta(String key) {
    return Optional.ofNullable(meta.get(key));
  }

  public int schemaVersion() {
    return Integer.parseInt(meta.get(PortfolioFiles.META_SCHEMA_VERSION).trim());
  }

  /**
   * Each month's ACTIVE rows by days past due and booked category, as the import stored them
   * (schema version 3), months ascending; empty for a portfolio of an older version.
   */
  public Optional<Map<YearMonth, List<ActiveGroup>>> activeGroups() throws PortfolioException {
    try {
      return storedGroups();
    } catch (DataAccessException e) {
      throw explainRead(e);
    } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
      throw badValue(e);
    }
  }

  /** The stored groups, read on first use; a bad value is the caller's to explain. */
  private Optional<Map<YearMonth, List<ActiveGroup>>> storedGroups() {
    if (activeGroups == null) {
      activeGroups = ActiveGroups.read(db, schemaVersion());
    }
    return activeGroups;
  }

  public PortfolioInfo info() throws PortfolioException {
    try {
      Record2<LocalDate, LocalDate> range =
          db.select(DSL.min(MONTH_SUMMARY.MONTH), DSL.max(MONTH_SUMMARY.MONTH))
              .from(MONTH_SUMMARY)
              .fetchOne();
      Optional<YearMonth> first = Optional.ofNullable(range.value1()).map(YearMonth::from);
      Optional<YearMonth> last = Optional.ofNullable(range.value2()).map(YearMonth::from);
      int months =
          first.isPresent()
              ? (int) (first.get().until(last.get(), java.time.temporal.ChronoUnit.MONTHS) + 1)
              : 0;
      return new PortfolioInfo(
          location,
          meta("name").orElse(defaultName()),
          schemaVersion(),
          meta("currency").orElse("CNY"),
          first,
          last,
          months,
          db.fetchCount(BORROWER),
          db.fetchCount(LOAN),
          db.select(DSL.coalesce(DSL.sum(MONTH_SUMMARY.LOAN_ROWS), BigDecimal.ZERO))
              .from(MONTH_SUMMARY)
              .fetchOne()
              .value1()
              .longValueExact(),
          db.fetchCount(COLLECTION_ACTION),
          db.fetchCount(FRAUD_CASE));
    } catch (DataAccessException e) {
      throw explainRead(e);
    }
  }

  private String defaultName() {
    return location instanceof PortfolioLocation.Postgres pg
        ? PgConnections.database(pg)
        : PortfolioFiles.baseName(file());
  }

  /** The ACTIVE loans and their balance at the month end {@code asOf}. */
  public BookSnapshot snapshot(YearMonth asOf) throws PortfolioException {
    try {
      Record2<Integer, BigDecimal> r =
          db.select(MONTH_SUMMARY.ACTIVE_LOANS, MONTH_SUMMARY.OUTSTANDING)
              .from(MONTH_SUMMARY)
              .where(MONTH_SUMMARY.MONTH.eq(asOf.atDay(1)))
              .fetchOptional()
              .orElse(null);
      return r == null
          ? new BookSnapshot(asOf, 0, 0)
          : new BookSnapshot(asOf, r.value1(), Money.toCents(r.value2()));
    } catch (DataAccessException e) {
      throw explainRead(e);
    }
  }

  /**
   * Streams the whole portfolio into memory for analysis: typed values straight from the result
   * sets (no jOOQ records per row), in storage order. No ORDER BY anywhere: over a VARCHAR key H2
   * walks the index and fetches rows one by one, which tripled the load time (docs/benchmarks.md);
   * analyses never depend on row order.
   */
  public LoadedPortfolio load(Progress progress) throws PortfolioException {
    return load(progress, Optional.empty());
  }

  /**
   * Loads the portfolio, reading its arrays from a binary cache in {@code cacheFolder} when the
   * cache matches this file's path, size and modification time, and writing that cache after a full
   * load (docs/decisions/0004). The portfolio file itself is only read.
   */
  public LoadedPortfolio load(Progress progress, Optional<Path> cacheFolder)
      throws PortfolioException {
    Optional<Path> cacheFile = Optional.empty();
    String key = "";
    if (cacheFolder.isPresent()) {
      Optional<String> k = cacheKey();
      if (k.isPresent()) {
        key = k.get();
        cacheFile = Optional.of(cacheFolder.get().resolve(BookCache.fileName(key)));
      }
    }
    try {
      if (cacheFile.isPresent()) {
        progress.update(-1, -1, Message.of("progress.load.cases"));
        List<CollectionAction> actions = new ArrayList<>();
        List<FraudCase> cases = new ArrayList<>();
        loader.loadCollections(actions::add);
        loader.loadFraudCases(cases::add);
        progress.update(-1, -1, Message.of("progress.cache.read"));
        Optional<LoadedPortfolio> cached = BookCache.read(cacheFile.get(), key, actions, cases);
        if (cached.isPresent()) {
          checkUnchanged();
          return cached.get();
        }
      }
      // A cached book passed the same checks when it was written, from a file of the same hash.
      LoadedPortfolio loaded = loader.load(info().loanMonths(), storedGroups(), progress);
      if (!inDatabase()) {
        checkUnchanged();
      }
      if (cacheFile.isPresent()) {
        progress.update(-1, -1, Message.of("progress.cache.write"));
        try {
          BookCache.write(loaded, cacheFile.get(), key);
        } catch (IOException e) {
          // only the next load is slower
          LOG.warn(
              "Cannot write the cache of the loaded book {}: {}", cacheFile.get(), e.toString());
        }
      }
      return loaded;
    } catch (SQLException e) {
      throw explain(e);
    } catch (DataAccessException e) {
      throw explainRead(e);
    } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
      // A value no import writes (a file made or changed by other means): refused, not analysed.
      throw new PortfolioException(
          Message.of(
              "portfolio.badValueNotOpened",
              subject(),
              SchemaObjects.printable(BookLoader.describeBadValue(e))),
          e);
    }
  }

  /**
   * What identifies this exact content: a file's SHA-256 (a different file at the same path, of the
   * same size and time, can never be served from the cache); a database's URL and the id its last
   * import wrote (docs/decisions/0005). Empty when there is none.
   */
  private Optional<String> cacheKey() throws PortfolioException {
    String schema = "|schema " + schemaVersion();
    if (location instanceof PortfolioLocation.Postgres pg) {
      return meta(PortfolioFiles.META_IMPORT_ID).map(id -> pg.url() + "|import " + id + schema);
    }
    return Optional.of("sha256 " + fingerprint() + schema);
  }

  /**
   * The SHA-256 of the portfolio file's bytes, read while the file is open here; the pack and the
   * audit log name the portfolio by it. For a database, which has no file to hash, the id its last
   * import wrote (docs/decisions/0005).
   */
  public String fingerprint() throws PortfolioException {
    if (fingerprint == null) {
      if (inDatabase()) {
        fingerprint = "database import " + meta(PortfolioFiles.META_IMPORT_ID).orElse("(unknown)");
      } else {
        try {
          fingerprint = com.riskworkbench.common.FileHashes.sha256(file());
        } catch (IOException e) {
          throw new PortfolioException(
              Message.of("portfolio.readFailed", subject(), e.getMessage()), e);
        }
        checkUnchanged();
      }
    }
    return fingerprint;
  }

  /**
   * Refuses figures from a file that changed after it was opened: then they and its fingerprint
   * could come from different bytes.
   */
  private void checkUnchanged() throws PortfolioException {
    if (opened.isPresent() && !opened.equals(FileState.of(file()))) {
      throw new PortfolioException(Message.of("portfolio.changed", subject()));
    }
  }

  /** Rows fetched per round trip; on PostgreSQL with autocommit off this makes a cursor. */
  static final int FETCH_SIZE = BookLoader.FETCH_SIZE;

  /** A forward-only statement that streams its rows in chunks of {@link #FETCH_SIZE}. */
  PreparedStatement streaming(String sql) throws SQLException {
    return loader.streaming(sql);
  }

  /** Name and ID number of each given borrower (personal data: mask before showing). */
  public Map<String, PersonalData> borrowerIdentities(java.util.Collection<String> ids)
      throws PortfolioException {
    Map<String, PersonalData> out = new java.util.HashMap<>();
    try {
      List<String> all = new ArrayList<>(ids);
      for (int i = 0; i < all.size(); i += 1000) {
        db.select(BORROWER.BORROWER_ID, BORROWER.NAME, BORROWER.ID_NUMBER)
            .from(BORROWER)
            .where(BORROWER.BORROWER_ID.in(all.subList(i, Math.min(all.size(), i + 1000))))
            .forEach(
                r ->
                    out.put(
                        r.value1(),
                        new PersonalData(
                            Optional.ofNullable(r.value2()), Optional.ofNullable(r.value3()))));
      }
      return out;
    } catch (DataAccessException e) {
      throw explainRead(e);
    }
  }

  /** What the import found, by kind, and the first {@code limit} findings. */
  public DataQualityReport dataQuality(int limit) throws PortfolioException {
    try {
      return ImportFindings.read(db, limit);
    } catch (DataAccessException e) {
      throw explainRead(e);
    } catch (IllegalArgumentException e) {
      throw badValue(e);
    }
  }

  private PortfolioException badValue(RuntimeException e) {
    return new PortfolioException(
        Message.of(
            "portfolio.badValue",
            subject(),
            SchemaObjects.printable(BookLoader.describeBadValue(e))),
        e);
  }

  /** For tests: decode the loan months over two connections from this many rows on. */
  void splitMonthsFrom(long rows) {
    loader.splitMonthsFrom(rows);
  }

  /** For tests of the reading transaction. */
  Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // read-only: there is nothing to lose on close
    }
  }
}
