package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.WindowSpecification;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Analyses' scans run inside the database (docs/decisions/0008-push-down.md): each method is one
 * query built with jOOQ's DSL over the generated tables, renders for H2, PostgreSQL and DuckDB, and
 * returns small aggregates — counts and cent sums per key — or one page of the loans behind a
 * figure, never the book. Amounts are summed as DECIMAL and come back as exact cents.
 */
public final class PushDownQueries {
  private final DSLContext db;
  private final int schemaVersion;

  public PushDownQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  /**
   * The roll-rate cells: month-to-month transitions of the scope's loans ACTIVE at month t, for
   * every t+1 from {@code firstNext} to {@code lastNext}. From-states are the buckets of {@code
   * bucketEdges} (0 = CURRENT, up to {@code edges.length}); to-states are the buckets, then {@code
   * edges.length + 1} PAID_OFF, {@code + 2} CHARGED_OFF and {@code + 3} MISSING (no row at t+1).
   * Empty cells are left out.
   */
  public List<TransitionCount> transitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext) {
    Moves m = moves(scope, bucketEdges, firstNext, lastNext);
    // Per loan first, grouped by the distribution key (a worker's whole job on Citus), then the
    // small per-loan counts merge into the cells.
    Field<Integer> n = DSL.count().as("n");
    Field<BigDecimal> balance = DSL.sum(m.balance()).as("balance_sum");
    Table<?> perLoan =
        db.select(m.loanId(), m.from(), m.to(), n, balance)
            .from(m.rows())
            .groupBy(m.loanId(), m.from(), m.to())
            .asTable("per_loan");
    Field<Integer> from = perLoan.field(m.from());
    Field<Integer> to = perLoan.field(m.to());
    List<TransitionCount> cells = new ArrayList<>();
    for (Record r :
        db.select(from, to, DSL.sum(perLoan.field(n)), DSL.sum(perLoan.field(balance)), DSL.count())
            .from(perLoan)
            .groupBy(from, to)
            .fetch()) {
      cells.add(
          new TransitionCount(
              r.get(0, Integer.class),
              r.get(1, Integer.class),
              r.get(2, BigDecimal.class).longValueExact(),
              Money.toCents(r.get(3, BigDecimal.class)),
              r.get(4, Long.class)));
    }
    return cells;
  }

  /**
   * One page of the transitions behind a roll-rate cell, ordered by loan id then month t, starting
   * after {@code after} (keyset pagination: each page is one indexed range, however deep).
   */
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
    Condition cell = m.from().eq(from).and(m.to().eq(to));
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

  /**
   * The transitions of the window as a derived table: loan, month t, balance at t, from-bucket and
   * to-state, worked out from each row's next row by LEAD over the loan's months.
   */
  private record Moves(
      Table<?> rows,
      Field<String> loanId,
      Field<LocalDate> month,
      Field<BigDecimal> balance,
      Field<Integer> from,
      Field<Integer> to) {}

  private Moves moves(PushDownScope scope, int[] edges, YearMonth firstNext, YearMonth lastNext) {
    LocalDate firstT = firstNext.minusMonths(1).atDay(1);
    LocalDate lastT = lastNext.minusMonths(1).atDay(1);
    WindowSpecification byLoan = DSL.partitionBy(LOAN_MONTH.LOAN_ID).orderBy(LOAN_MONTH.MONTH);
    // Rows from t = firstT to t+1 = lastNext are enough: a row's next row inside that range is its
    // next row in the book whenever that is the following month, which is all a transition needs.
    Table<?> rows =
        db.select(
                LOAN_MONTH.LOAN_ID.as("loan_id"),
                LOAN_MONTH.MONTH.as("month"),
                LOAN_MONTH.BALANCE.as("balance"),
                LOAN_MONTH.DAYS_PAST_DUE.as("dpd"),
                LOAN_MONTH.STATUS.as("status"),
                DSL.lead(LOAN_MONTH.MONTH).over(byLoan).as("next_month"),
                DSL.lead(LOAN_MONTH.DAYS_PAST_DUE).over(byLoan).as("next_dpd"),
                DSL.lead(LOAN_MONTH.STATUS).over(byLoan).as("next_status"))
            .from(LOAN_MONTH)
            .where(LOAN_MONTH.MONTH.between(firstT, lastNext.atDay(1)))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion))
            .asTable("window_rows");
    Field<LocalDate> month = rows.field("month", LocalDate.class);
    Field<LocalDate> nextMonth = rows.field("next_month", LocalDate.class);
    Field<String> nextStatus = rows.field("next_status", String.class);
    int paidOff = edges.length + 1;
    Field<Integer> to =
        DSL.when(
                nextMonth.isNull().or(ordinal(nextMonth).ne(ordinal(month).plus(DSL.inline(1)))),
                DSL.inline(paidOff + 2))
            .when(
                nextStatus.eq(DSL.inline("ACTIVE")),
                bucket(rows.field("next_dpd", Integer.class), edges))
            .when(nextStatus.eq(DSL.inline("PAID_OFF")), DSL.inline(paidOff))
            .otherwise(DSL.inline(paidOff + 1));
    // The states in a derived table of their own, so that the queries group by plain columns.
    Table<?> moves =
        db.select(
                rows.field("loan_id", String.class),
                month,
                rows.field("balance", BigDecimal.class),
                bucket(rows.field("dpd", Integer.class), edges).as("from_state"),
                to.as("to_state"))
            .from(rows)
            .where(rows.field("status", String.class).eq(DSL.inline("ACTIVE")))
            .and(month.between(DSL.inline(firstT), DSL.inline(lastT)))
            .asTable("moves");
    return new Moves(
        moves,
        moves.field("loan_id", String.class),
        moves.field("month", LocalDate.class),
        moves.field("balance", BigDecimal.class),
        moves.field("from_state", Integer.class),
        moves.field("to_state", Integer.class));
  }

  /** The bucket of a days-past-due value: 0 below the first edge, then one per edge passed. */
  private static Field<Integer> bucket(Field<Integer> dpd, int[] edges) {
    CaseConditionStep<Integer> c = DSL.when(dpd.lt(DSL.inline(edges[0])), DSL.inline(0));
    for (int i = 1; i < edges.length; i++) {
      c = c.when(dpd.lt(DSL.inline(edges[i])), DSL.inline(i));
    }
    return c.otherwise(DSL.inline(edges.length));
  }

  /** A month as a count of months, year × 12 + month: portable integer arithmetic on dates. */
  private static Field<Integer> ordinal(Field<LocalDate> month) {
    return DSL.year(month).mul(DSL.inline(12)).plus(DSL.month(month)).cast(SQLDataType.INTEGER);
  }
}
