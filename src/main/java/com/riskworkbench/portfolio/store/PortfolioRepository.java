package com.riskworkbench.portfolio.store;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.COLLECTION_ACTION;
import static com.riskworkbench.portfolio.db.Tables.FRAUD_CASE;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;
import static com.riskworkbench.portfolio.db.Tables.MONTH_SUMMARY;
import static com.riskworkbench.portfolio.db.Tables.PORTFOLIO_META;

import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.PortfolioException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Read access to one portfolio, opened read-only. Returns domain records only: jOOQ and JDBC stay
 * inside this package.
 */
public final class PortfolioRepository implements AutoCloseable {
  private final Path file;
  private final Connection connection;
  private final DSLContext db;
  private final Map<String, String> meta;

  private PortfolioRepository(Path file, Connection connection) throws PortfolioException {
    this.file = file;
    this.connection = connection;
    this.db = DSL.using(connection, SQLDialect.H2);
    this.meta = readMeta();
    checkSchema();
  }

  /** Opens a portfolio file read-only; see {@link PortfolioFiles#openReadOnly}. */
  public static PortfolioRepository open(Path file) throws PortfolioException {
    Path absolute = file.toAbsolutePath().normalize();
    Connection c = PortfolioFiles.openReadOnly(absolute);
    try {
      return new PortfolioRepository(absolute, c);
    } catch (PortfolioException | RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  private Map<String, String> readMeta() throws PortfolioException {
    try {
      boolean hasMeta =
          db.meta().getTables(PORTFOLIO_META.getName()).stream()
              .anyMatch(t -> t.getSchema() == null || "PUBLIC".equals(t.getSchema().getName()));
      if (!hasMeta) {
        throw notAPortfolio();
      }
      return db.select(PORTFOLIO_META.KEY, PORTFOLIO_META.VALUE)
          .from(PORTFOLIO_META)
          .fetchMap(PORTFOLIO_META.KEY, PORTFOLIO_META.VALUE);
    } catch (DataAccessException e) {
      throw PortfolioFiles.explainRead(file, e);
    }
  }

  private PortfolioException notAPortfolio() {
    return new PortfolioException(
        "The file "
            + file
            + " is an H2 database but not a Risk Workbench portfolio (it has no portfolio_meta table).");
  }

  private void checkSchema() throws PortfolioException {
    try {
      checkSchemaVersionAndTables();
    } catch (DataAccessException e) {
      throw PortfolioFiles.explainRead(file, e);
    }
  }

  private void checkSchemaVersionAndTables() throws PortfolioException {
    String version = meta.get(PortfolioFiles.META_SCHEMA_VERSION);
    int v;
    try {
      v = Integer.parseInt(String.valueOf(version).trim());
    } catch (NumberFormatException e) {
      throw new PortfolioException(
          "The portfolio file "
              + file
              + " has no valid schema_version in portfolio_meta (found '"
              + version
              + "').");
    }
    if (v > PortfolioFiles.SCHEMA_VERSION) {
      throw new PortfolioException(
          "The portfolio file "
              + file
              + " was written by a newer Risk Workbench (schema version "
              + v
              + "; this program reads up to version "
              + PortfolioFiles.SCHEMA_VERSION
              + "); please update the program.");
    }
    if (v < 1) {
      throw new PortfolioException(
          "The portfolio file " + file + " has an unknown schema version " + v + ".");
    }
    for (var table : new org.jooq.Table<?>[] {BORROWER, LOAN, LOAN_MONTH, MONTH_SUMMARY}) {
      if (db.meta().getTables(table.getName()).isEmpty()) {
        throw new PortfolioException(
            "The portfolio file "
                + file
                + " lacks the table "
                + table.getName().toLowerCase(java.util.Locale.ROOT)
                + ".");
      }
    }
  }

  public Optional<String> meta(String key) {
    return Optional.ofNullable(meta.get(key));
  }

  public int schemaVersion() {
    return Integer.parseInt(meta.get(PortfolioFiles.META_SCHEMA_VERSION).trim());
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
          file,
          meta("name").orElse(PortfolioFiles.baseName(file)),
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
      throw PortfolioFiles.explainRead(file, e);
    }
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
      throw PortfolioFiles.explainRead(file, e);
    }
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
