package com.riskworkbench.sample;

import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.GuaranteeType;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.PortfolioSink;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Plays one loan month by month and writes its {@code loan_month} rows.
 *
 * <p>Instalment {@code k} (an annuity) falls due on the origination day of month {@code origination
 * + k}. A row's balance is the scheduled balance after the instalments paid so far, so it amortises
 * while the loan pays and stays flat while it does not. Days past due at a month end count from the
 * due date of the oldest unpaid instalment, which gives values such as 9, 39, 70 rather than
 * multiples of 30. A current loan misses its next instalment with a chance that depends on grade,
 * channel, product, months on book and the stress period; a past-due loan cures (pays all arrears),
 * pays one instalment, or rolls on. It is charged off at the first month end with 180 or more days
 * past due.
 *
 * <p>One instance is reused for every loan; after {@link #run} its fields describe how the loan
 * ended.
 */
final class LoanSimulator {

  static final int CHARGE_OFF_DPD = 180;

  /** Chance a past-due loan pays all arrears next month, by bucket 1–29, 30–59, 60–89, 90+. */
  private static final double[] CURE = {0, 0.45, 0.25, 0.12, 0.04};

  /** Chance it pays one instalment and stays past due, by the same buckets. */
  private static final double[] PAY_ONE = {0, 0.10, 0.10, 0.08, 0.04};

  private static final double STRESS_MISS_FACTOR = 2.0;
  private static final double STRESS_CURE_FACTOR = 0.75;
  private static final double STRESS_PREPAY_FACTOR = 0.7;
  private static final double MAX_MISS_HAZARD = 0.6;

  static final int NONE = Integer.MIN_VALUE;

  private final MonthTable months;
  private final SplittableRandom rng;
  private final CollectionActions collections;
  private final Bookings bookings;

  private long[] balances = new long[37];
  private long instalment;

  /** Status of the loan's last row. */
  LoanStatus finalStatus;

  /** Month of the loan's last row (a gap is never the last row). */
  int finalMonth;

  int finalDpd;

  /** First month end at which the loan was past due, or {@link #NONE}. */
  int firstPastDueMonth;

  long chargeOffCents;
  long recoveryCents;

  LoanSimulator(
      MonthTable months, SplittableRandom rng, CollectionActions collections, Bookings bookings) {
    this.months = months;
    this.rng = rng;
    this.collections = collections;
    this.bookings = bookings;
  }

  void run(LoanPlan plan, PortfolioSink sink, List<CollectionAction> actions) throws IOException {
    Loan loan = plan.loan();
    String id = loan.loanId();
    int term = loan.termMonths();
    int origination = plan.originationMonth();
    int day = loan.originationDate().getDayOfMonth();
    boolean business = !plan.product().consumer;
    schedule(loan.principalCents(), plan.annualRate(), term);

    firstPastDueMonth = NONE;
    chargeOffCents = 0;
    recoveryCents = 0;

    // Months before the first row (a loan bought in, or one from before the window) performed.
    int paid = plan.firstRowMonth() - origination;
    int t = plan.firstRowMonth();
    sink.loanMonth(active(id, t, balances[paid], 0));
    lastRow(LoanStatus.ACTIVE, t, 0);

    int dpd = 0;
    for (t = t + 1; t <= months.last; t++) {
      int mob = t - origination;
      int due = Math.min(mob, term);
      boolean stress = months.inStress(t);
      long paidWhilePastDue = 0;
      if (dpd == 0) {
        // Current: all instalments up to last month are paid and this month's falls due.
        double prepay = plan.prepayHazard() * (stress ? STRESS_PREPAY_FACTOR : 1.0);
        if (!plan.firstPaymentDefault() && mob < term && Draws.chance(rng, prepay)) {
          paid = term;
        } else if (!plan.firstPaymentDefault()
            && !Draws.chance(rng, missHazard(plan, mob, stress))) {
          paid = due;
        }
      } else if (!plan.firstPaymentDefault()) {
        int bucket = dpd < 30 ? 1 : dpd < 60 ? 2 : dpd < 90 ? 3 : 4;
        double cure = CURE[bucket] * (stress ? STRESS_CURE_FACTOR : 1.0);
        double u = rng.nextDouble();
        if (u < cure) {
          paid = due;
        } else if (u < cure + PAY_ONE[bucket] && due - paid >= 2) {
          paid++;
          paidWhilePastDue = instalment;
        }
      }

      if (paid >= term) {
        sink.loanMonth(
            new LoanMonth(id, months.yearMonth(t), 0, 0, LoanStatus.PAID_OFF, none(), none()));
        lastRow(LoanStatus.PAID_OFF, t, 0);
        return;
      }
      long oldestDue = paid < due ? months.epochDay(origination + paid + 1, day) : 0;
      dpd = paid < due ? (int) Math.max(1, months.endEpochDay(t) - oldestDue) : 0;
      if (dpd > 0 && firstPastDueMonth == NONE) {
        firstPastDueMonth = t;
      }
      if (dpd >= CHARGE_OFF_DPD) {
        chargeOffCents = balances[paid];
        recoveryCents = recovery(plan, loan.guaranteeType(), t, chargeOffCents);
        sink.loanMonth(
            new LoanMonth(
                id,
                months.yearMonth(t),
                0,
                dpd,
                LoanStatus.CHARGED_OFF,
                OptionalLong.of(chargeOffCents),
                recoveryCents > 0 ? OptionalLong.of(recoveryCents) : none()));
        collections.addMonth(id, t, dpd, oldestDue, paidWhilePastDue, business, actions);
        lastRow(LoanStatus.CHARGED_OFF, t, dpd);
        return;
      }
      // A dropped row is a current one in the middle of the history, so nothing else refers to it.
      if (t != plan.gapMonth() || dpd > 0 || t == months.last) {
        sink.loanMonth(active(id, t, balances[paid], dpd));
        lastRow(LoanStatus.ACTIVE, t, dpd);
      }
      if (dpd > 0) {
        collections.addMonth(id, t, dpd, oldestDue, paidWhilePastDue, business, actions);
      }
    }
  }

  private void lastRow(LoanStatus status, int month, int dpd) {
    finalStatus = status;
    finalMonth = month;
    finalDpd = dpd;
  }

  private LoanMonth active(String id, int month, long balance, int dpd) {
    return bookings.month(
        new LoanMonth(
            id, months.yearMonth(month), balance, dpd, LoanStatus.ACTIVE, none(), none()));
  }

  private static OptionalLong none() {
    return OptionalLong.empty();
  }

  private static double missHazard(LoanPlan plan, int mob, boolean stress) {
    double h = plan.missHazard() * seasoning(mob) * (stress ? STRESS_MISS_FACTOR : 1.0);
    return Math.min(MAX_MISS_HAZARD, h);
  }

  /** Delinquency peaks a few months after origination and fades towards maturity. */
  private static double seasoning(int mob) {
    if (mob <= 1) {
      return 0.6;
    } else if (mob == 2) {
      return 0.8;
    } else if (mob <= 8) {
      return 1.2;
    } else if (mob <= 18) {
      return 1.0;
    }
    return 0.8;
  }

  /**
   * Amount recovered on a charged-off loan by the end of the data window: nothing in the month of
   * charge-off, then a share that builds up over a year (5–30 % unsecured, more with a guarantor or
   * collateral, little from fraudsters).
   */
  private long recovery(LoanPlan plan, GuaranteeType guarantee, int chargeOffMonth, long amount) {
    int monthsSince = months.last - chargeOffMonth;
    if (monthsSince == 0) {
      return 0;
    }
    double share;
    if (plan.isFraud()) {
      share = Draws.chance(rng, 0.7) ? 0 : Draws.uniform(rng, 0.01, 0.05);
    } else {
      share =
          switch (guarantee) {
            case CREDIT -> Draws.chance(rng, 0.2) ? 0 : Draws.uniform(rng, 0.05, 0.30);
            case GUARANTEED -> Draws.uniform(rng, 0.30, 0.70);
            case COLLATERAL -> Draws.uniform(rng, 0.40, 0.85);
          };
    }
    return Math.round(amount * share * Math.min(1.0, monthsSince / 12.0));
  }

  /** Fills {@code balances[k]}, the balance after k instalments, and the instalment amount. */
  private void schedule(long principal, double annualRate, int term) {
    if (balances.length < term + 1) {
      balances = new long[term + 1];
    }
    double r = annualRate / 12.0;
    double growth = 1.0;
    for (int k = 0; k < term; k++) {
      growth *= 1.0 + r;
    }
    double payment = r == 0 ? (double) principal / term : principal * r * growth / (growth - 1.0);
    instalment = Math.round(payment);
    balances[0] = principal;
    for (int k = 1; k < term; k++) {
      long interest = Math.round(balances[k - 1] * r);
      balances[k] = Math.max(0, balances[k - 1] - (instalment - interest));
    }
    balances[term] = 0;
  }
}
