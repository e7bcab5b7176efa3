package com.riskworkbench.portfolio.store.pushdown;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;

import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.db.tables.LoanMonth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The loans behind a figure of a book left in its database, a page at a time: the ids of one page
 * (keyset pagination by loan id, so a deep page costs what the first does), each loan's line at the
 * figure's month and one loan's months. Only a page of rows ever reaches the analyst's machine.
 */
public final class LoanPages {
  /**
   * What a loan's row at the month must be for the loan to be behind the figure: ACTIVE, and more,
   * except for {@link AnyRow}.
   */
  public sealed interface RowTest {
    /** Every ACTIVE row. */
    record Active() implements RowTest {}

    /** Every row at the month, whatever its status (a month's loan rows). */
    record AnyRow() implements RowTest {}

    /** Rows at least {@code days} past due (PAR30: 30). */
    record PastDue(int days) implements RowTest {}

    /**
     * Rows in the category of ordinal {@code ordinal} (normal 0 to loss 4): the booked one where
     * booked, else by days past due against {@code edges}, the rule's last special-mention,
     * substandard and doubtful days.
     */
    record Category(int ordinal, List<Integer> edges) implements RowTest {}

    /** Non-performing rows: substandard or worse, as {@link Category} decides it. */
    record NonPerforming(List<Integer> edges) implements RowTest {}

    /**
     * Rows in impairment stage {@code stage} (1, 2 or 3): stage 3 more than {@code stage3Dpd} days
     * past due or non-performing, stage 2 (when not 3) more than {@code stage2Dpd} days past due or
     * special mention, stage 1 the rest; the category as {@link Category} decides it.
     */
    record Stage(int stage, int stage2Dpd, int stage3Dpd, List<Integer> edges) implements RowTest {}

    /**
     * Rows booked in category of ordinal {@code booked} whose days past due alone put them in the
     * category of ordinal {@code byRule} under the rule of {@code edges} (none in a book that books
     * no category).
     */
    record Booked(int booked, int byRule, List<Integer> edges) implements RowTest {}
  }

  /**
   * A loan at a month; {@code status} is its row's there, or the status of its last row before when
   * that ended the loan (paid off, charged off), else empty; balance and days past due are zero
   * without a row at the month.
   */
  public record Line(
      String loanId,
      String borrowerId,
      String product,
      String channel,
      String riskGrade,
      LocalDate originated,
      long principalCents,
      double interestRate,
      Optional<String> status,
      long balanceCents,
      int daysPastDue) {}

  /** One month end of a loan. */
  public record MonthRow(
      YearMonth month,
      long balanceCents,
      int daysPastDue,
      String status,
      long chargeOffCents,
      long recoveryCents) {}

  private final DSLContext db;
  private final int schemaVersion;

  public LoanPages(PushDownQueries queries) {
    this.db = queries.db();
    this.schemaVersion = queries.schemaVersion();
  }

  /**
   * One page of the scope's loans whose row at {@code month} passes {@code test}: at most {@code
   * limit} ids after {@code after} (the last id of the previous page; empty for the first), by loan
   * id.
   */
  public List<String> active(
      PushDownScope scope, YearMonth month, RowTest test, Optional<String> after, int limit) {
    Condition where =
        LOAN_MONTH
            .MONTH
            .eq(DSL.inline(month.atDay(1)))
            .and(
                test instanceof RowTest.AnyRow
                    ? DSL.noCondition()
                    : LOAN_MONTH.STATUS.eq(DSL.inline("ACTIVE")))
            .and(condition(LOAN_MONTH, test))
            .and(ScopeConditions.loans(LOAN_MONTH.LOAN_ID, scope, schemaVersion));
    if (after.isPresent()) {
      where = where.and(LOAN_MONTH.LOAN_ID.gt(after.get()));
    }
    return db.select(LOAN_MONTH.LOAN_ID)
        .from(LOAN_MONTH)
        .where(where)
        .orderBy(LOAN_MONTH.LOAN_ID)
        .limit(limit)
        .fetch(0, String.class);
  }

  /**
   * One page of the scope's loans originated in one of {@code originMonths}, by loan id after
   * {@code after}: every one, or with {@code scored} those whose borrower has a credit score above
   * {@code above} (when given) and at most {@code atMost} (when given) — a scorecard cohort, or a
   * score decile of it.
   */
  public List<String> originated(
      PushDownScope scope,
      List<YearMonth> originMonths,
      boolean scored,
      Optional<Integer> above,
      Optional<Integer> atMost,
      Optional<String> after,
      int limit) {
    if (originMonths.isEmpty()) {
      return List.of();
    }
    Condition where =
        (scored ? BORROWER.CREDIT_SCORE.isNotNull() : DSL.noCondition())
            .and(
                DSL.or(
                    originMonths.stream()
                        .map(
                            m ->
                                LOAN.ORIGINATION_DATE.between(
                                    DSL.inline(m.atDay(1)), DSL.inline(m.atEndOfMonth())))
                        .toList()))
            .and(ScopeConditions.loans(LOAN.LOAN_ID, scope, schemaVersion));
    if (above.isPresent()) {
      where = where.and(BORROWER.CREDIT_SCORE.gt(DSL.inline(above.get())));
    }
    if (atMost.isPresent()) {
      where = where.and(BORROWER.CREDIT_SCORE.le(DSL.inline(atMost.get())));
    }
    if (after.isPresent()) {
      where = where.and(LOAN.LOAN_ID.gt(after.get()));
    }
    Table<?> from =
        scored ? LOAN.join(BORROWER).on(BORROWER.BORROWER_ID.eq(LOAN.BORROWER_ID)) : LOAN;
    return db.select(LOAN.LOAN_ID)
        .from(from)
        .where(where)
        .orderBy(LOAN.LOAN_ID)
        .limit(limit)
        .fetch(0, String.class);
  }

  /**
   * One page of the scope's loans a data-quality check finds at {@code asOf} (the missing
   * transitions over the months from {@code firstNext}), by loan id after {@code after}.
   */
  public List<String> check(
      PushDownScope scope,
      YearMonth asOf,
      Optional<YearMonth> firstNext,
      HistoryCheck check,
      Optional<String> after,
      int limit) {
    return new DataQualityQueries(db, schemaVersion)
        .checkPage(scope, asOf, firstNext, check, after, limit);
  }

  /**
   * The first {@code limit} of {@code candidates}, in their order, that the database holds as loans
   * (asked in chunks, so a long list costs as many short queries as it takes).
   */
  public List<String> existing(List<String> candidates, int limit) {
    List<String> out = new ArrayList<>();
    int chunk = Math.max(limit, 500);
    for (int from = 0; from < candidates.size() && out.size() < limit; from += chunk) {
      List<String> ids = candidates.subList(from, Math.min(candidates.size(), from + chunk));
      java.util.Set<String> held =
          new java.util.HashSet<>(
              db.select(LOAN.LOAN_ID)
                  .from(LOAN)
                  .where(LOAN.LOAN_ID.in(ids))
                  .fetch(0, String.class));
      for (String id : ids) {
        if (held.contains(id) && out.size() < limit) {
          out.add(id);
        }
      }
    }
    return out;
  }

  private Condition condition(LoanMonth r, RowTest test) {
    if (test instanceof RowTest.PastDue p) {
      return r.DAYS_PAST_DUE.ge(DSL.inline(p.days()));
    }
    if (test instanceof RowTest.Category c) {
      return RegulatorQueries.category(r, ints(c.edges()), schemaVersion)
          .eq(DSL.inline(c.ordinal()));
    }
    if (test instanceof RowTest.NonPerforming n) {
      return RegulatorQueries.category(r, ints(n.edges()), schemaVersion).ge(DSL.inline(2));
    }
    if (test instanceof RowTest.Stage st) {
      Field<Integer> category = RegulatorQueries.category(r, ints(st.edges()), schemaVersion);
      Condition three =
          r.DAYS_PAST_DUE.gt(DSL.inline(st.stage3Dpd())).or(category.ge(DSL.inline(2)));
      Condition two = r.DAYS_PAST_DUE.gt(DSL.inline(st.stage2Dpd())).or(category.eq(DSL.inline(1)));
      return switch (st.stage()) {
        case 3 -> three;
        case 2 -> DSL.not(three).and(two);
        default -> DSL.not(three).and(DSL.not(two));
      };
    }
    if (test instanceof RowTest.Booked b) {
      if (schemaVersion < 2) {
        return DSL.falseCondition();
      }
      return r.FIVE_CATEGORY
          .eq(DSL.inline(BookedCategory.values()[b.booked()].name()))
          .and(RegulatorQueries.byDays(r, ints(b.edges())).eq(DSL.inline(b.byRule())));
    }
    return DSL.noCondition(); // every ACTIVE row, or every row
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The lines of the loans {@code ids} at {@code month}, in the order of {@code ids}. */
  public List<Line> lines(List<String> ids, YearMonth month) {
    if (ids.isEmpty()) {
      return List.of();
    }
    LocalDate first = month.atDay(1);
    Map<String, Record> rowAt = new HashMap<>();
    for (Record r :
        db.select(
                LOAN_MONTH.LOAN_ID, LOAN_MONTH.STATUS, LOAN_MONTH.BALANCE, LOAN_MONTH.DAYS_PAST_DUE)
            .from(LOAN_MONTH)
            .where(LOAN_MONTH.LOAN_ID.in(ids))
            .and(LOAN_MONTH.MONTH.eq(DSL.inline(first)))
            .fetch()) {
      rowAt.put(r.get(LOAN_MONTH.LOAN_ID), r);
    }
    Map<String, String> endedBefore = endedBefore(ids, rowAt, first);
    List<Line> out = new ArrayList<>();
    Map<String, Record> loans = new HashMap<>();
    for (Record r :
        db.select(
                LOAN.LOAN_ID,
                LOAN.BORROWER_ID,
                LOAN.PRODUCT,
                LOAN.CHANNEL,
                LOAN.RISK_GRADE,
                LOAN.ORIGINATION_DATE,
                LOAN.PRINCIPAL,
                LOAN.INTEREST_RATE)
            .from(LOAN)
            .where(LOAN.LOAN_ID.in(ids))
            .fetch()) {
      loans.put(r.get(LOAN.LOAN_ID), r);
    }
    for (String id : ids) {
      Record l = loans.get(id);
      if (l == null) {
        continue; // gone since the page was read: a database can change between two queries
      }
      Record row = rowAt.get(id);
      out.add(
          new Line(
              id,
              l.get(LOAN.BORROWER_ID),
              l.get(LOAN.PRODUCT),
              l.get(LOAN.CHANNEL),
              l.get(LOAN.RISK_GRADE),
              l.get(LOAN.ORIGINATION_DATE),
              Money.toCents(l.get(LOAN.PRINCIPAL)),
              l.get(LOAN.INTEREST_RATE).doubleValue(),
              row != null
                  ? Optional.of(row.get(LOAN_MONTH.STATUS))
                  : Optional.ofNullable(endedBefore.get(id)),
              row == null ? 0 : Money.toCents(row.get(LOAN_MONTH.BALANCE)),
              row == null ? 0 : row.get(LOAN_MONTH.DAYS_PAST_DUE)));
    }
    return out;
  }

  /** For the loans without a row at the month: the status of their last row before, if ended. */
  private Map<String, String> endedBefore(
      List<String> ids, Map<String, Record> rowAt, LocalDate first) {
    List<String> without = ids.stream().filter(id -> !rowAt.containsKey(id)).toList();
    Map<String, String> out = new HashMap<>();
    if (without.isEmpty()) {
      return out;
    }
    LoanMonth later = LOAN_MONTH.as("later");
    for (Record r :
        db.select(LOAN_MONTH.LOAN_ID, LOAN_MONTH.STATUS)
            .from(LOAN_MONTH)
            .where(LOAN_MONTH.LOAN_ID.in(without))
            .and(LOAN_MONTH.MONTH.lt(DSL.inline(first)))
            .andNotExists(
                DSL.selectOne()
                    .from(later)
                    .where(later.LOAN_ID.eq(LOAN_MONTH.LOAN_ID))
                    .and(later.MONTH.gt(LOAN_MONTH.MONTH))
                    .and(later.MONTH.lt(DSL.inline(first))))
            .fetch()) {
      String status = r.get(LOAN_MONTH.STATUS);
      if (!status.equals("ACTIVE")) {
        out.put(r.get(LOAN_MONTH.LOAN_ID), status);
      }
    }
    return out;
  }

  /**
   * The distinct values of {@code attribute} in the book (loans' or borrowers'), without the rows
   * that have none, in no particular order: the choices of a filter. Empty for the partner and
   * group of a version-1 book, which has neither column.
   */
  public List<String> values(LoanAttribute attribute) {
    boolean optional = schemaVersion >= 2;
    Field<String> column =
        switch (attribute) {
          case PRODUCT -> LOAN.PRODUCT;
          case CHANNEL -> LOAN.CHANNEL;
          case RISK_GRADE -> LOAN.RISK_GRADE;
          case REGION -> BORROWER.REGION;
          case INDUSTRY -> BORROWER.INDUSTRY;
          case FUNDING_PARTNER -> optional ? LOAN.FUNDING_PARTNER : null;
          case GROUP -> optional ? BORROWER.GROUP_ID : null;
          default -> throw new IllegalArgumentException("no values listed for " + attribute);
        };
    if (column == null) {
      return List.of();
    }
    boolean ofLoan =
        switch (attribute) {
          case PRODUCT, CHANNEL, RISK_GRADE, FUNDING_PARTNER -> true;
          default -> false;
        };
    return db.selectDistinct(column)
        .from(ofLoan ? LOAN : BORROWER)
        .where(column.isNotNull())
        .fetch(0, String.class);
  }

  /** Every month end of loan {@code loanId}, oldest first; empty for an unknown loan. */
  public List<MonthRow> history(String loanId) {
    List<MonthRow> out = new ArrayList<>();
    for (Record r :
        db.select(
                LOAN_MONTH.MONTH,
                LOAN_MONTH.BALANCE,
                LOAN_MONTH.DAYS_PAST_DUE,
                LOAN_MONTH.STATUS,
                LOAN_MONTH.CHARGE_OFF_AMOUNT,
                LOAN_MONTH.RECOVERY_AMOUNT)
            .from(LOAN_MONTH)
            .where(LOAN_MONTH.LOAN_ID.eq(loanId))
            .orderBy(LOAN_MONTH.MONTH)
            .fetch()) {
      out.add(
          new MonthRow(
              YearMonth.from(r.get(LOAN_MONTH.MONTH)),
              Money.toCents(r.get(LOAN_MONTH.BALANCE)),
              r.get(LOAN_MONTH.DAYS_PAST_DUE),
              r.get(LOAN_MONTH.STATUS),
              cents(r.get(LOAN_MONTH.CHARGE_OFF_AMOUNT)),
              cents(r.get(LOAN_MONTH.RECOVERY_AMOUNT))));
    }
    return out;
  }

  private static long cents(BigDecimal amount) {
    return amount == null ? 0 : Money.toCents(amount);
  }
}
