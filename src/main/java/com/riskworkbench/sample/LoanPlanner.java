package com.riskworkbench.sample;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.GuaranteeType;
import com.riskworkbench.portfolio.Loan;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SplittableRandom;

/** Draws each loan's terms, timing, risk and fraud flags. */
final class LoanPlanner {

  /** Share of first loans originated before the window and still on book when it opens. */
  private static final double PRE_WINDOW_SHARE = 0.15;

  /** Share of loans bought in seasoned: their rows start 1–6 months after origination. */
  private static final double SEASONED_SHARE = 0.021;

  private static final double GAP_SHARE = 0.004;

  /** Grade cut-offs on quality + noise + channel shift, for about 20/30/27/15/8 % A..E. */
  private static final double[] GRADE_CUTOFFS = {0.98, 0.0, -0.82, -1.64};

  /** Monthly chance that a current loan of grade A..E misses an instalment. */
  private static final double[] GRADE_MISS_HAZARD = {0.0025, 0.005, 0.009, 0.016, 0.028};

  /** Annual rate range of grade A..E in basis points: [from, to). */
  private static final int[][] GRADE_RATE_BP = {
    {700, 1000}, {1000, 1400}, {1400, 1800}, {1800, 2100}, {2100, 2400}
  };

  /** Loans originated just before and during the stress were underwritten loosely. */
  private static final double STRESS_VINTAGE_FACTOR = 1.5;

  private static final int STRESS_VINTAGE_LEAD_MONTHS = 3;

  private static final double FPD_SHARE_WEAK_CHANNEL_BURST = 0.10;
  private static final double FPD_SHARE_WEAK_CHANNEL = 0.01;
  private static final double FPD_SHARE_OTHER_CHANNELS = 0.0005;
  private static final double OTHER_FRAUD_SHARE = 0.004;

  /** Channel weights per product, in {@link Channel} order. */
  private static final double[][] CHANNEL_WEIGHTS = {
    {35, 10, 18, 20, 12, 5}, // credit loan
    {25, 30, 15, 18, 12, 0}, // consumer instalment
    {10, 75, 5, 5, 5, 0}, // e-commerce order loan
    {25, 5, 10, 5, 20, 35}, // business loan
  };

  private static final Weighted<FraudType> INDIVIDUAL_FRAUD =
      Weighted.<FraudType>builder()
          .add(30, FraudType.IDENTITY_THEFT)
          .add(20, FraudType.SYNTHETIC_IDENTITY)
          .add(25, FraudType.APPLICATION_MISREPRESENTATION)
          .add(10, FraudType.LOAN_PURPOSE_MISUSE)
          .add(5, FraudType.INSIDER_COLLUSION)
          .add(5, FraudType.DOCUMENT_FORGERY)
          .add(5, FraudType.OTHER)
          .build();

  private static final Weighted<FraudType> ENTERPRISE_FRAUD =
      Weighted.<FraudType>builder()
          .add(30, FraudType.DOCUMENT_FORGERY)
          .add(20, FraudType.APPLICATION_MISREPRESENTATION)
          .add(30, FraudType.LOAN_PURPOSE_MISUSE)
          .add(10, FraudType.INSIDER_COLLUSION)
          .add(5, FraudType.IDENTITY_THEFT)
          .add(5, FraudType.OTHER)
          .build();

  private static final BigDecimal[] RATES = new BigDecimal[2401];

  static {
    for (int bp = 0; bp < RATES.length; bp++) {
      RATES[bp] = BigDecimal.valueOf(bp, 4);
    }
  }

  private final MonthTable months;
  private final SplittableRandom rng;

  LoanPlanner(MonthTable months, SplittableRandom rng) {
    this.months = months;
    this.rng = rng;
  }

  /**
   * Plans the borrower's next loan, or nothing when it would start after the window.
   *
   * @param previous the borrower's previous loan, or {@code null} for its first
   */
  Optional<LoanPlan> plan(String loanId, BorrowerProfile borrower, LoanPlan previous) {
    Product product =
        previous == null
            ? borrower.firstProduct()
            : borrower.whale() || Draws.chance(rng, 0.7)
                ? previous.product()
                : Product.drawFor(borrower.type(), rng);
    int term = borrower.whale() ? 36 : product.drawTerm(rng);

    int origination;
    int firstRow;
    if (previous == null) {
      if (borrower.whale()) {
        origination = months.last - rng.nextInt(Math.min(4, months.size()));
        firstRow = origination;
      } else {
        int entry = months.drawGrowthMonth(rng);
        double u = rng.nextDouble();
        if (u < PRE_WINDOW_SHARE) {
          origination = months.first - 1 - rng.nextInt(Math.min(term - 1, 24));
          firstRow = months.first;
        } else if (u < PRE_WINDOW_SHARE + SEASONED_SHARE) {
          firstRow = entry;
          origination = entry - 1 - rng.nextInt(Math.min(6, term - 1));
        } else {
          origination = entry;
          firstRow = entry;
        }
      }
    } else {
      // Repeat loans follow soon more often than late: 1–18 months, log-uniform.
      int gap = borrower.whale() ? rng.nextInt(2) : (int) Draws.logUniform(rng, 1, 19);
      origination = previous.originationMonth() + gap;
      if (borrower.whale()) {
        origination = Math.min(origination, months.last);
      }
      if (origination > months.last) {
        return Optional.empty();
      }
      // A loan must still be on book in the window's first month.
      origination = Math.max(origination, months.first - (term - 1));
      firstRow = Math.max(origination, months.first);
      if (!borrower.whale() && Draws.chance(rng, SEASONED_SHARE)) {
        int seasonedRow = origination + 1 + rng.nextInt(Math.min(6, term - 1));
        if (seasonedRow >= months.first && seasonedRow <= months.last) {
          firstRow = seasonedRow;
        }
      }
    }

    Channel channel =
        previous != null
                && Draws.chance(rng, 0.8)
                && CHANNEL_WEIGHTS[product.ordinal()][previous.channel().ordinal()] > 0
            ? previous.channel()
            : drawChannel(product);
    int grade = grade(borrower, channel);
    int rateBp = rateBp(grade, product);
    long principal = principalCents(product, borrower);
    GuaranteeType guarantee = guarantee(product, channel, borrower);

    boolean fresh = origination >= months.first && firstRow == origination;
    boolean fpd = !borrower.whale() && fresh && Draws.chance(rng, fpdShare(channel, origination));
    Optional<FraudType> otherFraud = Optional.empty();
    if (!fpd && Draws.chance(rng, OTHER_FRAUD_SHARE * otherFraudFactor(channel))) {
      FraudType type = (borrower.isEnterprise() ? ENTERPRISE_FRAUD : INDIVIDUAL_FRAUD).pick(rng);
      if (type == FraudType.INSIDER_COLLUSION
          && (channel == Channel.OWN_APP || channel == Channel.ECOMMERCE_PLATFORM)) {
        type = FraudType.APPLICATION_MISREPRESENTATION; // no agent stands between us and them
      }
      otherFraud = Optional.of(type);
    }

    double missHazard =
        GRADE_MISS_HAZARD[grade]
            * channel.delinquencyFactor
            * product.delinquencyFactor
            * (isStressVintage(origination) ? STRESS_VINTAGE_FACTOR : 1.0)
            * otherFraud.map(LoanPlanner::fraudRiskFactor).orElse(1.0);
    double prepayHazard = borrower.whale() ? 0.003 : product.prepayHazard;

    int gapMonth =
        Draws.chance(rng, GAP_SHARE)
            ? firstRow + 1 + rng.nextInt(Math.max(1, Math.min(6, term - 1)))
            : LoanPlan.NO_GAP;

    int day = 1 + rng.nextInt(MonthTable.lengthOfMonth(origination));
    Loan loan =
        new Loan(
            loanId,
            borrower.borrowerId(),
            product.label,
            channel.label,
            MonthTable.date(origination, day),
            MonthTable.date(origination + term, day),
            principal,
            RATES[rateBp],
            term,
            SampleCatalog.RISK_GRADES.get(grade),
            guarantee);
    return Optional.of(
        new LoanPlan(
            loan,
            product,
            channel,
            origination,
            firstRow,
            rateBp / 10_000.0,
            missHazard,
            prepayHazard,
            fpd,
            otherFraud,
            gapMonth));
  }

  private Channel drawChannel(Product product) {
    double[] weights = CHANNEL_WEIGHTS[product.ordinal()];
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    Channel[] channels = Channel.values();
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return channels[i];
      }
    }
    return Channel.OWN_APP;
  }

  /** Grade index 0 (A) .. 4 (E). */
  private int grade(BorrowerProfile borrower, Channel channel) {
    double score = borrower.quality() + 0.6 * Draws.gaussian(rng) + channel.gradeShift;
    int grade = 0;
    while (grade < GRADE_CUTOFFS.length && score <= GRADE_CUTOFFS[grade]) {
      grade++;
    }
    return borrower.whale() ? Math.min(grade, 1) : grade;
  }

  private int rateBp(int grade, Product product) {
    int[] range = GRADE_RATE_BP[grade];
    int bp = range[0] + rng.nextInt(range[1] - range[0]) + product.rateShiftBp;
    return Math.max(700, Math.min(2400, bp));
  }

  private long principalCents(Product product, BorrowerProfile borrower) {
    boolean small = borrower.type() == BorrowerType.SMALL_ENTERPRISE;
    double yuan =
        switch (product) {
          case CREDIT_LOAN ->
              borrower.whale()
                  ? Draws.uniform(rng, 90_000, 180_000)
                  : Draws.logUniform(rng, 1_000, 50_000);
          case CONSUMER_INSTALMENT -> Draws.logUniform(rng, 1_000, 30_000);
          case ECOMMERCE_ORDER_LOAN ->
              small
                  ? Draws.logUniform(rng, 20_000, 500_000)
                  : Draws.logUniform(rng, 5_000, 300_000);
          case BUSINESS_LOAN ->
              borrower.whale()
                  ? Draws.uniform(rng, 3_000_000, 5_500_000)
                  : small
                      ? Draws.logUniform(rng, 200_000, 3_000_000)
                      : Draws.logUniform(rng, 50_000, 1_000_000);
        };
    return Draws.roundedCents(yuan, product.roundYuan);
  }

  private GuaranteeType guarantee(Product product, Channel channel, BorrowerProfile borrower) {
    int u = rng.nextInt(100);
    if (product.consumer) {
      // Partners often bring a financing-guarantee company along with the applicant.
      return u < (channel.isPartner() ? 35 : 12) ? GuaranteeType.GUARANTEED : GuaranteeType.CREDIT;
    }
    if (product == Product.ECOMMERCE_ORDER_LOAN) {
      return u < 10 ? GuaranteeType.GUARANTEED : GuaranteeType.CREDIT;
    }
    if (borrower.whale()) {
      return u < 70 ? GuaranteeType.COLLATERAL : GuaranteeType.GUARANTEED;
    }
    return u < 35
        ? GuaranteeType.CREDIT
        : u < 65 ? GuaranteeType.GUARANTEED : GuaranteeType.COLLATERAL;
  }

  private double fpdShare(Channel channel, int origination) {
    if (channel != Channel.PARTNER_B) {
      return FPD_SHARE_OTHER_CHANNELS;
    }
    return months.inFraudBurst(origination) ? FPD_SHARE_WEAK_CHANNEL_BURST : FPD_SHARE_WEAK_CHANNEL;
  }

  private static double otherFraudFactor(Channel channel) {
    return switch (channel) {
      case PARTNER_B -> 2.0;
      case BRANCH -> 1.5;
      case PARTNER_A, PARTNER_C -> 1.2;
      case OWN_APP, ECOMMERCE_PLATFORM -> 1.0;
    };
  }

  private boolean isStressVintage(int origination) {
    return months.stressLast >= months.stressFirst
        && origination >= months.stressFirst - STRESS_VINTAGE_LEAD_MONTHS
        && origination <= months.stressLast;
  }

  /** How much likelier a loan behind a fraud case is to miss payments. */
  private static double fraudRiskFactor(FraudType type) {
    return switch (type) {
      case IDENTITY_THEFT, SYNTHETIC_IDENTITY -> 8.0;
      case DOCUMENT_FORGERY, INSIDER_COLLUSION -> 5.0;
      default -> 3.0;
    };
  }
}
