package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The ACTIVE loans of a scope at the as-of month that share everything their expected credit loss
 * depends on — segment, stage, bucket, horizon, annual rate — with how many there are and their
 * balance in cents. A loan's ECL is its balance times a factor of these alone, so ECL is computed
 * group by group, in the order of {@link #ORDER}, by both engines: the in-memory one groups the
 * loans it holds, the database one its grouped rows, and the sums agree to the last bit.
 *
 * @param withoutMaturity a stage 2 or 3 group whose loans have no maturity date (horizon 12)
 */
record EclGroup(
    String segment,
    int stage,
    int bucket,
    int horizon,
    double rate,
    boolean withoutMaturity,
    long loans,
    long balanceCents) {

  static final Comparator<EclGroup> ORDER =
      Comparator.comparing(EclGroup::segment)
          .thenComparingInt(EclGroup::stage)
          .thenComparingInt(EclGroup::bucket)
          .thenComparingInt(EclGroup::horizon)
          .thenComparingDouble(EclGroup::rate)
          .thenComparing(EclGroup::withoutMaturity);

  /** The same group with another one's loans and balance added. */
  EclGroup plus(EclGroup other) {
    return new EclGroup(
        segment,
        stage,
        bucket,
        horizon,
        rate,
        withoutMaturity,
        loans + other.loans,
        balanceCents + other.balanceCents);
  }

  /**
   * Groups taken one at a time, those with the same key merged as they come: only the merged groups
   * are held, never every group given.
   */
  static final class Merger implements Consumer<EclGroup> {
    private final Map<EclGroup, EclGroup> byKey = new TreeMap<>(ORDER);

    @Override
    public void accept(EclGroup g) {
      byKey.merge(g, g, EclGroup::plus);
    }

    /** The merged groups, in {@link #ORDER}. */
    List<EclGroup> groups() {
      return new ArrayList<>(byKey.values());
    }
  }

  /** The groups of the staged loans of the scope, segments of {@code dimension}. */
  static List<EclGroup> of(
      AnalysisScope scope, DelinquencyBuckets buckets, Stages stages, Dimension dimension) {
    LoadedPortfolio p = scope.portfolio();
    SegmentKeys keys = dimension.keys(p, scope.asOfMonth());
    int[] dpd = p.rowDpd();
    long[] balance = p.rowBalance();
    double[] rate = p.loanRate();
    int[] maturity = p.loanMaturityMonth();
    Merger groups = new Merger();
    for (int i = 0; i < stages.size(); i++) {
      int loan = stages.loans()[i];
      int row = stages.rows()[i];
      int stage = stages.stages()[i];
      groups.accept(
          new EclGroup(
              keys.labels()[keys.loanCode()[loan]],
              stage,
              buckets.bucket(dpd[row]),
              EclAnalysis.horizon(stage, maturity[loan], scope.asOfMonth()),
              rate[loan],
              stage > 1 && maturity[loan] == LoadedPortfolio.NO_DATE,
              1,
              balance[row]));
    }
    return groups.groups();
  }
}
