package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The Lorenz curve and Gini coefficient of exposure across the units of one dimension — borrowers
 * by default (docs/methodology.md §6.6). A unit is a segment with at least one ACTIVE loan of the
 * scope at the as-of month; its exposure is the sum of those loans' balances, as in the
 * concentration analysis. Units are sorted by exposure ascending; point {@code k} of the curve is
 * (k / n, cumulative exposure of the k smallest / total), from (0, 0) to (1, 1). Gini = 1 − Σ (X_k
 * − X_{k−1})(Y_k + Y_{k−1}), the area between the diagonal and the curve doubled; the top p share
 * is the exposure share of the ceil(p·n) largest units, at least one. By {@link Dimension#GROUP}
 * the borrowers in no group are not a unit (they are not related to each other), so the curve is
 * across the groups only.
 */
public final class LorenzAnalysis {
  private LorenzAnalysis() {}

  public static LorenzResult run(AnalysisScope scope, Dimension dimension) {
    LoadedPortfolio p = scope.portfolio();
    SegmentKeys keys = dimension.keys(p, scope.asOfMonth());
    int[] code = keys.loanCode();
    long[] exposure = new long[keys.labels().length];
    // By group, the last code is the borrowers in no group: not one unit (see the class comment).
    int skipped = dimension == Dimension.GROUP ? keys.labels().length - 1 : -1;
    boolean[] active = new boolean[exposure.length];
    boolean[] include = scope.include();
    long[] balance = p.rowBalance();
    byte[] status = p.rowStatus();
    for (int l = 0; l < p.loans(); l++) {
      if (!include[l]) {
        continue;
      }
      int r = p.rowAt(l, scope.asOfMonth());
      if (r < 0 || status[r] != LoadedPortfolio.ACTIVE || code[l] == skipped) {
        continue;
      }
      exposure[code[l]] += balance[r];
      active[code[l]] = true;
    }
    int n = 0;
    for (boolean a : active) {
      n += a ? 1 : 0;
    }
    long[] sorted = new long[n];
    int i = 0;
    for (int s = 0; s < exposure.length; s++) {
      if (active[s]) {
        sorted[i++] = exposure[s];
      }
    }
    Arrays.sort(sorted);
    return LorenzResult.of(dimension, sorted);
  }

  /**
   * The units' distinct exposures in cents, smallest first ({@code exposureCents}, never changed),
   * each with how many units have it ({@code unitCounts}): the sorted exposures, run-length
   * encoded, as both engines produce them (the database counts units per exposure); and the figures
   * drawn from them, which walk the sorted exposures one unit at a time as if they were written
   * out.
   */
  public record LorenzResult(Dimension dimension, long[] exposureCents, long[] unitCounts)
      implements AnalysisResult {

    public LorenzResult {
      if (exposureCents.length != unitCounts.length) {
        throw new IllegalArgumentException("one count per distinct exposure");
      }
    }

    /** The result of exposures sorted ascending, one per unit. */
    public static LorenzResult of(Dimension dimension, long[] sortedCents) {
      int runs = 0;
      long[] values = new long[sortedCents.length];
      long[] counts = new long[sortedCents.length];
      for (int k = 0; k < sortedCents.length; k++) {
        if (runs > 0 && values[runs - 1] == sortedCents[k]) {
          counts[runs - 1]++;
        } else {
          values[runs] = sortedCents[k];
          counts[runs++] = 1;
        }
      }
      return new LorenzResult(dimension, Arrays.copyOf(values, runs), Arrays.copyOf(counts, runs));
    }

    public int units() {
      long n = 0;
      for (long c : unitCounts) {
        n += c;
      }
      return Math.toIntExact(n);
    }

    /** The exposures one per unit, smallest first (a new array of {@link #units()} values). */
    public long[] sortedCents() {
      long[] sorted = new long[units()];
      int k = 0;
      for (int i = 0; i < exposureCents.length; i++) {
        for (long c = 0; c < unitCounts[i]; c++) {
          sorted[k++] = exposureCents[i];
        }
      }
      return sorted;
    }

    public long totalExposureCents() {
      long t = 0;
      for (int i = 0; i < exposureCents.length; i++) {
        t += exposureCents[i] * unitCounts[i];
      }
      return t;
    }

    /** Y_k for k = 0..n: the exposure share of the k smallest units; NaN with no exposure. */
    public double[] exposureShares() {
      int n = units();
      double total = totalExposureCents();
      double[] y = new double[n + 1];
      long cumulative = 0;
      int k = 0;
      for (int i = 0; i < exposureCents.length; i++) {
        for (long c = 0; c < unitCounts[i]; c++) {
          cumulative += exposureCents[i];
          y[++k] = total == 0 ? Double.NaN : cumulative / total;
        }
      }
      if (total == 0) {
        y[0] = Double.NaN;
      }
      return y;
    }

    /** Gini = 1 − Σ_k (X_k − X_{k−1})(Y_k + Y_{k−1}); NaN with no unit or no exposure. */
    public double gini() {
      int n = units();
      double[] y = exposureShares();
      if (n == 0 || Double.isNaN(y[0])) {
        return Double.NaN;
      }
      double sum = 0;
      for (int k = 1; k <= n; k++) {
        sum += y[k] + y[k - 1];
      }
      return 1 - sum / n;
    }

    /** The exposure share of the largest ceil(percent / 100 · n) units, at least one. */
    public double topShare(int percent) {
      int n = units();
      long total = totalExposureCents();
      if (n == 0 || total == 0) {
        return Double.NaN;
      }
      // Whole numbers, so that 5 % of 100 units is 5 units, not 5.000000000000001 rounded up.
      long left = Math.max(1, ((long) percent * n + 99) / 100);
      long top = 0;
      for (int i = exposureCents.length - 1; i >= 0 && left > 0; i--) {
        long taken = Math.min(left, unitCounts[i]);
        top += exposureCents[i] * taken;
        left -= taken;
      }
      return (double) top / total;
    }

    /**
     * At most {@code max} points of the curve (at least 2), taken from the exact ones and always
     * including both ends: for a chart, where a million borrowers would be a million points.
     */
    public double[][] reducedCurve(int max) {
      int n = units();
      double[] y = exposureShares();
      int m = Math.min(n + 1, Math.max(2, max));
      double[][] xy = new double[2][m];
      for (int j = 0; j < m; j++) {
        int k = m == 1 ? 0 : (int) Math.round((double) j * n / (m - 1));
        xy[0][j] = n == 0 ? 0 : (double) k / n;
        xy[1][j] = y[k];
      }
      return xy;
    }

    @Override
    public Table rows() {
      int n = units();
      double[] y = exposureShares();
      DoubleColumn x = DoubleColumn.create("population_share");
      DoubleColumn share = DoubleColumn.create("exposure_share");
      for (int k = 0; n > 0 && k <= n; k++) {
        x.append((double) k / n);
        share.append(y[k]);
      }
      return Table.create("lorenz_" + dimension.cliName(), x, share);
    }

    @Override
    public Map<String, Object> extras() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("dimension", dimension.cliName());
      m.put("units", units());
      m.put("total_exposure", amount(totalExposureCents()));
      m.put("gini", gini());
      m.put("top1pct_share", topShare(1));
      m.put("top5pct_share", topShare(5));
      m.put("top10pct_share", topShare(10));
      return m;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LorenzResult r
          && r.dimension == dimension
          && Arrays.equals(r.exposureCents, exposureCents)
          && Arrays.equals(r.unitCounts, unitCounts);
    }

    @Override
    public int hashCode() {
      return (dimension.hashCode() * 31 + Arrays.hashCode(exposureCents)) * 31
          + Arrays.hashCode(unitCounts);
    }

    @Override
    public String toString() {
      return "LorenzResult[" + dimension + ", " + units() + " units]";
    }
  }
}
