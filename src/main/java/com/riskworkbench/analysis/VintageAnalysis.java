package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.util.stream.IntStream;

/**
 * Vintage (cohort) analysis, docs/methodology.md §7: for each cohort c and months on book k, the
 * share of the cohort that went bad by MOB k, and its cumulative net charge-off.
 *
 * <p>One pass over the rows: for each loan, its first bad MOB goes into its cohort's histogram, its
 * net charge-offs into another; prefix sums over k then give the cumulative cells. MOB is counted
 * from the loan's own origination month, also for quarter cohorts. Rows after the as-of month are
 * ignored. A row dated before its loan's origination month (which import refuses) counts as MOB 0.
 *
 * <p>A quarter cohort is dated by the quarter's last month, so its cell k is defined once that
 * month plus k is no later than the as-of month; the quarter of the as-of month has no defined cell
 * until the as-of month is its last month, and its loans are left out until then.
 */
public final class VintageAnalysis {
  private VintageAnalysis() {}

  public static VintageResult run(AnalysisScope scope, VintageParams params) {
    LoadedPortfolio p = scope.portfolio();
    int asOf = scope.asOfMonth();
    boolean[] include = scope.include();
    int[] origin = p.loanOriginMonth();
    boolean quarters = params.cohortPeriod() == VintageParams.CohortPeriod.QUARTER;

    int firstOrigin = Integer.MAX_VALUE;
    for (int l = 0; l < origin.length; l++) {
      if (include[l] && cohortEnd(origin[l], quarters) <= asOf && origin[l] < firstOrigin) {
        firstOrigin = origin[l];
      }
    }
    if (firstOrigin == Integer.MAX_VALUE) {
      return VintageResult.empty(params, asOf);
    }

    Tally tally = new Tally(firstOrigin, asOf);
    int[] rowStart = p.rowStart();
    int[] rowMonth = p.rowMonth();
    int[] rowDpd = p.rowDpd();
    byte[] rowStatus = p.rowStatus();
    long[] rowChargeOff = p.rowChargeOff();
    long[] rowRecovery = p.rowRecovery();
    long[] loanPrincipal = p.loanPrincipal();
    int threshold = params.threshold();

    for (int l = 0; l < origin.length; l++) {
      if (!include[l]) {
        continue;
      }
      int o = origin[l];
      int end = cohortEnd(o, quarters);
      if (end > asOf) {
        continue;
      }
      int maxMob = asOf - end;
      tally.originated(o, 1, loanPrincipal[l]);
      int firstBad = -1;
      int firstChargeOff = -1;
      for (int r = rowStart[l]; r < rowStart[l + 1]; r++) {
        int month = rowMonth[r];
        if (month > asOf) {
          break; // rows are ascending; the as-of month is the data cutoff
        }
        int mob = Math.max(0, month - o);
        if (mob > maxMob) {
          break; // a quarter cohort's later-born loans run past the last defined MOB
        }
        if (firstBad < 0 && isBad(rowStatus[r], rowDpd[r], threshold)) {
          firstBad = mob;
        }
        if (firstChargeOff < 0 && isChargeOff(rowStatus[r], rowChargeOff[r], rowRecovery[r])) {
          firstChargeOff = mob;
        }
        tally.netChargeOff(o, mob, rowChargeOff[r] - rowRecovery[r]);
      }
      if (firstBad >= 0) {
        tally.firstBad(o, firstBad, 1, loanPrincipal[l]);
      }
      if (firstChargeOff >= 0) {
        tally.firstChargeOff(o, firstChargeOff, 1);
      }
    }
    return finish(
        params,
        tally,
        (cohortEnd, mob, chargeOffs) -> loansBehind(scope, params, cohortEnd, mob, chargeOffs));
  }

  /**
   * What a scan of the book adds up for the vintage, per origination month o (a month ordinal, from
   * the first cohort's to the as-of month) and MOB k (0 to the as-of month minus o): the loans and
   * principal originated, the loans (and their principal) whose first bad row is at MOB k, those
   * whose first charge-off row is at MOB k, and the net charge-off of the rows at MOB k. The rest
   * of the analysis ({@link #finish}) follows from these, whichever engine scanned.
   */
  static final class Tally {
    private final int firstOrigin;
    private final int asOf;
    private final int width;
    private final long[] loans;
    private final long[] principal;
    private final long[] badLoans;
    private final long[] badPrincipal;
    private final long[] chargeOffLoans;
    private final long[] netChargeOff;

    /**
     * @param firstOrigin the earliest origination month of a loan in a cohort of the result
     * @param asOf the as-of month
     */
    Tally(int firstOrigin, int asOf) {
      this.firstOrigin = firstOrigin;
      this.asOf = asOf;
      this.width = asOf - firstOrigin + 1;
      this.loans = new long[width];
      this.principal = new long[width];
      this.badLoans = new long[width * width];
      this.badPrincipal = new long[width * width];
      this.chargeOffLoans = new long[width * width];
      this.netChargeOff = new long[width * width];
    }

    void originated(int origin, long n, long principalCents) {
      loans[origin - firstOrigin] += n;
      principal[origin - firstOrigin] += principalCents;
    }

    void firstBad(int origin, int mob, long n, long principalCents) {
      badLoans[cell(origin, mob)] += n;
      badPrincipal[cell(origin, mob)] += principalCents;
    }

    void firstChargeOff(int origin, int mob, long n) {
      chargeOffLoans[cell(origin, mob)] += n;
    }

    void netChargeOff(int origin, int mob, long cents) {
      netChargeOff[cell(origin, mob)] += cents;
    }

    private int cell(int origin, int mob) {
      return (origin - firstOrigin) * width + mob;
    }
  }

  /**
   * The grid from a scan's tally, shared by both engines: origination months are gathered into
   * cohorts, each cohort's cells kept up to its last defined MOB (a quarter cohort dated by its
   * last month; months past it are dropped, as the in-memory scan stops there), summed cumulatively
   * over MOB, and cohorts without loans left out.
   */
  static VintageResult finish(VintageParams params, Tally t, VintageResult.Drill drill) {
    int asOf = t.asOf;
    boolean quarters = params.cohortPeriod() == VintageParams.CohortPeriod.QUARTER;
    int step = quarters ? 3 : 1;
    int firstEnd = cohortEnd(t.firstOrigin, quarters);
    int cohorts = (asOf - firstEnd) / step + 1;
    int[] ends = new int[cohorts];
    int[] offset = new int[cohorts + 1];
    String[] labels = new String[cohorts];
    for (int c = 0; c < cohorts; c++) {
      ends[c] = firstEnd + c * step;
      offset[c + 1] = offset[c] + (asOf - ends[c]) + 1;
      labels[c] = label(ends[c], quarters);
    }
    int cells = offset[cohorts];
    int[] loans = new int[cohorts];
    long[] principal = new long[cohorts];
    int[] badLoans = new int[cells];
    long[] badPrincipal = new long[cells];
    long[] netChargeOff = new long[cells];
    int[] chargeOffLoans = new int[cells];
    for (int i = 0; i < t.width; i++) {
      int end = cohortEnd(t.firstOrigin + i, quarters);
      if (end > asOf) {
        continue;
      }
      int c = (end - firstEnd) / step;
      loans[c] += Math.toIntExact(t.loans[i]);
      principal[c] += t.principal[i];
      for (int k = 0; k <= asOf - end; k++) {
        int from = i * t.width + k;
        int to = offset[c] + k;
        badLoans[to] += Math.toIntExact(t.badLoans[from]);
        badPrincipal[to] += t.badPrincipal[from];
        netChargeOff[to] += t.netChargeOff[from];
        chargeOffLoans[to] += Math.toIntExact(t.chargeOffLoans[from]);
      }
    }

    for (int c = 0; c < cohorts; c++) {
      for (int i = offset[c] + 1; i < offset[c + 1]; i++) {
        badLoans[i] += badLoans[i - 1];
        badPrincipal[i] += badPrincipal[i - 1];
        netChargeOff[i] += netChargeOff[i - 1];
        chargeOffLoans[i] += chargeOffLoans[i - 1];
      }
    }
    return withoutEmptyCohorts(
        params,
        asOf,
        new Cells(
            ends,
            labels,
            offset,
            loans,
            principal,
            badLoans,
            badPrincipal,
            netChargeOff,
            chargeOffLoans),
        drill);
  }

  /**
   * The loans of the cohort dated {@code cohortEnd} behind cell MOB {@code mob}: those bad by that
   * MOB, or with {@code chargeOffs} those with a charge-off by that MOB (see {@link #isChargeOff});
   * ascending loan indexes. The same rules as {@link #run}, so the count equals the cell's.
   */
  static int[] loansBehind(
      AnalysisScope scope, VintageParams params, int cohortEnd, int mob, boolean chargeOffs) {
    LoadedPortfolio p = scope.portfolio();
    int asOf = scope.asOfMonth();
    boolean[] include = scope.include();
    int[] origin = p.loanOriginMonth();
    boolean quarters = params.cohortPeriod() == VintageParams.CohortPeriod.QUARTER;
    int[] rowStart = p.rowStart();
    int[] rowMonth = p.rowMonth();
    int[] rowDpd = p.rowDpd();
    byte[] rowStatus = p.rowStatus();
    long[] rowChargeOff = p.rowChargeOff();
    long[] rowRecovery = p.rowRecovery();
    int lastMob = Math.min(mob, asOf - cohortEnd);
    IntStream.Builder behind = IntStream.builder();
    for (int l = 0; l < origin.length; l++) {
      if (!include[l] || cohortEnd(origin[l], quarters) != cohortEnd) {
        continue;
      }
      for (int r = rowStart[l]; r < rowStart[l + 1]; r++) {
        int month = rowMonth[r];
        int rowMob = Math.max(0, month - origin[l]);
        if (month > asOf || rowMob > lastMob) {
          break;
        }
        boolean hit =
            chargeOffs
                ? isChargeOff(rowStatus[r], rowChargeOff[r], rowRecovery[r])
                : isBad(rowStatus[r], rowDpd[r], params.threshold());
        if (hit) {
          behind.add(l);
          break;
        }
      }
    }
    return behind.build().toArray();
  }

  /** docs/methodology.md §7: ACTIVE at {@code threshold} days past due or more, or CHARGED_OFF. */
  private static boolean isBad(byte status, int dpd, int threshold) {
    return status == LoadedPortfolio.CHARGED_OFF
        || (status == LoadedPortfolio.ACTIVE && dpd >= threshold);
  }

  /**
   * A row that makes its loan one of the loans behind a net charge-off cell: CHARGED_OFF, or
   * carrying a charge-off or recovery amount.
   */
  private static boolean isChargeOff(byte status, long chargeOff, long recovery) {
    return status == LoadedPortfolio.CHARGED_OFF || chargeOff != 0 || recovery != 0;
  }

  /** The arrays of a grid: per cohort, and per cell at {@code offset[c] + k}. */
  record Cells(
      int[] ends,
      String[] labels,
      int[] offset,
      int[] loans,
      long[] principal,
      int[] badLoans,
      long[] badPrincipal,
      long[] netChargeOff,
      int[] chargeOffLoans) {}

  /** A month without originations in scope is no cohort: its cells would all be 0 / 0. */
  private static VintageResult withoutEmptyCohorts(
      VintageParams params, int asOf, Cells all, VintageResult.Drill drill) {
    int kept = 0;
    int cells = 0;
    for (int c = 0; c < all.loans().length; c++) {
      if (all.loans()[c] > 0) {
        kept++;
        cells += all.offset()[c + 1] - all.offset()[c];
      }
    }
    Cells out =
        new Cells(
            new int[kept],
            new String[kept],
            new int[kept + 1],
            new int[kept],
            new long[kept],
            new int[cells],
            new long[cells],
            new long[cells],
            new int[cells]);
    int k = 0;
    for (int c = 0; c < all.loans().length; c++) {
      if (all.loans()[c] == 0) {
        continue;
      }
      int from = all.offset()[c];
      int n = all.offset()[c + 1] - from;
      int to = out.offset()[k];
      out.ends()[k] = all.ends()[c];
      out.labels()[k] = all.labels()[c];
      out.loans()[k] = all.loans()[c];
      out.principal()[k] = all.principal()[c];
      out.offset()[k + 1] = to + n;
      System.arraycopy(all.badLoans(), from, out.badLoans(), to, n);
      System.arraycopy(all.badPrincipal(), from, out.badPrincipal(), to, n);
      System.arraycopy(all.netChargeOff(), from, out.netChargeOff(), to, n);
      System.arraycopy(all.chargeOffLoans(), from, out.chargeOffLoans(), to, n);
      k++;
    }
    return new VintageResult(params, asOf, out, drill);
  }

  /** The month that dates a loan's cohort: its origination month, or its quarter's last month. */
  static int cohortEnd(int originMonth, boolean quarters) {
    return quarters ? originMonth - Math.floorMod(originMonth, 3) + 2 : originMonth;
  }

  private static String label(int end, boolean quarters) {
    if (!quarters) {
      return Months.of(end).toString();
    }
    return Math.floorDiv(end, 12) + "-Q" + (Math.floorMod(end, 12) / 3 + 1);
  }
}
