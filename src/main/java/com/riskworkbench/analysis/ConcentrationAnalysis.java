package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntPredicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Concentration of the book at the as-of month along one dimension (docs/methodology.md §6).
 * Exposure of a loan = balance of its ACTIVE row at the as-of month. Segments with at least one
 * ACTIVE loan are listed, by exposure descending, ties by key ascending. HHI = Σ share², on the 0–1
 * scale and ×10,000; effective number = 1 / HHI; top-1, top-5 and top-10 shares.
 */
public final class ConcentrationAnalysis {
  private ConcentrationAnalysis() {}

  public static ConcentrationResult run(
      AnalysisScope scope,
      Dimension dimension,
      FiveCategoryRule rule,
      SingleBorrowerLimits limits) {
    LoadedPortfolio p = scope.portfolio();
    SegmentKeys keys = dimension.keys(p, scope.asOfMonth());
    int segments = keys.labels().length;
    int[] loans = new int[segments];
    long[] exposure = new long[segments];
    long[] par30 = new long[segments];
    long[] npl = new long[segments];
    double[] rateTimesExposure = new double[segments];
    long[] borrowerExposure = new long[p.borrowers()];
    boolean[] include = scope.include();
    long[] balance = p.rowBalance();
    int[] dpd = p.rowDpd();
    byte[] status = p.rowStatus();
    int[] code = keys.loanCode();
    long total = 0;
    for (int l = 0; l < p.loans(); l++) {
      if (!include[l]) {
        continue;
      }
      int r = p.rowAt(l, scope.asOfMonth());
      if (r < 0 || status[r] != LoadedPortfolio.ACTIVE) {
        continue;
      }
      int s = code[l];
      long b = balance[r];
      loans[s]++;
      exposure[s] += b;
      total += b;
      if (dpd[r] >= 30) {
        par30[s] += b;
      }
      if (rule.category(p, r).nonPerforming()) {
        npl[s] += b;
      }
      rateTimesExposure[s] += p.loanRate()[l] * b;
      borrowerExposure[p.loanBorrower()[l]] += b;
    }

    List<BorrowerSum> borrowers = new ArrayList<>();
    for (int b = 0; b < borrowerExposure.length; b++) {
      if (borrowerExposure[b] > 0) {
        borrowers.add(
            new BorrowerSum(
                p.borrowerIds()[b],
                BorrowerType.values()[p.borrowerType()[b]],
                borrowerExposure[b]));
      }
    }
    return finish(
        dimension,
        keys.labels(),
        loans,
        exposure,
        par30,
        npl,
        rateTimesExposure,
        total,
        breaches(borrowers, limits.netAssetsLimit(p.netAssetsCents()), limits));
  }

  /** A borrower's exposure at the as-of month, for the single-borrower limits. */
  record BorrowerSum(String borrowerId, BorrowerType type, long exposureCents) {}

  /**
   * The result from the sums per segment, however they were added up: segments with an ACTIVE loan,
   * by exposure descending and key ascending, their shares, the HHI.
   */
  static ConcentrationResult finish(
      Dimension dimension,
      String[] labels,
      int[] loans,
      long[] exposure,
      long[] par30,
      long[] npl,
      double[] rateTimesExposure,
      long total,
      List<Breach> breaches) {
    int segments = labels.length;
    int listed = 0;
    int[] order = new int[segments];
    for (int s = 0; s < segments; s++) {
      if (loans[s] > 0) {
        order[listed++] = s;
      }
    }
    IntArrays.quickSort(
        order,
        0,
        listed,
        (a, b) -> {
          int byExposure = Long.compare(exposure[b], exposure[a]);
          return byExposure != 0 ? byExposure : labels[a].compareTo(labels[b]);
        });

    List<Segment> rows = new ArrayList<>(listed);
    double hhi = 0;
    for (int i = 0; i < listed; i++) {
      int s = order[i];
      double share = ratio(exposure[s], total);
      hhi += share * share;
      rows.add(
          new Segment(
              labels[s],
              loans[s],
              exposure[s],
              share,
              ratio(par30[s], exposure[s]),
              ratio(npl[s], exposure[s]),
              ratio(rateTimesExposure[s], exposure[s])));
    }
    if (total == 0) {
      hhi = Double.NaN;
    }
    return new ConcentrationResult(dimension, total, rows, hhi, breaches);
  }

  /**
   * The breaches among {@code borrowers}: over the consumer or business limit by type, and over the
   * net-assets limit when there is one; by exposure descending, ties by borrower id, a borrower's
   * type limit before its net-assets one.
   */
  static List<Breach> breaches(
      List<BorrowerSum> borrowers, OptionalLong netAssetsLimit, SingleBorrowerLimits limits) {
    List<Breach> breaches = new ArrayList<>();
    for (BorrowerSum b : borrowers) {
      long e = b.exposureCents();
      boolean consumer = b.type() == BorrowerType.INDIVIDUAL;
      long limit = consumer ? limits.consumerLimitCents() : limits.businessLimitCents();
      if (e > limit) {
        breaches.add(
            new Breach(
                b.borrowerId(),
                b.type(),
                e,
                limit,
                consumer ? "consumer loans per borrower" : "business loans per borrower"));
      }
      if (netAssetsLimit.isPresent() && e > netAssetsLimit.getAsLong()) {
        breaches.add(
            new Breach(
                b.borrowerId(), b.type(), e, netAssetsLimit.getAsLong(), "share of net assets"));
      }
    }
    // A stable sort: the two breaches of one borrower keep their order.
    breaches.sort(
        Comparator.comparingLong(Breach::exposureCents)
            .reversed()
            .thenComparing(Breach::borrowerId));
    return breaches;
  }

  /** One segment's row. Ratios over a zero exposure are NaN. */
  public record Segment(
      String key,
      int loans,
      long exposureCents,
      double share,
      double par30Ratio,
      double nplRatio,
      double averageRate) {}

  /** A borrower over a limit. */
  public record Breach(
      String borrowerId, BorrowerType type, long exposureCents, long limitCents, String rule) {}

  public record ConcentrationResult(
      Dimension dimension,
      long totalExposureCents,
      List<Segment> segments,
      double hhi,
      List<Breach> breaches)
      implements AnalysisResult {

    public double effectiveNumber() {
      return Double.isNaN(hhi) || hhi == 0 ? Double.NaN : 1 / hhi;
    }

    /**
     * The loans behind a segment's row: the scope's loans ACTIVE at the as-of month whose segment
     * is {@code key}; {@code scope} is the scope this result was computed for. As many loans as the
     * segment's {@code loans()}; none for a key that is not a segment.
     */
    public int[] loansIn(AnalysisScope scope, String key) {
      SegmentKeys keys = dimension.keys(scope.portfolio(), scope.asOfMonth());
      int wanted = Arrays.asList(keys.labels()).indexOf(key);
      if (wanted < 0) {
        return new int[0];
      }
      int[] code = keys.loanCode();
      return activeLoans(scope, l -> code[l] == wanted);
    }

    /** The scope's loans ACTIVE at the as-of month of these borrowers (by borrower id). */
    public int[] loansOfBorrowers(AnalysisScope scope, Collection<String> borrowerIds) {
      LoadedPortfolio p = scope.portfolio();
      boolean[] wanted = new boolean[p.borrowers()];
      String[] ids = p.borrowerIds();
      Set<String> set = new HashSet<>(borrowerIds);
      for (int b = 0; b < ids.length; b++) {
        wanted[b] = set.contains(ids[b]);
      }
      int[] borrower = p.loanBorrower();
      return activeLoans(scope, l -> wanted[borrower[l]]);
    }

    /** The loans behind the limit breaches: those of every breaching borrower. */
    public int[] loansBehindBreaches(AnalysisScope scope) {
      return loansOfBorrowers(scope, breaches.stream().map(Breach::borrowerId).toList());
    }

    private static int[] activeLoans(AnalysisScope scope, IntPredicate loan) {
      LoadedPortfolio p = scope.portfolio();
      boolean[] include = scope.include();
      byte[] status = p.rowStatus();
      IntArrayList found = new IntArrayList();
      for (int l = 0; l < p.loans(); l++) {
        if (!include[l] || !loan.test(l)) {
          continue;
        }
        int r = p.rowAt(l, scope.asOfMonth());
        if (r >= 0 && status[r] == LoadedPortfolio.ACTIVE) {
          found.add(l);
        }
      }
      return found.toIntArray();
    }

    /** The share of the {@code n} largest segments (all of them when fewer). */
    public double topShare(int n) {
      if (totalExposureCents == 0) {
        return Double.NaN;
      }
      double sum = 0;
      for (int i = 0; i < Math.min(n, segments.size()); i++) {
        sum += segments.get(i).share();
      }
      return sum;
    }

    @Override
    public Table rows() {
      StringColumn segment = StringColumn.create("segment");
      IntColumn loans = IntColumn.create("loans");
      DoubleColumn exposure = DoubleColumn.create("exposure");
      DoubleColumn share = DoubleColumn.create("share");
      DoubleColumn par30 = DoubleColumn.create("par30_ratio");
      DoubleColumn npl = DoubleColumn.create("npl_ratio");
      DoubleColumn rate = DoubleColumn.create("avg_interest_rate");
      for (Segment s : segments) {
        segment.append(s.key());
        loans.append(s.loans());
        exposure.append(amount(s.exposureCents()));
        share.append(s.share());
        par30.append(s.par30Ratio());
        npl.append(s.nplRatio());
        rate.append(s.averageRate());
      }
      return Table.create(
          "concentration_" + dimension.cliName(),
          segment,
          loans,
          exposure,
          share,
          par30,
          npl,
          rate);
    }

    public Table breachTable() {
      StringColumn borrower = StringColumn.create("borrower_id");
      StringColumn type = StringColumn.create("borrower_type");
      DoubleColumn exposure = DoubleColumn.create("exposure");
      DoubleColumn limit = DoubleColumn.create("limit");
      StringColumn rule = StringColumn.create("rule");
      for (Breach b : breaches) {
        borrower.append(b.borrowerId());
        type.append(b.type().name());
        exposure.append(amount(b.exposureCents()));
        limit.append(amount(b.limitCents()));
        rule.append(b.rule());
      }
      return Table.create("limit_breaches", borrower, type, exposure, limit, rule);
    }

    @Override
    public Map<String, Object> extras() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("dimension", dimension.cliName());
      m.put("total_exposure", amount(totalExposureCents));
      m.put("hhi", hhi);
      m.put("hhi_10000", hhi * 10_000);
      m.put("effective_number", effectiveNumber());
      m.put("top1_share", topShare(1));
      m.put("top5_share", topShare(5));
      m.put("top10_share", topShare(10));
      m.put("limit_breaches", breachTable());
      return m;
    }
  }
}
