package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;

/**
 * Vintage (cohort) analysis, DESIGN §4.3: for each cohort c and months on book k, the share of the
 * cohort that went bad by MOB k, and its cumulative net charge-off.
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
    int step = quarters ? 3 : 1;

    int firstEnd = Integer.MAX_VALUE;
    for (int l = 0; l < origin.length; l++) {
      if (include[l]) {
        int end = cohortEnd(origin[l], quarters);
        if (end <= asOf && end < firstEnd) {
          firstEnd = end;
        }
      }
    }
    if (firstEnd == Integer.MAX_VALUE) {
      return VintageResult.empty(params, asOf);
    }

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
      int end = cohortEnd(origin[l], quarters);
      if (end > asOf) {
        continue;
      }
      int c = (end - firstEnd) / step;
      int maxMob = asOf - end;
      int base = offset[c];
      loans[c]++;
      principal[c] += loanPrincipal[l];
      int firstBad = -1;
      for (int r = rowStart[l]; r < rowStart[l + 1]; r++) {
        int month = rowMonth[r];
        if (month > asOf) {
          break; // rows are ascending; the as-of month is the data cutoff
        }
        int mob = Math.max(0, month - origin[l]);
        if (mob > maxMob) {
          break; // a quarter cohort's later-born loans run past the last defined MOB
        }
        byte status = rowStatus[r];
        if (firstBad < 0
            && (status == LoadedPortfolio.CHARGED_OFF
                || (status == LoadedPortfolio.ACTIVE && rowDpd[r] >= threshold))) {
          firstBad = mob;
        }
        netChargeOff[base + mob] += rowChargeOff[r] - rowRecovery[r];
      }
      if (firstBad >= 0) {
        badLoans[base + firstBad]++;
        badPrincipal[base + firstBad] += loanPrincipal[l];
      }
    }

    for (int c = 0; c < cohorts; c++) {
      for (int i = offset[c] + 1; i < offset[c + 1]; i++) {
        badLoans[i] += badLoans[i - 1];
        badPrincipal[i] += badPrincipal[i - 1];
        netChargeOff[i] += netChargeOff[i - 1];
      }
    }
    return withoutEmptyCohorts(
        params, asOf, labels, offset, loans, principal, badLoans, badPrincipal, netChargeOff);
  }

  /** A month without originations in scope is no cohort: its cells would all be 0 / 0. */
  private static VintageResult withoutEmptyCohorts(
      VintageParams params,
      int asOf,
      String[] labels,
      int[] offset,
      int[] loans,
      long[] principal,
      int[] badLoans,
      long[] badPrincipal,
      long[] netChargeOff) {
    int kept = 0;
    int cells = 0;
    for (int c = 0; c < loans.length; c++) {
      if (loans[c] > 0) {
        kept++;
        cells += offset[c + 1] - offset[c];
      }
    }
    String[] keptLabels = new String[kept];
    int[] keptOffset = new int[kept + 1];
    int[] keptLoans = new int[kept];
    long[] keptPrincipal = new long[kept];
    int[] keptBadLoans = new int[cells];
    long[] keptBadPrincipal = new long[cells];
    long[] keptNetChargeOff = new long[cells];
    int k = 0;
    for (int c = 0; c < loans.length; c++) {
      if (loans[c] == 0) {
        continue;
      }
      int n = offset[c + 1] - offset[c];
      keptLabels[k] = labels[c];
      keptLoans[k] = loans[c];
      keptPrincipal[k] = principal[c];
      keptOffset[k + 1] = keptOffset[k] + n;
      System.arraycopy(badLoans, offset[c], keptBadLoans, keptOffset[k], n);
      System.arraycopy(badPrincipal, offset[c], keptBadPrincipal, keptOffset[k], n);
      System.arraycopy(netChargeOff, offset[c], keptNetChargeOff, keptOffset[k], n);
      k++;
    }
    return new VintageResult(
        params,
        asOf,
        keptLabels,
        keptOffset,
        keptLoans,
        keptPrincipal,
        keptBadLoans,
        keptBadPrincipal,
        keptNetChargeOff);
  }

  /** The month that dates a loan's cohort: its origination month, or its quarter's last month. */
  private static int cohortEnd(int originMonth, boolean quarters) {
    return quarters ? originMonth - Math.floorMod(originMonth, 3) + 2 : originMonth;
  }

  private static String label(int end, boolean quarters) {
    if (!quarters) {
      return Months.of(end).toString();
    }
    return Math.floorDiv(end, 12) + "-Q" + (Math.floorMod(end, 12) / 3 + 1);
  }
}
