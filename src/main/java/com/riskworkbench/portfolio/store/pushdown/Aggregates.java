package com.riskworkbench.portfolio.store.pushdown;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
