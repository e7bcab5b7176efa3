package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.db.tables.LoanMonth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The scans of the data-quality checks (docs/decisions/0008): rows per month, one pass over each
 * loan's rows grouped by loan id (gaps, late first month), an anti-join for the loans without
 * history, the borrowers' attributes, and the roll-rate self-join for the missing transitions.
 * Every answer is a handful of counts.
 */
final class DataQualityQueries {
  private final DSLContext db;
  private final int schemaVersion;

  DataQualityQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  /** See {@link Aggregates#monthRows}. */
  List<MonthRowCount> monthRows(PushDownScope scope, YearMonth first, YearMonth last) {
    Field<Integer> active =
        DSL.when(LOAN_MONTH.STATUS.eq(DSL.inline("ACTIVE")), DSL.inline(1))
            .otherwise(DSL.inline(0));
    List<MonthRowCount> out = new ArrayList<>();
    for (Record r :
        db.select(LOAN_MONTH.MONTH, DSL.count(), DSL.sum(active))
            .from(LOAN_MONTH)
            .where(LOAN_MONTH.MONTH.between(DSL.inline(first.atDay(1)), DSL.inline(last.atDay(1))))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion))
            .groupBy(LOAN_MONTH.MONTH)
            .orderBy(LOAN_MONTH.MONTH)
            .fetch()) {
      out.add(
          new MonthRowCount(
              YearMonth.from(r.get(0, LocalDate.class)),
              r.get(1, Long.class),
              r.get(2, BigDecimal.class).longValueExact()));
    }
    return out;
  }

  /** See {@link Aggregates#historyCounts}. */
  HistoryCounts historyCounts(PushDownScope scope, YearMonth asOf, Optional<YearMonth> firstNext) {
    LocalDate originatedBy = asOf.atEndOfMonth();
    Table<Record3<String, Integer, Integer>> loans = perLoan(scope, asOf);
    Field<Integer> m = loans.field("missing", Integer.class);
    Field<Integer> l = loans.field("late", Integer.class);
    Record history =
        db.select(
                DSL.sum(DSL.when(m.gt(DSL.inline(0)), DSL.inline(1)).otherwise(DSL.inline(0))),
                DSL.coalesce(DSL.sum(m), DSL.inline(BigDecimal.ZERO)),
                DSL.coalesce(DSL.sum(l), DSL.inline(BigDecimal.ZERO)))
            .from(loans)
            .fetchOne();
    long noHistory =
        db.fetchCount(
            DSL.selectOne()
                .from(LOAN)
                .where(LOAN.ORIGINATION_DATE.le(DSL.inline(originatedBy)))
                .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion))
                .andNotExists(
                    DSL.selectOne().from(LOAN_MONTH).where(LOAN_MONTH.LOAN_ID.eq(LOAN.LOAN_ID))));
    long lacking =
        db.fetchCount(
            DSL.selectOne()
                .from(LOAN)
                .join(BORROWER)
                .on(BORROWER.BORROWER_ID.eq(LOAN.BORROWER_ID))
                .where(LOAN.ORIGINATION_DATE.le(DSL.inline(originatedBy)))
                .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion))
                .and(lacking()));
    long transitions = 0;
    long transitionLoans = 0;
    if (firstNext.isPresent() && !firstNext.get().isAfter(asOf)) {
      LoanMonth t = LOAN_MONTH.as("t");
      LoanMonth next = LOAN_MONTH.as("next");
      Record r =
          db.select(DSL.count(), DSL.countDistinct(t.LOAN_ID))
              .from(t)
              .leftJoin(next)
              .on(nextMonth(t, next))
              .where(withoutNext(t, next, scope, firstNext.get(), asOf))
              .fetchOne();
      transitions = r.get(0, Long.class);
      transitionLoans = r.get(1, Long.class);
    }
    return new HistoryCounts(
        history.get(0, BigDecimal.class) == null
            ? 0
            : history.get(0, BigDecimal.class).longValueExact(),
        history.get(1, BigDecimal.class).longValueExact(),
        history.get(2, BigDecimal.class).longValueExact(),
        noHistory,
        lacking,
        transitions,
        transitionLoans);
  }

  /**
   * One page of the loans a check finds, by loan id after {@code after}: the same loans as {@link
   * #historyCounts} counts.
   */
  List<String> checkPage(
      PushDownScope scope,
      YearMonth asOf,
      Optional<YearMonth> firstNext,
      HistoryCheck check,
      Optional<String> after,
      int limit) {
    LocalDate originatedBy = asOf.atEndOfMonth();
    switch (check) {
      case GAP_IN_HISTORY, LATE_FIRST_MONTH -> {
        Table<Record3<String, Integer, Integer>> loans = perLoan(scope, asOf);
        Field<String> id = loans.field(0, String.class);
        Field<Integer> found =
            loans.field(check == HistoryCheck.GAP_IN_HISTORY ? "missing" : "late", Integer.class);
        return page(db.select(id).from(loans).where(found.gt(DSL.inline(0))), id, after, limit);
      }
      case NO_HISTORY -> {
        return page(
            db.select(LOAN.LOAN_ID)
                .from(LOAN)
                .where(LOAN.ORIGINATION_DATE.le(DSL.inline(originatedBy)))
                .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion))
                .andNotExists(
                    DSL.selectOne().from(LOAN_MONTH).where(LOAN_MONTH.LOAN_ID.eq(LOAN.LOAN_ID))),
            LOAN.LOAN_ID,
            after,
            limit);
      }
      case NO_BORROWER_ATTRIBUTES -> {
        return page(
            db.select(LOAN.LOAN_ID)
                .from(LOAN)
                .join(BORROWER)
                .on(BORROWER.BORROWER_ID.eq(LOAN.BORROWER_ID))
                .where(LOAN.ORIGINATION_DATE.le(DSL.inline(originatedBy)))
                .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion))
                .and(lacking()),
            LOAN.LOAN_ID,
            after,
            limit);
      }
      default -> {
        if (firstNext.isEmpty() || firstNext.get().isAfter(asOf)) {
          return List.of();
        }
        LoanMonth t = LOAN_MONTH.as("t");
        LoanMonth next = LOAN_MONTH.as("next");
        return page(
            db.selectDistinct(t.LOAN_ID)
                .from(t)
                .leftJoin(next)
                .on(nextMonth(t, next))
                .where(withoutNext(t, next, scope, firstNext.get(), asOf)),
            t.LOAN_ID,
            after,
            limit);
      }
    }
  }

  /** The rows of {@code query} after {@code after} by {@code id}, at most {@code limit}. */
  private static List<String> page(
      SelectConditionStep<Record1<String>> query,
      Field<String> id,
      Optional<String> after,
      int limit) {
    return query
        .and(after.map(id::gt).orElse(DSL.noCondition()))
        .orderBy(id)
        .limit(limit)
        .fetch(0, String.class);
  }

  /**
   * Each loan's rows up to the as-of month, by loan: the months missing between its first and last
   * row ({@code missing}) and whether its first row comes after its origination month ({@code
   * late}, 1 or 0).
   */
  private Table<Record3<String, Integer, Integer>> perLoan(PushDownScope scope, YearMonth asOf) {
    Field<LocalDate> firstRow = DSL.min(LOAN_MONTH.MONTH);
    Field<LocalDate> lastRow = DSL.max(LOAN_MONTH.MONTH);
    Field<Integer> missing =
        DSL.year(lastRow)
            .minus(DSL.year(firstRow))
            .mul(DSL.inline(12))
            .plus(DSL.month(lastRow))
            .minus(DSL.month(firstRow))
            .plus(DSL.inline(1))
            .minus(DSL.count())
            .as("missing");
    Field<Integer> late =
        DSL.when(firstRow.gt(LOAN.ORIGINATION_DATE), DSL.inline(1))
            .otherwise(DSL.inline(0))
            .as("late");
    return db.select(LOAN_MONTH.LOAN_ID, missing, late)
        .from(LOAN_MONTH)
        .join(LOAN)
        .on(LOAN.LOAN_ID.eq(LOAN_MONTH.LOAN_ID))
        .where(LOAN_MONTH.MONTH.le(DSL.inline(asOf.atDay(1))))
        .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion))
        .groupBy(LOAN_MONTH.LOAN_ID, LOAN.ORIGINATION_DATE)
        .asTable("per_loan");
  }

  /**
   * A borrower lacking attributes: blank region or industry, or an individual without birth date.
   */
  private static org.jooq.Condition lacking() {
    return blank(BORROWER.REGION)
        .or(blank(BORROWER.INDUSTRY))
        .or(BORROWER.BORROWER_TYPE.eq(DSL.inline("INDIVIDUAL")).and(BORROWER.BIRTH_DATE.isNull()));
  }

  /** The same loan's row the month after. */
  private org.jooq.Condition nextMonth(LoanMonth t, LoanMonth next) {
    return next.LOAN_ID.eq(t.LOAN_ID).and(next.MONTH.eq(MonthShift.plusMonths(db, t.MONTH, 1)));
  }

  /**
   * An ACTIVE row of the scope at a month of the window (from the month before {@code firstNext} to
   * the month before the as-of month) without the next month's row: a MISSING transition.
   */
  private org.jooq.Condition withoutNext(
      LoanMonth t, LoanMonth next, PushDownScope scope, YearMonth firstNext, YearMonth asOf) {
    return t.STATUS
        .eq(DSL.inline("ACTIVE"))
        .and(
            t.MONTH.between(
                DSL.inline(firstNext.minusMonths(1).atDay(1)),
                DSL.inline(asOf.minusMonths(1).atDay(1))))
        .and(next.LOAN_ID.isNull())
        .and(ScopeConditions.loans(t.LOAN_ID, scope, schemaVersion));
  }

  /** A missing or blank text: NULL, or nothing but spaces. */
  private static org.jooq.Condition blank(Field<String> column) {
    return column.isNull().or(DSL.trim(column).eq(DSL.inline("")));
  }
}
