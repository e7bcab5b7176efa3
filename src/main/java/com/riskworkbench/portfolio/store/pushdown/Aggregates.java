package com.riskworkbench.portfolio.store.pushdown;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The small aggregates an analysis is finished from, computed where the book lives — by a database
 * ({@link PushDownQueries}) or by a cluster — so that the rows of the book never reach the
 * analyst's memory (docs/decisions/0008-push-down.md). Each method scans the scope's loans and
 * returns counts and cent sums per key, or one page of the loans behind a figure.
 */
public interface Aggregates {
  /**
   * The roll-rate cells: month-to-month transitions of the scope's loans ACTIVE at month t, for
   * every t+1 from {@code firstNext} to {@code lastNext}. From-states are the buckets of {@code
   * bucketEdges} (0 = CURRENT, up to {@code edges.length}); to-states are the buckets, then {@code
   * edges.length + 1} PAID_OFF, {@code + 2} CHARGED_OFF and {@code + 3} MISSING (no row at t+1).
   * Empty cells are left out.
   */
  List<TransitionCount> transitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext);

  /**
   * The scope's loans ACTIVE at {@code month}, grouped by days past due and booked category: a few
   * hundred groups, from which every figure of the summary follows (a version-1 book books none).
   */
  List<ActiveGroup> activeByDaysPastDue(PushDownScope scope, YearMonth month);

  /**
   * The scope's loans ACTIVE at {@code month} per segment of {@code attribute}: a row is
   * non-performing when its booked category is substandard, doubtful or loss, or, where none is
   * booked, when its days past due exceed {@code specialMentionMax} (the rule's last
   * special-mention day). Segments without an ACTIVE loan are left out.
   */
  List<SegmentSum> segments(
      PushDownScope scope, YearMonth month, LoanAttribute attribute, int specialMentionMax);

  /**
   * The borrowers whose loans in scope ACTIVE at {@code month} add up to more than {@code
   * overCents}: the candidates for the single-borrower limits, by borrower id.
   */
  List<BorrowerExposure> borrowersOver(PushDownScope scope, YearMonth month, long overCents);

  /**
   * The ACTIVE rows of the scope's loans from month {@code first} to {@code last}, per month and
   * bucket of {@code bucketEdges} (0 = CURRENT); empty combinations are left out.
   */
  List<BucketBalance> activeBalances(
      PushDownScope scope, int[] bucketEdges, YearMonth first, YearMonth last);

  /**
   * One page of the transitions behind a roll-rate cell, ordered by loan id then month t, starting
   * after {@code after} (keyset pagination: each page is one indexed range, however deep).
   */
  List<TransitionRef> transitionPage(
      PushDownScope scope,
      int[] bucketEdges,
      YearMonth firstNext,
      YearMonth lastNext,
      int from,
      int to,
      Optional<TransitionRef> after,
      int limit);

  /**
   * The migration matrix over {@code start} → {@code end}: each of the scope's loans ACTIVE at the
   * start, by its category there, and by its state at the end — taken from its latest row up to the
   * end month: PAID_OFF or CHARGED_OFF by that row's status, its category when it is the end
   * month's ACTIVE row, MISSING otherwise. Categories are the booked ones where booked, else by
   * days past due with {@code categoryEdges} = the rule's last special-mention, substandard and
   * doubtful days. Empty cells are left out.
   */
  List<MigrationCell> migration(
      PushDownScope scope, int[] categoryEdges, YearMonth start, YearMonth end);

  /**
   * The scope's non-performing ACTIVE rows (booked substandard, doubtful or loss, or, where none is
   * booked, more than {@code specialMentionMax} days past due) per month from {@code first} to
   * {@code last}; months without one are left out.
   */
  List<NplBalance> nplBalances(
      PushDownScope scope, int specialMentionMax, YearMonth first, YearMonth last);

  /**
   * The NPL walk's flows of every month t → t+1 from {@code start} to {@code end}, one per month
   * t+1 (zeros included), non-performing as for {@link #nplBalances}: new = balance at t+1 of the
   * rows NPL at t+1 whose loan has no row at t or one not NPL; of the rows NPL at t, by the same
   * loan's row at t+1: upgraded = balance at t when ACTIVE and not NPL; collected = balance at t
   * when PAID_OFF, the fall of balance when NPL; written off = balance at t when CHARGED_OFF; left
   * the data = balance at t when there is no row; other = the rise of balance when NPL.
   */
  List<NplFlow> nplFlows(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end);

  /**
   * The distinct loans behind each flow of {@link #nplFlows} over the whole period (a loan NPL at
   * both months with an unchanged balance is behind none).
   */
  NplFlowLoans nplFlowLoans(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end);

  /**
   * One page of the loans of {@link #migration} cells (a category of {@code from} at the start, a
   * state of {@code to} at the end: one cell, or a rate's cells): their ids after {@code after}, by
   * loan id (keyset pagination).
   */
  List<String> migrationPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth start,
      YearMonth end,
      int[] from,
      int[] to,
      Optional<String> after,
      int limit);

  /**
   * One page of the loans behind an NPL-walk component over {@code start} → {@code end}, as {@link
   * #nplFlows} defines them (opening and closing: the NPL loans at the start and at the end): their
   * ids after {@code after}, by loan id, each once.
   */
  List<String> nplWalkPage(
      PushDownScope scope,
      int specialMentionMax,
      YearMonth start,
      YearMonth end,
      NplComponent component,
      Optional<String> after,
      int limit);

  /**
   * One page of the scope's loans ACTIVE at {@code month} booked in a better category than the
   * rule's by days past due ({@code categoryEdges} as for {@link #migration}): their ids after
   * {@code after}, by loan id.
   */
  List<String> underClassifiedPage(
      PushDownScope scope, int[] categoryEdges, YearMonth month, Optional<String> after, int limit);

  /**
   * The transitions of {@link #transitions}, per month t+1 from {@code firstNext} to {@code
   * lastNext}: the monthly tallies of the forward-looking analyses' transition model (PD, ECL,
   * forecast, backtest; the worst-month scenario reads one month). Count and balance at t only.
   */
  List<MonthlyTransition> monthlyTransitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext);

  /**
   * The scope's loans ACTIVE at {@code month} grouped by everything their expected credit loss
   * depends on: the days-past-due class of {@code classEdges} (0 below the first edge, then one per
   * edge passed), the booked category, the segment of {@code attribute}, the interest rate and the
   * maturity month — the latter left empty for rows of stage 1 (days past due up to {@code
   * stage2Dpd} with a normal category, booked or, where none is booked, by 0 days past due), whose
   * horizon does not depend on it. The groups are handed to {@code each} as they are read, never
   * held all at once: their number grows with the book's distinct rates and terms.
   */
  void stageGroups(
      PushDownScope scope,
      YearMonth month,
      int[] classEdges,
      LoanAttribute attribute,
      int stage2Dpd,
      Consumer<StageGroup> each);

  /**
   * The scope's loans with a CHARGED_OFF row up to {@code asOf}, split by whether their latest such
   * row is at least {@code seasoning} months before {@code asOf} (seasoned): how many, with the
   * sums of their charge-off and recovery amounts over their rows up to {@code asOf}. Groups
   * without a loan are left out.
   */
  List<ChargeOffTally> chargeOffs(PushDownScope scope, YearMonth asOf, int seasoning);

  /** The provisions booked for the scope's loans ACTIVE at {@code month}. */
  HeldProvisions heldProvisions(PushDownScope scope, YearMonth month);

  /**
   * The CHARGED_OFF rows of each month after {@code origin} up to {@code last} of the loans ACTIVE
   * at the origin in {@code originScope} and of the other loans of {@code scope}, each with its
   * balance of the month before (its charge-off amount when that month has no row): what a backtest
   * sets against its forecast. Months without such a row are left out.
   */
  List<ChargeOffMonth> chargeOffsAfter(
      PushDownScope scope, PushDownScope originScope, YearMonth origin, YearMonth last);

  /**
   * The vintage's cohorts: the scope's loans originated by the end of the scope's as-of month, per
   * origination month; their number and principal.
   */
  List<CohortSum> originations(PushDownScope scope);

  /**
   * Per origination month and month: the loans of {@link #originations} whose first bad row —
   * ACTIVE at {@code threshold} days past due or more, or CHARGED_OFF — up to the as-of month is at
   * that month; their number and principal (a loan counts once, at its first bad month).
   */
  List<CohortMonthSum> firstBadMonths(PushDownScope scope, int threshold);

  /**
   * As {@link #firstBadMonths}, for the first charge-off row — CHARGED_OFF, or with a charge-off or
   * recovery amount other than 0: the number of loans (the amount is their principal).
   */
  List<CohortMonthSum> firstChargeOffMonths(PushDownScope scope);

  /**
   * Per origination month and month: Σ (charge-off − recovery amount) of the rows up to the as-of
   * month of the loans of {@link #originations}, over the rows that carry either amount (and how
   * many rows).
   */
  List<CohortMonthSum> netChargeOffs(PushDownScope scope);

  /**
   * The collection actions dated by the end of the scope's as-of month on the scope's loans, per
   * action month, action type and outcome: how many, and the amount recovered.
   */
  List<ActionSum> collectionActions(PushDownScope scope);

  /**
   * Per origination month, the scope's loans originated by the end of the as-of month, those with a
   * CHARGED_OFF row up to the as-of month, and Σ charge-off and Σ recovery amount of those rows.
   */
  List<CohortRecoverySum> chargeOffsByCohort(PushDownScope scope);

  /**
   * The fraud cases the summary counts — reported by the end of the as-of month, naming a loan in
   * scope, or naming no loan and either no filter or a borrower with a loan in scope — per type,
   * status, detection channel and root cause as stored: how many, Σ exposure, Σ loss, Σ recovered.
   */
  List<CaseSum> fraudCases(PushDownScope scope);

  /** The cases {@link #fraudCases} counts, one by one, by case id: the pack's case list. */
  List<com.riskworkbench.portfolio.FraudCase> fraudCaseList(PushDownScope scope);

  /**
   * The counted cases of {@link #fraudCases} that name a loan, per type and number of days from the
   * loan's origination date to the reported date.
   */
  List<DaysToReportCount> daysToReport(PushDownScope scope);

  /**
   * Per loan channel and origination month, the scope's loans originated by the end of the as-of
   * month and those of them named by a counted CONFIRMED or CLOSED case.
   */
  List<FraudLoanSum> confirmedFraudLoans(PushDownScope scope);

  /**
   * One page of the loans behind a vintage cell, ordered by loan id, after {@code after} (keyset
   * pagination): the scope's loans originated from {@code firstOrigination} to {@code
   * lastOrigination} with a row up to the as-of month, at most {@code lastMob} months after their
   * origination month, that is bad at {@code threshold} days (as {@link #firstBadMonths}) or, when
   * {@code threshold} is empty, a charge-off row (as {@link #firstChargeOffMonths}).
   */
  List<String> vintageLoanPage(
      PushDownScope scope,
      YearMonth firstOrigination,
      YearMonth lastOrigination,
      int lastMob,
      Optional<Integer> threshold,
      Optional<String> after,
      int limit);

  /**
   * The exposures of the units of {@code unit} at {@code month} — per unit (borrower, segment), the
   * balance of the scope's loans ACTIVE then — counted per distinct exposure, smallest first: the
   * sorted exposures of the Lorenz curve, run-length encoded. Units without an ACTIVE loan are left
   * out, and so, by {@link LoanAttribute#GROUP}, are the borrowers in no group.
   */
  List<ExposureCount> exposureDistribution(
      PushDownScope scope, YearMonth month, LoanAttribute unit);

  /**
   * The scope's loans ACTIVE at {@code month} per related-party group of their borrower, with one
   * row (empty id) for the borrowers in no group: distinct borrowers, loans, balance. Groups
   * without an ACTIVE loan are left out.
   */
  List<GroupExposure> groupExposures(PushDownScope scope, YearMonth month);

  /**
   * The scope's loans ACTIVE at {@code month} per funding partner (empty: not co-lent) and own
   * share (empty where none is given): loans and balance. Empty combinations are left out.
   */
  List<ShareBalance> coLentShares(PushDownScope scope, YearMonth month);

  /**
   * The scope's co-lent loans ACTIVE at {@code month} whose own share is one of {@code ownShares},
   * by loan id: the loans below the minimum own share, whose shares the caller picks from {@link
   * #coLentShares}.
   */
  List<CoLentLoan> coLentLoans(PushDownScope scope, YearMonth month, Set<BigDecimal> ownShares);

  /** Whether any loan of the book, in scope or not, names a funding partner. */
  boolean fundingPartnerRecorded();

  /**
   * The scope's loans originated in or before {@code asOf} whose borrower has a credit score, per
   * origination month, score and bad flag, ordered so: a loan is bad when its origination month
   * plus {@code mob} is no later than {@code asOf} and it has a row within {@code mob} months on
   * book CHARGED_OFF, or ACTIVE with {@code threshold} or more days past due.
   */
  List<ScoreCount> scoreCounts(PushDownScope scope, YearMonth asOf, int mob, int threshold);

  /**
   * The scope's loans with a row at each month from {@code first} to {@code last}, and those of
   * them ACTIVE, by month; months without a row are left out.
   */
  List<MonthRowCount> monthRows(PushDownScope scope, YearMonth first, YearMonth last);

  /**
   * The data-quality checks of the scope's loans, counted (docs/methodology.md §1.8): over their
   * rows up to {@code asOf}, the loans with a month missing between their first and last row and
   * the months missing, and the loans whose first row is after their origination month; the loans
   * originated by {@code asOf} with no row at all, and those whose borrower has a blank region or
   * industry or is an individual without a birth date; and the transitions from an ACTIVE row at t
   * to no row at t+1, for t+1 from {@code firstNext} (empty: none) to {@code asOf}, with their
   * distinct loans.
   */
  HistoryCounts historyCounts(PushDownScope scope, YearMonth asOf, Optional<YearMonth> firstNext);
}
