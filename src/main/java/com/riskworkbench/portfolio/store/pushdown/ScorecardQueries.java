package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.db.tables.Loan;
import com.riskworkbench.portfolio.db.tables.LoanMonth;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The scan of scorecard monitoring (docs/decisions/0008): the scope's scored loans originated by
 * the as-of month, counted per origination month, credit score and bad flag. The bad loans are one
 * co-located join of each loan with its rows up to months on book K, grouped by loan id; the loans
 * are left-joined to them.
 */
final class ScorecardQueries {
  private final DSLContext db;
  private final int schemaVersion;

  ScorecardQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  /** A date's month as a number of months: year × 12 + month. */
  private static Field<Integer> ordinal(Field<LocalDate> date) {
    return DSL.year(date).mul(DSL.inline(12)).plus(DSL.month(date));
  }

  /** See {@link Aggregates#scoreCounts}. */
  List<ScoreCount> scoreCounts(PushDownScope scope, YearMonth asOf, int mob, int threshold) {
    LoanMonth row = LOAN_MONTH.as("r");
    Loan origin = LOAN.as("o");
    // Mature: originated in or before the as-of month less K, so its month at MOB K has data.
    Field<String> badId = row.LOAN_ID.as("bad_id");
    Table<?> bads =
        db.select(badId)
            .from(row)
            .join(origin)
            .on(origin.LOAN_ID.eq(row.LOAN_ID))
            .where(origin.ORIGINATION_DATE.le(DSL.inline(asOf.minusMonths(mob).atEndOfMonth())))
            // Within K months on book: the month of origination + K months is the last one. Month
            // numbers by EXTRACT, not date arithmetic: jOOQ 3.19 renders localDateAdd on a column
            // as a dateadd function DuckDB lacks.
            .and(ordinal(row.MONTH).le(ordinal(origin.ORIGINATION_DATE).plus(DSL.inline(mob))))
            .and(
                row.STATUS
                    .eq(DSL.inline("CHARGED_OFF"))
                    .or(
                        row.STATUS
                            .eq(DSL.inline("ACTIVE"))
                            .and(row.DAYS_PAST_DUE.ge(DSL.inline(threshold)))))
            .groupBy(row.LOAN_ID)
            .asTable("bads");
    Field<String> bad = bads.field("bad_id", String.class);
    Field<Integer> year = DSL.year(LOAN.ORIGINATION_DATE);
    Field<Integer> month = DSL.month(LOAN.ORIGINATION_DATE);
    Field<Integer> flag = DSL.when(bad.isNull(), DSL.inline(0)).otherwise(DSL.inline(1));
    List<ScoreCount> out = new ArrayList<>();
    for (Record r :
        db.select(year, month, BORROWER.CREDIT_SCORE, flag, DSL.count())
            .from(LOAN)
            .join(BORROWER)
            .on(BORROWER.BORROWER_ID.eq(LOAN.BORROWER_ID))
            .leftJoin(bads)
            .on(bad.eq(LOAN.LOAN_ID))
            .where(BORROWER.CREDIT_SCORE.isNotNull())
            .and(LOAN.ORIGINATION_DATE.le(DSL.inline(asOf.atEndOfMonth())))
            .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion))
            .groupBy(year, month, BORROWER.CREDIT_SCORE, flag)
            .orderBy(year, month, BORROWER.CREDIT_SCORE, flag)
            .fetch()) {
      out.add(
          new ScoreCount(
              YearMonth.of(r.get(0, Integer.class), r.get(1, Integer.class)),
              r.get(2, Integer.class),
              r.get(3, Integer.class) == 1,
              r.get(4, Long.class)));
    }
    return out;
  }
}
