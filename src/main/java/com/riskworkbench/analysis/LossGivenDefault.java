package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;

/**
 * Loss given default of the scope (docs/methodology.md §14): 1 − Σ recovery / Σ charge-off amount
 * over the charged-off loans whose charge-off is at least {@code seasoning} months before the as-of
 * month, their amounts up to the as-of month; falls back to every charge-off up to the as-of month,
 * then to 1.0 when there is none. Kept within 0–1.
 *
 * @param basis {@code seasoned}, {@code all_charge_offs} or {@code none}
 */
public record LossGivenDefault(
    double lgd, String basis, int seasoning, long loans, long chargeOffCents, long recoveryCents) {

  /** Months a charge-off must have had to collect recoveries, unless told otherwise. */
  public static final int DEFAULT_SEASONING = 12;

  public static LossGivenDefault of(AnalysisScope scope, int seasoning) {
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    int[] start = p.rowStart();
    int[] month = p.rowMonth();
    byte[] status = p.rowStatus();
    long[] co = p.rowChargeOff();
    long[] rec = p.rowRecovery();
    int asOf = scope.asOfMonth();
    long seasonedLoans = 0;
    long seasonedCo = 0;
    long seasonedRec = 0;
    long allLoans = 0;
    long allCo = 0;
    long allRec = 0;
    for (int l = 0; l < include.length; l++) {
      if (!include[l]) {
        continue;
      }
      long loanCo = 0;
      long loanRec = 0;
      int chargedOffAt = Integer.MIN_VALUE;
      for (int r = start[l]; r < start[l + 1] && month[r] <= asOf; r++) {
        loanCo += co[r];
        loanRec += rec[r];
        if (status[r] == LoadedPortfolio.CHARGED_OFF) {
          chargedOffAt = month[r];
        }
      }
      if (chargedOffAt == Integer.MIN_VALUE) {
        continue;
      }
      allLoans++;
      allCo += loanCo;
      allRec += loanRec;
      if (chargedOffAt <= (long) asOf - seasoning) {
        seasonedLoans++;
        seasonedCo += loanCo;
        seasonedRec += loanRec;
      }
    }
    return of(seasoning, seasonedLoans, seasonedCo, seasonedRec, allLoans, allCo, allRec);
  }

  /**
   * The LGD of the charged-off loans' tallies, however they were summed (memory or database): the
   * seasoned ones and all of them up to the as-of month, in cents.
   */
  static LossGivenDefault of(
      int seasoning,
      long seasonedLoans,
      long seasonedCo,
      long seasonedRec,
      long allLoans,
      long allCo,
      long allRec) {
    if (seasonedCo > 0) {
      return new LossGivenDefault(
          lgd(seasonedCo, seasonedRec),
          "seasoned",
          seasoning,
          seasonedLoans,
          seasonedCo,
          seasonedRec);
    }
    if (allCo > 0) {
      return new LossGivenDefault(
          lgd(allCo, allRec), "all_charge_offs", seasoning, allLoans, allCo, allRec);
    }
    return new LossGivenDefault(1.0, "none", seasoning, 0, 0, 0);
  }

  private static double lgd(long chargeOff, long recovery) {
    return Math.max(0.0, Math.min(1.0, 1.0 - (double) recovery / chargeOff));
  }

  /** One sentence for the reader: which charge-offs the LGD comes from. */
  public String describe() {
    return switch (basis) {
      case "seasoned" ->
          "from " + loans + " loans charged off at least " + seasoning + " months before as-of";
      case "all_charge_offs" ->
          "no charge-off is "
              + seasoning
              + " months old: from all "
              + loans
              + " charged-off loans up to as-of";
      default -> "no charged-off loans with an amount in the scope: LGD taken as 1.0";
    };
  }
}
