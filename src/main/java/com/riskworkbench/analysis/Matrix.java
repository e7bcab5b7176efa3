package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.Months;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A monthly transition matrix over the states of {@link TransitionModel} (the buckets, PAID_OFF,
 * CHARGED_OFF), rows summing to 1, with where each row came from and which rows a stress capped.
 *
 * @param worstMonth the month (a {@link Months} ordinal) the rows were estimated from in the
 *     worst-month scenario, else -1
 */
record Matrix(
    DelinquencyBuckets buckets, double[][] p, Source[] source, boolean[] capped, int worstMonth) {

  /** Where a row came from. */
  enum Source {
    /** The scope's transitions (of the worst month, in that scenario). */
    SCOPE,
    /** Worst-month scenario: the month had none, so the scope's whole window. */
    SCOPE_WINDOW,
    /** The scope had none, so the whole portfolio's row. */
    PORTFOLIO,
    /** No transitions anywhere: the state stays put and its own PD is undefined. */
    NONE,
    ABSORBING
  }

  int states() {
    return p.length;
  }

  int chargedOff() {
    return p.length - 1;
  }

  List<String> labels() {
    List<String> labels = new ArrayList<>(buckets.labels());
    labels.add(RollRateResult.PAID_OFF);
    labels.add(RollRateResult.CHARGED_OFF);
    return labels;
  }

  /**
   * Cumulative PD {@code pd[s][k] = (P^k)[s, CHARGED_OFF]} for k = 0..{@code horizon}: one matrix
   * product a month, once for every loan of the scope. NaN for a state whose row is undefined.
   */
  double[][] cumulativePd(int horizon) {
    int n = p.length;
    int co = chargedOff();
    double[][] pd = new double[n][horizon + 1];
    double[][] q = new double[n][n];
    for (int i = 0; i < n; i++) {
      q[i][i] = 1;
      pd[i][0] = i == co ? 1 : 0;
    }
    double[][] next = new double[n][n];
    for (int k = 1; k <= horizon; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int m = 0; m < n; m++) {
            s += q[i][m] * p[m][j];
          }
          next[i][j] = s;
        }
      }
      double[][] t = q;
      q = next;
      next = t;
      for (int i = 0; i < n; i++) {
        pd[i][k] = q[i][co];
      }
    }
    for (int i = 0; i < n; i++) {
      if (source[i] == Source.NONE) {
        java.util.Arrays.fill(pd[i], Double.NaN);
      }
    }
    return pd;
  }

  /** The matrix as a table: {@code from_state} then one share column per to-state. */
  Table table() {
    List<String> labels = labels();
    Table t = Table.create("matrix", StringColumn.create("from_state", labels));
    for (int j = 0; j < labels.size(); j++) {
      double[] col = new double[labels.size()];
      for (int i = 0; i < labels.size(); i++) {
        col[i] = p[i][j];
      }
      t.addColumns(DoubleColumn.create(labels.get(j), col));
    }
    return t;
  }

  /** What JSON reports about the matrix: borrowed, undefined and capped rows, the worst month. */
  Map<String, Object> notes() {
    List<String> labels = labels();
    List<String> borrowed = new ArrayList<>();
    List<String> undefined = new ArrayList<>();
    List<String> fromWindow = new ArrayList<>();
    List<String> cappedRows = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      switch (source[i]) {
        case PORTFOLIO -> borrowed.add(labels.get(i));
        case NONE -> undefined.add(labels.get(i));
        case SCOPE_WINDOW -> fromWindow.add(labels.get(i));
        default -> {}
      }
      if (capped[i]) {
        cappedRows.add(labels.get(i));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows_borrowed_from_portfolio", borrowed);
    m.put("rows_undefined", undefined);
    m.put("rows_capped_by_scenario", cappedRows);
    if (worstMonth >= 0) {
      m.put("worst_month", Months.of(worstMonth).toString());
      m.put("rows_from_whole_window", fromWindow);
    }
    return m;
  }
}
