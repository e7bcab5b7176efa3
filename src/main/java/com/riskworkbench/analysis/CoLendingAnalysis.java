package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

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
    Map<ShareKey, long[]> sums = new HashMap<>(); // {loans, balance} per partner and own share
    List<BelowMinimum> belowLoans = new ArrayList<>();
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
      int k = p.loanPartner()[l];
      long[] sum = sums.computeIfAbsent(new ShareKey(k, share), key -> new long[2]);
      sum[0]++;
      sum[1] += b;
      if (k != LoadedPortfolio.NO_CODE && share < rules.minOwnShare()) {
        belowLoans.add(new BelowMinimum(l, p.loanIds()[l], p.partners().value(k), b, share));
      }
    }
    List<ShareSum> shares = new ArrayList<>();
    sums.forEach(
        (key, sum) ->
            shares.add(
                new ShareSum(
                    key.partner() == LoadedPortfolio.NO_CODE
                        ? Optional.empty()
                        : Optional.of(p.partners().value(key.partner())),
                    key.share(),
                    Math.toIntExact(sum[0]),
                    sum[1])));
    return finish(rules, shares, belowLoans, p.tier1NetCapitalCents(), p.partners().size() > 0);
  }

  private record ShareKey(int partner, double share) {}

  /**
   * The ACTIVE loans in scope with one partner (empty: not co-lent) and one own share (1 where the
   * tape gave none): how many, and their balance in cents.
   */
  record ShareSum(Optional<String> partner, double ownShare, int loans, long balanceCents) {}

  /**
   * The result from the sums per partner and own share, the loans below the minimum own share (in
   * any order) and the book's tier 1 net capital, the same for both engines. The holder's part of a
   * balance is summed exactly (each share, a decimal of at most four places, times the balance) and
   * rounded to the cent, half up, per partner and for the outstanding balance; partners are listed
   * by name and the loans below the minimum by loan id.
   */
  static CoLendingResult finish(
      CoLendingRules rules,
      List<ShareSum> sums,
      List<BelowMinimum> belowLoans,
      OptionalLong tier1NetCapitalCents,
      boolean recorded) {
    long outstanding = 0;
    BigDecimal ownOutstanding = BigDecimal.ZERO;
    Map<String, PartnerSum> byPartner = new TreeMap<>();
    for (ShareSum s : sums) {
      BigDecimal own =
          BigDecimal.valueOf(s.ownShare()).multiply(BigDecimal.valueOf(s.balanceCents()));
      outstanding += s.balanceCents();
      ownOutstanding = ownOutstanding.add(own);
      if (s.partner().isPresent()) {
        byPartner
            .computeIfAbsent(s.partner().get(), k -> new PartnerSum())
            .add(s, own, rules.minOwnShare());
      }
    }
    // A tier 1 of zero or less is no capital to hold the partner limit against: not available.
    OptionalLong tier1 =
        tier1NetCapitalCents.isPresent() && tier1NetCapitalCents.getAsLong() > 0
            ? tier1NetCapitalCents
            : OptionalLong.empty();
    List<Partner> rows = new ArrayList<>();
    byPartner.forEach(
        (name, t) ->
            rows.add(new Partner(name, t.loans, t.balance, cents(t.own), t.minShare, t.below)));
    List<BelowMinimum> below = new ArrayList<>(belowLoans);
    below.sort(java.util.Comparator.comparing(BelowMinimum::loanId));
    return new CoLendingResult(
        rules,
        outstanding,
        cents(ownOutstanding),
        tier1,
        rows,
        CoLendingResult.total(rows),
        below,
        recorded);
  }

  /** Cents, rounded half up as {@link Math#round} does (towards positive infinity at a half). */
  private static long cents(BigDecimal exact) {
    return exact.add(HALF).setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** One partner's running sums. */
  private static final class PartnerSum {
    int loans;
    long balance;
    BigDecimal own = BigDecimal.ZERO;
    double minShare = Double.NaN;
    int below;

    void add(ShareSum s, BigDecimal ownCents, double minOwnShare) {
      loans += s.loans();
      balance += s.balanceCents();
      own = own.add(ownCents);
      minShare = Double.isNaN(minShare) ? s.ownShare() : Math.min(minShare, s.ownShare());
      if (s.ownShare() < minOwnShare) {
        below += s.loans();
      }
    }
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

  /**
   * A co-lent loan whose own share is below the minimum; {@code loan} is its index in the loaded
   * book, -1 when the database engine found it (no book is loaded).
   */
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
