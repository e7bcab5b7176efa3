package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.FRAUD_CASE;
import static com.riskworkbench.portfolio.db.Tables.LOAN;

import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.db.tables.FraudCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The fraud summary's scans (docs/decisions/0008-push-down.md, "Fraud"): the counted cases per
 * type, status, channel and root cause; per type, the counted cases naming a loan per number of
 * days from origination to report; per loan channel and origination month, the loans and those with
 * confirmed fraud. Which cases count is the in-memory rule as a condition.
 */
final class FraudQueries {
  private final DSLContext db;
  private final int schemaVersion;

  FraudQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Two queries, the cases naming a loan (joined to it, so that a database distributed by loan id
   * joins on its workers) and the cases naming none; a key can come back from both.
   */
  List<CaseSum> fraudCases(PushDownScope scope) {
    List<CaseSum> out = new ArrayList<>();
    caseSums(
        db.select(caseFields())
            .from(FRAUD_CASE)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(FRAUD_CASE.LOAN_ID))
            .where(namesLoanInScope(scope)),
        out);
    caseSums(db.select(caseFields()).from(FRAUD_CASE).where(namesNoLoanInScope(scope)), out);
    return out;
  }

  /**
   * The counted cases of {@link #fraudCases} themselves, by case id: the two queries of {@link
   * #fraudCases} without the grouping.
   */
  List<com.riskworkbench.portfolio.FraudCase> caseList(PushDownScope scope) {
    List<com.riskworkbench.portfolio.FraudCase> out = new ArrayList<>();
    db.select(FRAUD_CASE.fields())
        .from(FRAUD_CASE)
        .join(LOAN)
        .on(LOAN.LOAN_ID.eq(FRAUD_CASE.LOAN_ID))
        .where(namesLoanInScope(scope))
        .fetchInto(FRAUD_CASE)
        .forEach(r -> out.add(FraudCaseRows.of(r)));
    db.selectFrom(FRAUD_CASE)
        .where(namesNoLoanInScope(scope))
        .fetch()
        .forEach(r -> out.add(FraudCaseRows.of(r)));
    out.sort(java.util.Comparator.comparing(com.riskworkbench.portfolio.FraudCase::caseId));
    return out;
  }

  private static List<Field<?>> caseFields() {
    return List.of(
        FRAUD_CASE.FRAUD_TYPE,
        FRAUD_CASE.STATUS,
        FRAUD_CASE.DETECTION_CHANNEL,
        FRAUD_CASE.ROOT_CAUSE,
        DSL.count(),
        DSL.sum(FRAUD_CASE.EXPOSURE),
        DSL.sum(FRAUD_CASE.LOSS_AMOUNT),
        DSL.sum(FRAUD_CASE.RECOVERED_AMOUNT));
  }

  private static void caseSums(SelectConditionStep<Record> cases, List<CaseSum> out) {
    for (Record r :
        cases
            .groupBy(
                FRAUD_CASE.FRAUD_TYPE,
                FRAUD_CASE.STATUS,
                FRAUD_CASE.DETECTION_CHANNEL,
                FRAUD_CASE.ROOT_CAUSE)
            .fetch()) {
      out.add(
          new CaseSum(
              r.get(0, String.class),
              r.get(1, String.class),
              r.get(2, String.class),
              Optional.ofNullable(r.get(3, String.class)),
              r.get(4, Long.class),
              Money.toCents(r.get(5, BigDecimal.class)),
              Money.toCents(r.get(6, BigDecimal.class)),
              Money.toCents(r.get(7, BigDecimal.class))));
    }
  }

  List<DaysToReportCount> daysToReport(PushDownScope scope) {
    Field<Integer> days = DSL.localDateDiff(FRAUD_CASE.REPORTED_DATE, LOAN.ORIGINATION_DATE);
    List<DaysToReportCount> out = new ArrayList<>();
    for (Record r :
        db.select(FRAUD_CASE.FRAUD_TYPE, days, DSL.count())
            .from(FRAUD_CASE)
            .join(LOAN)
            .on(LOAN.LOAN_ID.eq(FRAUD_CASE.LOAN_ID))
            .where(namesLoanInScope(scope))
            .groupBy(FRAUD_CASE.FRAUD_TYPE, days)
            .fetch()) {
      out.add(
          new DaysToReportCount(
              r.get(0, String.class), r.get(1, Integer.class), r.get(2, Long.class)));
    }
    return out;
  }

  /**
   * The scope's loans originated by the as-of month, left-joined to the distinct loans of the
   * counted confirmed (CONFIRMED or CLOSED) cases: a loan with several such cases counts once.
   */
  List<FraudLoanSum> confirmedFraudLoans(PushDownScope scope) {
    FraudCase c = FRAUD_CASE.as("c");
    Table<?> fraud =
        DSL.selectDistinct(c.LOAN_ID)
            .from(c)
            .where(c.STATUS.in(DSL.inline("CONFIRMED"), DSL.inline("CLOSED")))
            .and(reportedBy(c, scope.asOf()))
            .and(c.LOAN_ID.isNotNull())
            .asTable("fraud");
    Field<String> fraudLoan = fraud.field(c.LOAN_ID);
    Field<Integer> year = DSL.year(LOAN.ORIGINATION_DATE);
    Field<Integer> month = DSL.month(LOAN.ORIGINATION_DATE);
    List<FraudLoanSum> out = new ArrayList<>();
    for (Record r :
        db.select(LOAN.CHANNEL, year, month, DSL.count(), DSL.count(fraudLoan))
            .from(LOAN)
            .leftJoin(fraud)
            .on(fraudLoan.eq(LOAN.LOAN_ID))
            .where(LOAN.ORIGINATION_DATE.lt(DSL.inline(scope.asOf().plusMonths(1).atDay(1))))
            .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion))
            .groupBy(LOAN.CHANNEL, year, month)
            .fetch()) {
      out.add(
          new FraudLoanSum(
              r.get(0, String.class),
              YearMonth.of(r.get(1, Integer.class), r.get(2, Integer.class)),
              r.get(3, Long.class),
              r.get(4, Long.class)));
    }
    return out;
  }

  /**
   * The counted cases that name a loan, in a query joined to {@code loan}: reported by the end of
   * the as-of month, the loan in scope (a loan id not in the portfolio finds no loan to join).
   */
  private Condition namesLoanInScope(PushDownScope scope) {
    return reportedBy(FRAUD_CASE, scope.asOf())
        .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion));
  }

  /**
   * The counted cases that name no loan: reported by the end of the as-of month, and with no
   * filter, or naming a borrower with a loan in scope.
   */
  private Condition namesNoLoanInScope(PushDownScope scope) {
    return reportedBy(FRAUD_CASE, scope.asOf())
        .and(FRAUD_CASE.LOAN_ID.isNull())
        .and(
            scope.allowed().isEmpty()
                ? DSL.noCondition()
                : ScopeConditions.borrowers(
                    FRAUD_CASE.BORROWER_ID, scope, schemaVersion, db.dialect()));
  }

  private static Condition reportedBy(FraudCase f, YearMonth asOf) {
    LocalDate next = asOf.plusMonths(1).atDay(1);
    return f.REPORTED_DATE.lt(DSL.inline(next));
  }
}
