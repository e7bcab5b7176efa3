package com.riskworkbench.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast H2 itself loads a tape and hands out a portfolio file's loan months, beside DuckDB
 * loading the same five CSV files and DuckDB reading loan_months.csv and computing the roll-rate
 * matrix, in the same run (issue 19, docs/benchmarks.md, "What H2 itself can do"). Not a unit test:
 * run it by hand.
 *
 * <p>The load: H2's own bulk path, {@code CREATE TABLE … AS SELECT * FROM CSVREAD(…)} per file
 * (every column text: no parsing of numbers or dates, no checks), then the primary key, then {@code
 * SHUTDOWN} — less work than an import does, so its time is the floor of an import into H2.
 *
 * <p>No part of the program runs: a plain JDBC read of {@code loan_month} with the columns a loaded
 * book holds, on the URL settings of a read-only open, the values taken with the cheapest getters
 * and dropped. Once on one connection, once split by row id into two halves over two connections on
 * two threads (what the first open does). Whatever the program adds to decode a book comes on top
 * of these figures, so they are the floor of a first open through H2.
 *
 * <p>Arguments: portfolio file (.mv.db), tape folder, as-of month ordinal of the roll rate, work
 * folder. Each measurement runs three times, alternating with DuckDB.
 */
public final class H2ReadFloor {
  private H2ReadFloor() {}

  /** The five tape files and each one's primary key, as CSVREAD names the columns. */
  private static final Map<String, String> KEYS =
      Map.of(
          "borrowers", "BORROWER_ID",
          "loans", "LOAN_ID",
          "loan_months", "LOAN_ID, \"MONTH\"",
          "collections", "ACTION_ID",
          "fraud_cases", "CASE_ID");

  private static final String COLUMNS =
      "LOAN_ID, \"MONTH\", BALANCE, DAYS_PAST_DUE, STATUS, CHARGE_OFF_AMOUNT, RECOVERY_AMOUNT,"
          + " FIVE_CATEGORY, PROVISION";

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]).toAbsolutePath();
    Path csv = Path.of(args[1]).toAbsolutePath().resolve("loan_months.csv");
    int asOf = Integer.parseInt(args[2]);
    String name = file.toString().replaceFirst("\\.mv\\.db$", "");
    String url =
        "jdbc:h2:file:"
            + name
            + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0;LAZY_QUERY_EXECUTION=1";
    Path work = Path.of(args[3]).toAbsolutePath();
    Files.createDirectories(work);
    System.out.println("| run | DuckDB load | H2 bulk load | ratio |");
    System.out.println("|---|---|---|---|");
    for (int run = 1; run <= 3; run++) {
      double duckLoad = SpeedBenchmark.duckDbLoad(csv.getParent(), work.resolve("duck.db"));
      double h2Load = h2Load(csv.getParent(), work.resolve("floor"));
      System.out.printf(
          "| %d | %.2f s | %.2f s | %.2f× |%n", run, duckLoad, h2Load, h2Load / duckLoad);
    }
    System.out.println();
    System.out.println("| run | DuckDB roll rate | H2 open | H2 rows, one connection | two |");
    System.out.println("|---|---|---|---|---|");
    for (int run = 1; run <= 3; run++) {
      long t = System.nanoTime();
      AnalysisBenchmark.duckDbRollRate(csv, asOf);
      double duck = seconds(t);
      t = System.nanoTime();
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        double open = seconds(t);
        long max;
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT MAX(_ROWID_) FROM loan_month")) {
          rs.next();
          max = rs.getLong(1);
        }
        t = System.nanoTime();
        long one = read(c, "");
        double oneSeconds = seconds(t);
        t = System.nanoTime();
        long two = twoHalves(c, url, max / 2);
        double twoSeconds = seconds(t);
        System.out.printf(
            "| %d | %.2f s | %.2f s | %.2f s (%d rows, %.1f× DuckDB) | %.2f s (%d rows, %.1f×) |%n",
            run,
            duck,
            open,
            oneSeconds,
            one,
            oneSeconds / duck,
            twoSeconds,
            two,
            twoSeconds / duck);
      }
    }
  }

  /** H2's CSVREAD into a new file, each table's primary key added after its rows; seconds. */
  private static double h2Load(Path tape, Path name) throws Exception {
    Files.deleteIfExists(Path.of(name + ".mv.db"));
    long t0 = System.nanoTime();
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + name + ";CACHE_SIZE=131072", "sa", "");
        Statement s = c.createStatement()) {
      for (Map.Entry<String, String> e : KEYS.entrySet()) {
        Path csv = tape.resolve(e.getKey() + ".csv");
        List<String> key = List.of(e.getValue().replace("\"", "").split(", "));
        List<String> columns = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv)) {
          for (String column : r.readLine().toUpperCase(Locale.ROOT).split(",")) {
            columns.add("\"" + column + "\" VARCHAR" + (key.contains(column) ? " NOT NULL" : ""));
          }
        }
        s.execute("CREATE TABLE " + e.getKey() + " (" + String.join(", ", columns) + ")");
        s.execute("INSERT INTO " + e.getKey() + " SELECT * FROM CSVREAD('" + csv + "')");
        s.execute("ALTER TABLE " + e.getKey() + " ADD PRIMARY KEY (" + e.getValue() + ")");
      }
      s.execute("SHUTDOWN");
    }
    return seconds(t0);
  }

  private static long twoHalves(Connection first, String url, long middle) throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection second = DriverManager.getConnection(url, "sa", "")) {
      Future<Long> upper = pool.submit(() -> read(second, " WHERE _ROWID_ > " + middle));
      long lower = read(first, " WHERE _ROWID_ <= " + middle);
      return lower + upper.get();
    } finally {
      pool.shutdown();
    }
  }

  /** Reads every row of the range, each value with the cheapest getter; returns the row count. */
  private static long read(Connection c, String where) throws Exception {
    long rows = 0;
    long sink = 0;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM loan_month USE INDEX ()" + where,
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        ResultSet rs = executed(ps)) {
      while (rs.next()) {
        rows++;
        sink += rs.getString(1).length();
        sink += rs.getObject(2, java.time.LocalDate.class).getMonthValue();
        sink += rs.getBigDecimal(3).unscaledValue().longValue();
        sink += rs.getInt(4);
        sink += rs.getString(5).length();
        sink += rs.getBigDecimal(6) == null ? 0 : 1;
        sink += rs.getBigDecimal(7) == null ? 0 : 1;
        sink += rs.getString(8) == null ? 0 : 1;
        sink += rs.getBigDecimal(9) == null ? 0 : 1;
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
    return rows;
  }

  private static ResultSet executed(PreparedStatement ps) throws Exception {
    ps.setFetchSize(10_000);
    return ps.executeQuery();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
