package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Backtest of the run-off forecast (docs/methodology.md §14.2): the forecast made at the origin O =
 * A − H from the data up to O only (the base-scenario matrices of the window ending at O, the
 * scope's ACTIVE loans at O), set month by month against the charge-offs of those same loans in (O,
 * A]. By count, the loans at O by bucket projected with the count matrix; by balance, their
 * balances projected with the balance matrix, as the forecast does. An actual charge-off counts in
 * the month of its CHARGED_OFF row, with the loan's balance of the month before (the balance the
 * matrix moves), or its charge-off amount when that month has no row.
 */
public final class BacktestAnalysis {
  private BacktestAnalysis() {}

  public static final int DEFAULT_HORIZON = 12;

  public static BacktestResult run(
      AnalysisScope scope,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window,
      int horizon) {
    LoadedPortfolio p = scope.portfolio();
    int asOf = scope.asOfMonth();
    int origin = origin(asOf, horizon, p.rows() == 0 ? Integer.MAX_VALUE : p.firstMonthOrdinal());
    AnalysisScope then =
        new AnalysisScope(p, origin, scope.filter(), scope.filter().mask(p, origin));
    TransitionModel model = TransitionModel.estimate(then, buckets, window);
    Stages stages = Stages.of(then, StageThresholds.DEFAULT, rule);
    long[] startCount = new long[buckets.count() + 2];
    int[] dpd = p.rowDpd();
    for (int r : stages.rows()) {
      startCount[buckets.bucket(dpd[r])]++;
    }
    long[] startBalance = TransitionModel.startingBalance(then, buckets, stages);

    // [k] for k = 1..H: the charge-offs of the loans at the origin, by count and cents
    long[] actualLoans = new long[horizon + 1];
    long[] actualCents = new long[horizon + 1];
    boolean[] atOrigin = new boolean[p.loans()];
    for (int l : stages.loans()) {
      atOrigin[l] = true;
    }
    int[] rowStart = p.rowStart();
    int[] rowMonth = p.rowMonth();
    byte[] status = p.rowStatus();
    long[] balance = p.rowBalance();
    long[] chargeOff = p.rowChargeOff();
    long laterLoans = 0;
    long laterCents = 0;
    boolean[] include = scope.include();
    for (int l = 0; l < p.loans(); l++) {
      if (!atOrigin[l] && !include[l]) {
        continue;
      }
      for (int r = rowStart[l]; r < rowStart[l + 1]; r++) {
        int m = rowMonth[r];
        if (m <= origin || m > asOf || status[r] != LoadedPortfolio.CHARGED_OFF) {
          continue;
        }
        boolean previous = r > rowStart[l] && rowMonth[r - 1] == m - 1;
        long cents = previous ? balance[r - 1] : chargeOff[r];
        if (atOrigin[l]) {
          actualLoans[m - origin]++;
          actualCents[m - origin] += cents;
        } else {
          laterLoans++;
          laterCents += cents;
        }
      }
    }
    return finish(
        origin,
        horizon,
        window,
        model,
        startCount,
        startBalance,
        actualLoans,
        actualCents,
        laterLoans,
        laterCents);
  }

  /**
   * The forecast's origin, as-of month − horizon (ordinals), checked against the data's first month
   * ({@link Integer#MAX_VALUE} when there is none).
   *
   * @throws IllegalArgumentException when the origin is before the data
   */
  static int origin(int asOf, int horizon, int firstMonth) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month, got " + horizon);
    }
    int before = firstMonth == Integer.MAX_VALUE ? 0 : asOf - firstMonth;
    if (horizon > before) {
      throw new IllegalArgumentException(
          "a backtest of "
              + horizon
              + " months as of "
              + Months.of(asOf)
              + " needs a forecast made at "
              + Months.of(asOf - horizon)
              + ", but the data start at "
              + (firstMonth == Integer.MAX_VALUE ? "no month" : Months.of(firstMonth).toString())
              + ": choose a horizon of at most "
              + before
              + " months.");
    }
    return asOf - horizon;
  }

  /**
   * The backtest from the model at the origin, the loans at the origin by bucket (count and cents)
   * and the charge-offs after it ([k] for month origin + k), however they were counted (memory or
   * database).
   */
  static BacktestResult finish(
      int origin,
      int horizon,
      int window,
      TransitionModel model,
      long[] startCount,
      long[] startBalance,
      long[] actualLoans,
      long[] actualCents,
      long laterLoans,
      long laterCents) {
    Matrix byCount = model.matrix(false, Scenario.BASE);
    Matrix byBalance = model.matrix(true, Scenario.BASE);
    int co = byCount.states() - 1;
    double[][] vc = ForecastAnalysis.project(startCount, byCount.p(), horizon);
    double[][] vb = ForecastAnalysis.project(startBalance, byBalance.p(), horizon);
    // [k][0] forecast loans, [1] actual loans, [2] forecast cents, [3] actual cents; k = 1..H
    double[][] months = new double[horizon + 1][4];
    for (int k = 1; k <= horizon; k++) {
      months[k][0] = vc[k][co] - vc[k - 1][co];
      months[k][1] = actualLoans[k];
      months[k][2] = Math.round(vb[k][co] - vb[k - 1][co]);
      months[k][3] = actualCents[k];
    }
    return new BacktestResult(origin, horizon, window, months, laterLoans, laterCents, byBalance);
  }

  /** {@code month,forecast_loans,actual_loans,forecast_balance,actual_balance,ratio}. */
  public static final class BacktestResult implements AnalysisResult {
    private final int origin;
    private final int horizon;
    private final int window;
    private final double[][] months;
    private final long laterLoans;
    private final long laterCents;
    private final Matrix matrix;

    BacktestResult(
        int origin,
        int horizon,
        int window,
        double[][] months,
        long laterLoans,
        long laterCents,
        Matrix matrix) {
      this.origin = origin;
      this.horizon = horizon;
      this.window = window;
      this.months = months;
      this.laterLoans = laterLoans;
      this.laterCents = laterCents;
      this.matrix = matrix;
    }

    @Override
    public Table rows() {
      StringColumn month = StringColumn.create("month");
      DoubleColumn forecastLoans = DoubleColumn.create("forecast_loans");
      LongColumn actualLoans = LongColumn.create("actual_loans");
      DoubleColumn forecastBalance = DoubleColumn.create("forecast_balance");
      DoubleColumn actualBalance = DoubleColumn.create("actual_balance");
      DoubleColumn ratioColumn = DoubleColumn.create("ratio");
      for (int k = 1; k <= horizon; k++) {
        double[] m = months[k];
        month.append(Months.of(origin + k).toString());
        forecastLoans.append(m[0]);
        actualLoans.append((long) m[1]);
        forecastBalance.append(m[2] / 100.0);
        actualBalance.append(m[3] / 100.0);
        ratioColumn.append(ratio(m[3], m[2]));
      }
      return Table.create(
          "backtest",
          month,
          forecastLoans,
          actualLoans,
          forecastBalance,
          actualBalance,
          ratioColumn);
    }

    /** The origin, horizon and window, the totals over the horizon and the matrix notes. */
    @Override
    public Map<String, Object> extras() {
      double[] total = new double[4];
      for (int k = 1; k <= horizon; k++) {
        for (int c = 0; c < 4; c++) {
          total[c] += months[k][c];
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("forecast_made_at", Months.of(origin).toString());
      m.put("horizon", horizon);
      m.put("window", window);
      m.put("total_forecast_loans", total[0]);
      m.put("total_actual_loans", (long) total[1]);
      m.put("total_forecast_balance", total[2] / 100.0);
      m.put("total_actual_balance", total[3] / 100.0);
      m.put("total_ratio", ratio(total[3], total[2]));
      m.put("later_loans_charged_off", laterLoans);
      m.put("later_loans_charged_off_balance", laterCents / 100.0);
      m.putAll(matrix.notes());
      return m;
    }
  }
}
