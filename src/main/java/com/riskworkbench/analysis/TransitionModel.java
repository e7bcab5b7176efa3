package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The monthly Markov model of docs/methodology.md §14: the roll-rate transitions (the same scan as
 * {@link RollRateAnalysis}) of a window ending at the as-of month, tallied month by month, by count
 * and by balance at t. States are the delinquency buckets, then PAID_OFF and CHARGED_OFF, both
 * absorbing; MISSING transitions are tallied but left out of the matrix.
 */
final class TransitionModel {
  /** The months of transitions the forward-looking analyses use unless told otherwise. */
  static final int DEFAULT_WINDOW = 12;

  final DelinquencyBuckets buckets;
  final TransitionWindow window;

  /** Delinquency buckets (from-states). */
  final int nb;

  /** States of the matrix: the buckets, PAID_OFF ({@code nb}) and CHARGED_OFF ({@code nb + 1}). */
  final int n;

  /** Tallies of the scope: [month of t+1 − first][from × (n + 1) + to], MISSING at to = n. */
  private final long[][] monthCount;

  private final long[][] monthBalance;

  /** Window tallies of the scope and of the whole portfolio (the latter only when needed). */
  private final long[] count;

  private final long[] balance;
  private final long[] bookCount;
  private final long[] bookBalance;

  private TransitionModel(
      DelinquencyBuckets buckets,
      TransitionWindow window,
      long[][] monthCount,
      long[][] monthBalance,
      long[] bookCount,
      long[] bookBalance) {
    this.buckets = buckets;
    this.window = window;
    this.nb = buckets.count();
    this.n = nb + 2;
    this.monthCount = monthCount;
    this.monthBalance = monthBalance;
    this.count = sum(monthCount, nb * (n + 1));
    this.balance = sum(monthBalance, nb * (n + 1));
    this.bookCount = bookCount == null ? count : bookCount;
    this.bookBalance = bookBalance == null ? balance : bookBalance;
  }

  /**
   * The model of tallies counted elsewhere (the database engine): per month t+1 of the window,
   * [from × (n + 1) + to] with MISSING at to = n, by count and balance at t; the whole portfolio's
   * window tallies, or null when the scope is the whole portfolio.
   */
  static TransitionModel of(
      DelinquencyBuckets buckets,
      TransitionWindow window,
      long[][] monthCount,
      long[][] monthBalance,
      long[] bookCount,
      long[] bookBalance) {
    return new TransitionModel(buckets, window, monthCount, monthBalance, bookCount, bookBalance);
  }

  static TransitionModel estimate(AnalysisScope scope, DelinquencyBuckets buckets, int window) {
    TransitionWindow w = TransitionWindow.of(scope, window);
    int months = w.months();
    int width = buckets.count() * (buckets.count() + 3);
    long[][] mc = new long[months][width];
    long[][] mb = new long[months][width];
    tally(scope, buckets, w, mc, mb);
    long[] bc = null;
    long[] bb = null;
    boolean whole = true;
    for (boolean in : scope.include()) {
      whole &= in;
    }
    if (!whole) {
      // Only the whole portfolio's window tallies are needed, for rows the scope leaves empty.
      boolean[] all = new boolean[scope.include().length];
      Arrays.fill(all, true);
      AnalysisScope book =
          new AnalysisScope(scope.portfolio(), scope.asOfMonth(), SegmentFilter.NONE, all);
      long[][] c = new long[months][width];
      long[][] b = new long[months][width];
      tally(book, buckets, w, c, b);
      bc = sum(c, width);
      bb = sum(b, width);
    }
    return new TransitionModel(buckets, w, mc, mb, bc, bb);
  }

  /**
   * The models of {@link #estimate} for the scope at each of {@code asOfMonths} (none after the
   * scope's as-of month), from one scan of the rows: the windows of near months overlap, and each
   * window's tallies are a slice of the scan's month-by-month tallies.
   */
  static Map<Integer, TransitionModel> estimateEach(
      AnalysisScope scope, DelinquencyBuckets buckets, int window, int[] asOfMonths) {
    TransitionWindow[] windows = new TransitionWindow[asOfMonths.length];
    int first = scope.asOfMonth() + 1;
    int last = Integer.MIN_VALUE;
    for (int i = 0; i < asOfMonths.length; i++) {
      windows[i] = TransitionWindow.of(at(scope, asOfMonths[i]), window);
      first = Math.min(first, windows[i].first());
      last = Math.max(last, windows[i].last());
    }
    TransitionWindow union = new TransitionWindow(0, first, last);
    int width = buckets.count() * (buckets.count() + 3);
    long[][] mc = new long[union.months()][width];
    long[][] mb = new long[union.months()][width];
    tally(scope, buckets, union, mc, mb);
    boolean whole = true;
    for (boolean in : scope.include()) {
      whole &= in;
    }
    long[][] bookC = mc;
    long[][] bookB = mb;
    if (!whole) {
      boolean[] all = new boolean[scope.include().length];
      Arrays.fill(all, true);
      AnalysisScope book =
          new AnalysisScope(scope.portfolio(), scope.asOfMonth(), SegmentFilter.NONE, all);
      bookC = new long[union.months()][width];
      bookB = new long[union.months()][width];
      tally(book, buckets, union, bookC, bookB);
    }
    Map<Integer, TransitionModel> models = new HashMap<>();
    for (int i = 0; i < asOfMonths.length; i++) {
      TransitionWindow w = windows[i];
      int from = Math.max(0, w.first() - first);
      int to = Math.max(from, w.last() - first + 1);
      models.put(
          asOfMonths[i],
          new TransitionModel(
              buckets,
              w,
              Arrays.copyOfRange(mc, from, to),
              Arrays.copyOfRange(mb, from, to),
              whole ? null : sum(Arrays.copyOfRange(bookC, from, to), width),
              whole ? null : sum(Arrays.copyOfRange(bookB, from, to), width)));
    }
    return models;
  }

  private static AnalysisScope at(AnalysisScope scope, int month) {
    return new AnalysisScope(scope.portfolio(), month, scope.filter(), scope.include());
  }

  private static void tally(
      AnalysisScope scope, DelinquencyBuckets buckets, TransitionWindow w, long[][] c, long[][] b) {
    int width = buckets.count() + 3;
    int first = w.first();
    RollRateAnalysis.scan(
        scope,
        buckets,
        w,
        (loan, month, from, to, cents) -> {
          int m = month + 1 - first;
          c[m][from * width + to]++;
          b[m][from * width + to] += cents;
        });
  }

  private static long[] sum(long[][] byMonth, int width) {
    long[] s = new long[width];
    for (long[] m : byMonth) {
      for (int i = 0; i < width; i++) {
        s[i] += m[i];
      }
    }
    return s;
  }

  /** Transitions of the scope's window from {@code from} to MISSING, by count. */
  long missing(int from) {
    return count[from * (n + 1) + n];
  }

  long transitions(int from, int to) {
    return count[from * (n + 1) + to];
  }

  /**
   * The month of the window (a {@code Months} ordinal of t+1) with the highest CURRENT → DPD_1_29
   * balance roll rate (over the CURRENT row's balance, MISSING included), the latest on a tie; -1
   * when no month has a CURRENT balance.
   */
  int worstMonth() {
    int worst = -1;
    double highest = -1;
    for (int m = 0; m < monthBalance.length; m++) {
      long row = 0;
      for (int to = 0; to <= n; to++) {
        row += monthBalance[m][to];
      }
      if (row == 0 || nb < 2) {
        continue;
      }
      double rate = (double) monthBalance[m][1] / row;
      if (rate >= highest) {
        highest = rate;
        worst = window.first() + m;
      }
    }
    return worst;
  }

  /** The monthly matrix of a basis and scenario, with what was borrowed, undefined or capped. */
  Matrix matrix(boolean byBalance, Scenario scenario) {
    long[] scopeTally = byBalance ? balance : count;
    long[] bookTally = byBalance ? bookBalance : bookCount;
    long[] first = scopeTally;
    int worst = scenario.worstMonth() ? worstMonth() : -1;
    if (worst >= 0) {
      first = (byBalance ? monthBalance : monthCount)[worst - window.first()];
    }
    double[][] p = new double[n][n];
    Matrix.Source[] source = new Matrix.Source[n];
    for (int i = 0; i < nb; i++) {
      if (fillRow(p[i], first, i)) {
        source[i] = Matrix.Source.SCOPE;
      } else if (first != scopeTally && fillRow(p[i], scopeTally, i)) {
        source[i] = Matrix.Source.SCOPE_WINDOW;
      } else if (fillRow(p[i], bookTally, i)) {
        source[i] = Matrix.Source.PORTFOLIO;
      } else {
        p[i][i] = 1; // stays put: cannot spoil the states that never reach it
        source[i] = Matrix.Source.NONE;
      }
    }
    p[nb][nb] = 1;
    p[nb + 1][nb + 1] = 1;
    source[nb] = Matrix.Source.ABSORBING;
    source[nb + 1] = Matrix.Source.ABSORBING;
    boolean[] capped = stress(p, nb, scenario.factor());
    return new Matrix(buckets, p, source, capped, worst);
  }

  /**
   * The tallies behind each bucket row of {@code m} (a matrix of this model), taken from where the
   * row came from: the scope's window, the worst month, or the whole portfolio; by count, or by
   * balance with {@code byBalance}. Only the non-MISSING cells, [row][to-state]; null for a row
   * with no transitions anywhere and for the absorbing rows. The bootstrap redraws these rows.
   */
  long[][] rowTallies(Matrix m, boolean byBalance) {
    long[] window = byBalance ? balance : count;
    long[] book = byBalance ? bookBalance : bookCount;
    long[] scope = window;
    if (m.worstMonth() >= 0) {
      scope = (byBalance ? monthBalance : monthCount)[m.worstMonth() - this.window.first()];
    }
    long[][] rows = new long[n][];
    for (int i = 0; i < nb; i++) {
      long[] tally =
          switch (m.source()[i]) {
            case SCOPE -> scope;
            case SCOPE_WINDOW -> window;
            case PORTFOLIO -> book;
            default -> null;
          };
      if (tally != null) {
        rows[i] = Arrays.copyOfRange(tally, i * (n + 1), i * (n + 1) + n);
      }
    }
    return rows;
  }

  /** Row {@code from} of a tally as shares over its non-MISSING total; false when that is 0. */
  private boolean fillRow(double[] row, long[] tally, int from) {
    long total = 0;
    for (int to = 0; to < n; to++) {
      total += tally[from * (n + 1) + to];
    }
    if (total == 0) {
      return false;
    }
    for (int to = 0; to < n; to++) {
      row[to] = (double) tally[from * (n + 1) + to] / total;
    }
    return true;
  }

  /**
   * Multiplies each bucket row's moves to a worse bucket or CHARGED_OFF by {@code f} and scales its
   * stay-and-cure cells (same or better bucket, PAID_OFF) to keep the row at 1. Where they hold too
   * little mass, the worse cells take the whole row in their own proportions (capped).
   */
  static boolean[] stress(double[][] p, int nb, double f) {
    int n = p.length;
    boolean[] capped = new boolean[n];
    if (f == 1.0) {
      return capped;
    }
    int co = nb + 1;
    for (int i = 0; i < nb; i++) {
      double[] row = p[i];
      double worse = row[co];
      for (int j = i + 1; j < nb; j++) {
        worse += row[j];
      }
      double stay = 1.0 - worse;
      double added = (f - 1.0) * worse;
      if (worse == 0) {
        continue;
      }
      double worseScale;
      double stayScale;
      if (added <= stay && stay > 0) {
        worseScale = f;
        stayScale = (stay - added) / stay;
      } else if (added > 0) {
        worseScale = 1.0 / worse;
        stayScale = 0;
        capped[i] = true;
      } else {
        continue; // f < 1 on a row with nothing to stay or cure: left as it is
      }
      for (int j = 0; j < n; j++) {
        boolean isWorse = j == co || (j > i && j < nb);
        row[j] *= isWorse ? worseScale : stayScale;
      }
    }
    return capped;
  }

  /** The as-of balance (cents) by state of the scope's ACTIVE loans: the forecast's month 0. */
  static long[] startingBalance(AnalysisScope scope, DelinquencyBuckets buckets, Stages stages) {
    LoadedPortfolio p = scope.portfolio();
    long[] v = new long[buckets.count() + 2];
    int[] dpd = p.rowDpd();
    long[] bal = p.rowBalance();
    for (int r : stages.rows()) {
      v[buckets.bucket(dpd[r])] += bal[r];
    }
    return v;
  }
}
