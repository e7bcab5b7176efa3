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
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The scans of the forward-looking analyses (PD, ECL, provisions, forecast, backtest) inside the
 * database (docs/decisions/0008-push-down.md, "Forward-looking analyses"): transition counts per
 * month, the as-of rows grouped by what an expected credit loss depends on, charge-off and recovery
 * sums, booked provisions and the charge-offs after a backtest's origin. The 7 × 7 matrix algebra
 * stays in Java.
 */
final class ForwardQueries {
  private static final Field<String> ACTIVE = DSL.inline("ACTIVE");
  private static final Field<String> CHARGED_OFF = DSL.inline("CHARGED_OFF");
  private static final Field<BigDecimal> ZERO = DSL.inline(BigDecimal.ZERO);

  /** Rows per round trip of a read through a cursor (PostgreSQL holds the rest on the server). */
  private static final int FETCH_SIZE = 10_000;

  private final PushDownQueries queries;
  private final DSLContext db;
  private final int schemaVersion;

  ForwardQueries(PushDownQueries queries) {
    this.queries = queries;
    this.db = queries.db();
    this.schemaVersion = queries.schemaVersion();
  }

  /** The roll-rate transitions of {@link PushDownQueries#transitions}, also per month t+1. */
  List<MonthlyTransition> monthlyTransitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext) {
    PushDownQueries.Moves m = queries.moves(scope, bucketEdges, firstNext, lastNext);
    List<MonthlyTransition> out = new ArrayList<>();
    for (Record r :
        db.select(m.month(), m.from(), m.to(), DSL.count(), DSL.sum(m.balance()))
            .from(m.rows())
            .where(m.condition())
            .groupBy(m.month(), m.from(), m.to())
            .fetch()) {
      out.add(
          new MonthlyTransition(
              YearMonth.from(r.get(0, LocalDate.class)).plusMonths(1),
              r.get(1, Integer.class),
              r.get(2, Integer.class),
              r.get(3, Long.class),
              Money.toCents(r.get(4, BigDecimal.class))));
    }
    return out;
  }

  /**
   * The ACTIVE rows of {@code month} grouped by days-past-due class, booked category, segment,
   * interest rate and, outside stage 1 (days past due up to {@code stage2Dpd} and a normal
   * category, booked or by days past due), maturity month; read through a cursor, a page of rows at
   * a time, each group handed to {@code each}.
   */
  void stageGroups(
      PushDownScope scope,
      YearMonth month,
      int[] classEdges,
      LoanAttribute attribute,
      int stage2Dpd,
      Consumer<StageGroup> each) {
    boolean v2 = schemaVersion >= 2;
    Field<Integer> dpd = LOAN_MONTH.DAYS_PAST_DUE;
    Field<Integer> dpdClass = PushDownQueries.bucket(dpd, classEdges);
    Field<String> booked = v2 ? LOAN_MONTH.FIVE_CATEGORY : DSL.inline((String) null);
    Condition normal =
        v2
            ? booked.eq(DSL.inline("NORMAL")).or(booked.isNull().and(dpd.le(DSL.inline(0))))
            : dpd.le(DSL.inline(0));
    Condition stage1 = dpd.le(DSL.inline(stage2Dpd)).and(normal);
    Field<Integer> maturity =
        DSL.when(stage1, DSL.inline((Integer) null))
            .otherwise(
                DSL.year(LOAN.MATURITY_DATE)
                    .mul(DSL.inline(12))
                    .plus(DSL.month(LOAN.MATURITY_DATE))
                    .minus(DSL.inline(1)));
    Field<String> key = ScopeConditions.segmentKey(attribute, month.atEndOfMonth(), v2);
    // A version-1 file has no category, partner or group column: those are constants, which
    // PostgreSQL will not group by.
    boolean constantKey =
        !v2 && (attribute == LoanAttribute.FUNDING_PARTNER || attribute == LoanAttribute.GROUP);
    List<GroupField> groupBy = new ArrayList<>(List.of(dpdClass));
    if (v2) {
      groupBy.add(booked);
    }
    if (!constantKey) {
      groupBy.add(key);
    }
    groupBy.add(LOAN.INTEREST_RATE);
    groupBy.add(maturity);
    try (Cursor<?> rows =
        db.select(
                dpdClass,
                booked,
                key,
                LOAN.INTEREST_RATE,
                maturity,
                DSL.count(),
                DSL.sum(LOAN_MONTH.BALANCE))
            .from(LOAN_MONTH)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(LOAN_MONTH.LOAN_ID))
            .join(BORROWER)
            .on(BORROWER.BORROWER_ID.eq(LOAN.BORROWER_ID))
            .where(LOAN_MONTH.STATUS.eq(ACTIVE))
            .and(LOAN_MONTH.MONTH.eq(DSL.inline(month.atDay(1))))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion))
            .groupBy(groupBy)
            .fetchSize(FETCH_SIZE)
            .fetchLazy()) {
      for (Record r : rows) {
        String category = r.get(1, String.class);
        Integer m = r.get(4, Integer.class);
        each.accept(
            new StageGroup(
                r.get(0, Integer.class),
                Optional.ofNullable(category).map(BookedCategory::valueOf),
                r.get(2, String.class),
                r.get(3, BigDecimal.class).doubleValue(),
                Optional.ofNullable(m).map(v -> YearMonth.of(v / 12, v % 12 + 1)),
                r.get(5, Long.class),
                Money.toCents(r.get(6, BigDecimal.class))));
      }
    }
  }

  /**
   * The scope's loans with a CHARGED_OFF row up to {@code asOf}, split by whether the latest such
   * row is at least {@code seasoning} months before it: the loans and their charge-off and recovery
   * sums over their rows up to {@code asOf}. Each charged-off loan's latest CHARGED_OFF row (no
   * later one up to as-of: an anti-join on the key) is joined to the loan's rows up to as-of.
   */
  List<ChargeOffTally> chargeOffs(PushDownScope scope, YearMonth asOf, int seasoning) {
    LoanMonth c = LOAN_MONTH.as("c");
    LoanMonth later = LOAN_MONTH.as("later");
    LoanMonth r = LOAN_MONTH.as("r");
    Field<LocalDate> last = DSL.inline(asOf.atDay(1));
    Field<Integer> seasoned =
        DSL.when(c.MONTH.le(DSL.inline(asOf.minusMonths(seasoning).atDay(1))), DSL.inline(1))
            .otherwise(DSL.inline(0));
    List<ChargeOffTally> out = new ArrayList<>();
    for (Record row :
        db.select(
                seasoned,
                DSL.countDistinct(c.LOAN_ID),
                DSL.sum(DSL.coalesce(r.CHARGE_OFF_AMOUNT, ZERO)),
                DSL.sum(DSL.coalesce(r.RECOVERY_AMOUNT, ZERO)))
            .from(c)
            .join(r)
            .on(r.LOAN_ID.eq(c.LOAN_ID))
            .and(r.MONTH.le(last))
            .where(c.STATUS.eq(CHARGED_OFF))
            .and(c.MONTH.le(last))
            .andNotExists(
                DSL.selectOne()
                    .from(later)
                    .where(later.LOAN_ID.eq(c.LOAN_ID))
                    .and(later.STATUS.eq(CHARGED_OFF))
                    .and(later.MONTH.gt(c.MONTH))
                    .and(later.MONTH.le(last)))
            .and(ScopeConditions.loans(c.LOAN_ID, scope, schemaVersion))
            .groupBy(seasoned)
            .fetch()) {
      out.add(
          new ChargeOffTally(
              row.get(0, Integer.class) == 1,
              row.get(1, Long.class),
              Money.toCents(row.get(2, BigDecimal.class)),
              Money.toCents(row.get(3, BigDecimal.class))));
    }
    return out;
  }

  /** The booked provisions of the scope's ACTIVE loans at {@code month}. */
  HeldProvisions heldProvisions(PushDownScope scope, YearMonth month) {
    if (schemaVersion < 2) {
      return new HeldProvisions(false, 0, 0, 0);
    }
    boolean any =
        db.fetchExists(DSL.selectOne().from(LOAN_MONTH).where(LOAN_MONTH.PROVISION.isNotNull()));
    Record r =
        db.select(DSL.count(), DSL.count(LOAN_MONTH.PROVISION), DSL.sum(LOAN_MONTH.PROVISION))
            .from(LOAN_MONTH)
            .where(LOAN_MONTH.STATUS.eq(ACTIVE))
            .and(LOAN_MONTH.MONTH.eq(DSL.inline(month.atDay(1))))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion))
            .fetchOne();
    long loans = r.get(0, Long.class);
    BigDecimal sum = r.get(2, BigDecimal.class);
    return new HeldProvisions(
        any, loans, loans - r.get(1, Long.class), sum == null ? 0 : Money.toCents(sum));
  }

  /**
   * The CHARGED_OFF rows of the months after {@code origin} up to {@code last}, per month: each row
   * joined to its loan's row of the month before (for the balance it moved) and to its ACTIVE row
   * at the origin; split by whether the loan was ACTIVE in {@code originScope} at the origin.
   */
  List<ChargeOffMonth> chargeOffsAfter(
      PushDownScope scope, PushDownScope originScope, YearMonth origin, YearMonth last) {
    LoanMonth c = LOAN_MONTH.as("c");
    LoanMonth prev = LOAN_MONTH.as("prev");
    LoanMonth o = LOAN_MONTH.as("o");
    Table<?> rows =
        c.leftJoin(prev)
            .on(prev.LOAN_ID.eq(c.LOAN_ID))
            .and(prev.MONTH.eq(MonthShift.plusMonths(db, c.MONTH, -1)))
            .leftJoin(o)
            .on(o.LOAN_ID.eq(c.LOAN_ID))
            .and(o.MONTH.eq(DSL.inline(origin.atDay(1))))
            .and(o.STATUS.eq(ACTIVE));
    Condition atOrigin = o.LOAN_ID.isNotNull().and(inScope(c.LOAN_ID, originScope));
    Field<BigDecimal> cents =
        DSL.when(prev.LOAN_ID.isNotNull(), prev.BALANCE)
            .otherwise(DSL.coalesce(c.CHARGE_OFF_AMOUNT, ZERO));
    Field<Integer> one = DSL.inline(1);
    Field<Integer> none = DSL.inline(0);
    List<ChargeOffMonth> out = new ArrayList<>();
    for (Record r :
        db.select(
                c.MONTH,
                DSL.sum(DSL.when(atOrigin, one).otherwise(none)),
                DSL.sum(DSL.when(atOrigin, cents).otherwise(ZERO)),
                DSL.sum(DSL.when(atOrigin, none).otherwise(one)),
                DSL.sum(DSL.when(atOrigin, ZERO).otherwise(cents)))
            .from(rows)
            .where(c.STATUS.eq(CHARGED_OFF))
            .and(c.MONTH.gt(DSL.inline(origin.atDay(1))))
            .and(c.MONTH.le(DSL.inline(last.atDay(1))))
            .and(atOrigin.or(inScope(c.LOAN_ID, scope)))
            .groupBy(c.MONTH)
            .fetch()) {
      out.add(
          new ChargeOffMonth(
              YearMonth.from(r.get(0, LocalDate.class)),
              r.get(1, Long.class),
              Money.toCents(r.get(2, BigDecimal.class)),
              r.get(3, Long.class),
              Money.toCents(r.get(4, BigDecimal.class))));
    }
    return out;
  }

  /** The scope as a condition that is true, not absent, for the whole book (it is OR-ed). */
  private Condition inScope(Field<String> loanId, PushDownScope scope) {
    return scope.allowed().isEmpty()
        ? DSL.trueCondition()
        : ScopeConditions.loans(loanId, scope, schemaVersion);
  }
}
