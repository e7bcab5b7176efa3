package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The exposure scans of the Lorenz curve and the related-party groups (docs/decisions/0008): the
 * ACTIVE rows of the scope's loans at one month, summed per unit, then counted per distinct
 * exposure (Lorenz) or per group.
 */
final class ExposureQueries {
  private final DSLContext db;
  private final int schemaVersion;

  ExposureQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  /** See {@link Aggregates#exposureDistribution}. */
  List<ExposureCount> exposureDistribution(
      PushDownScope scope, YearMonth month, LoanAttribute unit) {
    boolean optionalColumns = schemaVersion >= 2;
    if (unit == LoanAttribute.GROUP && !optionalColumns) {
      return List.of(); // no group column: every borrower is in no group, which is not a unit
    }
    Field<String> key = ScopeConditions.segmentKey(unit, month.atEndOfMonth(), optionalColumns);
    Field<BigDecimal> exposure = DSL.sum(LOAN_MONTH.BALANCE).as("exposure");
    var rows =
        db.select(exposure)
            .from(LOAN_MONTH)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(LOAN_MONTH.LOAN_ID))
            .join(BORROWER)
            .on(BORROWER.BORROWER_ID.eq(LOAN.BORROWER_ID))
            .where(activeAt(month, scope))
            // By group, the borrowers in no group are not one unit (LorenzAnalysis).
            .and(unit == LoanAttribute.GROUP ? BORROWER.GROUP_ID.isNotNull() : DSL.noCondition());
    // A version-1 file has no partner column: one constant unit, which PostgreSQL will not group
    // by; the whole selection is then that unit, if it has an ACTIVE loan.
    Table<?> units =
        (unit == LoanAttribute.FUNDING_PARTNER && !optionalColumns
                ? rows.having(DSL.count().gt(DSL.inline(0)))
                : rows.groupBy(key))
            .asTable("units");
    Field<BigDecimal> e = units.field("exposure", BigDecimal.class);
    List<ExposureCount> out = new ArrayList<>();
    for (Record r : db.select(e, DSL.count()).from(units).groupBy(e).orderBy(e).fetch()) {
      out.add(new ExposureCount(Money.toCents(r.get(0, BigDecimal.class)), r.get(1, Long.class)));
    }
    return out;
  }

  /** See {@link Aggregates#groupExposures}. */
  List<GroupExposure> groupExposures(PushDownScope scope, YearMonth month) {
    Field<String> group = schemaVersion >= 2 ? BORROWER.GROUP_ID : DSL.inline((String) null);
    var rows =
        db.select(
                group,
                DSL.countDistinct(LOAN.BORROWER_ID),
                DSL.count(),
                DSL.sum(LOAN_MONTH.BALANCE))
            .from(LOAN_MONTH)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(LOAN_MONTH.LOAN_ID))
            .join(BORROWER)
            .on(BORROWER.BORROWER_ID.eq(LOAN.BORROWER_ID))
            .where(activeAt(month, scope));
    List<GroupExposure> out = new ArrayList<>();
    // A version-1 file has no group column: PostgreSQL will not group by the constant.
    for (Record r : schemaVersion >= 2 ? rows.groupBy(group).fetch() : rows.fetch()) {
      long loans = r.get(2, Long.class);
      if (loans == 0) {
        continue; // the version-1 selection with no ACTIVE loan
      }
      out.add(
          new GroupExposure(
              Optional.ofNullable(r.get(0, String.class)),
              r.get(1, Long.class),
              loans,
              Money.toCents(r.get(3, BigDecimal.class))));
    }
    return out;
  }

  /** The scope's ACTIVE rows at {@code month}. */
  private Condition activeAt(YearMonth month, PushDownScope scope) {
    return LOAN_MONTH
        .STATUS
        .eq(DSL.inline("ACTIVE"))
        .and(LOAN_MONTH.MONTH.eq(DSL.inline(month.atDay(1))))
        .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion));
  }
}
