package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.LOAN;

import com.riskworkbench.portfolio.db.tables.Borrower;
import com.riskworkbench.portfolio.db.tables.Loan;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/**
 * A {@link PushDownScope} as a condition on a loan id: a semi-join to the loans (and their
 * borrowers) that the filter lets in, written as a correlated {@code EXISTS} on the loan's key — an
 * {@code IN (subquery)} would have H2 hold every loan id in scope in the program's heap (out of
 * memory at -Xmx256m under a broad filter of a 1M-loan file), where {@code EXISTS} looks each row's
 * loan up by its key; in a WHERE's conjunction PostgreSQL and DuckDB plan either as the same
 * semi-join (the backtest's actuals also test it inside conditional sums). Ages are compared with
 * birth-date limits worked out here in Java with the in-memory engine's own rule (completed years
 * on the last day of the as-of month), so no dialect's date arithmetic is involved and a birthday
 * on a month end falls as it does in memory.
 */
final class ScopeConditions {
  private ScopeConditions() {}

  /** The loans of the scope, as a condition on {@code loanId}; no condition for the whole book. */
  static Condition loans(Field<String> loanId, PushDownScope scope, int schemaVersion) {
    if (scope.allowed().isEmpty()) {
      return DSL.noCondition();
    }
    Loan l = LOAN.as("scope_loan");
    Borrower b = BORROWER.as("scope_borrower");
    return DSL.exists(
        DSL.selectOne()
            .from(l)
            .join(b)
            .on(b.BORROWER_ID.eq(l.BORROWER_ID))
            .where(l.LOAN_ID.eq(loanId))
            .and(filter(scope, schemaVersion, l, b)));
  }

  /**
   * The borrowers with at least one loan in the scope, as a condition on {@code borrowerId}; no
   * condition for the whole book. On H2 a correlated {@code EXISTS}, as {@link #loans}; elsewhere
   * {@code IN (subquery)}, uncorrelated: on Citus the outer table here is a reference table (fraud
   * cases) and the correlation not on the distribution column, which it would not push down, while
   * the {@code IN} list becomes an intermediate result on the server.
   */
  static Condition borrowers(
      Field<String> borrowerId, PushDownScope scope, int schemaVersion, SQLDialect dialect) {
    if (scope.allowed().isEmpty()) {
      return DSL.noCondition();
    }
    Loan l = LOAN.as("scope_loan");
    Borrower b = BORROWER.as("scope_borrower");
    SelectOnConditionStep<Record1<String>> loans =
        DSL.select(l.BORROWER_ID).from(l).join(b).on(b.BORROWER_ID.eq(l.BORROWER_ID));
    Condition filter = filter(scope, schemaVersion, l, b);
    return dialect.family() == SQLDialect.H2
        ? DSL.exists(loans.where(l.BORROWER_ID.eq(borrowerId)).and(filter))
        : borrowerId.in(loans.where(filter));
  }

  private static Condition filter(PushDownScope scope, int schemaVersion, Loan l, Borrower b) {
    List<Condition> all = new ArrayList<>();
    LocalDate end = scope.asOf().atEndOfMonth();
    for (Map.Entry<LoanAttribute, Set<String>> e : scope.allowed().entrySet()) {
      all.add(attribute(e.getKey(), e.getValue(), end, schemaVersion >= 2, l, b));
    }
    return DSL.and(all);
  }

  private static Condition attribute(
      LoanAttribute a,
      Set<String> values,
      LocalDate end,
      boolean optionalColumns,
      Loan l,
      Borrower b) {
    return switch (a) {
      case PRODUCT -> l.PRODUCT.in(values);
      case CHANNEL -> l.CHANNEL.in(values);
      case REGION -> b.REGION.in(values);
      case INDUSTRY -> b.INDUSTRY.in(values);
      case RISK_GRADE -> l.RISK_GRADE.in(values);
      case BORROWER_TYPE -> b.BORROWER_TYPE.in(values);
      case BORROWER -> l.BORROWER_ID.in(values);
      case FUNDING_PARTNER ->
          orNone(optionalColumns ? l.FUNDING_PARTNER : null, values, LoanAttribute.OWN);
      case GROUP -> orNone(optionalColumns ? b.GROUP_ID : null, values, LoanAttribute.NO_GROUP);
      case AGE_BAND -> ageBands(values, end, b.BIRTH_DATE);
    };
  }

  /**
   * A column whose NULL is the segment {@code none}; {@code column} is null for a version-1 file,
   * which lacks the column and so has every loan in {@code none}.
   */
  private static Condition orNone(Field<String> column, Set<String> values, String none) {
    if (column == null) {
      return values.contains(none) ? DSL.trueCondition() : DSL.falseCondition();
    }
    Condition in = column.in(values);
    return values.contains(none) ? in.or(column.isNull()) : in;
  }

  private static Condition ageBands(Set<String> values, LocalDate end, Field<LocalDate> birth) {
    LocalDate[] limit = new LocalDate[4];
    int[] years = {25, 35, 45, 55};
    for (int i = 0; i < years.length; i++) {
      limit[i] = latestBirthOfAge(years[i], end);
    }
    List<Condition> bands = new ArrayList<>();
    for (String v : values) {
      switch (v) {
        case "<25" -> bands.add(birth.gt(limit[0]));
        case "25-34" -> bands.add(birth.le(limit[0]).and(birth.gt(limit[1])));
        case "35-44" -> bands.add(birth.le(limit[1]).and(birth.gt(limit[2])));
        case "45-54" -> bands.add(birth.le(limit[2]).and(birth.gt(limit[3])));
        case "55+" -> bands.add(birth.le(limit[3]));
        case "unknown" -> bands.add(birth.isNull());
        default -> {
          // not a band: selects no borrower, as in memory
        }
      }
    }
    return bands.isEmpty() ? DSL.falseCondition() : DSL.or(bands);
  }

  /** The age band of a borrower at {@code end}, as the in-memory engine labels it. */
  static Field<String> ageBand(LocalDate end) {
    Field<LocalDate> birth = BORROWER.BIRTH_DATE;
    List<String> bands = LoanAttribute.AGE_BANDS;
    return DSL.when(birth.isNull(), DSL.inline(bands.get(5)))
        .when(birth.gt(DSL.inline(latestBirthOfAge(25, end))), DSL.inline(bands.get(0)))
        .when(birth.gt(DSL.inline(latestBirthOfAge(35, end))), DSL.inline(bands.get(1)))
        .when(birth.gt(DSL.inline(latestBirthOfAge(45, end))), DSL.inline(bands.get(2)))
        .when(birth.gt(DSL.inline(latestBirthOfAge(55, end))), DSL.inline(bands.get(3)))
        .otherwise(DSL.inline(bands.get(4)));
  }

  /** The segment key of a loan for {@code a}: the columns the in-memory dimension reads. */
  static Field<String> segmentKey(LoanAttribute a, LocalDate end, boolean optionalColumns) {
    return switch (a) {
      case PRODUCT -> LOAN.PRODUCT;
      case CHANNEL -> LOAN.CHANNEL;
      case REGION -> BORROWER.REGION;
      case INDUSTRY -> BORROWER.INDUSTRY;
      case RISK_GRADE -> LOAN.RISK_GRADE;
      case BORROWER_TYPE -> BORROWER.BORROWER_TYPE;
      case BORROWER -> LOAN.BORROWER_ID;
      case FUNDING_PARTNER ->
          optionalColumns
              ? DSL.coalesce(LOAN.FUNDING_PARTNER, DSL.inline(LoanAttribute.OWN))
              : DSL.inline(LoanAttribute.OWN);
      case GROUP ->
          optionalColumns
              ? DSL.coalesce(BORROWER.GROUP_ID, DSL.inline(LoanAttribute.NO_GROUP))
              : DSL.inline(LoanAttribute.NO_GROUP);
      case AGE_BAND -> ageBand(end);
    };
  }

  /**
   * The latest birth date of someone at least {@code years} old (completed years, as {@link
   * Period#between} counts them) on {@code end}: a person born on or before it has that age.
   */
  static LocalDate latestBirthOfAge(int years, LocalDate end) {
    return LoanAttribute.latestBirthOfAge(years, end);
  }
}
