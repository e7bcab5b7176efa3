package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.Months;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Probability of default by delinquency bucket and horizon (docs/methodology.md §14): {@code
 * PD_k(s) = (P^k)[s, CHARGED_OFF]} for the count-basis monthly matrix P of the window's
 * transitions.
 */
public final class PdAnalysis {
  private PdAnalysis() {}

  /** Months of horizon unless told otherwise. */
  public static final int DEFAULT_HORIZON = 12;

  public static PdResult run(
      AnalysisScope scope, DelinquencyBuckets buckets, int window, int horizon, Scenario scenario) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month, got " + horizon);
    }
    return finish(TransitionModel.estimate(scope, buckets, window), horizon, scenario);
  }

  /** The PD of a transition model, however its tallies were counted (memory or database). */
  static PdResult finish(TransitionModel model, int horizon, Scenario scenario) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month, got " + horizon);
    }
    Matrix count = model.matrix(false, scenario);
    return new PdResult(model, count, count.cumulativePd(horizon), horizon, scenario);
  }

  /** {@code from_state,horizon,pd,marginal_pd} for every bucket and horizon 1..H. */
  public static final class PdResult implements AnalysisResult {
    private final TransitionModel model;
    private final Matrix count;
    private final double[][] pd;
    private final int horizon;
    private final Scenario scenario;

    PdResult(TransitionModel model, Matrix count, double[][] pd, int horizon, Scenario scenario) {
      this.model = model;
      this.count = count;
      this.pd = pd;
      this.horizon = horizon;
      this.scenario = scenario;
    }

    /** Cumulative PD of bucket {@code from} (0 = CURRENT) within {@code k} months; NaN if none. */
    public double pd(int from, int k) {
      return pd[from][k];
    }

    /** The count-basis monthly matrix, row by row, states as in {@link #states()}. */
    public double[][] matrix() {
      double[][] copy = new double[count.p().length][];
      for (int i = 0; i < copy.length; i++) {
        copy[i] = count.p()[i].clone();
      }
      return copy;
    }

    public List<String> states() {
      return count.labels();
    }

    @Override
    public Table rows() {
      List<String> labels = model.buckets.labels();
      StringColumn from = StringColumn.create("from_state");
      IntColumn h = IntColumn.create("horizon");
      DoubleColumn cumulative = DoubleColumn.create("pd");
      DoubleColumn marginal = DoubleColumn.create("marginal_pd");
      for (int s = 0; s < model.nb; s++) {
        for (int k = 1; k <= horizon; k++) {
          from.append(labels.get(s));
          h.append(k);
          cumulative.append(pd[s][k]);
          marginal.append(pd[s][k] - pd[s][k - 1]);
        }
      }
      return Table.create("pd", from, h, cumulative, marginal);
    }

    @Override
    public Map<String, Object> extras() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scenario", scenario.name());
      m.put("window", model.window.months());
      if (!model.window.isEmpty()) {
        m.put("window_first", Months.of(model.window.first()).toString());
        m.put("window_last", Months.of(model.window.last()).toString());
      }
      m.put("missing_transitions", missingTable());
      m.putAll(count.notes());
      m.put("matrix", count.table());
      return m;
    }

    private Table missingTable() {
      List<String> labels = model.buckets.labels();
      StringColumn from = StringColumn.create("from_state");
      LongColumn transitions = LongColumn.create("transitions");
      LongColumn missing = LongColumn.create("missing");
      for (int s = 0; s < model.nb; s++) {
        long total = 0;
        for (int to = 0; to < model.n; to++) {
          total += model.transitions(s, to);
        }
        from.append(labels.get(s));
        transitions.append(total);
        missing.append(model.missing(s));
      }
      return Table.create("missing", from, transitions, missing);
    }
  }
}
