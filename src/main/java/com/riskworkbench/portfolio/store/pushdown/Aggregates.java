package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

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
}
