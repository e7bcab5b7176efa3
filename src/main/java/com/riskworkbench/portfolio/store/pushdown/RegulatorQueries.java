package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.db.tables.LoanMonth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The regulator's views inside the database (docs/decisions/0008-push-down.md): the migration
 * matrix and the NPL walk. Both compare a loan's rows at two months by a self-join of {@code
 * loan_month} on {@code loan_id} (answered from the primary key, row by row), and group by small
 * keys: category × state, month × component.
 */
final class RegulatorQueries {
  /** The states after the five categories, numbered as {@link MigrationCell} says. */
  private static final int PAID_OFF = 5;

  private static final int CHARGED_OFF = 6;
  private static final int MISSING = 7;

  /** The NPL-walk components a month's move from an NPL row falls into ({@link NplFlow} order). */
  private static final int UPGRADED = 1;

  private static final int COLLECTED = 2;
  private static final int WRITTEN_OFF = 3;
  private static final int LEFT_DATA = 4;
  private static final int OTHER = 5;
  private static final int UNCHANGED = -1;

  private final DSLContext db;
  private final int schemaVersion;

  RegulatorQueries(DSLContext db, int schemaVersion) {
    this.db = db;
    this.schemaVersion = schemaVersion;
  }

  /**
   * The scope's loans ACTIVE at {@code start} ({@code s}) joined to their latest row up to {@code
   * end} ({@code e}: a row between the two months with no later row of the same loan up to the end,
   * an anti-join on the key), grouped by the category at the start and the state at the end.
   */
  List<MigrationCell> migration(
      PushDownScope scope, int[] categoryEdges, YearMonth start, YearMonth end) {
    Followed f = followed(scope, categoryEdges, start, end);
    Field<BigDecimal> zero = DSL.inline(BigDecimal.ZERO);
    List<MigrationCell> cells = new ArrayList<>();
    for (Record r :
        db.select(
                f.from(),
                f.to(),
                DSL.count(),
                DSL.sum(f.s().BALANCE),
                DSL.sum(DSL.when(f.activeAtEnd(), f.e().BALANCE).otherwise(zero)),
                DSL.sum(
                    DSL.when(f.activeAtEnd(), DSL.least(f.s().BALANCE, f.e().BALANCE))
                        .otherwise(zero)))
            .from(f.rows())
            .where(f.condition())
            .groupBy(f.from(), f.to())
            .fetch()) {
      cells.add(
          new MigrationCell(
              r.get(0, Integer.class),
              r.get(1, Integer.class),
              r.get(2, Long.class),
              Money.toCents(r.get(3, BigDecimal.class)),
              Money.toCents(r.get(4, BigDecimal.class)),
              Money.toCents(r.get(5, BigDecimal.class))));
    }
    return cells;
  }

  /** One page of the loan ids of a migration cell, after {@code after}, by loan id. */
  List<String> migrationPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth start,
      YearMonth end,
      int[] from,
      int[] to,
      Optional<String> after,
      int limit) {
    Followed f = followed(scope, categoryEdges, start, end);
    Condition cell = f.condition().and(f.from().in(inline(from))).and(f.to().in(inline(to)));
    if (after.isPresent()) {
      cell = cell.and(f.s().LOAN_ID.gt(after.get()));
    }
    return db.select(f.s().LOAN_ID)
        .from(f.rows())
        .where(cell)
        .orderBy(f.s().LOAN_ID)
        .limit(limit)
        .fetch(0, String.class);
  }

  private static List<Field<Integer>> inline(int[] values) {
    return java.util.Arrays.stream(values).<Field<Integer>>mapToObj(DSL::inline).toList();
  }

  /**
   * The scope's loans ACTIVE at the start ({@code s}) joined to their latest row up to the end
   * ({@code e}: a row between the two months with no later row of the same loan up to the end, an
   * anti-join on the key); the category at the start and the state at the end as CASE expressions.
   */
  private record Followed(
      org.jooq.Table<?> rows,
      Condition condition,
      LoanMonth s,
      LoanMonth e,
      Field<Integer> from,
      Field<Integer> to,
      Condition activeAtEnd) {}

  private Followed followed(
      PushDownScope scope, int[] categoryEdges, YearMonth start, YearMonth end) {
    LoanMonth s = LOAN_MONTH.as("s");
    LoanMonth e = LOAN_MONTH.as("e");
    LoanMonth x = LOAN_MONTH.as("x");
    LocalDate last = end.atDay(1);
    Field<Integer> to =
        DSL.when(e.STATUS.eq(DSL.inline("PAID_OFF")), DSL.inline(PAID_OFF))
            .when(e.STATUS.eq(DSL.inline("CHARGED_OFF")), DSL.inline(CHARGED_OFF))
            .when(e.MONTH.eq(DSL.inline(last)), category(e, categoryEdges))
            .otherwise(DSL.inline(MISSING));
    Condition condition =
        s.MONTH
            .eq(DSL.inline(start.atDay(1)))
            .and(s.STATUS.eq(DSL.inline("ACTIVE")))
            .and(ScopeConditions.loans(s.LOAN_ID, scope, schemaVersion))
            .andNotExists(
                DSL.selectOne()
                    .from(x)
                    .where(x.LOAN_ID.eq(e.LOAN_ID))
                    .and(x.MONTH.gt(e.MONTH))
                    .and(x.MONTH.le(DSL.inline(last))));
    return new Followed(
        s.join(e)
            .on(e.LOAN_ID.eq(s.LOAN_ID))
            .and(e.MONTH.between(DSL.inline(start.atDay(1)), DSL.inline(last))),
        condition,
        s,
        e,
        category(s, categoryEdges),
        to,
        e.STATUS.eq(DSL.inline("ACTIVE")).and(e.MONTH.eq(DSL.inline(last))));
  }

  /** The scope's non-performing ACTIVE rows per month from {@code first} to {@code last}. */
  List<NplBalance> nplBalances(
      PushDownScope scope, int specialMentionMax, YearMonth first, YearMonth last) {
    List<NplBalance> out = new ArrayList<>();
    for (Record r :
        db.select(LOAN_MONTH.MONTH, DSL.count(), DSL.sum(LOAN_MONTH.BALANCE))
            .from(LOAN_MONTH)
            .where(LOAN_MONTH.MONTH.between(DSL.inline(first.atDay(1)), DSL.inline(last.atDay(1))))
            .and(npl(LOAN_MONTH, specialMentionMax))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion))
            .groupBy(LOAN_MONTH.MONTH)
            .fetch()) {
      out.add(
          new NplBalance(
              YearMonth.from(r.get(0, LocalDate.class)),
              r.get(1, Long.class),
              Money.toCents(r.get(2, BigDecimal.class))));
    }
    return out;
  }

  /**
   * Two self-joins: each NPL row at t joined to the same loan's row at t+1 (what it became: the
   * outflows and the rise), and each NPL row at t+1 joined to its row at t (new when that row is
   * absent or not NPL); merged per month t+1.
   */
  List<NplFlow> nplFlows(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    Map<YearMonth, long[]> byNext = new TreeMap<>();
    for (YearMonth m = start.plusMonths(1); !m.isAfter(end); m = m.plusMonths(1)) {
      byNext.put(m, new long[OTHER + 1]);
    }
    Outflow o = outflow(scope, specialMentionMax, start, end);
    for (Record r :
        db.select(o.month(), o.component(), DSL.sum(o.amount()))
            .from(o.rows())
            .where(o.condition())
            .groupBy(o.month(), o.component())
            .fetch()) {
      int c = r.get(1, Integer.class);
      if (c != UNCHANGED) {
        byNext.get(YearMonth.from(r.get(0, LocalDate.class)).plusMonths(1))[c] =
            Money.toCents(r.get(2, BigDecimal.class));
      }
    }
    Inflow i = inflow(scope, specialMentionMax, start, end);
    for (Record r :
        db.select(i.month(), DSL.sum(i.balance()))
            .from(i.rows())
            .where(i.condition())
            .groupBy(i.month())
            .fetch()) {
      byNext.get(YearMonth.from(r.get(0, LocalDate.class)))[0] =
          Money.toCents(r.get(1, BigDecimal.class));
    }
    List<NplFlow> out = new ArrayList<>();
    byNext.forEach(
        (m, c) ->
            out.add(
                new NplFlow(
                    m, c[0], c[UPGRADED], c[COLLECTED], c[WRITTEN_OFF], c[LEFT_DATA], c[OTHER])));
    return out;
  }

  /** The same two joins, counting the distinct loans of each component over the whole period. */
  NplFlowLoans nplFlowLoans(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    long[] loans = new long[OTHER + 1];
    Outflow o = outflow(scope, specialMentionMax, start, end);
    for (Record r :
        db.select(o.component(), DSL.countDistinct(o.loanId()))
            .from(o.rows())
            .where(o.condition())
            .groupBy(o.component())
            .fetch()) {
      int c = r.get(0, Integer.class);
      if (c != UNCHANGED) {
        loans[c] = r.get(1, Long.class);
      }
    }
    Inflow i = inflow(scope, specialMentionMax, start, end);
    loans[0] =
        db.select(DSL.countDistinct(i.loanId()))
            .from(i.rows())
            .where(i.condition())
            .fetchOne(0, Long.class);
    return new NplFlowLoans(
        loans[0],
        loans[UPGRADED],
        loans[COLLECTED],
        loans[WRITTEN_OFF],
        loans[LEFT_DATA],
        loans[OTHER]);
  }

  /**
   * One page of the loan ids behind an NPL-walk component, after {@code after}, by loan id: for
   * opening and closing the NPL loans at the start and at the end, for the others every loan that
   * takes part in the component in some month (once).
   */
  List<String> nplWalkPage(
      PushDownScope scope,
      int specialMentionMax,
      YearMonth start,
      YearMonth end,
      NplComponent component,
      Optional<String> after,
      int limit) {
    Field<String> loanId;
    org.jooq.Table<?> rows;
    Condition condition;
    switch (component) {
      case OPENING, CLOSING -> {
        YearMonth month = component == NplComponent.OPENING ? start : end;
        loanId = LOAN_MONTH.LOAN_ID;
        rows = LOAN_MONTH;
        condition =
            LOAN_MONTH
                .MONTH
                .eq(DSL.inline(month.atDay(1)))
                .and(npl(LOAN_MONTH, specialMentionMax))
                .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion));
      }
      case NEW -> {
        Inflow i = inflow(scope, specialMentionMax, start, end);
        loanId = i.loanId();
        rows = i.rows();
        condition = i.condition();
      }
      default -> {
        Outflow o = outflow(scope, specialMentionMax, start, end);
        loanId = o.loanId();
        rows = o.rows();
        condition = o.condition().and(o.component().eq(DSL.inline(component.ordinal() - 1)));
      }
    }
    if (after.isPresent()) {
      condition = condition.and(loanId.gt(after.get()));
    }
    return db.selectDistinct(loanId)
        .from(rows)
        .where(condition)
        .orderBy(loanId)
        .limit(limit)
        .fetch(0, String.class);
  }

  /**
   * One page of the loan ids ACTIVE at {@code month} whose booked category is better than the
   * rule's by days past due ({@code categoryEdges} as for {@link #migration}), by loan id; none in
   * a version-1 book, which books no category.
   */
  List<String> underClassifiedPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth month,
      Optional<String> after,
      int limit) {
    if (schemaVersion < 2) {
      return List.of();
    }
    Condition condition =
        LOAN_MONTH
            .MONTH
            .eq(DSL.inline(month.atDay(1)))
            .and(LOAN_MONTH.STATUS.eq(DSL.inline("ACTIVE")))
            .and(LOAN_MONTH.FIVE_CATEGORY.isNotNull())
            .and(category(LOAN_MONTH, categoryEdges).lt(byDays(LOAN_MONTH, categoryEdges)))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion));
    if (after.isPresent()) {
      condition = condition.and(LOAN_MONTH.LOAN_ID.gt(after.get()));
    }
    return db.select(LOAN_MONTH.LOAN_ID)
        .from(LOAN_MONTH)
        .where(condition)
        .orderBy(LOAN_MONTH.LOAN_ID)
        .limit(limit)
        .fetch(0, String.class);
  }

  /** NPL rows at t (t from the start to the month before the end) and their row at t+1. */
  private record Outflow(
      org.jooq.Table<?> rows,
      Condition condition,
      Field<String> loanId,
      Field<LocalDate> month,
      Field<Integer> component,
      Field<BigDecimal> amount) {}

  private Outflow outflow(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    LoanMonth t = LOAN_MONTH.as("t");
    LoanMonth next = LOAN_MONTH.as("next");
    Condition nextNpl =
        next.STATUS
            .eq(DSL.inline("ACTIVE"))
            .and(nplFlag(next, specialMentionMax).eq(DSL.inline(1)));
    Field<Integer> component =
        DSL.when(next.LOAN_ID.isNull(), DSL.inline(LEFT_DATA))
            .when(next.STATUS.eq(DSL.inline("PAID_OFF")), DSL.inline(COLLECTED))
            .when(next.STATUS.eq(DSL.inline("CHARGED_OFF")), DSL.inline(WRITTEN_OFF))
            .when(nplFlag(next, specialMentionMax).eq(DSL.inline(0)), DSL.inline(UPGRADED))
            .when(next.BALANCE.gt(t.BALANCE), DSL.inline(OTHER))
            .when(next.BALANCE.lt(t.BALANCE), DSL.inline(COLLECTED))
            .otherwise(DSL.inline(UNCHANGED));
    // NPL at both months: the change of balance; otherwise the whole balance at t.
    Field<BigDecimal> amount =
        DSL.when(nextNpl, DSL.abs(next.BALANCE.minus(t.BALANCE))).otherwise(t.BALANCE);
    return new Outflow(
        t.leftJoin(next)
            .on(next.LOAN_ID.eq(t.LOAN_ID))
            .and(next.MONTH.eq(MonthShift.plusMonths(db, t.MONTH, 1))),
        t.MONTH
            .between(DSL.inline(start.atDay(1)), DSL.inline(end.minusMonths(1).atDay(1)))
            .and(npl(t, specialMentionMax))
            .and(ScopeConditions.loans(t.LOAN_ID, scope, schemaVersion)),
        t.LOAN_ID,
        t.MONTH,
        component,
        amount);
  }

  /** NPL rows at t+1 (from the month after the start to the end) whose row at t is not NPL. */
  private record Inflow(
      org.jooq.Table<?> rows,
      Condition condition,
      Field<String> loanId,
      Field<LocalDate> month,
      Field<BigDecimal> balance) {}

  private Inflow inflow(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    LoanMonth now = LOAN_MONTH.as("now");
    LoanMonth prev = LOAN_MONTH.as("prev");
    return new Inflow(
        now.leftJoin(prev)
            .on(prev.LOAN_ID.eq(now.LOAN_ID))
            .and(prev.MONTH.eq(MonthShift.plusMonths(db, now.MONTH, -1))),
        now.MONTH
            .between(DSL.inline(start.plusMonths(1).atDay(1)), DSL.inline(end.atDay(1)))
            .and(npl(now, specialMentionMax))
            .and(ScopeConditions.loans(now.LOAN_ID, scope, schemaVersion))
            .and(
                prev.LOAN_ID
                    .isNull()
                    .or(prev.STATUS.ne(DSL.inline("ACTIVE")))
                    .or(nplFlag(prev, specialMentionMax).eq(DSL.inline(0)))),
        now.LOAN_ID,
        now.MONTH,
        now.BALANCE);
  }

  /** An ACTIVE non-performing row. */
  private Condition npl(LoanMonth r, int specialMentionMax) {
    return r.STATUS.eq(DSL.inline("ACTIVE")).and(nplFlag(r, specialMentionMax).eq(DSL.inline(1)));
  }

  /**
   * 1 when a row's category is substandard or worse — the booked one where booked, else by days
   * past due above the rule's last special-mention day — and 0 otherwise: a CASE, never NULL, so
   * that its negation is two-valued.
   */
  private Field<Integer> nplFlag(LoanMonth r, int specialMentionMax) {
    Field<Integer> byDays =
        DSL.when(r.DAYS_PAST_DUE.gt(DSL.inline(specialMentionMax)), DSL.inline(1))
            .otherwise(DSL.inline(0));
    if (schemaVersion < 2) {
      return byDays;
    }
    return DSL.when(
            r.FIVE_CATEGORY.in(
                DSL.inline("SUBSTANDARD"), DSL.inline("DOUBTFUL"), DSL.inline("LOSS")),
            DSL.inline(1))
        .when(r.FIVE_CATEGORY.isNotNull(), DSL.inline(0))
        .otherwise(byDays);
  }

  /**
   * A row's category as an ordinal (0 NORMAL … 4 LOSS): the booked one where booked, else by days
   * past due with {@code edges} = the rule's last special-mention, substandard and doubtful days.
   */
  private Field<Integer> category(LoanMonth r, int[] edges) {
    return category(r, edges, schemaVersion);
  }

  /**
   * A row's category as an ordinal: the booked one where booked, else the rule's by days past due;
   * a version-1 book books none.
   */
  static Field<Integer> category(LoanMonth r, int[] edges, int schemaVersion) {
    if (schemaVersion < 2) {
      return byDays(r, edges);
    }
    BookedCategory[] booked = BookedCategory.values();
    CaseConditionStep<Integer> c =
        DSL.when(r.FIVE_CATEGORY.eq(DSL.inline(booked[0].name())), DSL.inline(0));
    for (int i = 1; i < booked.length; i++) {
      c = c.when(r.FIVE_CATEGORY.eq(DSL.inline(booked[i].name())), DSL.inline(i));
    }
    return c.otherwise(byDays(r, edges));
  }

  /** The rule's category by days past due alone, as an ordinal. */
  static Field<Integer> byDays(LoanMonth r, int[] edges) {
    CaseConditionStep<Integer> c = DSL.when(r.DAYS_PAST_DUE.le(DSL.inline(0)), DSL.inline(0));
    for (int i = 0; i < edges.length; i++) {
      c = c.when(r.DAYS_PAST_DUE.le(DSL.inline(edges[i])), DSL.inline(i + 1));
    }
    return c.otherwise(DSL.inline(edges.length + 1));
  }
}
