package com.riskworkbench.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Import and first open of a big tape, side by side with DuckDB in the same run (issue 19,
 * docs/benchmarks.md). Not a unit test: run it by hand through {@code docs/bench/speed.sh}.
 *
 * <p>Our two figures are whole commands (JVM start to exit) of the packaged jar: {@code import} of
 * the tape and {@code analyze summary --no-cache} of the file it wrote. The references run in this
 * JVM: DuckDB loading the same five CSV files into a database file with a primary key on each
 * table, and DuckDB reading loan_months.csv and computing the window-6 roll-rate matrix. Each pair
 * runs twice, alternating, so that the machine's load falls on both sides.
 *
 * <p>Arguments: jar tape-folder work-folder [as-of month ordinal for the roll rate, default: the
 * tape's last month]. System property {@code bench.jvmArgs} adds JVM options to our commands (e.g.
 * a JFR recording, {@code {command}} in them becomes the command's name).
 */
public final class SpeedBenchmark {
  private SpeedBenchmark() {}

  /** The five tape files and each one's primary key. */
  private static final Map<String, String> KEYS =
      Map.of(
          "borrowers", "borrower_id",
          "loans", "loan_id",
          "loan_months", "loan_id, month",
          "collections", "action_id",
          "fraud_cases", "case_id");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path tape = Path.of(args[1]).toAbsolutePath();
    Path work = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(work);
    Path portfolio = work.resolve("speed.mv.db");
    int asOf = args.length > 3 ? Integer.parseInt(args[3]) : lastMonth(tape);
    for (int run = 1; run <= 2; run++) {
      double duckLoad = duckDbLoad(tape, work.resolve("duck.db"));
      double ourImport =
          command(
              jar,
              work,
              "import",
              "--from",
              tape.toString(),
              "--out",
              portfolio.toString(),
              "--force");
      long t0 = System.nanoTime();
      AnalysisBenchmark.duckDbRollRate(tape.resolve("loan_months.csv"), asOf);
      double duckRoll = seconds(t0);
      double ourOpen =
          command(
              jar, work, "analyze", "summary", "--portfolio", portfolio.toString(), "--no-cache");
      System.out.printf("run %d, load average before: %s%n", run, loadAverage());
      System.out.printf(
          "| reference: DuckDB loads the five CSV files into a file with primary keys | %.1f s |%n",
          duckLoad);
      System.out.printf(
          "| `import`, whole command | %.1f s (**%.2f×** DuckDB) |%n",
          ourImport, ourImport / duckLoad);
      System.out.printf(
          "| reference: DuckDB reads loan_months.csv and computes the roll-rate matrix | %.1f s |%n",
          duckRoll);
      System.out.printf(
          "| `analyze summary --no-cache`, whole command | %.1f s (**%.2f×** DuckDB) |%n",
          ourOpen, ourOpen / duckRoll);
    }
  }

  /** DuckDB: one table per tape file, its primary key declared before the load, into a file. */
  static double duckDbLoad(Path tape, Path file) throws Exception {
    Files.deleteIfExists(file);
    Files.deleteIfExists(Path.of(file + ".wal"));
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      for (Map.Entry<String, String> e : KEYS.entrySet()) {
        String csv = "read_csv('" + tape.resolve(e.getKey() + ".csv") + "', header = true)";
        s.execute("CREATE TABLE " + e.getKey() + " AS FROM " + csv + " LIMIT 0");
        s.execute("ALTER TABLE " + e.getKey() + " ADD PRIMARY KEY (" + e.getValue() + ")");
        s.execute("INSERT INTO " + e.getKey() + " FROM " + csv);
      }
      s.execute("CHECKPOINT");
    }
    return seconds(t0);
  }

  /** The tape's last month as an ordinal (year × 12 + month − 1), asked of DuckDB. */
  static int lastMonth(Path tape) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT max(CAST(substr(month, 1, 4) AS INTEGER) * 12"
                    + " + CAST(substr(month, 6, 2) AS INTEGER) - 1) FROM read_csv('"
                    + tape.resolve("loan_months.csv")
                    + "', header = true, columns = {'loan_id': 'VARCHAR', 'month': 'VARCHAR',"
                    + " 'balance': 'VARCHAR', 'days_past_due': 'VARCHAR', 'status': 'VARCHAR',"
                    + " 'charge_off_amount': 'VARCHAR', 'recovery_amount': 'VARCHAR',"
                    + " 'five_category': 'VARCHAR', 'provision': 'VARCHAR'})")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Runs one command of the packaged program, JVM start to exit; fails on a non-zero exit. */
  private static double command(Path jar, Path work, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx3g");
    String extra = System.getProperty("bench.jvmArgs", "").trim();
    if (!extra.isEmpty()) {
      for (String option : extra.split("\\s+")) {
        cmd.add(option.replace("{command}", args[0]));
      }
    }
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("RISK_WORKBENCH_HOME", work.resolve("home").toString());
    pb.redirectOutput(work.resolve("last-command.log").toFile());
    long t0 = System.nanoTime();
    int exit = pb.start().waitFor();
    double s = seconds(t0);
    if (exit != 0) {
      throw new IllegalStateException(
          String.join(" ", args) + " failed, see " + work.resolve("last-command.log"));
    }
    return s;
  }

  private static String loadAverage() throws Exception {
    File f = new File("/proc/loadavg");
    return f.exists() ? Files.readString(f.toPath()).trim() : "unknown";
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
