package com.riskworkbench.analysis;

import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The parametric bootstrap of the transition matrix (docs/methodology.md §14.1): each bucket row of
 * the count matrix is redrawn from Dirichlet(counts + 0.5) — independent gamma draws of shape count
 * + 0.5, over their sum — B times from one seed, the scenario's stress applied to each draw as to
 * the point estimate; a figure computed on every drawn matrix gives the 90 % interval between its
 * 5th and 95th percentiles. Rows with no transitions anywhere stay put in every draw; absorbing
 * rows are never redrawn.
 *
 * <p>On the balance basis (the forecast) the drawn count shares are turned into balance shares by
 * the mean balance at t of each cell's transitions (the row's mean for an empty cell): cell j
 * weighs p_j × b_j / n_j. With the observed shares p_j = n_j / N this gives back b_j / B exactly,
 * the point estimate.
 */
final class Bootstrap {
  private Bootstrap() {}

  static final int DEFAULT_DRAWS = 1000;
  static final long DEFAULT_SEED = 20_261_201L;
  static final double LOW = 0.05;
  static final double HIGH = 0.95;

  /** How often the draws report progress and look for a cancel. */
  private static final int CHECK_EVERY = 20;

  /**
   * The 5th and 95th percentiles of a figure over {@code draws} matrices drawn from {@code seed}.
   */
  record Interval(double low, double high, int draws, long seed) {

    /** The JSON fields of the interval, the ends under the given names. */
    Map<String, Object> notes(String lowName, String highName, double scale) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(lowName, draws == 0 ? Double.NaN : Math.round(low * scale) / 100.0);
      m.put(highName, draws == 0 ? Double.NaN : Math.round(high * scale) / 100.0);
      return m;
    }

    Map<String, Object> settings() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("interval_level", HIGH - LOW);
      m.put("bootstrap_draws", draws);
      m.put("bootstrap_seed", seed);
      return m;
    }
  }

  /**
   * Draws {@code draws} matrices like {@code point} (estimated by {@code model}, count basis unless
   * {@code byBalance}) and returns the percentiles of {@code figure} over them. Reports progress
   * and stops with a {@link java.util.concurrent.CancellationException} when cancelled.
   */
  static Interval interval(
      TransitionModel model,
      Matrix point,
      boolean byBalance,
      double factor,
      int draws,
      long seed,
      Progress progress,
      ToDoubleFunction<Matrix> figure) {
    if (draws < 0) {
      throw new IllegalArgumentException("bootstrap draws must be 0 or more, got " + draws);
    }
    long[][] counts = model.rowTallies(point, false);
    double[][] weights = byBalance ? cellWeights(counts, model.rowTallies(point, true)) : null;
    SplittableRandom random = new SplittableRandom(seed);
    int n = point.states();
    double[] values = new double[draws];
    for (int b = 0; b < draws; b++) {
      if (b % CHECK_EVERY == 0) {
        progress.checkCancelled();
        progress.update(b, draws, Message.of("progress.bootstrap"));
      }
      double[][] p = new double[n][n];
      for (int i = 0; i < n; i++) {
        if (counts[i] == null) {
          p[i] = point.p()[i].clone(); // absorbing, or staying put: never redrawn
        } else {
          drawRow(random, counts[i], weights == null ? null : weights[i], p[i]);
        }
      }
      TransitionModel.stress(p, model.nb, factor);
      values[b] =
          figure.applyAsDouble(new Matrix(point.buckets(), p, point.source(), new boolean[n], -1));
    }
    progress.update(draws, draws, Message.of("progress.bootstrap"));
    Arrays.sort(values);
    return new Interval(
        Intervals.percentile(values, LOW), Intervals.percentile(values, HIGH), draws, seed);
  }

  /** Mean balance at t of each cell's transitions; the row's mean for a cell without any. */
  private static double[][] cellWeights(long[][] counts, long[][] balances) {
    double[][] w = new double[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == null) {
        continue;
      }
      long rowCount = 0;
      long rowBalance = 0;
      for (int j = 0; j < counts[i].length; j++) {
        rowCount += counts[i][j];
        rowBalance += balances[i][j];
      }
      double mean = (double) rowBalance / rowCount;
      w[i] = new double[counts[i].length];
      for (int j = 0; j < counts[i].length; j++) {
        w[i][j] = counts[i][j] == 0 ? mean : (double) balances[i][j] / counts[i][j];
      }
    }
    return w;
  }

  /** One Dirichlet(counts + 0.5) row, weighted by {@code weights} when given, into {@code out}. */
  private static void drawRow(SplittableRandom r, long[] counts, double[] weights, double[] out) {
    double sum = 0;
    for (int j = 0; j < counts.length; j++) {
      double g = gamma(r, counts[j] + 0.5);
      if (weights != null) {
        g *= weights[j];
      }
      out[j] = g;
      sum += g;
    }
    if (sum > 0) {
      for (int j = 0; j < counts.length; j++) {
        out[j] /= sum;
      }
    }
  }

  /**
   * A Gamma(shape, 1) deviate by Marsaglia and Tsang (2000); below shape 1, Gamma(shape + 1) ×
   * U^(1/shape).
   */
  static double gamma(SplittableRandom r, double shape) {
    if (shape < 1) {
      double u = 1.0 - r.nextDouble(); // in (0, 1]
      return gamma(r, shape + 1) * Math.pow(u, 1.0 / shape);
    }
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9 * d);
    while (true) {
      double x = r.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = 1.0 - r.nextDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
