package com.riskworkbench.sample;

import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.PortfolioSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates a synthetic but realistic Chinese internet micro-lending portfolio: individuals and
 * micro and small enterprises across the provinces, four products, six channels, five risk grades,
 * annuity schedules with prepayments, delinquency that cures or rolls on to charge-off, collection
 * actions and fraud cases. The same {@link SampleSpec} always gives the same sequence of sink
 * calls: everything is drawn from one {@link SplittableRandom} stream seeded with the spec's seed,
 * in a fixed order, with no clock, locale or hash ordering involved.
 *
 * <p>What an analysis will find in it:
 *
 * <ul>
 *   <li>Concentration: Guangdong, Zhejiang and Jiangsu carry about 40 % of borrowers; a few
 *       borrowers (about one individual in 1,500 and one small enterprise in 150) hold several
 *       large recent loans that together exceed the single-borrower limits (200,000 CNY consumer,
 *       10,000,000 CNY business).
 *   <li>Channel: {@link SampleCatalog#WEAK_CHANNEL} ("Partner B") has 2–3× the 30+ DPD rate of the
 *       other channels and a cluster of first-payment-default fraud (loans that never pay, roll to
 *       charge-off and carry a {@code FIRST_PAYMENT_DEFAULT} case), densest in a burst of months
 *       about 70 % of the way through the window.
 *   <li>Grades A–E: E misses payments about ten times as often as A.
 *   <li>Stress: six months in the middle of the window double the missed-payment rate and lower
 *       cures; loans originated in the three months before and during it were underwritten more
 *       loosely, so those vintages are visibly worse.
 *   <li>Data quality: about 2 % of loans are bought in seasoned (their rows start 1–6 months after
 *       origination); about 15 % of borrowers' first loans were originated before the window and
 *       appear from its first month; about 0.3 % lose one month in the middle of their history.
 *   <li>Borrowers: some birth dates, id numbers, cities, incomes and scores are empty. Individuals
 *       carry valid 18-digit resident id numbers whose birth date matches {@code birth_date};
 *       enterprises carry valid unified social credit codes.
 *   <li>Scores ({@link ScoreDrift}): in the last nine months of the window, new borrowers' scores
 *       drift upward and lose rank order, so the latest cohorts' PSI is in the watch or shifted
 *       band and their KS is lower.
 *   <li>What the lender booked ({@link Bookings}): a classification and a provision on every ACTIVE
 *       row, with a few under-classified loans and a few provision shortfalls; co-lending partners
 *       and shares; related-party groups; the tier 1 net capital (no net assets, so the
 *       single-borrower limits stay those of the borrower type).
 * </ul>
 *
 * <p><b>Charge-off and recovery.</b> A loan is charged off at the first month end with 180 or more
 * days past due. That row has status {@code CHARGED_OFF}, balance 0, the days past due, {@code
 * charge_off_amount} = the balance outstanding, and {@code recovery_amount} = the amount recovered
 * from charge-off up to the end of the data window (empty when nothing was recovered yet, always
 * empty when the charge-off is in the window's last month). Since no row may follow a terminal
 * status, later recoveries cannot have rows of their own; recording the cumulative recovery to the
 * data date on the charge-off row keeps net charge-off = charge-off − recovery correct as of the
 * last month.
 *
 * <p>Ids are fixed width and sortable: borrowers {@code B00000001}, loans {@code L00000001},
 * actions {@code A00000000001}, fraud cases {@code F00000001}.
 */
public final class SampleGenerator {

  private static final int PROGRESS_EVERY = 10_000;
  private static final int CANCEL_CHECK_EVERY = 1_000;

  private final SampleSpec spec;

  public SampleGenerator(SampleSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /**
   * Writes the portfolio to {@code sink}: meta entries, then each borrower followed by its loans,
   * each loan followed by its months, collection actions and fraud case. Does not call {@link
   * PortfolioSink#finish()}.
   *
   * @throws java.util.concurrent.CancellationException when {@code progress} is cancelled
   */
  public void generate(PortfolioSink sink, Progress progress) throws IOException {
    SplittableRandom rng = new SplittableRandom(spec.seed());
    MonthTable months = new MonthTable(spec.firstMonth(), spec.lastMonth());
    int idWidth = Ids.width(spec.loans(), 8);
    BorrowerFactory borrowers = new BorrowerFactory(rng);
    LoanPlanner planner = new LoanPlanner(months, rng);
    CollectionActions collections = new CollectionActions(months, rng, "A", idWidth + 3);
    Bookings bookings = new Bookings(spec.seed());
    ScoreDrift drift = new ScoreDrift(spec.seed(), months);
    LoanSimulator simulator = new LoanSimulator(months, rng, collections, bookings);
    FraudCases fraud = new FraudCases(months, rng, "F", idWidth);
    List<CollectionAction> actions = new ArrayList<>();

    sink.meta("name", Message.of("portfolio.sampleName").english());
    sink.meta("currency", "CNY");
    sink.meta("generator_seed", Long.toString(spec.seed()));
    sink.meta("generator_loans", Integer.toString(spec.loans()));
    sink.meta("generator_months", Integer.toString(spec.months()));
    sink.meta("generator_last_month", spec.lastMonth().toString());
    sink.meta(
        "tier1_net_capital", Long.toString(spec.loans() * Bookings.TIER1_PER_LOAN_YUAN) + ".00");

    long loansDone = 0;
    long borrowerNumber = 0;
    progress.update(0, spec.loans(), message(0));
    while (loansDone < spec.loans()) {
      BorrowerProfile profile = borrowers.drawProfile(Ids.of("B", ++borrowerNumber, idWidth));
      int loansLeft = (int) Math.min(profile.plannedLoans(), spec.loans() - loansDone);
      LoanPlan previous = null;
      for (int i = 0; i < loansLeft; i++) {
        Optional<LoanPlan> next =
            planner.plan(Ids.of("L", loansDone + 1, idWidth), profile, previous);
        if (next.isEmpty()) {
          break; // the next loan would start after the window
        }
        LoanPlan plan = next.get();
        if (previous == null) {
          Borrower borrower =
              drift.apply(
                  borrowers.toBorrower(profile, plan.originationMonth()), plan.originationMonth());
          sink.borrower(bookings.group(borrower));
        }
        sink.loan(bookings.loan(plan));
        actions.clear();
        simulator.run(plan, sink, actions);
        for (CollectionAction action : actions) {
          sink.collectionAction(action);
        }
        if (plan.isFraud()) {
          Optional<FraudCase> fraudCase = fraud.caseFor(plan, simulator);
          if (fraudCase.isPresent()) {
            sink.fraudCase(fraudCase.get());
          }
        }
        previous = plan;
        loansDone++;
        if (loansDone % CANCEL_CHECK_EVERY == 0) {
          progress.checkCancelled();
          if (loansDone % PROGRESS_EVERY == 0) {
            progress.update(loansDone, spec.loans(), message(loansDone));
          }
        }
      }
    }
    progress.update(loansDone, spec.loans(), message(loansDone));
  }

  private Message message(long loansDone) {
    return Message.of("progress.generating", loansDone, spec.loans());
  }
}
