package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.db.tables.LoanMonth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The vintage's scans (docs/decisions/0008-push-down.md, "Vintage"): per origination month, the
 * loans originated; the month of each loan's first bad row and of its first charge-off row, found
 * by an anti-join on the key (a row with no earlier such row of the same loan), so that no window
 * and no per-loan state is held; the net charge-off per month. Origination months are grouped by
 * year and month extracted from the date, so no dialect's date truncation is needed.
 */
final class VintageQueries {
  private final DSLContext db;
  private final int schemaVersion;

  VintageQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  List<CohortSum> originations(PushDownScope scope) {
    Field<Integer> year = DSL.year(LOAN.ORIGINATION_DATE);
    Field<Integer> month = DSL.month(LOAN.ORIGINATION_DATE);
    List<CohortSum> out = new ArrayList<>();
    for (Record r :
        db.select(year, month, DSL.count(), DSL.sum(LOAN.PRINCIPAL))
            .from(LOAN)
            .where(originatedBy(scope.asOf()))
            .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion))
            .groupBy(year, month)
            .fetch()) {
      out.add(
          new CohortSum(
              YearMonth.of(r.get(0, Integer.class), r.get(1, Integer.class)),
              r.get(2, Long.class),
              Money.toCents(r.get(3, BigDecimal.class))));
    }
    return out;
  }

  List<CohortMonthSum> firstBadMonths(PushDownScope scope, int threshold) {
    return firstRows(scope, m -> bad(m, threshold));
  }

  List<CohortMonthSum> firstChargeOffMonths(PushDownScope scope) {
    return firstRows(scope, VintageQueries::chargeOff);
  }

  /**
   * One page of the loans behind a cell, by loan id after {@code after}: the scope's loans
   * originated from {@code firstOrigination} to {@code lastOrigination} with a bad (or charge-off)
   * row up to the as-of month and at most {@code lastMob} months after their origination month. A
   * row's month is a month's first day, so it is in or before the origination month plus k exactly
   * when it is on or before the origination date plus k months.
   */
  List<String> loanPage(
      PushDownScope scope,
      YearMonth firstOrigination,
      YearMonth lastOrigination,
      int lastMob,
      Optional<Integer> threshold,
      Optional<String> after,
      int limit) {
    LoanMonth r = LOAN_MONTH.as("r");
    Condition hit = threshold.map(x -> bad(r, x)).orElseGet(() -> chargeOff(r));
    Condition behind =
        LOAN.ORIGINATION_DATE
            .ge(DSL.inline(firstOrigination.atDay(1)))
            .and(LOAN.ORIGINATION_DATE.lt(DSL.inline(lastOrigination.plusMonths(1).atDay(1))))
            .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion))
            .andExists(
                DSL.selectOne()
                    .from(r)
                    .where(r.LOAN_ID.eq(LOAN.LOAN_ID))
                    .and(r.MONTH.le(DSL.inline(scope.asOf().atDay(1))))
                    .and(r.MONTH.le(MonthShift.plusMonths(db, LOAN.ORIGINATION_DATE, lastMob)))
                    .and(hit));
    if (after.isPresent()) {
      behind = behind.and(LOAN.LOAN_ID.gt(after.get()));
    }
    List<String> page = new ArrayList<>();
    for (Record x :
        db.select(LOAN.LOAN_ID)
            .from(LOAN)
            .where(behind)
            .orderBy(LOAN.LOAN_ID)
            .limit(limit)
            .fetch()) {
      page.add(x.get(0, String.class));
    }
    return page;
  }

  /** ACTIVE at {@code threshold} days past due or more, or CHARGED_OFF. */
  private static Condition bad(LoanMonth m, int threshold) {
    return m.STATUS
        .eq(DSL.inline("CHARGED_OFF"))
        .or(m.STATUS.eq(DSL.inline("ACTIVE")).and(m.DAYS_PAST_DUE.ge(DSL.inline(threshold))));
  }

  /** CHARGED_OFF, or with a charge-off or recovery amount other than 0. */
  private static Condition chargeOff(LoanMonth m) {
    Field<BigDecimal> zero = DSL.inline(BigDecimal.ZERO);
    return m.STATUS
        .eq(DSL.inline("CHARGED_OFF"))
        .or(m.CHARGE_OFF_AMOUNT.ne(zero))
        .or(m.RECOVERY_AMOUNT.ne(zero));
  }

  List<CohortMonthSum> netChargeOffs(PushDownScope scope) {
    LoanMonth r = LOAN_MONTH.as("r");
    Field<BigDecimal> zero = DSL.inline(BigDecimal.ZERO);
    Field<BigDecimal> net =
        DSL.coalesce(r.CHARGE_OFF_AMOUNT, zero).minus(DSL.coalesce(r.RECOVERY_AMOUNT, zero));
    return perOriginAndMonth(
        r, DSL.sum(net), r.CHARGE_OFF_AMOUNT.isNotNull().or(r.RECOVERY_AMOUNT.isNotNull()), scope);
  }

  /**
   * Per origination month and month: the loans whose first row up to the as-of month that meets
   * {@code which} is in that month, and their principal. A row is first when no row of the same
   * loan at an earlier month meets it: a lookup on the key (loan_id, month), row by row.
   */
  private List<CohortMonthSum> firstRows(
      PushDownScope scope, Function<LoanMonth, Condition> which) {
    LoanMonth r = LOAN_MONTH.as("r");
    LoanMonth earlier = LOAN_MONTH.as("earlier");
    Condition first =
        which
            .apply(r)
            .andNotExists(
                DSL.selectOne()
                    .from(earlier)
                    .where(earlier.LOAN_ID.eq(r.LOAN_ID))
                    .and(earlier.MONTH.lt(r.MONTH))
                    .and(which.apply(earlier)));
    return perOriginAndMonth(r, DSL.sum(LOAN.PRINCIPAL), first, scope);
  }

  /** The rows of {@code r} up to the as-of month meeting {@code where}, summed per key. */
  private List<CohortMonthSum> perOriginAndMonth(
      LoanMonth r, Field<BigDecimal> sum, Condition where, PushDownScope scope) {
    Field<Integer> year = DSL.year(LOAN.ORIGINATION_DATE);
    Field<Integer> month = DSL.month(LOAN.ORIGINATION_DATE);
    List<CohortMonthSum> out = new ArrayList<>();
    for (Record x :
        db.select(year, month, r.MONTH, DSL.count(), sum)
            .from(r)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(r.LOAN_ID))
            .where(r.MONTH.le(DSL.inline(scope.asOf().atDay(1))))
            .and(where)
            .and(originatedBy(scope.asOf()))
            .and(ScopeConditions.loans(r.LOAN_ID, scope, schemaVersion))
            .groupBy(year, month, r.MONTH)
            .fetch()) {
      BigDecimal cents = x.get(4, BigDecimal.class);
      out.add(
          new CohortMonthSum(
              YearMonth.of(x.get(0, Integer.class), x.get(1, Integer.class)),
              YearMonth.from(x.get(2, LocalDate.class)),
              x.get(3, Long.class),
              cents == null ? 0 : Money.toCents(cents)));
    }
    return out;
  }

  /** Originated in the as-of month or before. */
  private static Condition originatedBy(YearMonth asOf) {
    return LOAN.ORIGINATION_DATE.lt(DSL.inline(asOf.plusMonths(1).atDay(1)));
  }
}
