package com.riskworkbench.bench;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.CollectionsAnalysis;
import com.riskworkbench.analysis.CollectionsResult;
import com.riskworkbench.analysis.ConcentrationAnalysis;
import com.riskworkbench.analysis.ConcentrationAnalysis.ConcentrationResult;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.FlowRateAnalysis;
import com.riskworkbench.analysis.FlowRateResult;
import com.riskworkbench.analysis.FraudAnalysis;
import com.riskworkbench.analysis.FraudResult;
import com.riskworkbench.analysis.SingleBorrowerLimits;
import com.riskworkbench.analysis.SummaryAnalysis;
import com.riskworkbench.analysis.VintageAnalysis;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.VintageResult;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-checks the analyses of DESIGN §4.1–§4.5 against DuckDB SQL computed straight from the tape
 * CSV files — the reference side never calls our Java analysis code. Every value is compared
 * exactly (amounts in integer cents), except HHI (to 1e-12). A value present on one side only is a
 * mismatch too, so the comparison also checks which cells / segments / rows each side defines.
 *
 * <p>Not a unit test. Arguments: portfolio.mv.db tape-folder.
 */
public final class CrossCheck {
  private CrossCheck() {}

  private static final String[] BUCKETS = {
    "CURRENT", "DPD_1_29", "DPD_30_59", "DPD_60_89", "DPD_90_PLUS"
  };

  /** SQL for the month ordinal (year × 12 + month − 1) of 'YYYY-MM' or 'YYYY-MM-DD' text. */
  private static String ord(String col) {
    return "(CAST(substr("
        + col
        + ", 1, 4) AS INTEGER) * 12 + CAST(substr("
        + col
        + ", 6, 2) AS INTEGER) - 1)";
  }

  private static String cents(String expr) {
    return "CAST(" + expr + " * 100 AS BIGINT)";
  }

  private static String bucketSql(String dpd) {
    return "CASE WHEN "
        + dpd
        + " < 1 THEN 'CURRENT' WHEN "
        + dpd
        + " < 30 THEN 'DPD_1_29' WHEN "
        + dpd
        + " < 60 THEN 'DPD_30_59' WHEN "
        + dpd
        + " < 90 THEN 'DPD_60_89' ELSE 'DPD_90_PLUS' END";
  }

  /** One check: keyed values of both sides, compared over the union of keys. */
  static final class Check {
    final String name;
    final Map<String, Object> ours = new TreeMap<>();
    final Map<String, Object> ref = new TreeMap<>();
    final double tolerance;

    Check(String name, double tolerance) {
      this.name = name;
      this.tolerance = tolerance;
    }

    Check(String name) {
      this(name, 0);
    }

    void ours(String key, Object v) {
      if (ours.put(key, v) != null) {
        throw new IllegalStateException(name + ": duplicate key (ours) " + key);
      }
    }

    void ref(String key, Object v) {
      if (ref.put(key, v) != null) {
        throw new IllegalStateException(name + ": duplicate key (ref) " + key);
      }
    }

    List<String> mismatches() {
      List<String> out = new ArrayList<>();
      TreeSet<String> keys = new TreeSet<>(ours.keySet());
      keys.addAll(ref.keySet());
      for (String k : keys) {
        Object a = ours.get(k);
        Object b = ref.get(k);
        if (!same(a, b)) {
          out.add(
              k
                  + ": ours="
                  + (a == null ? "(absent)" : a)
                  + " duckdb="
                  + (b == null ? "(absent)" : b));
        }
      }
      return out;
    }

    private boolean same(Object a, Object b) {
      if (a instanceof Double x && b instanceof Double y) {
        return Math.abs(x - y) <= tolerance || (x.isNaN() && y.isNaN());
      }
      return Objects.equals(a, b);
    }

    int compared() {
      TreeSet<String> keys = new TreeSet<>(ours.keySet());
      keys.addAll(ref.keySet());
      return keys.size();
    }

    void print() {
      List<String> mm = mismatches();
      System.out.printf("%-40s compared %8d  mismatched %6d%n", name, compared(), mm.size());
      for (int i = 0; i < Math.min(5, mm.size()); i++) {
        System.out.println("    " + mm.get(i));
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Path portfolio = Path.of(args[0]);
    Path tape = Path.of(args[1]);
    long t0 = System.nanoTime();
    LoadedPortfolio book;
    try (PortfolioRepository repo = PortfolioRepository.open(portfolio)) {
      book = repo.load(Progress.NONE);
    }
    AnalysisScope scope = AnalysisScope.all(book);
    System.out.printf(
        "portfolio: %,d loans, %,d rows, loaded in %.1f s%n",
        book.loans(), book.rows(), (System.nanoTime() - t0) / 1e9);

    List<Check> checks = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      t0 = System.nanoTime();
      load(s, tape);
      int asOf = scalarInt(s, "SELECT max(m) FROM lm");
      System.out.printf(
          "DuckDB: tape loaded in %.1f s; as-of month %s (ours %s)%n",
          (System.nanoTime() - t0) / 1e9, Months.of(asOf), Months.of(scope.asOfMonth()));

      Check asOfCheck = new Check("as-of month");
      asOfCheck.ours("as_of", Months.of(scope.asOfMonth()).toString());
      asOfCheck.ref("as_of", Months.of(asOf).toString());
      checks.add(asOfCheck);

      checks.add(summary(s, scope, asOf));
      checks.addAll(concentration(s, scope, asOf, Dimension.CHANNEL, "l.channel"));
      checks.addAll(concentration(s, scope, asOf, Dimension.REGION, "b.region"));
      checks.addAll(vintage(s, scope, asOf));
      checks.add(flowRate(s, scope));
      checks.add(collections(s, scope, asOf));
      checks.add(fraud(s, scope, asOf));
    }
    System.out.println();
    int total = 0;
    for (Check ch : checks) {
      ch.print();
      total += ch.mismatches().size();
    }
    System.out.println("TOTAL mismatches: " + total);
  }

  private static void load(Statement s, Path tape) throws Exception {
    s.execute(
        "CREATE TABLE lm AS SELECT loan_id, "
            + ord("month")
            + " AS m, balance, days_past_due AS dpd, status FROM read_csv('"
            + tape.resolve("loan_months.csv")
            + "', header = true, columns = {'loan_id': 'VARCHAR', 'month': 'VARCHAR',"
            + " 'balance': 'DECIMAL(18,2)', 'days_past_due': 'INTEGER', 'status': 'VARCHAR',"
            + " 'charge_off_amount': 'DECIMAL(18,2)', 'recovery_amount': 'DECIMAL(18,2)'})");
    s.execute(
        "CREATE TABLE loans AS SELECT loan_id, borrower_id, channel, "
            + ord("origination_date")
            + " AS c, principal FROM read_csv('"
            + tape.resolve("loans.csv")
            + "', header = true, columns = {'loan_id': 'VARCHAR', 'borrower_id': 'VARCHAR',"
            + " 'product': 'VARCHAR', 'channel': 'VARCHAR', 'origination_date': 'VARCHAR',"
            + " 'maturity_date': 'VARCHAR', 'principal': 'DECIMAL(18,2)', 'interest_rate': 'VARCHAR',"
            + " 'term_months': 'VARCHAR', 'risk_grade': 'VARCHAR', 'guarantee_type': 'VARCHAR'})");
    s.execute(
        "CREATE TABLE borrowers AS SELECT borrower_id, region FROM read_csv('"
            + tape.resolve("borrowers.csv")
            + "', header = true, all_varchar = true)");
    s.execute(
        "CREATE TABLE coll AS SELECT loan_id, "
            + ord("action_date")
            + " AS m, action_type, outcome, CAST(amount_recovered AS DECIMAL(18,2)) AS amount"
            + " FROM read_csv('"
            + tape.resolve("collections.csv")
            + "', header = true, all_varchar = true)");
    s.execute(
        "CREATE TABLE fraud AS SELECT loan_id, borrower_id, "
            + ord("reported_date")
            + " AS m, fraud_type, status, CAST(exposure AS DECIMAL(18,2)) AS exposure,"
            + " CAST(loss_amount AS DECIMAL(18,2)) AS loss,"
            + " CAST(recovered_amount AS DECIMAL(18,2)) AS recovered FROM read_csv('"
            + tape.resolve("fraud_cases.csv")
            + "', header = true, all_varchar = true)");
  }

  // ---------------------------------------------------------------- 1. summary

  private static Check summary(Statement s, AnalysisScope scope, int asOf) throws Exception {
    Check ch = new Check("1 summary (regulatory-2023)");
    SummaryAnalysis.Snapshot snap =
        SummaryAnalysis.run(scope, DelinquencyBuckets.DEFAULT, FiveCategoryRule.REGULATORY_2023)
            .asOf();
    ch.ours("active_loans", snap.loans());
    ch.ours("outstanding_cents", snap.outstandingCents());
    ch.ours("par30_cents", snap.par30Cents());
    for (FiveCategory f : FiveCategory.values()) {
      ch.ours("cat_" + f + "_cents", snap.categoryCents()[f.ordinal()]);
      ch.ours("cat_" + f + "_loans", snap.categoryLoans()[f.ordinal()]);
    }
    String cat =
        "CASE WHEN dpd <= 0 THEN 'NORMAL' WHEN dpd <= 90 THEN 'SPECIAL_MENTION'"
            + " WHEN dpd <= 270 THEN 'SUBSTANDARD' WHEN dpd <= 360 THEN 'DOUBTFUL' ELSE 'LOSS' END";
    try (ResultSet rs =
        s.executeQuery(
            "SELECT count(*), "
                + cents("coalesce(sum(balance), 0)")
                + ", "
                + cents("coalesce(sum(balance) FILTER (WHERE dpd >= 30), 0)")
                + " FROM lm WHERE status = 'ACTIVE' AND m = "
                + asOf)) {
      rs.next();
      ch.ref("active_loans", rs.getLong(1));
      ch.ref("outstanding_cents", rs.getLong(2));
      ch.ref("par30_cents", rs.getLong(3));
    }
    for (FiveCategory f : FiveCategory.values()) {
      ch.ref("cat_" + f + "_cents", 0L);
      ch.ref("cat_" + f + "_loans", 0L);
    }
    try (ResultSet rs =
        s.executeQuery(
            "SELECT "
                + cat
                + ", count(*), "
                + cents("sum(balance)")
                + " FROM lm WHERE status = 'ACTIVE' AND m = "
                + asOf
                + " GROUP BY 1")) {
      while (rs.next()) {
        ch.ref.put("cat_" + rs.getString(1) + "_loans", rs.getLong(2));
        ch.ref.put("cat_" + rs.getString(1) + "_cents", rs.getLong(3));
      }
    }
    return ch;
  }

  // ---------------------------------------------------------------- 2. concentration

  private static List<Check> concentration(
      Statement s, AnalysisScope scope, int asOf, Dimension dim, String keyColumn)
      throws Exception {
    Check ch = new Check("2 concentration by " + dim.cliName());
    Check hhi = new Check("2 HHI by " + dim.cliName() + " (1e-12)", 1e-12);
    ConcentrationResult r =
        ConcentrationAnalysis.run(
            scope, dim, FiveCategoryRule.REGULATORY_2023, SingleBorrowerLimits.DEFAULT);
    for (ConcentrationAnalysis.Segment seg : r.segments()) {
      ch.ours(seg.key() + "|loans", (long) seg.loans());
      ch.ours(seg.key() + "|exposure_cents", seg.exposureCents());
      // the API exposes the 30+ ratio = par30 / exposure; ratio × exposure recovers the cents
      // exactly (relative error ~1e-16 on values far below 1e14 cents)
      long par30 =
          seg.exposureCents() == 0 ? 0 : Math.round(seg.par30Ratio() * seg.exposureCents());
      ch.ours(seg.key() + "|dpd30_cents", par30);
    }
    ch.ours("(total)|exposure_cents", r.totalExposureCents());
    hhi.ours("hhi", r.hhi());

    String base =
        " FROM lm JOIN loans l USING (loan_id) LEFT JOIN borrowers b USING (borrower_id)"
            + " WHERE lm.status = 'ACTIVE' AND lm.m = "
            + asOf;
    try (ResultSet rs =
        s.executeQuery(
            "SELECT coalesce("
                + keyColumn
                + ", '(null)'), count(*), "
                + cents("sum(balance)")
                + ", "
                + cents("coalesce(sum(balance) FILTER (WHERE dpd >= 30), 0)")
                + base
                + " GROUP BY 1")) {
      while (rs.next()) {
        String k = rs.getString(1);
        ch.ref(k + "|loans", rs.getLong(2));
        ch.ref(k + "|exposure_cents", rs.getLong(3));
        ch.ref(k + "|dpd30_cents", rs.getLong(4));
      }
    }
    ch.ref("(total)|exposure_cents", scalarLong(s, "SELECT " + cents("sum(balance)") + base));
    // HHI = Σ (exposure_i / total)², in doubles
    hhi.ref(
        "hhi",
        scalarDouble(
            s,
            "WITH seg AS (SELECT "
                + keyColumn
                + " AS k, sum(balance) AS e"
                + base
                + " GROUP BY 1), t AS (SELECT sum(e) AS total FROM seg)"
                + " SELECT sum(power(CAST(e AS DOUBLE) / CAST(total AS DOUBLE), 2)) FROM seg, t"));
    return List.of(ch, hhi);
  }

  // ---------------------------------------------------------------- 3. vintage

  private static List<Check> vintage(Statement s, AnalysisScope scope, int asOf) throws Exception {
    Check ch = new Check("3 vintage cells (30+, amount, month)");
    Check grid = new Check("3 vintage grid shape (cells per cohort)");
    VintageResult r = VintageAnalysis.run(scope, VintageParams.DEFAULT);
    for (String cohort : r.cohorts()) {
      int max = r.maxMob(cohort).orElse(-1);
      grid.ours(cohort, (long) (max + 1));
      for (int k = 0; k <= max; k++) {
        VintageResult.Cell x = r.cell(cohort, k).orElseThrow();
        String key = cohort + "|" + String.format("%03d", k);
        ch.ours(key + "|loans", (long) x.loans());
        ch.ours(key + "|principal", x.principalCents());
        ch.ours(key + "|bad_loans", (long) x.badLoans());
        ch.ours(key + "|bad_principal", x.badPrincipalCents());
      }
    }
    String sql =
        "WITH lo AS (SELECT loan_id, c, principal FROM loans WHERE c <= "
            + asOf
            + "),"
            // first MOB at which the loan is bad; a row before the origination month (MOB < 0)
            // is ≤ every k, so it makes the loan bad from MOB 0
            + " fb AS (SELECT lm.loan_id, greatest(min(lm.m - lo.c), 0) AS fb FROM lm JOIN lo"
            + " USING (loan_id) WHERE lm.m <= "
            + asOf
            + " AND (lm.status = 'CHARGED_OFF' OR (lm.status = 'ACTIVE' AND lm.dpd >= 30))"
            + " GROUP BY 1),"
            + " per AS (SELECT lo.c, lo.principal, fb.fb FROM lo LEFT JOIN fb USING (loan_id)),"
            + " coh AS (SELECT c, count(*) AS n, sum(principal) AS p FROM per GROUP BY c),"
            + " hist AS (SELECT c, fb AS k, count(*) AS n, sum(principal) AS p FROM per"
            + " WHERE fb IS NOT NULL GROUP BY ALL),"
            + " g AS (SELECT coh.c, r.k, coh.n, coh.p FROM coh, LATERAL (SELECT range AS k FROM"
            + " range(0, "
            + asOf
            + " - coh.c + 1)) r)"
            + " SELECT g.c, g.k, g.n, "
            + cents("g.p")
            + ", sum(coalesce(hist.n, 0)) OVER w, "
            + cents("sum(coalesce(hist.p, 0)) OVER w")
            + " FROM g LEFT JOIN hist ON hist.c = g.c AND hist.k = g.k"
            + " WINDOW w AS (PARTITION BY g.c ORDER BY g.k ROWS UNBOUNDED PRECEDING)";
    TreeMap<String, Long> cellsPerCohort = new TreeMap<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String cohort = Months.of(rs.getInt(1)).toString();
        int k = rs.getInt(2);
        String key = cohort + "|" + String.format("%03d", k);
        ch.ref(key + "|loans", rs.getLong(3));
        ch.ref(key + "|principal", rs.getLong(4));
        ch.ref(key + "|bad_loans", rs.getLong(5));
        ch.ref(key + "|bad_principal", rs.getLong(6));
        cellsPerCohort.merge(cohort, 1L, Long::sum);
      }
    }
    cellsPerCohort.forEach(grid::ref);
    return List.of(grid, ch);
  }

  // ---------------------------------------------------------------- 4. flow rate

  private static Check flowRate(Statement s, AnalysisScope scope) throws Exception {
    Check ch = new Check("4 flow rate balances (all months)");
    FlowRateResult r = FlowRateAnalysis.run(scope, DelinquencyBuckets.DEFAULT, 0);
    for (YearMonth m : r.months()) {
      for (int b = 1; b < BUCKETS.length; b++) {
        String key = m + "|" + BUCKETS[b];
        ch.ours(key + "|now_cents", r.balanceCents(m, BUCKETS[b]));
        ch.ours(
            key + "|prev_bucket_prev_month_cents",
            r.balanceCents(m.minusMonths(1), BUCKETS[b - 1]));
      }
    }
    // balance per month and bucket of ACTIVE rows, then for each month t+1 whose previous month t
    // is in the data: (b at t+1, b−1 at t)
    TreeMap<String, Long> bal = new TreeMap<>();
    TreeSet<Integer> months = new TreeSet<>();
    try (ResultSet rs = s.executeQuery("SELECT DISTINCT m FROM lm")) {
      while (rs.next()) {
        months.add(rs.getInt(1));
      }
    }
    try (ResultSet rs =
        s.executeQuery(
            "SELECT m, "
                + bucketSql("dpd")
                + ", "
                + cents("sum(balance)")
                + " FROM lm WHERE status = 'ACTIVE' GROUP BY ALL")) {
      while (rs.next()) {
        bal.put(rs.getInt(1) + "|" + rs.getString(2), rs.getLong(3));
      }
    }
    for (int m : months) {
      if (!months.contains(m - 1)) {
        continue;
      }
      for (int b = 1; b < BUCKETS.length; b++) {
        String key = Months.of(m) + "|" + BUCKETS[b];
        ch.ref(key + "|now_cents", bal.getOrDefault(m + "|" + BUCKETS[b], 0L));
        ch.ref(
            key + "|prev_bucket_prev_month_cents",
            bal.getOrDefault((m - 1) + "|" + BUCKETS[b - 1], 0L));
      }
    }
    return ch;
  }

  // ---------------------------------------------------------------- 5. collections

  private static Check collections(Statement s, AnalysisScope scope, int asOf) throws Exception {
    Check ch = new Check("5 collections by month x type");
    CollectionsResult r = CollectionsAnalysis.run(scope);
    for (CollectionsResult.MonthTypeStats c : r.cells()) {
      String key = c.month() + "|" + c.actionType();
      ch.ours(key + "|actions", (long) c.stats().actions());
      ch.ours(key + "|contacted", (long) c.stats().contacted());
      ch.ours(key + "|promises", (long) c.stats().promises());
      ch.ours(key + "|recovered_cents", c.stats().amountRecoveredCents());
    }
    try (ResultSet rs =
        s.executeQuery(
            "SELECT m, action_type, count(*), count(*) FILTER (WHERE outcome <> 'NO_CONTACT'),"
                + " count(*) FILTER (WHERE outcome = 'PROMISE_TO_PAY'), "
                + cents("coalesce(sum(amount), 0)")
                + " FROM coll WHERE m <= "
                + asOf
                + " GROUP BY ALL")) {
      while (rs.next()) {
        String key = Months.of(rs.getInt(1)) + "|" + rs.getString(2);
        ch.ref(key + "|actions", rs.getLong(3));
        ch.ref(key + "|contacted", rs.getLong(4));
        ch.ref(key + "|promises", rs.getLong(5));
        ch.ref(key + "|recovered_cents", rs.getLong(6));
      }
    }
    return ch;
  }

  // ---------------------------------------------------------------- 6. fraud

  private static Check fraud(Statement s, AnalysisScope scope, int asOf) throws Exception {
    Check ch = new Check("6 fraud by type x status");
    FraudResult r = FraudAnalysis.run(scope);
    for (FraudResult.TypeStatusCell c : r.cells()) {
      String key = c.fraudType() + "|" + c.status();
      ch.ours(key + "|cases", (long) c.totals().cases());
      ch.ours(key + "|exposure_cents", c.totals().exposureCents());
      ch.ours(key + "|loss_cents", c.totals().lossCents());
      ch.ours(key + "|recovered_cents", c.totals().recoveredCents());
    }
    try (ResultSet rs =
        s.executeQuery(
            "SELECT fraud_type, status, count(*), "
                + cents("coalesce(sum(exposure), 0)")
                + ", "
                + cents("coalesce(sum(loss) FILTER (WHERE status <> 'DISMISSED'), 0)")
                + ", "
                + cents("coalesce(sum(recovered) FILTER (WHERE status <> 'DISMISSED'), 0)")
                + " FROM fraud WHERE m <= "
                + asOf
                + " GROUP BY ALL")) {
      while (rs.next()) {
        String key = rs.getString(1) + "|" + rs.getString(2);
        ch.ref(key + "|cases", rs.getLong(3));
        ch.ref(key + "|exposure_cents", rs.getLong(4));
        ch.ref(key + "|loss_cents", rs.getLong(5));
        ch.ref(key + "|recovered_cents", rs.getLong(6));
      }
    }
    return ch;
  }

  // ---------------------------------------------------------------- helpers

  private static int scalarInt(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static long scalarLong(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static double scalarDouble(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getDouble(1);
    }
  }
}
