package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.COLLECTION_ACTION;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The collections summary's scans (docs/decisions/0008-push-down.md, "Collections"): the actions
 * per month, type and outcome, and the charge-offs and recoveries per origination month. Months are
 * grouped by year and month extracted from the dates, so no dialect's date truncation is needed.
 */
final class CollectionsQueries {
  private final DSLContext db;
  private final int schemaVersion;

  CollectionsQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  List<ActionSum> collectionActions(PushDownScope scope) {
    Field<Integer> year = DSL.year(COLLECTION_ACTION.ACTION_DATE);
    Field<Integer> month = DSL.month(COLLECTION_ACTION.ACTION_DATE);
    List<ActionSum> out = new ArrayList<>();
    for (Record r :
        db.select(
                year,
                month,
                COLLECTION_ACTION.ACTION_TYPE,
                COLLECTION_ACTION.OUTCOME,
                DSL.count(),
                DSL.sum(COLLECTION_ACTION.AMOUNT_RECOVERED))
            .from(COLLECTION_ACTION)
            // an action naming a loan that is not in the portfolio is not counted
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(COLLECTION_ACTION.LOAN_ID))
            .where(
                COLLECTION_ACTION.ACTION_DATE.lt(DSL.inline(scope.asOf().plusMonths(1).atDay(1))))
            .and(ScopeConditions.loans(COLLECTION_ACTION.LOAN_ID, scope, schemaVersion))
            .groupBy(year, month, COLLECTION_ACTION.ACTION_TYPE, COLLECTION_ACTION.OUTCOME)
            .fetch()) {
      out.add(
          new ActionSum(
              YearMonth.of(r.get(0, Integer.class), r.get(1, Integer.class)),
              r.get(2, String.class),
              r.get(3, String.class),
              r.get(4, Long.class),
              Money.toCents(r.get(5, BigDecimal.class))));
    }
    return out;
  }

  /**
   * Each loan joined to its CHARGED_OFF rows up to the as-of month, if any; the distinct counts
   * keep a loan once however many such rows it has.
   */
  List<CohortRecoverySum> chargeOffsByCohort(PushDownScope scope) {
    Field<Integer> year = DSL.year(LOAN.ORIGINATION_DATE);
    Field<Integer> month = DSL.month(LOAN.ORIGINATION_DATE);
    List<CohortRecoverySum> out = new ArrayList<>();
    for (Record r :
        db.select(
                year,
                month,
                DSL.countDistinct(LOAN.LOAN_ID),
                DSL.countDistinct(LOAN_MONTH.LOAN_ID),
                DSL.sum(LOAN_MONTH.CHARGE_OFF_AMOUNT),
                DSL.sum(LOAN_MONTH.RECOVERY_AMOUNT))
            .from(LOAN)
            .leftJoin(LOAN_MONTH)
            .on(LOAN_MONTH.LOAN_ID.eq(LOAN.LOAN_ID))
            .and(LOAN_MONTH.STATUS.eq(DSL.inline("CHARGED_OFF")))
            .and(LOAN_MONTH.MONTH.le(DSL.inline(scope.asOf().atDay(1))))
            .where(LOAN.ORIGINATION_DATE.lt(DSL.inline(scope.asOf().plusMonths(1).atDay(1))))
            .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion))
            .groupBy(year, month)
            .fetch()) {
      out.add(
          new CohortRecoverySum(
              YearMonth.of(r.get(0, Integer.class), r.get(1, Integer.class)),
              r.get(2, Long.class),
              r.get(3, Long.class),
              cents(r.get(4, BigDecimal.class)),
              cents(r.get(5, BigDecimal.class))));
    }
    return out;
  }

  /** A sum over no row (or only NULLs) is NULL: nothing. */
  private static long cents(BigDecimal sum) {
    return sum == null ? 0 : Money.toCents(sum);
  }
}
