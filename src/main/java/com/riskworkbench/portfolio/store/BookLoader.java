package com.riskworkbench.portfolio.store;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.COLLECTION_ACTION;
import static com.riskworkbench.portfolio.db.Tables.FRAUD_CASE;
import static com.riskworkbench.portfolio.db.Tables.LOAN;

import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import com.riskworkbench.portfolio.store.pushdown.FraudCaseRows;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads a whole portfolio into memory for analysis: typed values straight from the result sets (no
 * jOOQ records per row), in storage order. No ORDER BY anywhere: over a VARCHAR key H2 walks the
 * index and fetches rows one by one, which tripled the load time (docs/benchmarks.md); analyses
 * never depend on row order. The repository decides whether to read at all or to take the cache
 * (docs/decisions/0004).
 */
final class BookLoader {
  private final Connection connection;
  private final DSLContext db;
  private final Map<String, String> meta;
  private final Message subject;
  private final MonthReader.SecondConnection second;
  private long splitFrom = MonthReader.SPLIT_FROM;

  /**
   * @param second how to open a second connection to the same file, to decode the loan months on
   *     two cores; null for a database
   */
  BookLoader(
      Connection connection,
      DSLContext db,
      Map<String, String> meta,
      Message subject,
      MonthReader.SecondConnection second) {
    this.connection = connection;
    this.second = second;
    this.db = db;
    this.meta = meta;
    this.subject = subject;
  }

  /**
   * Reads the whole book; {@code totalRows} is what month_summary counts, and a file holding
   * another number of loan months is refused as damaged; so is one whose loan months do not make
   * its stored {@code activeGroups} (version 3), which a reader may have shown before the load.
   */
  LoadedPortfolio load(
      long totalRows, Optional<Map<YearMonth, List<ActiveGroup>>> activeGroups, Progress progress)
      throws PortfolioException, SQLException {
    PortfolioBuilder b = new PortfolioBuilder();
    meta.forEach(b::meta);
    b.expectRows(totalRows);
    progress.update(0, totalRows, Message.of("progress.load.borrowers"));
    // A version-1 portfolio has none of the optional columns: they are not selected at all.
    boolean v2 = schemaVersion() >= 2;
    String sql =
        db.select(
                BORROWER.BORROWER_ID,
                BORROWER.BORROWER_TYPE,
                BORROWER.BIRTH_DATE,
                BORROWER.REGION,
                BORROWER.INDUSTRY,
                v2 ? BORROWER.GROUP_ID : DSL.inline((String) null),
                BORROWER.CREDIT_SCORE)
            .from(BORROWER)
            .getSQL();
    try (PreparedStatement ps = streaming(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        java.sql.Date birth = rs.getDate(3);
        int borrower =
            b.addBorrower(
                rs.getString(1),
                BorrowerType.valueOf(rs.getString(2)),
                birth == null ? LoadedPortfolio.NO_DATE : (int) birth.toLocalDate().toEpochDay(),
                rs.getString(4),
                rs.getString(5));
        String group = rs.getString(6);
        if (group != null) {
          b.group(borrower, group);
        }
        int score = rs.getInt(7);
        if (!rs.wasNull()) {
          b.score(borrower, score);
        }
      }
    }
    progress.checkCancelled();
    progress.update(0, totalRows, Message.of("progress.load.loans"));
    sql =
        db.select(
                LOAN.LOAN_ID,
                LOAN.BORROWER_ID,
                LOAN.PRODUCT,
                LOAN.CHANNEL,
                LOAN.RISK_GRADE,
                LOAN.ORIGINATION_DATE,
                LOAN.PRINCIPAL,
                LOAN.INTEREST_RATE,
                LOAN.MATURITY_DATE,
                v2 ? LOAN.FUNDING_PARTNER : DSL.inline((String) null),
                v2 ? LOAN.OWN_SHARE : DSL.inline((BigDecimal) null))
            .from(LOAN)
            .getSQL();
    try (PreparedStatement ps = streaming(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int loan =
            b.addLoan(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                Money.toCents(rs.getBigDecimal(7)),
                rs.getBigDecimal(8).doubleValue());
        LocalDate maturity = rs.getObject(9, LocalDate.class);
        if (maturity != null) {
          b.maturity(loan, maturity);
        }
        String partner = rs.getString(10);
        BigDecimal share = rs.getBigDecimal(11);
        if (partner != null || share != null) {
          b.coLending(loan, partner, share == null ? Double.NaN : share.doubleValue());
        }
      }
    }
    long loaded =
        new MonthReader(connection, db, v2, second, splitFrom).read(b, totalRows, progress);
    if (loaded != totalRows) {
      // month_summary counts what the import wrote; a different count is a damaged file.
      throw new PortfolioException(Message.of("portfolio.missingRows", subject, totalRows, loaded));
    }
    progress.update(totalRows, totalRows, Message.of("progress.load.cases"));
    loadCollections(b::collectionAction);
    loadFraudCases(b::fraudCase);
    LoadedPortfolio book = b.build();
    if (activeGroups.isPresent() && !ActiveGroups.matchBook(book, activeGroups.get())) {
      // month_group is what the import counted from these rows; other groups mean other rows.
      throw new PortfolioException(Message.of("portfolio.subjectDamaged", subject));
    }
    return book;
  }

  /** For tests: split the loan months over two connections from this many rows on. */
  void splitMonthsFrom(long rows) {
    splitFrom = rows;
  }

  /** The schema version of the portfolio, which the repository has checked before loading. */
  private int schemaVersion() {
    return Integer.parseInt(meta.get(PortfolioFiles.META_SCHEMA_VERSION).trim());
  }

  /** Rows fetched per round trip; on PostgreSQL with autocommit off this makes a cursor. */
  static final int FETCH_SIZE = 10_000;

  /** A forward-only statement that streams its rows in chunks of {@link #FETCH_SIZE}. */
  PreparedStatement streaming(String sql) throws SQLException {
    PreparedStatement ps =
        connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    ps.setFetchSize(FETCH_SIZE);
    return ps;
  }

  void loadCollections(Consumer<CollectionAction> b) throws SQLException {
    String sql =
        db.select(
                COLLECTION_ACTION.ACTION_ID,
                COLLECTION_ACTION.LOAN_ID,
                COLLECTION_ACTION.ACTION_DATE,
                COLLECTION_ACTION.ACTION_TYPE,
                COLLECTION_ACTION.OUTCOME,
                COLLECTION_ACTION.AMOUNT_RECOVERED)
            .from(COLLECTION_ACTION)
            .getSQL();
    try (PreparedStatement ps = streaming(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        b.accept(
            new CollectionAction(
                rs.getString(1),
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                ActionType.valueOf(rs.getString(4)),
                ActionOutcome.valueOf(rs.getString(5)),
                Money.toCents(rs.getBigDecimal(6))));
      }
    }
  }

  void loadFraudCases(Consumer<FraudCase> b) {
    db.selectFrom(FRAUD_CASE).fetch().forEach(r -> b.accept(FraudCaseRows.of(r)));
  }

  /** A value the loader refused, in words: "an unknown loan status 'LATE'". */
  static String describeBadValue(RuntimeException e) {
    String m = String.valueOf(e.getMessage());
    // Enum.valueOf: "No enum constant com.riskworkbench.portfolio.LoanStatus.LATE"
    if (m.startsWith("No enum constant ")) {
      String name = m.substring("No enum constant ".length());
      int dot = name.lastIndexOf('.');
      int typeDot = name.lastIndexOf('.', dot - 1);
      return "an unknown "
          + name.substring(typeDot + 1, dot)
              .replaceAll("([a-z])([A-Z])", "$1 $2")
              .toLowerCase(java.util.Locale.ROOT)
          + " '"
          + name.substring(dot + 1)
          + "'";
    }
    return m;
  }
}
