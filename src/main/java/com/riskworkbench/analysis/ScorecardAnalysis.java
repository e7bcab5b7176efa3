package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Scorecard monitoring, docs/methodology.md §16: per origination-month cohort, how well the credit
 * score at application ranks the loans that went bad within K months on book (KS, AUC, Gini, bad
 * rate by score decile) and how far the cohort's scores have moved from the baseline's (PSI).
 *
 * <p>One pass over the loans in scope with a score (and over their rows up to MOB K, for the bad
 * flag) packs each into a sortable key (cohort, score, bad); one sort then puts every cohort's
 * scores in order, counted per cohort and score (goods, bads) — the counts the database engine gets
 * from its query — and one walk per cohort over the counts gives its KS, AUC and deciles.
 */
public final class ScorecardAnalysis {
  /** How many cohorts with a scored loan make the baseline, at most. */
  public static final int BASELINE_COHORTS = 6;

  /** The share that stands in for an empty decile's share in PSI, so no ratio divides by zero. */
  public static final double PSI_FLOOR = 0.0001;

  private static final int DECILES = ScorecardResult.DECILES;

  private ScorecardAnalysis() {}

  public static ScorecardResult run(AnalysisScope scope, ScorecardParams params) {
    LoadedPortfolio p = scope.portfolio();
    int asOf = scope.asOfMonth();
    int[] units = scoredLoans(scope);
    int[] origin = p.loanOriginMonth();
    int[] score = p.borrowerScore();
    int[] borrower = p.loanBorrower();
    int first = Integer.MAX_VALUE;
    for (int l : units) {
      first = Math.min(first, origin[l]);
    }
    long[] keys = new long[units.length];
    for (int i = 0; i < units.length; i++) {
      int l = units[i];
      boolean bad = origin[l] + params.mob() <= asOf && isBad(p, l, params);
      keys[i] = key(origin[l] - first, score[borrower[l]], bad);
    }
    Arrays.sort(keys);
    // The sorted keys as counts per (cohort, score): what the database engine counts.
    List<ScoreRun> runs = new ArrayList<>();
    for (int i = 0; i < keys.length; ) {
      int c = cohortOf(keys[i]);
      int s = scoreOf(keys[i]);
      int goods = 0;
      int bads = 0;
      while (i < keys.length && cohortOf(keys[i]) == c && scoreOf(keys[i]) == s) {
        bads += (int) (keys[i] & 1);
        goods += 1 - (int) (keys[i] & 1);
        i++;
      }
      runs.add(new ScoreRun(first + c, s, goods, bads));
    }
    return finish(scope.asOf(), Optional.of(scope), params, runs);
  }

  /**
   * The scored loans of one origination-month cohort (a month ordinal) with one score: goods and
   * bads (bads only in a mature cohort).
   */
  record ScoreRun(int month, int score, int goods, int bads) {
    int loans() {
      return goods + bads;
    }
  }

  /**
   * Every figure from the counts per cohort and score, ordered by cohort then score: the baseline,
   * its cut points, each cohort's deciles, PSI, KS and AUC, the same for both engines.
   */
  static ScorecardResult finish(
      YearMonth asOfMonth,
      Optional<AnalysisScope> scope,
      ScorecardParams params,
      List<ScoreRun> runs) {
    if (runs.isEmpty()) {
      return new ScorecardResult(
          asOfMonth,
          scope,
          params,
          List.of(),
          List.of(),
          List.of(),
          deciles(new int[10], new int[10], null));
    }
    int asOf = Months.ordinal(asOfMonth);
    // Cohort boundaries in the runs.
    List<int[]> spans = new ArrayList<>(); // {month, from, to}
    for (int i = 0; i < runs.size(); ) {
      int c = runs.get(i).month();
      int j = i;
      while (j < runs.size() && runs.get(j).month() == c) {
        j++;
      }
      spans.add(new int[] {c, i, j});
      i = j;
    }
    int baselineCount = Math.min(BASELINE_COHORTS, spans.size());
    TreeMap<Integer, Integer> baselineScores = new TreeMap<>();
    int baselineSize = 0;
    for (ScoreRun r : runs.subList(0, spans.get(baselineCount - 1)[2])) {
      baselineScores.merge(r.score(), r.loans(), Integer::sum);
      baselineSize += r.loans();
    }
    int[] cuts = cutPoints(baselineScores, baselineSize);

    int[] baseLoans = new int[DECILES];
    int[] baseMatureLoans = new int[DECILES];
    int[] baseBads = new int[DECILES];
    List<String> baselineLabels = new ArrayList<>();
    for (int c = 0; c < baselineCount; c++) {
      int[] s = spans.get(c);
      boolean mature = s[0] + params.mob() <= asOf;
      baselineLabels.add(Months.of(s[0]).toString());
      for (ScoreRun r : runs.subList(s[1], s[2])) {
        int d = decile(cuts, r.score());
        baseLoans[d] += r.loans();
        if (mature) {
          baseMatureLoans[d] += r.loans();
          baseBads[d] += r.bads();
        }
      }
    }
    double[] expected = new double[DECILES];
    for (int d = 0; d < DECILES; d++) {
      expected[d] = (double) baseLoans[d] / baselineSize;
    }
    ScorecardResult.Deciles baseline = deciles(baseLoans, baseBads, baseMatureLoans);

    List<ScorecardResult.Cohort> cohorts = new ArrayList<>(spans.size());
    for (int c = 0; c < spans.size(); c++) {
      int[] s = spans.get(c);
      boolean inBaseline = c < baselineCount;
      cohorts.add(
          cohort(
              s[0],
              runs.subList(s[1], s[2]),
              cuts,
              expected,
              inBaseline,
              s[0] + params.mob() <= asOf));
    }
    return new ScorecardResult(
        asOfMonth,
        scope,
        params,
        cohorts,
        baselineLabels,
        Arrays.stream(cuts).boxed().toList(),
        baseline);
  }

  /** The loans in scope, originated by the as-of month, whose borrower has a score. */
  private static int[] scoredLoans(AnalysisScope scope) {
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    int[] origin = p.loanOriginMonth();
    int[] score = p.borrowerScore();
    int[] borrower = p.loanBorrower();
    int asOf = scope.asOfMonth();
    int[] out = new int[origin.length];
    int n = 0;
    for (int l = 0; l < origin.length; l++) {
      if (include[l] && origin[l] <= asOf && score[borrower[l]] != LoadedPortfolio.NO_SCORE) {
        out[n++] = l;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Whether loan {@code l} went bad by MOB K: a row within K months on book (and by the as-of
   * month) ACTIVE at the threshold or more days past due, or CHARGED_OFF — vintage's rule (§7).
   */
  private static boolean isBad(LoadedPortfolio p, int l, ScorecardParams params) {
    int[] rowStart = p.rowStart();
    int[] rowMonth = p.rowMonth();
    int[] rowDpd = p.rowDpd();
    byte[] rowStatus = p.rowStatus();
    int last = p.loanOriginMonth()[l] + params.mob();
    for (int r = rowStart[l]; r < rowStart[l + 1]; r++) {
      if (rowMonth[r] > last) {
        break; // rows are ascending
      }
      byte status = rowStatus[r];
      if (status == LoadedPortfolio.CHARGED_OFF
          || (status == LoadedPortfolio.ACTIVE && rowDpd[r] >= params.threshold())) {
        return true;
      }
    }
    return false;
  }

  /** Cohort offset in the high bits, the score (shifted to be non-negative), bad in bit 0. */
  private static long key(int cohort, int score, boolean bad) {
    return ((long) cohort << 34) | (((long) score - Integer.MIN_VALUE) << 1) | (bad ? 1 : 0);
  }

  private static int cohortOf(long key) {
    return (int) (key >>> 34);
  }

  private static int scoreOf(long key) {
    return (int) (((key >>> 1) & 0x1_FFFF_FFFFL) + Integer.MIN_VALUE);
  }

  /**
   * The nine cut scores of sorted baseline scores: cut j is the smallest score that at least j/10
   * of the baseline scores do not exceed, the score at (1-based) position ⌈j·n/10⌉.
   */
  static int[] cutPoints(int[] sortedScores) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (int s : sortedScores) {
      counts.merge(s, 1, Integer::sum);
    }
    return cutPoints(counts, sortedScores.length);
  }

  /** {@link #cutPoints(int[])} of the {@code n} scores counted per score in {@code counts}. */
  private static int[] cutPoints(TreeMap<Integer, Integer> counts, int n) {
    int[] cuts = new int[DECILES - 1];
    for (int j = 1; j < DECILES; j++) {
      long position = Math.max(1, ((long) j * n + DECILES - 1) / DECILES); // ⌈j·n/10⌉
      long seen = 0;
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        seen += e.getValue();
        if (seen >= position) {
          cuts[j - 1] = e.getKey();
          break;
        }
      }
    }
    return cuts;
  }

  /** The decile of a score, 0-based: the number of cuts below it, so a tie at a cut goes lower. */
  static int decile(int[] cuts, int score) {
    int d = 0;
    while (d < cuts.length && cuts[d] < score) {
      d++;
    }
    return d;
  }

  /** PSI = Σ (a − e)·ln(a / e) over the deciles, each share floored at {@link #PSI_FLOOR}. */
  static double psi(double[] actual, double[] expected) {
    double psi = 0;
    for (int d = 0; d < actual.length; d++) {
      double a = Math.max(actual[d], PSI_FLOOR);
      double e = Math.max(expected[d], PSI_FLOOR);
      psi += (a - e) * Math.log(a / e);
    }
    return psi;
  }

  /** One cohort from its counts per score, by score ascending. */
  private static ScorecardResult.Cohort cohort(
      int month,
      List<ScoreRun> runs,
      int[] cuts,
      double[] expected,
      boolean baseline,
      boolean mature) {
    int n = 0;
    int bads = 0;
    int[] loans = new int[DECILES];
    int[] decileBads = new int[DECILES];
    for (ScoreRun r : runs) {
      int d = decile(cuts, r.score());
      loans[d] += r.loans();
      n += r.loans();
      bads += r.bads();
      decileBads[d] += r.bads();
    }
    double[] actual = new double[DECILES];
    for (int d = 0; d < DECILES; d++) {
      actual[d] = (double) loans[d] / n;
    }
    double psi = psi(actual, expected);
    double ks = Double.NaN;
    double auc = Double.NaN;
    if (mature && bads > 0 && bads < n) {
      double[] ksAuc = ksAndAuc(runs, bads, n - bads);
      ks = ksAuc[0];
      auc = ksAuc[1];
    }
    return new ScorecardResult.Cohort(
        Months.of(month).toString(),
        Months.of(month),
        n,
        mature ? bads : 0,
        mature ? (double) bads / n : Double.NaN,
        ks,
        auc,
        Double.isNaN(auc) ? Double.NaN : 2 * auc - 1,
        psi,
        PsiBand.of(psi),
        baseline,
        mature,
        deciles(loans, decileBads, mature ? loans : null));
  }

  /**
   * KS and AUC of a cohort's counts by score ascending: walking the distinct scores upward, KS is
   * the largest gap between the shares of bads and of goods at or below the score; AUC counts, for
   * each good, the bads below it plus half the bads at its score, over goods × bads.
   */
  private static double[] ksAndAuc(List<ScoreRun> runs, int bads, int goods) {
    long badsBelow = 0;
    long goodsSoFar = 0;
    long twiceWins = 0; // 2 × (pairs where the good scores higher) + pairs tied
    double ks = 0;
    for (ScoreRun r : runs) {
      long g = r.goods();
      long b = r.bads();
      twiceWins += g * (2 * badsBelow + b);
      badsBelow += b;
      goodsSoFar += g;
      ks = Math.max(ks, Math.abs((double) badsBelow / bads - (double) goodsSoFar / goods));
    }
    return new double[] {ks, twiceWins / (2.0 * goods * bads)};
  }

  /** Deciles from counts; bad rates over {@code matureLoans}, all NaN when that is null. */
  private static ScorecardResult.Deciles deciles(int[] loans, int[] bads, int[] matureLoans) {
    int total = Arrays.stream(loans).sum();
    List<Integer> l = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<Integer> b = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (int d = 0; d < DECILES; d++) {
      l.add(loans[d]);
      shares.add(total == 0 ? Double.NaN : (double) loans[d] / total);
      b.add(matureLoans == null ? 0 : bads[d]);
      rates.add(
          matureLoans == null || matureLoans[d] == 0
              ? Double.NaN
              : (double) bads[d] / matureLoans[d]);
    }
    return new ScorecardResult.Deciles(l, shares, b, rates);
  }

  /** The loans behind a number of {@code result}; see {@link ScorecardResult#loansBehind}. */
  static int[] loansBehind(ScorecardResult result, List<Integer> months, int decile, boolean bads) {
    AnalysisScope scope =
        result
            .scope()
            .orElseThrow(
                () ->
                    new UnsupportedOperationException(
                        "the database engine's scorecard has no loaded book to drill into"));
    LoadedPortfolio p = scope.portfolio();
    ScorecardParams params = result.params();
    int[] cuts = result.cutPoints().stream().mapToInt(Integer::intValue).toArray();
    int[] origin = p.loanOriginMonth();
    int[] score = p.borrowerScore();
    int[] borrower = p.loanBorrower();
    int asOf = scope.asOfMonth();
    IntStream.Builder out = IntStream.builder();
    for (int l : scoredLoans(scope)) {
      if (!months.contains(origin[l])) {
        continue;
      }
      if (decile != ScorecardResult.ALL_DECILES && decile(cuts, score[borrower[l]]) != decile - 1) {
        continue;
      }
      if (bads && !(origin[l] + params.mob() <= asOf && isBad(p, l, params))) {
        continue;
      }
      out.add(l);
    }
    return out.build().toArray();
  }
}
