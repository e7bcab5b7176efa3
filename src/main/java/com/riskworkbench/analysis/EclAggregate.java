package com.riskworkbench.analysis;

import java.util.List;

/**
 * The scope's ECL reduced to what a transition matrix changes, so that the bootstrap recomputes ECL
 * from a drawn matrix without rescanning the loans. A loan's ECL is LGD × EAD × Σ_{k=1..H} (PD_k −
 * PD_{k−1})(b) × v^k with b its bucket, H its horizon and v = 1 / (1 + r/12); swapping the sums
 * gives ECL of a stage = LGD × Σ_b Σ_k (PD_k − PD_{k−1})(b) × W[stage][b][k], where W sums EAD ×
 * v^k over the stage's loans in bucket b whose horizon reaches month k. One pass over the loans
 * fills W (3 stages × the buckets × the longest horizon used); each draw then costs the matrix
 * powers and one product with W, whatever the size of the book. W is filled group by group ({@link
 * EclGroup}), as the database engine's grouped rows give it. Stages are rounded to the cent and
 * added, as {@link EclAnalysis} does, so the observed matrix gives its ECL to the cent.
 */
final class EclAggregate {
  private final double[][][] weight;
  private final int horizon;
  private final double lgd;

  private EclAggregate(double[][][] weight, int horizon, double lgd) {
    this.weight = weight;
    this.horizon = horizon;
    this.lgd = lgd;
  }

  static EclAggregate of(
      AnalysisScope scope, DelinquencyBuckets buckets, Stages stages, double lgd) {
    return of(EclGroup.of(scope, buckets, stages, Dimension.PRODUCT), buckets.count(), lgd);
  }

  /** W from the as-of loans' groups (of {@code buckets} delinquency buckets), group by group. */
  static EclAggregate of(List<EclGroup> groups, int buckets, double lgd) {
    int longest = 1;
    for (EclGroup g : groups) {
      longest = Math.max(longest, g.horizon());
    }
    double[][][] w = new double[3][buckets][longest + 1];
    for (EclGroup g : groups) {
      double[] acc = w[g.stage() - 1][g.bucket()];
      double ead = g.balanceCents();
      double v = 1.0 / (1.0 + g.rate() / 12.0);
      double discount = 1.0;
      for (int k = 1; k <= g.horizon(); k++) {
        discount *= v;
        acc[k] += ead * discount;
      }
    }
    return new EclAggregate(w, longest, lgd);
  }

  /** ECL of all stages in cents (each stage rounded to the cent) under the matrix {@code m}. */
  double eclCents(Matrix m) {
    double[][] pd = m.cumulativePd(horizon);
    double total = 0;
    for (double[][] stage : weight) {
      double sum = 0;
      for (int b = 0; b < stage.length; b++) {
        double[] curve = pd[b];
        if (Double.isNaN(curve[horizon])) {
          continue; // undefined PD: no ECL, as in EclAnalysis
        }
        double[] acc = stage[b];
        for (int k = 1; k <= horizon; k++) {
          sum += (curve[k] - curve[k - 1]) * acc[k];
        }
      }
      total += Math.round(sum * lgd);
    }
    return total;
  }
}
