package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Expected credit loss of the scope's ACTIVE loans at the as-of month (docs/methodology.md §14):
 * ECL = Σ_{k=1..H} (PD_k − PD_{k−1}) × LGD × EAD / (1 + r/12)^k with PD of the loan's bucket from
 * the count-basis matrix, EAD its balance at as-of, H 12 months in stage 1 and the remaining term
 * (1..360) in stages 2 and 3, r its own annual rate. The matrix powers are computed once.
 */
public final class EclAnalysis {
  private EclAnalysis() {}

  /** The longest horizon: 30 years of remaining term. */
  static final int MAX_HORIZON = 360;

  /** Stage 1 horizon, and the horizon of a loan without a maturity date. */
  static final int TWELVE_MONTHS = 12;

  public static EclResult run(
      AnalysisScope scope,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window,
      Scenario scenario,
      Dimension dimension) {
    return run(
        scope,
        buckets,
        rule,
        window,
        scenario,
        dimension,
        Bootstrap.DEFAULT_DRAWS,
        Bootstrap.DEFAULT_SEED,
        Progress.NONE);
  }

  /**
   * ECL with its 90 % bootstrap interval over {@code draws} redrawn count matrices from {@code
   * seed} (0 draws: no interval); the draws report to {@code progress} and stop when it is
   * cancelled.
   */
  public static EclResult run(
      AnalysisScope scope,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window,
      Scenario scenario,
      Dimension dimension,
      int draws,
      long seed,
      Progress progress) {
    TransitionModel model = TransitionModel.estimate(scope, buckets, window);
    Stages stages = Stages.of(scope, StageThresholds.DEFAULT, rule);
    LossGivenDefault lgd = LossGivenDefault.of(scope, LossGivenDefault.DEFAULT_SEASONING);
    return finish(
        model,
        EclGroup.of(scope, buckets, stages, dimension),
        lgd,
        scenario,
        dimension,
        draws,
        seed,
        progress);
  }

  /**
   * ECL and its bootstrap interval from a transition model, the as-of loans' groups and the LGD,
   * however they were counted (memory or database).
   */
  static EclResult finish(
      TransitionModel model,
      List<EclGroup> groups,
      LossGivenDefault lgd,
      Scenario scenario,
      Dimension dimension,
      int draws,
      long seed,
      Progress progress) {
    Matrix matrix = model.matrix(false, scenario);
    EclResult point = compute(groups, matrix, lgd, scenario, dimension);
    EclAggregate aggregate = EclAggregate.of(groups, matrix.buckets().count(), lgd.lgd());
    Bootstrap.Interval interval =
        Bootstrap.interval(
            model, matrix, false, scenario.factor(), draws, seed, progress, aggregate::eclCents);
    return point.withInterval(interval);
  }

  /**
   * A loan's horizon in months: 12 in stage 1 and without a maturity date, else the remaining term
   * (maturity month − as-of month) within 1..360.
   */
  static int horizon(int stage, int maturityMonth, int asOf) {
    if (stage == 1 || maturityMonth == LoadedPortfolio.NO_DATE) {
      return TWELVE_MONTHS;
    }
    return (int) Math.max(1, Math.min(MAX_HORIZON, (long) maturityMonth - asOf));
  }

  static EclResult compute(
      AnalysisScope scope,
      DelinquencyBuckets buckets,
      Matrix matrix,
      Stages stages,
      LossGivenDefault lgd,
      Scenario scenario,
      Dimension dimension) {
    return compute(
        EclGroup.of(scope, buckets, stages, dimension), matrix, lgd, scenario, dimension);
  }

  /**
   * ECL group by group ({@link EclGroup}, in their order): a group's ECL is LGD × its balance ×
   * Σ_{k=1..H} (PD_k − PD_{k−1}) v^k of its bucket, horizon and rate; stages and segments rounded
   * to the cent.
   */
  static EclResult compute(
      List<EclGroup> groups,
      Matrix matrix,
      LossGivenDefault lgd,
      Scenario scenario,
      Dimension dimension) {
    double[][] pd = matrix.cumulativePd(MAX_HORIZON);
    Map<String, double[]> segments = new TreeMap<>();
    // [0] loans, [1] balance cents, [2] ECL cents, [3] Σ PD × balance; by stage (0 = ALL) and
    // segment
    double[][] byStage = new double[4][4];
    long withoutMaturity = 0;
    long withoutPd = 0;
    for (EclGroup g : groups) {
      double[] curve = pd[g.bucket()];
      int h = g.horizon();
      if (g.withoutMaturity()) {
        withoutMaturity += g.loans();
      }
      double ead = g.balanceCents();
      double ecl = 0;
      double lifetimePd = curve[h];
      if (Double.isNaN(lifetimePd)) {
        withoutPd += g.loans();
        lifetimePd = 0;
      } else {
        double v = 1.0 / (1.0 + g.rate() / 12.0);
        double discount = 1.0;
        double sum = 0;
        for (int k = 1; k <= h; k++) {
          discount *= v;
          sum += (curve[k] - curve[k - 1]) * discount;
        }
        ecl = sum * lgd.lgd() * ead;
      }
      add(byStage[g.stage()], g.loans(), ead, ecl, lifetimePd);
      add(
          segments.computeIfAbsent(g.segment(), k -> new double[4]),
          g.loans(),
          ead,
          ecl,
          lifetimePd);
    }
    for (int s = 1; s <= 3; s++) {
      byStage[s][2] = Math.round(byStage[s][2]); // whole cents, so that the stages add up
      for (int c = 0; c < 4; c++) {
        byStage[0][c] += byStage[s][c];
      }
    }
    double[][] bySegment = segments.values().toArray(new double[0][]);
    for (double[] seg : bySegment) {
      seg[2] = Math.round(seg[2]);
    }
    return new EclResult(
        byStage,
        bySegment,
        segments.keySet().toArray(new String[0]),
        dimension,
        lgd,
        scenario,
        matrix,
        withoutMaturity,
        withoutPd,
        null);
  }

  private static void add(double[] acc, long loans, double ead, double ecl, double pd) {
    acc[0] += loans;
    acc[1] += ead;
    acc[2] += ecl;
    acc[3] += pd * ead;
  }

  /** {@code stage,loans,balance,ecl,coverage,avg_pd,lgd} for stages 1, 2, 3 and ALL. */
  public static final class EclResult implements AnalysisResult {
    private final double[][] byStage;
    private final double[][] bySegment;
    private final String[] segmentLabels;
    private final Dimension dimension;
    private final LossGivenDefault lgd;
    private final Scenario scenario;
    private final Matrix matrix;
    private final long withoutMaturity;
    private final long withoutPd;
    private final Bootstrap.Interval interval;

    EclResult(
        double[][] byStage,
        double[][] bySegment,
        String[] segmentLabels,
        Dimension dimension,
        LossGivenDefault lgd,
        Scenario scenario,
        Matrix matrix,
        long withoutMaturity,
        long withoutPd,
        Bootstrap.Interval interval) {
      this.byStage = byStage;
      this.bySegment = bySegment;
      this.segmentLabels = segmentLabels;
      this.dimension = dimension;
      this.lgd = lgd;
      this.scenario = scenario;
      this.matrix = matrix;
      this.withoutMaturity = withoutMaturity;
      this.withoutPd = withoutPd;
      this.interval = interval;
    }

    EclResult withInterval(Bootstrap.Interval i) {
      return new EclResult(
          byStage,
          bySegment,
          segmentLabels,
          dimension,
          lgd,
          scenario,
          matrix,
          withoutMaturity,
          withoutPd,
          i);
    }

    /** The 90 % bootstrap interval of the ECL of all stages, in cents; null when not drawn. */
    public double[] intervalCents() {
      return interval == null || interval.draws() == 0
          ? null
          : new double[] {interval.low(), interval.high()};
    }

    /** ECL of stage 1, 2 or 3 (0 for all), in cents. */
    public long eclCents(int stage) {
      return (long) byStage[stage][2];
    }

    public LossGivenDefault lgd() {
      return lgd;
    }

    @Override
    public Table rows() {
      StringColumn stage = StringColumn.create("stage");
      Table t = Table.create("ecl", stage);
      List<double[]> rows = new ArrayList<>();
      for (int s : new int[] {1, 2, 3, 0}) {
        stage.append(s == 0 ? "ALL" : Integer.toString(s));
        rows.add(byStage[s]);
      }
      return figures(t, rows);
    }

    /**
     * The same figures by segment of the dimension, {@code segment} first, largest balance first.
     */
    public Table bySegment() {
      List<Integer> order = new ArrayList<>();
      for (int s = 0; s < bySegment.length; s++) {
        if (bySegment[s][0] > 0) {
          order.add(s);
        }
      }
      order.sort(
          Comparator.<Integer>comparingDouble(s -> -bySegment[s][1])
              .thenComparing(s -> segmentLabels[s]));
      StringColumn segment = StringColumn.create("segment");
      List<double[]> rows = new ArrayList<>();
      for (int s : order) {
        segment.append(segmentLabels[s]);
        rows.add(bySegment[s]);
      }
      return figures(Table.create("ecl_by_" + dimension.cliName(), segment), rows);
    }

    private Table figures(Table t, List<double[]> rows) {
      IntColumn loans = IntColumn.create("loans");
      DoubleColumn balance = DoubleColumn.create("balance");
      DoubleColumn ecl = DoubleColumn.create("ecl");
      DoubleColumn coverage = DoubleColumn.create("coverage");
      DoubleColumn avgPd = DoubleColumn.create("avg_pd");
      DoubleColumn lgdCol = DoubleColumn.create("lgd");
      for (double[] r : rows) {
        loans.append((int) r[0]);
        balance.append(r[1] / 100.0);
        ecl.append(r[2] / 100.0);
        coverage.append(ratio(r[2], r[1]));
        avgPd.append(ratio(r[3], r[1]));
        lgdCol.append(lgd.lgd());
      }
      return t.addColumns(loans, balance, ecl, coverage, avgPd, lgdCol);
    }

    @Override
    public Map<String, Object> extras() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scenario", scenario.name());
      m.put("lgd", lgd.lgd());
      m.put("lgd_basis", lgd.basis());
      m.put("lgd_note", lgd.describe());
      m.put("loans_without_maturity", withoutMaturity);
      m.put("loans_without_pd", withoutPd);
      if (interval != null) {
        m.putAll(interval.notes("ecl_low", "ecl_high", 1.0));
        m.putAll(interval.settings());
      }
      m.putAll(matrix.notes());
      m.put("by_segment", bySegment());
      return m;
    }
  }
}
