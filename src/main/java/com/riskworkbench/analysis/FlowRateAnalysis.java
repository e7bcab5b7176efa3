package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;

/**
 * Flow rates, docs/methodology.md §8: for each month m in the window and each bucket b after
 * CURRENT, the balance of ACTIVE rows in b at m over the balance of ACTIVE rows in b−1 at m−1.
 * Balances are of the included loans, whichever loans they are in either month.
 */
public final class FlowRateAnalysis {
  private FlowRateAnalysis() {}

  /**
   * @param window the number of months ending at the as-of month; 0 or less for every month of the
   *     data up to the as-of month that has a previous month
   */
  public static FlowRateResult run(AnalysisScope scope, DelinquencyBuckets buckets, int window) {
    TransitionWindow w = TransitionWindow.of(scope, window);
    int nb = buckets.count();
    // balance[(m - (first - 1)) * nb + b]: months first-1 .. last
    long[] balance = new long[(w.months() + 1) * nb];
    if (!w.isEmpty()) {
      LoadedPortfolio p = scope.portfolio();
      boolean[] include = scope.include();
      int[] rowStart = p.rowStart();
      int[] rowMonth = p.rowMonth();
      int[] rowDpd = p.rowDpd();
      byte[] rowStatus = p.rowStatus();
      long[] rowBalance = p.rowBalance();
      int from = w.first() - 1;
      int to = w.last();
      for (int l = 0; l < include.length; l++) {
        if (!include[l]) {
          continue;
        }
        for (int r = rowStart[l]; r < rowStart[l + 1]; r++) {
          int m = rowMonth[r];
          if (m > to) {
            break; // rows are ascending
          }
          if (m >= from && rowStatus[r] == LoadedPortfolio.ACTIVE) {
            balance[(m - from) * nb + buckets.bucket(rowDpd[r])] += rowBalance[r];
          }
        }
      }
    }
    return new FlowRateResult(buckets, w, balance);
  }
}
