package com.riskworkbench.portfolio.store;

import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Reads the loan months into the builder: nearly all of a first open is decoding them (docs/
 * decisions/0004). In an H2 file the rows are split by row id into two halves, each decoded over
 * its own connection on its own core; the second half's rows wait in blocks until the first half is
 * in the builder, so the builder receives exactly the rows, in exactly the order, of one reading in
 * storage order. No ORDER BY: storage order is three times faster than key order.
 */
final class MonthReader {
  /** Rows per block handed from the second reader to the builder. */
  static final int BLOCK = 16_384;

  /** Below this many rows a second connection costs more than it saves. */
  static final long SPLIT_FROM = 200_000;

  /** Opens another read-only connection to the same portfolio file. */
  interface SecondConnection {
    Connection open() throws PortfolioException;
  }

  private final Connection connection;
  private final DSLContext db;
  private final boolean v2;
  private final SecondConnection second;
  private final long splitFrom;

  /**
   * @param second how to open a second connection; null reads on one (a database)
   * @param splitFrom the fewest rows worth splitting ({@link #SPLIT_FROM}; tests split any file)
   */
  MonthReader(
      Connection connection, DSLContext db, boolean v2, SecondConnection second, long splitFrom) {
    this.connection = connection;
    this.db = db;
    this.v2 = v2;
    this.second = second;
    this.splitFrom = splitFrom;
  }

  /** Reads every loan month into the builder; returns how many. */
  long read(PortfolioBuilder b, long total, Progress progress)
      throws SQLException, PortfolioException {
    Long first = second == null || total < splitFrom ? null : firstRowId();
    if (first == null) {
      return readRange(connection, DSL.noCondition(), b, total, progress);
    }
    // Imported files number their rows from the first one without gaps, so this halves them;
    // any other numbering only shifts the work between the two readers, never loses a row.
    long middle = first + total / 2;
    Field<Long> rowId = DSL.field("_ROWID_", Long.class);
    SecondHalf later = new SecondHalf(rowId.ge(middle), b);
    Thread thread = new Thread(later, "portfolio-months-reader");
    thread.setDaemon(true);
    thread.start();
    try {
      long n = readRange(connection, rowId.lt(middle), b, total, progress, later.rows);
      while (true) {
        Block block = later.next(progress);
        if (block == null) {
          break;
        }
        block.addTo(b);
        n += block.size;
        progress.update(n + later.rows.get(), total, Message.of("progress.load.months"));
      }
      return n;
    } finally {
      later.stop = true;
      later.queue.clear();
      joinUninterruptibly(thread);
    }
  }

  /** The row id H2 gives the first row in storage order, or null for an empty table. */
  private Long firstRowId() throws SQLException {
    String sql = "SELECT _ROWID_ FROM " + tableName() + " USE INDEX () LIMIT 1";
    try (PreparedStatement ps = connection.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : null;
    }
  }

  private String tableName() {
    return db.render(LOAN_MONTH);
  }

  private long readRange(
      Connection c, Condition where, PortfolioBuilder b, long total, Progress progress)
      throws SQLException {
    return readRange(c, where, b, total, progress, new AtomicLong());
  }

  /** Reads one range straight into the builder; {@code others} counts the other reader's rows. */
  private long readRange(
      Connection c,
      Condition where,
      PortfolioBuilder b,
      long total,
      Progress progress,
      AtomicLong others)
      throws SQLException {
    Block block = new Block();
    long n = 0;
    try (PreparedStatement ps = statement(c, where);
        ResultSet rs = ps.executeQuery()) {
      Decoder d = new Decoder(b);
      while (d.fill(rs, block)) {
        block.addTo(b);
        n += block.size;
        progress.checkCancelled();
        progress.update(n + others.get(), total, Message.of("progress.load.months"));
      }
    }
    return n;
  }

  private PreparedStatement statement(Connection c, Condition where) throws SQLException {
    // USE INDEX (): the table scan, which takes a row-id range; H2 would otherwise walk the
    // foreign key's index and fetch every row by its id.
    String sql =
        db.select(
                LOAN_MONTH.LOAN_ID,
                LOAN_MONTH.MONTH,
                LOAN_MONTH.BALANCE,
                LOAN_MONTH.DAYS_PAST_DUE,
                LOAN_MONTH.STATUS,
                LOAN_MONTH.CHARGE_OFF_AMOUNT,
                LOAN_MONTH.RECOVERY_AMOUNT,
                v2 ? LOAN_MONTH.FIVE_CATEGORY : DSL.inline((String) null),
                v2 ? LOAN_MONTH.PROVISION : DSL.inline((BigDecimal) null))
            .from(second == null ? LOAN_MONTH : DSL.table("{0} USE INDEX ()", LOAN_MONTH))
            .where(where)
            .getSQL(org.jooq.conf.ParamType.INLINED);
    PreparedStatement ps =
        c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    ps.setFetchSize(BookLoader.FETCH_SIZE);
    return ps;
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The second half, decoded over its own connection into blocks the first reader takes. */
  private final class SecondHalf implements Runnable {
    private static final Block END = new Block();
    private final Condition where;
    private final PortfolioBuilder b;
    final BlockingQueue<Block> queue = new LinkedBlockingQueue<>();
    final AtomicLong rows = new AtomicLong();
    volatile boolean stop;
    private volatile Throwable failure;

    SecondHalf(Condition where, PortfolioBuilder b) {
      this.where = where;
      this.b = b;
    }

    @Override
    public void run() {
      try (Connection c = second.open();
          PreparedStatement ps = statement(c, where);
          ResultSet rs = ps.executeQuery()) {
        Decoder d = new Decoder(b);
        Block block = new Block();
        while (!stop && d.fill(rs, block)) {
          rows.addAndGet(block.size);
          queue.add(block);
          block = new Block();
        }
      } catch (PortfolioException | SQLException | RuntimeException | Error e) {
        failure = e;
      } finally {
        queue.add(END);
      }
    }

    /** The next block, or null at the end; rethrows what stopped the reader. */
    Block next(Progress progress) throws SQLException, PortfolioException {
      Block block;
      try {
        block = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted");
      }
      progress.checkCancelled();
      if (block != END) {
        rows.addAndGet(-block.size);
        return block;
      }
      Throwable f = failure;
      if (f instanceof SQLException e) {
        throw e;
      } else if (f instanceof PortfolioException e) {
        throw e;
      } else if (f instanceof RuntimeException e) {
        throw e;
      } else if (f instanceof Error e) {
        throw e;
      }
      return null;
    }
  }

  /** Typed values of one result set, decoded row by row into blocks. */
  private static final class Decoder {
    private final PortfolioBuilder b;
    private String currentId;
    private int loan = -1;
    private java.sql.Date lastDate;
    private int lastMonth;

    Decoder(PortfolioBuilder b) {
      this.b = b;
    }

    /** Fills the block (emptied first); false when the result set had no more rows. */
    boolean fill(ResultSet rs, Block block) throws SQLException {
      block.size = 0;
      while (block.size < BLOCK && rs.next()) {
        int i = block.size++;
        String id = rs.getString(1);
        if (!id.equals(currentId)) {
          currentId = id;
          // Reading the builder's loan index from two threads is safe: no loan is added now.
          loan = b.loanIndex(id);
        }
        java.sql.Date date = rs.getDate(2);
        if (!date.equals(lastDate)) {
          lastDate = date;
          lastMonth = Months.ordinal(date.toLocalDate());
        }
        block.loan[i] = loan;
        block.month[i] = lastMonth;
        block.balance[i] = Money.toCents(rs.getBigDecimal(3));
        block.dpd[i] = rs.getInt(4);
        block.status[i] = (byte) LoanStatus.valueOf(rs.getString(5)).ordinal();
        BigDecimal chargeOff = rs.getBigDecimal(6);
        block.chargeOff[i] = chargeOff == null ? 0 : Money.toCents(chargeOff);
        BigDecimal recovery = rs.getBigDecimal(7);
        block.recovery[i] = recovery == null ? 0 : Money.toCents(recovery);
        String category = rs.getString(8);
        block.category[i] =
            category == null
                ? LoadedPortfolio.NO_CATEGORY
                : (byte) BookedCategory.valueOf(category).ordinal();
        BigDecimal provision = rs.getBigDecimal(9);
        block.provision[i] =
            provision == null ? LoadedPortfolio.NO_AMOUNT : Money.toCents(provision);
      }
      return block.size > 0;
    }
  }

  /** Decoded loan months, column by column. */
  private static final class Block {
    final int[] loan = new int[BLOCK];
    final int[] month = new int[BLOCK];
    final long[] balance = new long[BLOCK];
    final int[] dpd = new int[BLOCK];
    final byte[] status = new byte[BLOCK];
    final long[] chargeOff = new long[BLOCK];
    final long[] recovery = new long[BLOCK];
    final byte[] category = new byte[BLOCK];
    final long[] provision = new long[BLOCK];
    int size;

    void addTo(PortfolioBuilder b) {
      for (int i = 0; i < size; i++) {
        b.addMonth(
            loan[i],
            month[i],
            balance[i],
            dpd[i],
            status[i],
            chargeOff[i],
            recovery[i],
            category[i],
            provision[i]);
      }
    }
  }
}
