package com.riskworkbench.sample;

import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.ProvisionAnalysis;
import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.LoanStatus;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * What the lender booked beside the loan history (docs/methodology.md §1.2): a five-category
 * classification and a provision on every ACTIVE row, co-lending partners and shares on loans from
 * partner channels, related-party groups of some enterprises. Drawn from a random stream of its
 * own, so that every other value of the portfolio is the same as without them.
 *
 * <ul>
 *   <li>Classification: the 2023 rule's category by days past due, except on about {@value
 *       #UNDER_CLASSIFIED_SHARE} of loans, which the lender books one category better whenever they
 *       are past due (special mention as normal, substandard as special mention): the
 *       under-classification an auditor should find.
 *   <li>Provision: the regulatory rate of the booked category (1 % general plus 2 % / 25 %) on the
 *       balance, a few percent either way; on about {@value #SHORTFALL_SHARE} of loans only 35–65 %
 *       of it (a shortfall).
 *   <li>Co-lending: about 60 % of the loans from the partner channels are co-funded with one of
 *       three banks; the holder's share is mostly 30 %, sometimes 50 %, on a few loans 20 % (below
 *       the 30 % floor), and on a few it is not given.
 *   <li>Groups: about 8 % of enterprises belong to one of twelve related-party groups.
 * </ul>
 */
final class Bookings {
  static final double UNDER_CLASSIFIED_SHARE = 0.03;
  static final double SHORTFALL_SHARE = 0.03;

  /** The holder's tier 1 net capital per loan of the sample, in yuan: 120 million for 6,000. */
  static final long TIER1_PER_LOAN_YUAN = 20_000;

  private static final String[] PARTNERS = {"Bank Hua", "Bank Xin", "Bank Yuan"};
  private static final FiveCategoryRule RULE = FiveCategoryRule.REGULATORY_2023;
  private static final ProvisionAnalysis.Rates RATES = ProvisionAnalysis.Rates.DEFAULT;
  private static final BookedCategory[] BOOKED = BookedCategory.values();

  private final SplittableRandom rng;
  private boolean underClassified;
  private boolean shortfall;

  Bookings(long seed) {
    this.rng = new SplittableRandom(seed ^ 0x426F6F6B696E6773L);
  }

  Borrower group(Borrower b) {
    if (b.type() == com.riskworkbench.portfolio.BorrowerType.INDIVIDUAL
        || !Draws.chance(rng, 0.08)) {
      return b;
    }
    String group = String.format(java.util.Locale.ROOT, "G%02d", 1 + rng.nextInt(12));
    return new Borrower(
        b.borrowerId(),
        b.type(),
        b.name(),
        b.idNumber(),
        b.birthDate(),
        b.region(),
        b.city(),
        b.industry(),
        b.annualIncomeCents(),
        b.creditScore(),
        Optional.of(group));
  }

  /** The loan as booked, and the draws for its months. */
  Loan loan(LoanPlan plan) {
    underClassified = Draws.chance(rng, UNDER_CLASSIFIED_SHARE);
    shortfall = Draws.chance(rng, SHORTFALL_SHARE);
    Loan l = plan.loan();
    if (!plan.channel().isPartner() || !Draws.chance(rng, 0.6)) {
      return l;
    }
    String partner = PARTNERS[rng.nextInt(PARTNERS.length)];
    double u = rng.nextDouble();
    Optional<BigDecimal> share =
        u < 0.02
            ? Optional.empty()
            : Optional.of(new BigDecimal(u < 0.07 ? "0.2" : u < 0.25 ? "0.5" : "0.3"));
    return new Loan(
        l.loanId(),
        l.borrowerId(),
        l.product(),
        l.channel(),
        l.originationDate(),
        l.maturityDate(),
        l.principalCents(),
        l.interestRate(),
        l.termMonths(),
        l.riskGrade(),
        l.guaranteeType(),
        Optional.of(partner),
        share);
  }

  /** An ACTIVE row with its booked category and provision; other rows as they are. */
  LoanMonth month(LoanMonth m) {
    if (m.status() != LoanStatus.ACTIVE) {
      return m;
    }
    FiveCategory rule = RULE.classify(m.daysPastDue());
    int booked = underClassified ? Math.max(0, rule.ordinal() - 1) : rule.ordinal();
    double rate = RATES.general() + RATES.specific(FiveCategory.values()[booked]);
    double factor = shortfall ? Draws.uniform(rng, 0.35, 0.65) : Draws.uniform(rng, 0.97, 1.12);
    long provision = Math.round(m.balanceCents() * rate * factor);
    return new LoanMonth(
        m.loanId(),
        m.month(),
        m.balanceCents(),
        m.daysPastDue(),
        m.status(),
        m.chargeOffCents(),
        m.recoveryCents(),
        Optional.of(BOOKED[booked]),
        OptionalLong.of(provision));
  }
}
