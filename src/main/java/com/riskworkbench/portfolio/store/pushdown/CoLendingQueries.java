package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The co-lending scans (docs/decisions/0008): the ACTIVE rows of the scope's loans at one month per
 * funding partner and own share (a DECIMAL(5, 4), so a few distinct values per partner), and the
 * loans co-lent at given own shares, the exceptions list.
 */
final class CoLendingQueries {
  private final DSLContext db;
  private final int schemaVersion;

  CoLendingQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  /** See {@link Aggregates#coLentShares}. */
  List<ShareBalance> coLentShares(PushDownScope scope, YearMonth month) {
    var rows =
        db.select(partner(), ownShare(), DSL.count(), DSL.sum(LOAN_MONTH.BALANCE))
            .from(LOAN_MONTH)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(LOAN_MONTH.LOAN_ID))
            .where(activeAt(month, scope));
    List<ShareBalance> out = new ArrayList<>();
    // A version-1 file has no co-lending columns: PostgreSQL will not group by the constants.
    for (Record r :
        schemaVersion >= 2
            ? rows.groupBy(LOAN.FUNDING_PARTNER, LOAN.OWN_SHARE).fetch()
            : rows.fetch()) {
      long loans = r.get(2, Long.class);
      if (loans == 0) {
        continue; // the version-1 selection with no ACTIVE loan
      }
      out.add(
          new ShareBalance(
              Optional.ofNullable(r.get(0, String.class)),
              Optional.ofNullable(r.get(1, BigDecimal.class)),
              loans,
              Money.toCents(r.get(3, BigDecimal.class))));
    }
    return out;
  }

  /** See {@link Aggregates#coLentLoans}. */
  List<CoLentLoan> coLentLoans(PushDownScope scope, YearMonth month, Set<BigDecimal> ownShares) {
    if (schemaVersion < 2 || ownShares.isEmpty()) {
      return List.of();
    }
    List<CoLentLoan> out = new ArrayList<>();
    for (Record r :
        db.select(LOAN.LOAN_ID, LOAN.FUNDING_PARTNER, LOAN_MONTH.BALANCE, LOAN.OWN_SHARE)
            .from(LOAN_MONTH)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(LOAN_MONTH.LOAN_ID))
            .where(activeAt(month, scope))
            .and(LOAN.FUNDING_PARTNER.isNotNull())
            .and(LOAN.OWN_SHARE.in(ownShares.stream().map(DSL::inline).toList()))
            .orderBy(LOAN.LOAN_ID)
            .fetch()) {
      out.add(
          new CoLentLoan(
              r.get(0, String.class),
              r.get(1, String.class),
              Money.toCents(r.get(2, BigDecimal.class)),
              r.get(3, BigDecimal.class)));
    }
    return out;
  }

  /** See {@link Aggregates#fundingPartnerRecorded}. */
  boolean fundingPartnerRecorded() {
    return schemaVersion >= 2
        && db.fetchExists(DSL.selectOne().from(LOAN).where(LOAN.FUNDING_PARTNER.isNotNull()));
  }

  private Field<String> partner() {
    return schemaVersion >= 2 ? LOAN.FUNDING_PARTNER : DSL.inline((String) null);
  }

  private Field<BigDecimal> ownShare() {
    return schemaVersion >= 2 ? LOAN.OWN_SHARE : DSL.inline((BigDecimal) null);
  }

  private Condition activeAt(YearMonth month, PushDownScope scope) {
    return LOAN_MONTH
        .STATUS
        .eq(DSL.inline("ACTIVE"))
        .and(LOAN_MONTH.MONTH.eq(DSL.inline(month.atDay(1))))
        .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion));
  }
}
