package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scorecard monitoring, docs/methodology.md §16: per origination-month cohort, how well the credit
 * score at application ranks the loans that went bad within K months on book (KS, AUC, Gini, bad
 * rate by score decile) and how far the cohort's scores have moved from the baseline's (PSI).
 *
 * <p>One pass over the loans in scope with a score (and over their rows up to MOB K, for the bad
 * flag) packs each into a sortable key (cohort, score, bad); one sort then puts every cohort's
 * scores in order, and one walk per cohort gives its counts, KS, AUC and deciles.
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
    if (units.length == 0) {
      return new ScorecardResult(
          scope, params, List.of(), List.of(), List.of(), deciles(new int[10], new int[10], null));
    }
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

    // Cohort boundaries in the sorted keys.
    List<int[]> spans = new ArrayList<>(); // {month, from, to}
    for (int i = 0; i < keys.length; ) {
      int c = cohortOf(keys[i]);
      int j = i;
      while (j < keys.length && cohortOf(keys[j]) == c) {
        j++;
      }
      spans.add(new int[] {first + c, i, j});
      i = j;
    }
    int baselineFirst = baselineFirst(spans, p.firstMonthOrdinal());
    int baselineCount = Math.min(BASELINE_COHORTS, spans.size() - baselineFirst);
    int baselineFrom = spans.get(baselineFirst)[1];
    int baselineSize = spans.get(baselineFirst + baselineCount - 1)[2] - baselineFrom;
    int[] baselineScores = new int[baselineSize];
    for (int i = 0; i < baselineSize; i++) {
      baselineScores[i] = scoreOf(keys[baselineFrom + i]);
    }
    Arrays.sort(baselineScores);
    int[] cuts = cutPoints(baselineScores);

    int[] baseLoans = new int[DECILES];
    int[] baseMatureLoans = new int[DECILES];
    int[] baseBads = new int[DECILES];
    List<String> baselineLabels = new ArrayList<>();
    for (int c = baselineFirst; c < baselineFirst + baselineCount; c++) {
      int[] s = spans.get(c);
      boolean mature = s[0] + params.mob() <= asOf;
      baselineLabels.add(Months.of(s[0]).toString());
      for (int i = s[1]; i < s[2]; i++) {
        int d = decile(cuts, scoreOf(keys[i]));
        baseLoans[d]++;
        if (mature) {
          baseMatureLoans[d]++;
          baseBads[d] += (int) (keys[i] & 1);
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
      boolean inBaseline = c >= baselineFirst && c < baselineFirst + baselineCount;
      cohorts.add(cohort(keys, s, cuts, expected, inBaseline, s[0] + params.mob() <= asOf));
    }
    return new ScorecardResult(
        scope, params, cohorts, baselineLabels, Arrays.stream(cuts).boxed().toList(), baseline);
  }

  /**
   * The index of the baseline's first cohort among {@code spans} (oldest first): the first cohort
   * originated in or after the first month of the data. A cohort originated before it holds only
   * the loans still on book when the data begins, not every loan it originated, so neither its
   * scores nor its bads are the cohort's. When every cohort is older, the oldest.
   */
  private static int baselineFirst(List<int[]> spans, int firstDataMonth) {
    for (int c = 0; c < spans.size(); c++) {
      if (spans.get(c)[0] >= firstDataMonth) {
        return c;
      }
    }
    return 0;
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
    int n = sortedScores.length;
    int[] cuts = new int[DECILES - 1];
    for (int j = 1; j < DECILES; j++) {
      long position = ((long) j * n + DECILES - 1) / DECILES; // ⌈j·n/10⌉
      cuts[j - 1] = sortedScores[(int) Math.max(1, position) - 1];
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

  /** One cohort from its keys {@code keys[s[1]..s[2])}, sorted by score, bads after goods. */
  private static ScorecardResult.Cohort cohort(
      long[] keys, int[] s, int[] cuts, double[] expected, boolean baseline, boolean mature) {
    int from = s[1];
    int to = s[2];
    int n = to - from;
    int bads = 0;
    int[] loans = new int[DECILES];
    int[] decileBads = new int[DECILES];
    for (int i = from; i < to; i++) {
      int d = decile(cuts, scoreOf(keys[i]));
      loans[d]++;
      int bad = (int) (keys[i] & 1);
      bads += bad;
      decileBads[d] += bad;
    }
    double[] actual = new double[DECILES];
    for (int d = 0; d < DECILES; d++) {
      actual[d] = (double) loans[d] / n;
    }
    double psi = psi(actual, expected);
    double ks = Double.NaN;
    double auc = Double.NaN;
    if (mature && bads > 0 && bads < n) {
      double[] ksAuc = ksAndAuc(keys, from, to, bads, n - bads);
      ks = ksAuc[0];
      auc = ksAuc[1];
    }
    return new ScorecardResult.Cohort(
        Months.of(s[0]).toString(),
        Months.of(s[0]),
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
   * KS and AUC of keys sorted by score: walking the distinct scores upward, KS is the largest gap
   * between the shares of bads and of goods at or below the score; AUC counts, for each good, the
   * bads below it plus half the bads at its score, over goods × bads.
   */
  private static double[] ksAndAuc(long[] keys, int from, int to, int bads, int goods) {
    long badsBelow = 0;
    long goodsSoFar = 0;
    long twiceWins = 0; // 2 × (pairs where the good scores higher) + pairs tied
    double ks = 0;
    for (int i = from; i < to; ) {
      int score = scoreOf(keys[i]);
      long g = 0;
      long b = 0;
      while (i < to && scoreOf(keys[i]) == score) {
        if ((keys[i] & 1) == 1) {
          b++;
        } else {
          g++;
        }
        i++;
      }
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
    AnalysisScope scope = result.scope();
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
