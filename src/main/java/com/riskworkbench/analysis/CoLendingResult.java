package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.analysis.CoLendingAnalysis.BelowMinimum;
import com.riskworkbench.analysis.CoLendingAnalysis.Partner;
import com.riskworkbench.analysis.CoLendingAnalysis.Rule;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link CoLendingAnalysis} finds: the partners (by name), their total {@code ALL}, the loans
 * below the minimum own share, and the three limits. Amounts in cents; the holder's figures are
 * balance × own share, rounded to the cent per partner and for the total. {@code recorded} is false
 * when the portfolio names no funding partner at all (a file without the co-lending columns, or a
 * lender that records none): the limits are then not available rather than passed.
 */
public record CoLendingResult(
    CoLendingRules limits,
    long outstandingCents,
    long ownOutstandingCents,
    OptionalLong tier1NetCapitalCents,
    List<Partner> partners,
    Partner total,
    List<BelowMinimum> belowMinimum,
    boolean recorded)
    implements AnalysisResult {

  public CoLendingResult {
    partners = List.copyOf(partners);
    belowMinimum = List.copyOf(belowMinimum);
  }

  static Partner total(List<Partner> partners) {
    int loans = 0;
    long balance = 0;
    long own = 0;
    double min = Double.NaN;
    int below = 0;
    for (Partner p : partners) {
      loans += p.loans();
      balance += p.balanceCents();
      own += p.ownBalanceCents();
      min = Double.isNaN(min) ? p.minOwnShare() : Math.min(min, p.minOwnShare());
      below += p.loansBelowMinimum();
    }
    return new Partner(CoLendingAnalysis.ALL, loans, balance, own, min, below);
  }

  /** The partner limit in cents (a share of tier 1 net capital), when tier 1 is known. */
  public OptionalLong partnerLimitCents() {
    return tier1NetCapitalCents.isPresent()
        ? OptionalLong.of(Math.round(tier1NetCapitalCents.getAsLong() * limits.partnerTier1Share()))
        : OptionalLong.empty();
  }

  private LimitCheck overPartnerLimit(long cents) {
    OptionalLong limit = partnerLimitCents();
    return limit.isPresent() ? LimitCheck.of(cents > limit.getAsLong()) : LimitCheck.NOT_AVAILABLE;
  }

  /**
   * A partner's row: breached when one of its loans is below the minimum own share or its balance
   * is over the partner limit ({@code own}: its balance at the holder's share).
   */
  public LimitCheck check(Partner p, boolean own) {
    return LimitCheck.of(p.loansBelowMinimum() > 0)
        .or(overPartnerLimit(own ? p.ownBalanceCents() : p.balanceCents()));
  }

  /** The total's row: breached when any of the three limits is. */
  public LimitCheck totalCheck(boolean own) {
    LimitCheck check = LimitCheck.PASS;
    for (Rule r : rules()) {
      check = check.or(own ? r.own() : r.full());
    }
    return check;
  }

  /** The three limits in their order: minimum own share, one partner, all co-lent balance. */
  public List<Rule> rules() {
    List<Rule> rules = computedRules();
    if (recorded) {
      return rules;
    }
    return rules.stream()
        .map(
            r ->
                new Rule(
                    r.code(),
                    r.limit(),
                    r.value(),
                    r.ownValue(),
                    LimitCheck.NOT_AVAILABLE,
                    LimitCheck.NOT_AVAILABLE))
        .toList();
  }

  private List<Rule> computedRules() {
    boolean below = total.loansBelowMinimum() > 0;
    Rule minShare =
        new Rule(
            CoLendingAnalysis.MIN_OWN_SHARE,
            limits.minOwnShare(),
            total.minOwnShare(),
            total.minOwnShare(),
            LimitCheck.of(below),
            LimitCheck.of(below));
    long largest = 0;
    long largestOwn = 0;
    for (Partner p : partners) {
      largest = Math.max(largest, p.balanceCents());
      largestOwn = Math.max(largestOwn, p.ownBalanceCents());
    }
    double tier1 = tier1NetCapitalCents.isPresent() ? tier1NetCapitalCents.getAsLong() : Double.NaN;
    Rule partner =
        new Rule(
            CoLendingAnalysis.PARTNER_TIER1,
            limits.partnerTier1Share(),
            ratio(largest, tier1),
            ratio(largestOwn, tier1),
            overPartnerLimit(largest),
            overPartnerLimit(largestOwn));
    double share = ratio(total.balanceCents(), outstandingCents);
    double ownShare = ratio(total.ownBalanceCents(), ownOutstandingCents);
    Rule coLent =
        new Rule(
            CoLendingAnalysis.CO_LENT_SHARE,
            limits.coLentShare(),
            share,
            ownShare,
            outstandingCents == 0 ? LimitCheck.PASS : LimitCheck.of(share > limits.coLentShare()),
            ownOutstandingCents == 0
                ? LimitCheck.PASS
                : LimitCheck.of(ownShare > limits.coLentShare()));
    return List.of(minShare, partner, coLent);
  }

  /**
   * The scope's loans ACTIVE at the as-of month co-lent with {@code partner} ({@code ALL}: any).
   */
  public int[] loansOf(AnalysisScope scope, String partner) {
    LoadedPortfolio p = scope.portfolio();
    boolean all = partner.equals(CoLendingAnalysis.ALL);
    int wanted = all ? LoadedPortfolio.NO_CODE : p.partners().code(partner);
    IntArrayList found = new IntArrayList();
    for (int l = 0; (all || wanted >= 0) && l < p.loans(); l++) {
      int k = p.loanPartner()[l];
      if (!scope.include()[l] || k == LoadedPortfolio.NO_CODE || (!all && k != wanted)) {
        continue;
      }
      int r = p.rowAt(l, scope.asOfMonth());
      if (r >= 0 && p.rowStatus()[r] == LoadedPortfolio.ACTIVE) {
        found.add(l);
      }
    }
    return found.toIntArray();
  }

  /** The loans below the minimum own share, as indexes into the book. */
  public int[] loansBelowMinimum() {
    return belowMinimum.stream().mapToInt(BelowMinimum::loan).toArray();
  }

  @Override
  public Table rows() {
    StringColumn partner = StringColumn.create("partner");
    IntColumn loans = IntColumn.create("loans");
    DoubleColumn balance = DoubleColumn.create("balance");
    DoubleColumn own = DoubleColumn.create("own_balance");
    DoubleColumn share = DoubleColumn.create("share_of_outstanding");
    DoubleColumn minShare = DoubleColumn.create("own_share_min");
    BooleanColumn breach = BooleanColumn.create("breach");
    DoubleColumn ownShare = DoubleColumn.create("own_share_of_outstanding");
    DoubleColumn tier1 = DoubleColumn.create("tier1_share");
    DoubleColumn ownTier1 = DoubleColumn.create("own_tier1_share");
    IntColumn below = IntColumn.create("loans_below_min_share");
    BooleanColumn ownBreach = BooleanColumn.create("breach_at_own_share");
    double tier1Cents =
        tier1NetCapitalCents.isPresent() ? tier1NetCapitalCents.getAsLong() : Double.NaN;
    for (Partner p : partnersAndTotal()) {
      boolean isTotal = p == total;
      partner.append(p.partner());
      loans.append(p.loans());
      balance.append(amount(p.balanceCents()));
      own.append(amount(p.ownBalanceCents()));
      share.append(ratio(p.balanceCents(), outstandingCents));
      minShare.append(p.minOwnShare());
      (isTotal ? totalCheck(false) : check(p, false)).appendTo(breach);
      ownShare.append(ratio(p.ownBalanceCents(), ownOutstandingCents));
      tier1.append(ratio(p.balanceCents(), tier1Cents));
      ownTier1.append(ratio(p.ownBalanceCents(), tier1Cents));
      below.append(p.loansBelowMinimum());
      (isTotal ? totalCheck(true) : check(p, true)).appendTo(ownBreach);
    }
    return Table.create(
        "co_lending",
        partner,
        loans,
        balance,
        own,
        share,
        minShare,
        breach,
        ownShare,
        tier1,
        ownTier1,
        below,
        ownBreach);
  }

  /** The partners, then the total. */
  public List<Partner> partnersAndTotal() {
    return java.util.stream.Stream.concat(partners.stream(), java.util.stream.Stream.of(total))
        .toList();
  }

  /** The three limits as a table: limit, value at full balance and at own share, the checks. */
  public Table ruleTable() {
    StringColumn rule = StringColumn.create("rule");
    DoubleColumn limit = DoubleColumn.create("limit_share");
    DoubleColumn value = DoubleColumn.create("value");
    DoubleColumn ownValue = DoubleColumn.create("value_at_own_share");
    BooleanColumn breach = BooleanColumn.create("breach");
    BooleanColumn ownBreach = BooleanColumn.create("breach_at_own_share");
    for (Rule r : rules()) {
      rule.append(r.code());
      limit.append(r.limit());
      value.append(r.value());
      ownValue.append(r.ownValue());
      r.full().appendTo(breach);
      r.own().appendTo(ownBreach);
    }
    return Table.create("co_lending_rules", rule, limit, value, ownValue, breach, ownBreach);
  }

  /** The loans below the minimum own share as a table. */
  public Table belowMinimumTable() {
    StringColumn loan = StringColumn.create("loan_id");
    StringColumn partner = StringColumn.create("partner");
    DoubleColumn balance = DoubleColumn.create("balance");
    DoubleColumn share = DoubleColumn.create("own_share");
    for (BelowMinimum b : belowMinimum) {
      loan.append(b.loanId());
      partner.append(b.partner());
      balance.append(amount(b.balanceCents()));
      share.append(b.ownShare());
    }
    return Table.create("below_min_own_share", loan, partner, balance, share);
  }

  @Override
  public Map<String, Object> extras() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outstanding", amount(outstandingCents));
    m.put("own_outstanding", amount(ownOutstandingCents));
    m.put(
        "tier1_net_capital",
        tier1NetCapitalCents.isPresent() ? amount(tier1NetCapitalCents.getAsLong()) : null);
    m.put(
        "partner_limit",
        partnerLimitCents().isPresent() ? amount(partnerLimitCents().getAsLong()) : null);
    m.put("rules", ruleTable());
    m.put("below_min_own_share", belowMinimumTable());
    return m;
  }
}
