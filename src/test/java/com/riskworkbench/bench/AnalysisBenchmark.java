package com.riskworkbench.bench;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.RollRateAnalysis;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Load and analysis times on a large portfolio, with DuckDB reading the same tape's loan_months.csv
 * and computing the same roll-rate matrix as the reference — and a cell-by-cell check that both
 * matrices agree. Not a unit test: docs/benchmarks.md says how to run it.
 *
 * <p>Arguments: portfolio.mv.db tape-folder.
 */
public final class AnalysisBenchmark {
  private AnalysisBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path portfolio = Path.of(args[0]);
    Path tape = Path.of(args[1]);
    long t0 = System.nanoTime();
    LoadedPortfolio book;
    try (PortfolioRepository repo = PortfolioRepository.open(portfolio)) {
      book = repo.load(Progress.NONE);
    }
    double load = seconds(t0);
    AnalysisScope scope = AnalysisScope.all(book);
    System.out.printf("| portfolio | %,d loans, %,d loan months |%n", book.loans(), book.rows());
    System.out.printf("| load from H2 into memory | %.1f s |%n", load);
    for (Analyses.Kind kind : Analyses.Kind.values()) {
      double best = Double.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        long t = System.nanoTime();
        Analyses.run(kind, scope, Analyses.Params.defaults());
        best = Math.min(best, seconds(t));
      }
      System.out.printf("| `%s` (best of 3) | %.3f s |%n", kind.cliName(), best);
    }
    long t = System.nanoTime();
    RollRateResult ours = RollRateAnalysis.run(scope, DelinquencyBuckets.DEFAULT, 6);
    double oursSeconds = seconds(t);

    t = System.nanoTime();
    Map<String, long[]> duck =
        duckDbRollRate(tape.resolve("loan_months.csv"), book.lastMonthOrdinal());
    double duckSeconds = seconds(t);
    System.out.printf(
        "| reference: DuckDB reads loan_months.csv and computes the roll-rate matrix | %.1f s |%n",
        duckSeconds);
    System.out.printf("| our roll-rate matrix on the loaded book | %.3f s |%n", oursSeconds);

    int mismatches = 0;
    for (String from : ours.fromStates()) {
      for (String to : ours.toStates()) {
        long[] d = duck.getOrDefault(from + ">" + to, new long[2]);
        if (d[0] != ours.loans(from, to) || d[1] != ours.balanceCents(from, to)) {
          mismatches++;
          System.out.printf(
              "MISMATCH %s → %s: ours %d / %d, DuckDB %s%n",
              from, to, ours.loans(from, to), ours.balanceCents(from, to), Arrays.toString(d));
        }
      }
    }
    System.out.printf(
        "| roll-rate matrix cells that differ from DuckDB's (count and balance) | %d of %d |%n",
        mismatches, ours.fromStates().size() * ours.toStates().size());
  }

  /**
   * The window-6 roll-rate matrix by DuckDB, straight from the tape's CSV: from>to → {loans,
   * cents}.
   */
  static Map<String, long[]> duckDbRollRate(Path csv, int asOf) throws Exception {
    String bucket =
        "CASE WHEN %1$s < 1 THEN 'CURRENT' WHEN %1$s < 30 THEN 'DPD_1_29' WHEN %1$s < 60 THEN 'DPD_30_59'"
            + " WHEN %1$s < 90 THEN 'DPD_60_89' ELSE 'DPD_90_PLUS' END";
    String sql =
        "WITH r AS (SELECT loan_id, CAST(substr(month, 1, 4) AS INTEGER) * 12"
            + " + CAST(substr(month, 6, 2) AS INTEGER) - 1 AS m, balance, days_past_due AS dpd, status"
            + " FROM read_csv('"
            + csv
            + "', header = true, columns = {'loan_id': 'VARCHAR', 'month': 'VARCHAR',"
            + " 'balance': 'DECIMAL(18,2)', 'days_past_due': 'INTEGER', 'status': 'VARCHAR',"
            + " 'charge_off_amount': 'DECIMAL(18,2)', 'recovery_amount': 'DECIMAL(18,2)',"
            + " 'five_category': 'VARCHAR', 'provision': 'DECIMAL(18,2)'})),"
            + " t AS (SELECT *, lead(m) OVER w AS m2, lead(dpd) OVER w AS dpd2, lead(status) OVER w AS status2"
            + " FROM r WINDOW w AS (PARTITION BY loan_id ORDER BY m))"
            + " SELECT "
            + String.format(bucket, "dpd")
            + " AS from_state, CASE WHEN m2 IS NULL OR m2 <> m + 1 THEN 'MISSING'"
            + " WHEN status2 = 'PAID_OFF' THEN 'PAID_OFF' WHEN status2 = 'CHARGED_OFF' THEN 'CHARGED_OFF' ELSE "
            + String.format(bucket, "dpd2")
            + " END AS to_state, count(*) AS loans, CAST(sum(balance) * 100 AS BIGINT) AS cents"
            + " FROM t WHERE status = 'ACTIVE' AND m + 1 BETWEEN "
            + (asOf - 5)
            + " AND "
            + asOf
            + " GROUP BY ALL";
    Map<String, long[]> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1) + ">" + rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)});
      }
    }
    return out;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  static String month(int ordinal) {
    return Months.of(ordinal).toString();
  }
}
