package com.riskworkbench.analysis;

/**
 * Confidence intervals of shares (docs/methodology.md §8.6): the Wilson score interval of one
 * binomial share and Goodman's (1965) simultaneous intervals of the shares of a multinomial row,
 * with the standard normal quantile they need; and the percentile of a sorted sample for the
 * bootstrap.
 */
final class Intervals {
  private Intervals() {}

  /** The two-sided 95 % normal quantile, Φ⁻¹(0.975). */
  static final double Z_95 = 1.959963984540054;

  /** The error rate of the 95 % intervals. */
  static final double ALPHA = 0.05;

  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

  /**
   * The Wilson score interval of {@code x} successes in {@code n} trials at normal quantile z: (x/n
   * + z²/2n ∓ z √(x/n (1 − x/n)/n + z²/4n²)) / (1 + z²/n). Both ends NaN when n = 0.
   */
  static double[] wilson(long x, long n, double z) {
    if (n <= 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double p = (double) x / n;
    double z2 = z * z;
    double centre = p + z2 / (2.0 * n);
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    double denominator = 1 + z2 / n;
    return new double[] {
      Math.max(0, (centre - half) / denominator), Math.min(1, (centre + half) / denominator)
    };
  }

  /**
   * Goodman's simultaneous intervals of the k cells of one multinomial row at error rate α: with A
   * the chi-square(1) quantile at 1 − α/k, cell i of n_i out of N lies in (A + 2n_i ∓ √(A (A + 4
   * n_i (N − n_i) / N))) / (2 (N + A)). Returns [cell][low, high]; NaN when N = 0.
   */
  static double[][] goodman(long[] counts, double alpha) {
    int k = counts.length;
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    double a = goodmanChiSquare(k, alpha);
    double[][] out = new double[k][2];
    for (int i = 0; i < k; i++) {
      if (total == 0) {
        out[i][0] = Double.NaN;
        out[i][1] = Double.NaN;
        continue;
      }
      double ni = counts[i];
      double root = Math.sqrt(a * (a + 4 * ni * (total - ni) / total));
      out[i][0] = Math.max(0, (a + 2 * ni - root) / (2 * (total + a)));
      out[i][1] = Math.min(1, (a + 2 * ni + root) / (2 * (total + a)));
    }
    return out;
  }

  /**
   * The chi-square(1) quantile of a simultaneous row of {@code k} cells, χ²₁(1 − α/k), which is the
   * square of the normal quantile Φ⁻¹(1 − α/2k).
   */
  static double goodmanChiSquare(int k, double alpha) {
    double z = normalQuantile(1 - alpha / (2.0 * k));
    return z * z;
  }

  /** Φ(x), the standard normal distribution function, to about 1e-15 for |x| ≤ 8. */
  static double normalCdf(double x) {
    if (x < -8) {
      return 0;
    }
    if (x > 8) {
      return 1;
    }
    // Φ(x) = 1/2 + φ(x) (x + x³/3 + x⁵/(3·5) + …): every term of the sum has the sign of x.
    double term = x;
    double sum = x;
    double x2 = x * x;
    for (int i = 3; i < 500 && Math.abs(term) > 1e-17 * Math.abs(sum); i += 2) {
      term *= x2 / i;
      sum += term;
    }
    return 0.5 + sum * Math.exp(-x2 / 2) / SQRT_2PI;
  }

  /** Φ⁻¹(p) for 0 < p < 1 by Newton's method on {@link #normalCdf}. */
  static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a probability strictly between 0 and 1, got " + p);
    }
    double x = 0;
    for (int i = 0; i < 200; i++) {
      double density = Math.exp(-x * x / 2) / SQRT_2PI;
      double step = (normalCdf(x) - p) / Math.max(density, 1e-300);
      // keep a step within 1 so that the start at 0 cannot overshoot into the flat tails
      x -= Math.max(-1, Math.min(1, step));
      if (Math.abs(step) < 1e-15) {
        break;
      }
    }
    return x;
  }

  /**
   * The q-quantile of a sorted sample, linear between order statistics (the "type 7" definition of
   * R and numpy): position h = (n − 1) q, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
   */
  static double percentile(double[] sorted, double q) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(n - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
