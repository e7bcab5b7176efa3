package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.common.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Loss forecast of the run-off book (docs/methodology.md §14): the as-of balances by state, v_0,
 * projected v_{k+1} = v_k · P with the balance-basis matrix of the window, no new originations. New
 * charge-offs are the increase of CHARGED_OFF, expected net loss those × LGD, pay-downs the
 * increase of PAID_OFF. Every row of P sums to 1, so the total over the states stays v_0's.
 */
public final class ForecastAnalysis {
  private ForecastAnalysis() {}

  public static ForecastResult run(
      AnalysisScope scope,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window,
      int horizon,
      Scenario scenario) {
    return run(
        scope,
        buckets,
        rule,
        window,
        horizon,
        scenario,
        Bootstrap.DEFAULT_DRAWS,
        Bootstrap.DEFAULT_SEED,
        Progress.NONE);
  }

  /**
   * The forecast with the 90 % bootstrap interval of its cumulative charge-off and net loss over
   * {@code draws} redrawn matrices from {@code seed} (0 draws: no interval); the draws report to
   * {@code progress} and stop when it is cancelled.
   */
  public static ForecastResult run(
      AnalysisScope scope,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window,
      int horizon,
      Scenario scenario,
      int draws,
      long seed,
      Progress progress) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month, got " + horizon);
    }
    TransitionModel model = TransitionModel.estimate(scope, buckets, window);
    Stages stages = Stages.of(scope, StageThresholds.DEFAULT, rule);
    long[] start = TransitionModel.startingBalance(scope, buckets, stages);
    LossGivenDefault lgd = LossGivenDefault.of(scope, LossGivenDefault.DEFAULT_SEASONING);
    return finish(model, start, lgd, horizon, scenario, draws, seed, progress);
  }

  /**
   * The forecast from a transition model, the as-of balances by state ({@code start}, cents) and
   * the LGD, however they were counted (memory or database).
   */
  static ForecastResult finish(
      TransitionModel model,
      long[] start,
      LossGivenDefault lgd,
      int horizon,
      Scenario scenario,
      int draws,
      long seed,
      Progress progress) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month, got " + horizon);
    }
    Matrix matrix = model.matrix(true, scenario);
    double[][] v = project(start, matrix.p(), horizon);
    int co = matrix.chargedOff();
    Bootstrap.Interval interval =
        Bootstrap.interval(
            model,
            matrix,
            true,
            scenario.factor(),
            draws,
            seed,
            progress,
            m -> project(start, m.p(), horizon)[horizon][co] - start[co]);
    return new ForecastResult(matrix, v, lgd, scenario, interval);
  }

  /** v_0 = {@code start}, v_{k+1} = v_k · p for k up to {@code horizon}; [month][state]. */
  static double[][] project(long[] start, double[][] p, int horizon) {
    int n = p.length;
    double[][] v = new double[horizon + 1][n];
    for (int s = 0; s < n; s++) {
      v[0][s] = start[s];
    }
    for (int k = 1; k <= horizon; k++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += v[k - 1][i] * p[i][j];
        }
        v[k][j] = sum;
      }
    }
    return v;
  }

  /** {@code month,state,balance} for months 0..H and every state; JSON adds the loss figures. */
  public static final class ForecastResult implements AnalysisResult {
    private final Matrix matrix;
    private final double[][] v;
    private final LossGivenDefault lgd;
    private final Scenario scenario;
    private final Bootstrap.Interval interval;

    ForecastResult(
        Matrix matrix,
        double[][] v,
        LossGivenDefault lgd,
        Scenario scenario,
        Bootstrap.Interval interval) {
      this.matrix = matrix;
      this.v = v;
      this.lgd = lgd;
      this.scenario = scenario;
      this.interval = interval;
    }

    /** The 90 % bootstrap interval of the cumulative charge-off (cents); null when not drawn. */
    public double[] chargeOffIntervalCents() {
      return interval.draws() == 0 ? null : new double[] {interval.low(), interval.high()};
    }

    /** Balance (cents, unrounded) in {@code state} at month {@code k}. */
    public double balanceCents(int k, int state) {
      return v[k][state];
    }

    public int horizon() {
      return v.length - 1;
    }

    @Override
    public Table rows() {
      List<String> labels = matrix.labels();
      IntColumn month = IntColumn.create("month");
      StringColumn state = StringColumn.create("state");
      DoubleColumn balance = DoubleColumn.create("balance");
      for (int k = 0; k < v.length; k++) {
        for (int s = 0; s < labels.size(); s++) {
          month.append(k);
          state.append(labels.get(s));
          balance.append(Math.round(v[k][s]) / 100.0);
        }
      }
      return Table.create("forecast", month, state, balance);
    }

    /** Per month 1..H: new charge-offs, expected net loss and pay-downs, in currency units. */
    public Table monthly() {
      int co = matrix.chargedOff();
      int po = co - 1;
      IntColumn month = IntColumn.create("month");
      DoubleColumn chargeOff = DoubleColumn.create("charge_off");
      DoubleColumn netLoss = DoubleColumn.create("net_loss");
      DoubleColumn payDown = DoubleColumn.create("pay_down");
      for (int k = 1; k < v.length; k++) {
        double newCo = v[k][co] - v[k - 1][co];
        month.append(k);
        chargeOff.append(Math.round(newCo) / 100.0);
        netLoss.append(Math.round(newCo * lgd.lgd()) / 100.0);
        payDown.append(Math.round(v[k][po] - v[k - 1][po]) / 100.0);
      }
      return Table.create("monthly", month, chargeOff, netLoss, payDown);
    }

    @Override
    public Map<String, Object> extras() {
      int co = matrix.chargedOff();
      double startTotal = 0;
      for (double b : v[0]) {
        startTotal += b;
      }
      double cumulative = v[v.length - 1][co] - v[0][co];
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scenario", scenario.name());
      m.put("starting_balance", Math.round(startTotal) / 100.0);
      m.put("cumulative_charge_off", Math.round(cumulative) / 100.0);
      m.put("cumulative_net_loss", Math.round(cumulative * lgd.lgd()) / 100.0);
      m.put("loss_rate", ratio(cumulative * lgd.lgd(), startTotal));
      m.putAll(interval.notes("cumulative_loss_low", "cumulative_loss_high", lgd.lgd()));
      m.putAll(interval.notes("cumulative_charge_off_low", "cumulative_charge_off_high", 1.0));
      m.putAll(interval.settings());
      m.put("lgd", lgd.lgd());
      m.put("lgd_basis", lgd.basis());
      m.putAll(matrix.notes());
      m.put("monthly", monthly());
      return m;
    }
  }
}
