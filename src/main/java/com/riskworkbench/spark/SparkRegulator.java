package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.store.pushdown.MigrationCell;
import com.riskworkbench.portfolio.store.pushdown.NplBalance;
import com.riskworkbench.portfolio.store.pushdown.NplComponent;
import com.riskworkbench.portfolio.store.pushdown.NplFlow;
import com.riskworkbench.portfolio.store.pushdown.NplFlowLoans;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The regulator's views as Spark plans (the migration matrix, the NPL walk, the classification
 * checks' drill page), the same scans as {@code RegulatorQueries}: a loan's rows at two months
 * compared by a join on loan id, grouped by small keys (category × state, month × component).
 */
final class SparkRegulator {
  private static final String ACTIVE = SparkRows.ACTIVE;

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

  private final SparkBook book;

  SparkRegulator(SparkBook book) {
    this.book = book;
  }

  /** See {@code Aggregates.migration}. */
  List<MigrationCell> migration(
      PushDownScope scope, int[] categoryEdges, YearMonth start, YearMonth end) {
    Column activeAtEnd =
        col("e_status").equalTo(ACTIVE).and(col("e_month").equalTo(lit(end.atDay(1))));
    Column zero = lit(BigDecimal.ZERO).cast(DataTypes.createDecimalType(18, 2));
    List<MigrationCell> cells = new ArrayList<>();
    for (Row r :
        followed(scope, categoryEdges, start, end)
            .groupBy(col("from_state"), col("to_state"))
            .agg(
                count(lit(1)),
                sum(col("s_balance")),
                sum(when(activeAtEnd, col("e_balance")).otherwise(zero)),
                sum(when(activeAtEnd, least(col("s_balance"), col("e_balance"))).otherwise(zero)))
            .collectAsList()) {
      cells.add(
          new MigrationCell(
              r.getInt(0),
              r.getInt(1),
              r.getLong(2),
              SparkRows.cents(r, 3),
              SparkRows.cents(r, 4),
              SparkRows.cents(r, 5)));
    }
    return cells;
  }

  /** See {@code Aggregates.migrationPage}. */
  List<String> migrationPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth start,
      YearMonth end,
      int[] from,
      int[] to,
      Optional<String> after,
      int limit) {
    Dataset<Row> cell =
        followed(scope, categoryEdges, start, end)
            .where(col("from_state").isin(boxed(from)).and(col("to_state").isin(boxed(to))));
    return page(cell, "s_loan_id", after, limit);
  }

  private static Object[] boxed(int[] values) {
    return java.util.Arrays.stream(values).boxed().toArray();
  }

  /**
   * The scope's loans ACTIVE at the start ({@code s_}) joined to their latest row up to the end
   * ({@code e_}: the row of the latest month between the two, per loan), with the category at the
   * start ({@code from_state}) and the state at the end ({@code to_state}).
   */
  private Dataset<Row> followed(
      PushDownScope scope, int[] categoryEdges, YearMonth start, YearMonth end) {
    Dataset<Row> s =
        SparkScope.restrict(
            prefixed(
                book.loanMonth()
                    .where(col("month").equalTo(lit(start.atDay(1))))
                    .where(col("status").equalTo(ACTIVE)),
                "s_"),
            "s_loan_id",
            scope,
            book);
    Dataset<Row> e =
        prefixed(
                book.loanMonth()
                    .where(col("month").between(lit(start.atDay(1)), lit(end.atDay(1)))),
                "e_")
            .withColumn("e_latest", max(col("e_month")).over(Window.partitionBy(col("e_loan_id"))))
            .where(col("e_month").equalTo(col("e_latest")));
    Column to =
        when(col("e_status").equalTo("PAID_OFF"), lit(PAID_OFF))
            .when(col("e_status").equalTo("CHARGED_OFF"), lit(CHARGED_OFF))
            .when(col("e_month").equalTo(lit(end.atDay(1))), category("e_", categoryEdges))
            .otherwise(lit(MISSING));
    return s.join(e, col("e_loan_id").equalTo(col("s_loan_id")))
        .select(
            col("s_loan_id"),
            col("s_balance"),
            col("e_month"),
            col("e_status"),
            col("e_balance"),
            category("s_", categoryEdges).as("from_state"),
            to.as("to_state"));
  }

  /** See {@code Aggregates.nplBalances}. */
  List<NplBalance> nplBalances(
      PushDownScope scope, int specialMentionMax, YearMonth first, YearMonth last) {
    Dataset<Row> rows =
        prefixed(
            book.loanMonth().where(col("month").between(lit(first.atDay(1)), lit(last.atDay(1)))),
            "r_");
    List<NplBalance> out = new ArrayList<>();
    for (Row r :
        SparkScope.restrict(rows.where(npl("r_", specialMentionMax)), "r_loan_id", scope, book)
            .groupBy(date_format(col("r_month"), "yyyy-MM"))
            .agg(count(lit(1)), sum(col("r_balance")))
            .collectAsList()) {
      out.add(new NplBalance(YearMonth.parse(r.getString(0)), r.getLong(1), SparkRows.cents(r, 2)));
    }
    return out;
  }

  /** See {@code Aggregates.nplFlows}: the outflows and the inflow, merged per month t+1. */
  List<NplFlow> nplFlows(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    Map<YearMonth, long[]> byNext = new TreeMap<>();
    for (YearMonth m = start.plusMonths(1); !m.isAfter(end); m = m.plusMonths(1)) {
      byNext.put(m, new long[OTHER + 1]);
    }
    for (Row r :
        outflow(scope, specialMentionMax, start, end)
            .groupBy(date_format(col("t_month"), "yyyy-MM"), col("component"))
            .agg(sum(col("amount")))
            .collectAsList()) {
      int c = r.getInt(1);
      if (c != UNCHANGED) {
        byNext.get(YearMonth.parse(r.getString(0)).plusMonths(1))[c] = SparkRows.cents(r, 2);
      }
    }
    for (Row r :
        inflow(scope, specialMentionMax, start, end)
            .groupBy(date_format(col("now_month"), "yyyy-MM"))
            .agg(sum(col("now_balance")))
            .collectAsList()) {
      byNext.get(YearMonth.parse(r.getString(0)))[0] = SparkRows.cents(r, 1);
    }
    List<NplFlow> out = new ArrayList<>();
    byNext.forEach(
        (m, c) ->
            out.add(
                new NplFlow(
                    m, c[0], c[UPGRADED], c[COLLECTED], c[WRITTEN_OFF], c[LEFT_DATA], c[OTHER])));
    return out;
  }

  /** See {@code Aggregates.nplFlowLoans}. */
  NplFlowLoans nplFlowLoans(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    long[] loans = new long[OTHER + 1];
    for (Row r :
        outflow(scope, specialMentionMax, start, end)
            .groupBy(col("component"))
            .agg(countDistinct(col("t_loan_id")))
            .collectAsList()) {
      int c = r.getInt(0);
      if (c != UNCHANGED) {
        loans[c] = r.getLong(1);
      }
    }
    loans[0] =
        inflow(scope, specialMentionMax, start, end)
            .agg(countDistinct(col("now_loan_id")))
            .first()
            .getLong(0);
    return new NplFlowLoans(
        loans[0],
        loans[UPGRADED],
        loans[COLLECTED],
        loans[WRITTEN_OFF],
        loans[LEFT_DATA],
        loans[OTHER]);
  }

  /** See {@code Aggregates.nplWalkPage}. */
  List<String> nplWalkPage(
      PushDownScope scope,
      int specialMentionMax,
      YearMonth start,
      YearMonth end,
      NplComponent component,
      Optional<String> after,
      int limit) {
    Dataset<Row> ids =
        switch (component) {
          case OPENING, CLOSING -> {
            YearMonth month = component == NplComponent.OPENING ? start : end;
            Dataset<Row> rows =
                prefixed(book.loanMonth().where(col("month").equalTo(lit(month.atDay(1)))), "r_")
                    .where(npl("r_", specialMentionMax));
            yield SparkScope.restrict(rows, "r_loan_id", scope, book)
                .select(col("r_loan_id").as("id"));
          }
          case NEW ->
              inflow(scope, specialMentionMax, start, end).select(col("now_loan_id").as("id"));
          default ->
              outflow(scope, specialMentionMax, start, end)
                  .where(col("component").equalTo(component.ordinal() - 1))
                  .select(col("t_loan_id").as("id"));
        };
    return page(ids.distinct(), "id", after, limit);
  }

  /** See {@code Aggregates.underClassifiedPage}: none where no category is booked (version 1). */
  List<String> underClassifiedPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth month,
      Optional<String> after,
      int limit) {
    Dataset<Row> rows =
        prefixed(
                book.loanMonth()
                    .where(col("month").equalTo(lit(month.atDay(1))))
                    .where(col("status").equalTo(ACTIVE))
                    .where(col("five_category").isNotNull()),
                "r_")
            .where(category("r_", categoryEdges).lt(byDays("r_", categoryEdges)));
    return page(SparkScope.restrict(rows, "r_loan_id", scope, book), "r_loan_id", after, limit);
  }

  /**
   * NPL rows at t ({@code t_}, t from the start to the month before the end) left-joined to their
   * row at t+1 ({@code next_}), with the walk's component and amount of the move.
   */
  private Dataset<Row> outflow(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    Dataset<Row> t =
        SparkScope.restrict(
            prefixed(
                    book.loanMonth()
                        .where(
                            col("month")
                                .between(lit(start.atDay(1)), lit(end.minusMonths(1).atDay(1)))),
                    "t_")
                .where(npl("t_", specialMentionMax)),
            "t_loan_id",
            scope,
            book);
    Dataset<Row> next =
        prefixed(
            book.loanMonth()
                .where(col("month").between(lit(start.plusMonths(1).atDay(1)), lit(end.atDay(1)))),
            "next_");
    Column nextFlag = nplFlag("next_", specialMentionMax);
    Column nextNpl = col("next_status").equalTo(ACTIVE).and(nextFlag.equalTo(1));
    Column component =
        when(col("next_loan_id").isNull(), lit(LEFT_DATA))
            .when(col("next_status").equalTo("PAID_OFF"), lit(COLLECTED))
            .when(col("next_status").equalTo("CHARGED_OFF"), lit(WRITTEN_OFF))
            .when(nextFlag.equalTo(0), lit(UPGRADED))
            .when(col("next_balance").gt(col("t_balance")), lit(OTHER))
            .when(col("next_balance").lt(col("t_balance")), lit(COLLECTED))
            .otherwise(lit(UNCHANGED));
    // NPL at both months: the change of balance; otherwise the whole balance at t.
    Column amount =
        when(nextNpl, abs(col("next_balance").minus(col("t_balance")))).otherwise(col("t_balance"));
    return t.join(
            next,
            col("next_loan_id")
                .equalTo(col("t_loan_id"))
                .and(col("next_month").equalTo(add_months(col("t_month"), 1))),
            "left")
        .select(col("t_loan_id"), col("t_month"), component.as("component"), amount.as("amount"));
  }

  /** NPL rows at t+1 ({@code now_}, from the month after the start to the end) not NPL at t. */
  private Dataset<Row> inflow(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    Dataset<Row> now =
        SparkScope.restrict(
            prefixed(
                    book.loanMonth()
                        .where(
                            col("month")
                                .between(lit(start.plusMonths(1).atDay(1)), lit(end.atDay(1)))),
                    "now_")
                .where(npl("now_", specialMentionMax)),
            "now_loan_id",
            scope,
            book);
    Dataset<Row> prev =
        prefixed(
            book.loanMonth()
                .where(col("month").between(lit(start.atDay(1)), lit(end.minusMonths(1).atDay(1)))),
            "prev_");
    return now.join(
            prev,
            col("prev_loan_id")
                .equalTo(col("now_loan_id"))
                .and(col("prev_month").equalTo(add_months(col("now_month"), -1))),
            "left")
        .where(
            col("prev_loan_id")
                .isNull()
                .or(col("prev_status").notEqual(ACTIVE))
                .or(nplFlag("prev_", specialMentionMax).equalTo(0)))
        .select(col("now_loan_id"), col("now_month"), col("now_balance"));
  }

  /** The loan-month columns these plans read, each named with {@code prefix}. */
  private static Dataset<Row> prefixed(Dataset<Row> rows, String prefix) {
    return rows.select(
        col("loan_id").as(prefix + "loan_id"),
        col("month").as(prefix + "month"),
        col("balance").as(prefix + "balance"),
        col("days_past_due").as(prefix + "days_past_due"),
        col("status").as(prefix + "status"),
        col("five_category").as(prefix + "five_category"));
  }

  /** One keyset page of the ids in column {@code id}: after {@code after}, by id. */
  private static List<String> page(
      Dataset<Row> rows, String id, Optional<String> after, int limit) {
    Dataset<Row> ids = rows;
    if (after.isPresent()) {
      ids = ids.where(col(id).gt(after.get()));
    }
    List<String> page = new ArrayList<>();
    for (Row r : ids.select(col(id)).orderBy(col(id)).limit(limit).collectAsList()) {
      page.add(r.getString(0));
    }
    return page;
  }

  /** An ACTIVE non-performing row. */
  private static Column npl(String p, int specialMentionMax) {
    return col(p + "status").equalTo(ACTIVE).and(nplFlag(p, specialMentionMax).equalTo(1));
  }

  /**
   * 1 when a row's category is substandard or worse — the booked one where booked, else by days
   * past due above the rule's last special-mention day — and 0 otherwise: never null, so that its
   * negation is two-valued.
   */
  private static Column nplFlag(String p, int specialMentionMax) {
    Column booked = col(p + "five_category");
    return when(booked.isin("SUBSTANDARD", "DOUBTFUL", "LOSS"), lit(1))
        .when(booked.isNotNull(), lit(0))
        .when(col(p + "days_past_due").gt(specialMentionMax), lit(1))
        .otherwise(lit(0));
  }

  /**
   * A row's category as an ordinal (0 NORMAL … 4 LOSS): the booked one where booked, else by days
   * past due with {@code edges} = the rule's last special-mention, substandard and doubtful days.
   */
  private static Column category(String p, int[] edges) {
    BookedCategory[] booked = BookedCategory.values();
    Column c = when(col(p + "five_category").equalTo(booked[0].name()), lit(0));
    for (int i = 1; i < booked.length; i++) {
      c = c.when(col(p + "five_category").equalTo(booked[i].name()), lit(i));
    }
    return c.otherwise(byDays(p, edges));
  }

  /** The rule's category by days past due alone, as an ordinal. */
  private static Column byDays(String p, int[] edges) {
    Column dpd = col(p + "days_past_due");
    Column c = when(dpd.leq(0), lit(0));
    for (int i = 0; i < edges.length; i++) {
      c = c.when(dpd.leq(edges[i]), lit(i + 1));
    }
    return c.otherwise(lit(edges.length + 1));
  }
}
