package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.db.tables.LoanMonth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Analyses' scans run inside the database (docs/decisions/0008-push-down.md): each method is one
 * query built with jOOQ's DSL over the generated tables, renders for H2, PostgreSQL and DuckDB, and
 * returns small aggregates — counts and cent sums per key — or one page of the loans behind a
 * figure, never the book. Amounts are summed as DECIMAL and come back as exact cents.
 */
public final class PushDownQueries implements Aggregates {
  private final DSLContext db;
  private final int schemaVersion;

  public PushDownQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  /** The queries of the forward-looking analyses, over the same connection. */
  private ForwardQueries forward() {
    return new ForwardQueries(this);
  }

  /** The connection's DSL, for the query classes beside this one. */
  DSLContext db() {
    return db;
  }

  /** The book's schema version: which optional columns its tables have. */
  int schemaVersion() {
    return schemaVersion;
  }

  @Override
  public List<ExposureCount> exposureDistribution(
      PushDownScope scope, YearMonth month, LoanAttribute unit) {
    return new ExposureQueries(db, schemaVersion).exposureDistribution(scope, month, unit);
  }

  @Override
  public List<GroupExposure> groupExposures(PushDownScope scope, YearMonth month) {
    return new ExposureQueries(db, schemaVersion).groupExposures(scope, month);
  }

  @Override
  public List<ShareBalance> coLentShares(PushDownScope scope, YearMonth month) {
    return new CoLendingQueries(db, schemaVersion).coLentShares(scope, month);
  }

  @Override
  public List<CoLentLoan> coLentLoans(
      PushDownScope scope, YearMonth month, Set<BigDecimal> ownShares) {
    return new CoLendingQueries(db, schemaVersion).coLentLoans(scope, month, ownShares);
  }

  @Override
  public boolean fundingPartnerRecorded() {
    return new CoLendingQueries(db, schemaVersion).fundingPartnerRecorded();
  }

  @Override
  public List<ScoreCount> scoreCounts(PushDownScope scope, YearMonth asOf, int mob, int threshold) {
    return new ScorecardQueries(db, schemaVersion).scoreCounts(scope, asOf, mob, threshold);
  }

  @Override
  public List<MonthRowCount> monthRows(PushDownScope scope, YearMonth first, YearMonth last) {
    return new DataQualityQueries(db, schemaVersion).monthRows(scope, first, last);
  }

  @Override
  public HistoryCounts historyCounts(
      PushDownScope scope, YearMonth asOf, Optional<YearMonth> firstNext) {
    return new DataQualityQueries(db, schemaVersion).historyCounts(scope, asOf, firstNext);
  }

  @Override
  public List<TransitionCount> transitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext) {
    Moves m = moves(scope, bucketEdges, firstNext, lastNext);
    List<TransitionCount> cells = new ArrayList<>();
    for (Record r :
        db.select(
                m.from(), m.to(), DSL.count(), DSL.sum(m.balance()), DSL.countDistinct(m.loanId()))
            .from(m.rows())
            .where(m.condition())
            .groupBy(m.from(), m.to())
            .fetch()) {
      cells.add(
          new TransitionCount(
              r.get(0, Integer.class),
              r.get(1, Integer.class),
              r.get(2, Long.class),
              Money.toCents(r.get(3, BigDecimal.class)),
              r.get(4, Long.class)));
    }
    return cells;
  }

  @Override
  public List<ActiveGroup> activeByDaysPastDue(PushDownScope scope, YearMonth month) {
    Field<String> category =
        schemaVersion >= 2 ? LOAN_MONTH.FIVE_CATEGORY : DSL.inline((String) null);
    List<ActiveGroup> out = new ArrayList<>();
    for (Record r :
        db.select(LOAN_MONTH.DAYS_PAST_DUE, category, DSL.count(), DSL.sum(LOAN_MONTH.BALANCE))
            .from(LOAN_MONTH)
            .where(LOAN_MONTH.STATUS.eq(DSL.inline("ACTIVE")))
            .and(LOAN_MONTH.MONTH.eq(DSL.inline(month.atDay(1))))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion))
            // A version-1 file has no category column: PostgreSQL will not group by the constant.
            .groupBy(
                schemaVersion >= 2
                    ? List.of(LOAN_MONTH.DAYS_PAST_DUE, category)
                    : List.of(LOAN_MONTH.DAYS_PAST_DUE))
            .fetch()) {
      String booked = r.get(1, String.class);
      out.add(
          new ActiveGroup(
              r.get(0, Integer.class),
              Optional.ofNullable(booked).map(BookedCategory::valueOf),
              r.get(2, Long.class),
              Money.toCents(r.get(3, BigDecimal.class))));
    }
    return out;
  }

  @Override
  public List<SegmentSum> segments(
      PushDownScope scope, YearMonth month, LoanAttribute attribute, int specialMentionMax) {
    Field<String> key =
        ScopeConditions.segmentKey(attribute, month.atEndOfMonth(), schemaVersion >= 2);
    Field<BigDecimal> balance = LOAN_MONTH.BALANCE;
    Condition npl =
        schemaVersion >= 2
            ? LOAN_MONTH
                .FIVE_CATEGORY
                .in(DSL.inline("SUBSTANDARD"), DSL.inline("DOUBTFUL"), DSL.inline("LOSS"))
                .or(
                    LOAN_MONTH
                        .FIVE_CATEGORY
                        .isNull()
                        .and(LOAN_MONTH.DAYS_PAST_DUE.gt(DSL.inline(specialMentionMax))))
            : LOAN_MONTH.DAYS_PAST_DUE.gt(DSL.inline(specialMentionMax));
    Field<BigDecimal> zero = DSL.inline(BigDecimal.ZERO);
    var rows =
        db.select(
                key,
                DSL.count(),
                DSL.sum(balance),
                DSL.sum(
                    DSL.when(LOAN_MONTH.DAYS_PAST_DUE.ge(DSL.inline(30)), balance).otherwise(zero)),
                DSL.sum(DSL.when(npl, balance).otherwise(zero)),
                DSL.sum(balance.mul(LOAN.INTEREST_RATE)))
            .from(LOAN_MONTH)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(LOAN_MONTH.LOAN_ID))
            .join(BORROWER)
            .on(BORROWER.BORROWER_ID.eq(LOAN.BORROWER_ID))
            .where(LOAN_MONTH.STATUS.eq(DSL.inline("ACTIVE")))
            .and(LOAN_MONTH.MONTH.eq(DSL.inline(month.atDay(1))))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion));
    // A version-1 file has no partner or group column: its one segment is a constant, which
    // PostgreSQL will not group by; the whole selection is then that segment.
    boolean constantKey =
        schemaVersion < 2
            && (attribute == LoanAttribute.FUNDING_PARTNER || attribute == LoanAttribute.GROUP);
    List<SegmentSum> out = new ArrayList<>();
    for (Record r : constantKey ? rows.fetch() : rows.groupBy(key).fetch()) {
      long loans = r.get(1, Long.class);
      if (loans == 0) {
        continue; // the constant segment with no ACTIVE loan
      }
      out.add(
          new SegmentSum(
              r.get(0, String.class),
              loans,
              Money.toCents(r.get(2, BigDecimal.class)),
              Money.toCents(r.get(3, BigDecimal.class)),
              Money.toCents(r.get(4, BigDecimal.class)),
              r.get(5, BigDecimal.class).movePointRight(2).doubleValue()));
    }
    return out;
  }

  @Override
  public List<BorrowerExposure> borrowersOver(
      PushDownScope scope, YearMonth month, long overCents) {
    Field<BigDecimal> exposure = DSL.sum(LOAN_MONTH.BALANCE);
    List<BorrowerExposure> out = new ArrayList<>();
    for (Record r :
        db.select(LOAN.BORROWER_ID, BORROWER.BORROWER_TYPE, exposure)
            .from(LOAN_MONTH)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(LOAN_MONTH.LOAN_ID))
            .join(BORROWER)
            .on(BORROWER.BORROWER_ID.eq(LOAN.BORROWER_ID))
            .where(LOAN_MONTH.STATUS.eq(DSL.inline("ACTIVE")))
            .and(LOAN_MONTH.MONTH.eq(DSL.inline(month.atDay(1))))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion))
            .groupBy(LOAN.BORROWER_ID, BORROWER.BORROWER_TYPE)
            .having(exposure.gt(DSL.inline(BigDecimal.valueOf(overCents, 2))))
            .orderBy(LOAN.BORROWER_ID)
            .fetch()) {
      out.add(
          new BorrowerExposure(
              r.get(0, String.class),
              r.get(1, String.class),
              Money.toCents(r.get(2, BigDecimal.class))));
    }
    return out;
  }

  @Override
  public List<BucketBalance> activeBalances(
      PushDownScope scope, int[] bucketEdges, YearMonth first, YearMonth last) {
    Field<Integer> bucket = bucket(LOAN_MONTH.DAYS_PAST_DUE, bucketEdges);
    List<BucketBalance> out = new ArrayList<>();
    for (Record r :
        db.select(LOAN_MONTH.MONTH, bucket, DSL.count(), DSL.sum(LOAN_MONTH.BALANCE))
            .from(LOAN_MONTH)
            .where(LOAN_MONTH.STATUS.eq(DSL.inline("ACTIVE")))
            .and(LOAN_MONTH.MONTH.between(DSL.inline(first.atDay(1)), DSL.inline(last.atDay(1))))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion))
            .groupBy(LOAN_MONTH.MONTH, bucket)
            .fetch()) {
      out.add(
          new BucketBalance(
              YearMonth.from(r.get(0, LocalDate.class)),
              r.get(1, Integer.class),
              r.get(2, Long.class),
              Money.toCents(r.get(3, BigDecimal.class))));
    }
    return out;
  }

  @Override
  public List<TransitionRef> transitionPage(
      PushDownScope scope,
      int[] bucketEdges,
      YearMonth firstNext,
      YearMonth lastNext,
      int from,
      int to,
      Optional<TransitionRef> after,
      int limit) {
    Moves m = moves(scope, bucketEdges, firstNext, lastNext);
    Condition cell = m.condition().and(m.from().eq(from)).and(m.to().eq(to));
    if (after.isPresent()) {
      cell =
          cell.and(
              DSL.row(m.loanId(), m.month())
                  .gt(DSL.row(after.get().loanId(), after.get().month().atDay(1))));
    }
    List<TransitionRef> page = new ArrayList<>();
    for (Record r :
        db.select(m.loanId(), m.month())
            .from(m.rows())
            .where(cell)
            .orderBy(m.loanId(), m.month())
            .limit(limit)
            .fetch()) {
      page.add(
          new TransitionRef(r.get(0, String.class), YearMonth.from(r.get(1, LocalDate.class))));
    }
    return page;
  }

  @Override
  public List<MigrationCell> migration(
      PushDownScope scope, int[] categoryEdges, YearMonth start, YearMonth end) {
    return regulator().migration(scope, categoryEdges, start, end);
  }

  @Override
  public List<NplBalance> nplBalances(
      PushDownScope scope, int specialMentionMax, YearMonth first, YearMonth last) {
    return regulator().nplBalances(scope, specialMentionMax, first, last);
  }

  @Override
  public List<NplFlow> nplFlows(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    return regulator().nplFlows(scope, specialMentionMax, start, end);
  }

  @Override
  public NplFlowLoans nplFlowLoans(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    return regulator().nplFlowLoans(scope, specialMentionMax, start, end);
  }

  @Override
  public List<String> migrationPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth start,
      YearMonth end,
      int[] from,
      int[] to,
      Optional<String> after,
      int limit) {
    return regulator().migrationPage(scope, categoryEdges, start, end, from, to, after, limit);
  }

  @Override
  public List<String> nplWalkPage(
      PushDownScope scope,
      int specialMentionMax,
      YearMonth start,
      YearMonth end,
      NplComponent component,
      Optional<String> after,
      int limit) {
    return regulator().nplWalkPage(scope, specialMentionMax, start, end, component, after, limit);
  }

  @Override
  public List<String> underClassifiedPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth month,
      Optional<String> after,
      int limit) {
    return regulator().underClassifiedPage(scope, categoryEdges, month, after, limit);
  }

  private RegulatorQueries regulator() {
    return new RegulatorQueries(db(), schemaVersion());
  }

  @Override
  public List<MonthlyTransition> monthlyTransitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext) {
    return forward().monthlyTransitions(scope, bucketEdges, firstNext, lastNext);
  }

  @Override
  public void stageGroups(
      PushDownScope s, YearMonth m, int[] e, LoanAttribute a, int d, Consumer<StageGroup> each) {
    forward().stageGroups(s, m, e, a, d, each);
  }

  @Override
  public List<ChargeOffTally> chargeOffs(PushDownScope scope, YearMonth asOf, int seasoning) {
    return forward().chargeOffs(scope, asOf, seasoning);
  }

  @Override
  public HeldProvisions heldProvisions(PushDownScope scope, YearMonth month) {
    return forward().heldProvisions(scope, month);
  }

  @Override
  public List<ChargeOffMonth> chargeOffsAfter(
      PushDownScope scope, PushDownScope originScope, YearMonth origin, YearMonth last) {
    return forward().chargeOffsAfter(scope, originScope, origin, last);
  }

  @Override
  public List<CohortSum> originations(PushDownScope scope) {
    return vintage().originations(scope);
  }

  @Override
  public List<CohortMonthSum> firstBadMonths(PushDownScope scope, int threshold) {
    return vintage().firstBadMonths(scope, threshold);
  }

  @Override
  public List<CohortMonthSum> firstChargeOffMonths(PushDownScope scope) {
    return vintage().firstChargeOffMonths(scope);
  }

  @Override
  public List<CohortMonthSum> netChargeOffs(PushDownScope scope) {
    return vintage().netChargeOffs(scope);
  }

  @Override
  public List<ActionSum> collectionActions(PushDownScope scope) {
    return new CollectionsQueries(db, schemaVersion).collectionActions(scope);
  }

  @Override
  public List<CohortRecoverySum> chargeOffsByCohort(PushDownScope scope) {
    return new CollectionsQueries(db, schemaVersion).chargeOffsByCohort(scope);
  }

  @Override
  public List<CaseSum> fraudCases(PushDownScope scope) {
    return new FraudQueries(db, schemaVersion).fraudCases(scope);
  }

  @Override
  public List<com.riskworkbench.portfolio.FraudCase> fraudCaseList(PushDownScope scope) {
    return new FraudQueries(db, schemaVersion).caseList(scope);
  }

  @Override
  public List<DaysToReportCount> daysToReport(PushDownScope scope) {
    return new FraudQueries(db, schemaVersion).daysToReport(scope);
  }

  @Override
  public List<FraudLoanSum> confirmedFraudLoans(PushDownScope scope) {
    return new FraudQueries(db, schemaVersion).confirmedFraudLoans(scope);
  }

  @Override
  public List<String> vintageLoanPage(
      PushDownScope scope,
      YearMonth firstOrigination,
      YearMonth lastOrigination,
      int lastMob,
      Optional<Integer> threshold,
      Optional<String> after,
      int limit) {
    return vintage()
        .loanPage(scope, firstOrigination, lastOrigination, lastMob, threshold, after, limit);
  }

  private VintageQueries vintage() {
    return new VintageQueries(db, schemaVersion);
  }

  /**
   * The transitions of the window: each row ACTIVE at a month t of the window joined to the same
   * loan's row at t+1, if any (a left self-join on the key, which every database answers from the
   * primary key index, row by row, without holding the window in memory); the from-bucket and the
   * to-state as CASE expressions with inline constants, so that GROUP BY can repeat them.
   */
  record Moves(
      Table<?> rows,
      Condition condition,
      Field<String> loanId,
      Field<LocalDate> month,
      Field<BigDecimal> balance,
      Field<Integer> from,
      Field<Integer> to) {}

  Moves moves(PushDownScope scope, int[] edges, YearMonth firstNext, YearMonth lastNext) {
    LoanMonth t = LOAN_MONTH.as("t");
    LoanMonth next = LOAN_MONTH.as("next");
    Table<?> rows =
        t.leftJoin(next)
            .on(next.LOAN_ID.eq(t.LOAN_ID))
            .and(next.MONTH.eq(MonthShift.plusMonths(db, t.MONTH, 1)));
    Condition condition =
        t.STATUS
            .eq(DSL.inline("ACTIVE"))
            .and(
                t.MONTH.between(
                    DSL.inline(firstNext.minusMonths(1).atDay(1)),
                    DSL.inline(lastNext.minusMonths(1).atDay(1))))
            .and(ScopeConditions.loans(t.LOAN_ID, scope, schemaVersion));
    int paidOff = edges.length + 1;
    Field<Integer> to =
        DSL.when(next.LOAN_ID.isNull(), DSL.inline(paidOff + 2))
            .when(next.STATUS.eq(DSL.inline("ACTIVE")), bucket(next.DAYS_PAST_DUE, edges))
            .when(next.STATUS.eq(DSL.inline("PAID_OFF")), DSL.inline(paidOff))
            .otherwise(DSL.inline(paidOff + 1));
    return new Moves(
        rows, condition, t.LOAN_ID, t.MONTH, t.BALANCE, bucket(t.DAYS_PAST_DUE, edges), to);
  }

  /** The bucket of a days-past-due value: 0 below the first edge, then one per edge passed. */
  static Field<Integer> bucket(Field<Integer> dpd, int[] edges) {
    CaseConditionStep<Integer> c = DSL.when(dpd.lt(DSL.inline(edges[0])), DSL.inline(0));
    for (int i = 1; i < edges.length; i++) {
      c = c.when(dpd.lt(DSL.inline(edges[i])), DSL.inline(i));
    }
    return c.otherwise(DSL.inline(edges.length));
  }
}
