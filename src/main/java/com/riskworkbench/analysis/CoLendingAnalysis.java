package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Co-lending at the as-of month (docs/methodology.md §6.8): for each funding partner the ACTIVE
 * loans of the scope co-lent with it, their full balance and the holder's part of it (balance × own
 * share, a missing share counting as 1), and the three limits — own share at least 30 % on every
 * co-lent loan, the balance with one partner at most 25 % of tier 1 net capital, all co-lent
 * balance at most 50 % of the outstanding balance. Each limit is judged on the full balance, as the
 * rules are written, and beside it at the holder's share.
 */
public final class CoLendingAnalysis {
  private CoLendingAnalysis() {}

  public static CoLendingResult run(AnalysisScope scope, CoLendingRules rules) {
    LoadedPortfolio p = scope.portfolio();
    int partners = p.partners().size();
    int[] loans = new int[partners];
    long[] balance = new long[partners];
    double[] ownCents = new double[partners];
    double[] minShare = new double[partners];
    int[] below = new int[partners];
    java.util.Arrays.fill(minShare, Double.NaN);
    List<BelowMinimum> belowLoans = new ArrayList<>();
    long outstanding = 0;
    double ownOutstanding = 0;
    boolean[] include = scope.include();
    for (int l = 0; l < p.loans(); l++) {
      if (!include[l]) {
        continue;
      }
      int r = p.rowAt(l, scope.asOfMonth());
      if (r < 0 || p.rowStatus()[r] != LoadedPortfolio.ACTIVE) {
        continue;
      }
      long b = p.rowBalance()[r];
      double share = ownShare(p, l);
      outstanding += b;
      ownOutstanding += b * share;
      int k = p.loanPartner()[l];
      if (k == LoadedPortfolio.NO_CODE) {
        continue;
      }
      loans[k]++;
      balance[k] += b;
      ownCents[k] += b * share;
      minShare[k] = Double.isNaN(minShare[k]) ? share : Math.min(minShare[k], share);
      if (share < rules.minOwnShare()) {
        below[k]++;
        belowLoans.add(new BelowMinimum(l, p.loanIds()[l], p.partners().value(k), b, share));
      }
    }
    // A tier 1 of zero or less is no capital to hold the partner limit against: not available.
    OptionalLong tier1 =
        p.tier1NetCapitalCents().isPresent() && p.tier1NetCapitalCents().getAsLong() > 0
            ? p.tier1NetCapitalCents()
            : OptionalLong.empty();
    List<Partner> rows = new ArrayList<>();
    for (int k = 0; k < partners; k++) {
      if (loans[k] > 0) {
        rows.add(
            new Partner(
                p.partners().value(k),
                loans[k],
                balance[k],
                Math.round(ownCents[k]),
                minShare[k],
                below[k]));
      }
    }
    rows.sort((a, b) -> a.partner().compareTo(b.partner()));
    return new CoLendingResult(
        rules,
        outstanding,
        Math.round(ownOutstanding),
        tier1,
        rows,
        CoLendingResult.total(rows),
        belowLoans,
        p.partners().size() > 0);
  }

  /** The holder's share of loan {@code l}: the tape's own share, 1 where it gave none. */
  static double ownShare(LoadedPortfolio p, int l) {
    double s = p.loanOwnShare()[l];
    return Double.isNaN(s) ? 1 : s;
  }

  /**
   * One partner's co-lent loans (or all of them, for the total): count, full balance, the holder's
   * part, the lowest own share and how many loans are below the minimum.
   */
  public record Partner(
      String partner,
      int loans,
      long balanceCents,
      long ownBalanceCents,
      double minOwnShare,
      int loansBelowMinimum) {}

  /** A co-lent loan whose own share is below the minimum; {@code loan} is its index in the book. */
  public record BelowMinimum(
      int loan, String loanId, String partner, long balanceCents, double ownShare) {}

  /** One of the three limits, judged at the full balance and at the holder's share. */
  public record Rule(
      String code, double limit, double value, double ownValue, LimitCheck full, LimitCheck own) {}

  /** The rule codes, in the order of the rules. */
  public static final String MIN_OWN_SHARE = "min_own_share";

  public static final String PARTNER_TIER1 = "partner_tier1";
  public static final String CO_LENT_SHARE = "co_lent_share";

  /** The row that sums every partner: {@code ALL}. */
  public static final String ALL = "ALL";
}
