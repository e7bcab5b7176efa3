package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import com.riskworkbench.portfolio.store.pushdown.HistoryCounts;
import com.riskworkbench.portfolio.store.pushdown.MonthRowCount;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import com.riskworkbench.portfolio.store.pushdown.ScoreCount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The scans of scorecard monitoring and the data-quality checks as Spark plans, the same as {@code
 * ScorecardQueries} and {@code DataQualityQueries}: per-loan passes grouped by loan id, anti-joins
 * for the loans without rows, and a handful of counts to the driver.
 */
final class SparkChecks {
  private static final String ACTIVE = SparkRows.ACTIVE;

  private final SparkBook book;

  SparkChecks(SparkBook book) {
    this.book = book;
  }

  /** A date's month as a number of months: year × 12 + month. */
  private static Column ordinal(Column date) {
    return year(date).multiply(12).plus(month(date));
  }

  /** See {@code Aggregates.scoreCounts}. */
  List<ScoreCount> scoreCounts(PushDownScope scope, YearMonth asOf, int mob, int threshold) {
    Dataset<Row> bads =
        book.loanMonth()
            .join(
                book.loan()
                    .select(col("loan_id"), col("origination_date"))
                    .where(col("origination_date").leq(lit(asOf.minusMonths(mob).atEndOfMonth()))),
                "loan_id")
            // Within K months on book: the month of origination + K months is the last one.
            .where(ordinal(col("month")).leq(ordinal(col("origination_date")).plus(mob)))
            .where(
                col("status")
                    .equalTo("CHARGED_OFF")
                    .or(col("status").equalTo(ACTIVE).and(col("days_past_due").geq(threshold))))
            .select(col("loan_id").as("bad_id"))
            .distinct();
    Dataset<Row> loans =
        SparkScope.restrict(
            book.loan()
                .where(col("origination_date").leq(lit(asOf.atEndOfMonth())))
                .select(
                    col("loan_id").as("l_loan_id"),
                    col("borrower_id").as("l_borrower_id"),
                    col("origination_date").as("l_origination")),
            "l_loan_id",
            scope,
            book);
    Dataset<Row> scored =
        loans
            .join(
                book.borrower()
                    .where(col("credit_score").isNotNull())
                    .select(col("borrower_id").as("b_borrower_id"), col("credit_score")),
                col("b_borrower_id").equalTo(col("l_borrower_id")))
            .join(bads, col("bad_id").equalTo(col("l_loan_id")), "left");
    Column flag = when(col("bad_id").isNull(), lit(0)).otherwise(lit(1));
    List<ScoreCount> out = new ArrayList<>();
    for (Row r :
        scored
            .groupBy(
                year(col("l_origination")).as("y"),
                month(col("l_origination")).as("m"),
                col("credit_score"),
                flag.as("bad"))
            .agg(count(lit(1)))
            .orderBy(col("y"), col("m"), col("credit_score"), col("bad"))
            .collectAsList()) {
      out.add(
          new ScoreCount(
              YearMonth.of(r.getInt(0), r.getInt(1)), r.getInt(2), r.getInt(3) == 1, r.getLong(4)));
    }
    return out;
  }

  /** See {@code Aggregates.monthRows}. */
  List<MonthRowCount> monthRows(PushDownScope scope, YearMonth first, YearMonth last) {
    Dataset<Row> rows =
        book.loanMonth().where(col("month").between(lit(first.atDay(1)), lit(last.atDay(1))));
    List<MonthRowCount> out = new ArrayList<>();
    for (Row r :
        SparkScope.restrict(rows, "loan_id", scope, book)
            .groupBy(date_format(col("month"), "yyyy-MM").as("ym"))
            .agg(
                count(lit(1)), sum(when(col("status").equalTo(ACTIVE), lit(1L)).otherwise(lit(0L))))
            .orderBy(col("ym"))
            .collectAsList()) {
      out.add(new MonthRowCount(YearMonth.parse(r.getString(0)), r.getLong(1), r.getLong(2)));
    }
    return out;
  }

  /** See {@code Aggregates.historyCounts}. */
  HistoryCounts historyCounts(PushDownScope scope, YearMonth asOf, Optional<YearMonth> firstNext) {
    LocalDate originatedBy = asOf.atEndOfMonth();
    // Each loan's rows up to the as-of month: how many, the months they span, the first.
    Column firstRow = min(col("month"));
    Column lastRow = max(col("month"));
    Column missing =
        ordinal(lastRow).minus(ordinal(firstRow)).plus(1).minus(count(lit(1))).as("missing");
    Column late = when(firstRow.gt(col("origination_date")), lit(1L)).otherwise(lit(0L)).as("late");
    Dataset<Row> perLoan =
        SparkScope.restrict(
                book.loanMonth().where(col("month").leq(lit(asOf.atDay(1)))),
                "loan_id",
                scope,
                book)
            .join(book.loan().select(col("loan_id"), col("origination_date")), "loan_id")
            .groupBy(col("loan_id"), col("origination_date"))
            .agg(missing, late);
    Row history =
        perLoan
            .agg(
                coalesce(sum(when(col("missing").gt(0), lit(1L)).otherwise(lit(0L))), lit(0L)),
                coalesce(sum(col("missing")), lit(0L)),
                coalesce(sum(col("late")), lit(0L)))
            .first();
    Dataset<Row> originated =
        SparkScope.restrict(
            book.loan().where(col("origination_date").leq(lit(originatedBy))),
            "loan_id",
            scope,
            book);
    long noHistory =
        originated
            .select(col("loan_id"))
            .join(
                book.loanMonth().select(col("loan_id").as("r_loan_id")),
                col("r_loan_id").equalTo(col("loan_id")),
                "left_anti")
            .count();
    long lacking =
        originated
            .select(col("loan_id"), col("borrower_id"))
            .join(book.borrower(), "borrower_id")
            .where(
                blank(col("region"))
                    .or(blank(col("industry")))
                    .or(col("borrower_type").equalTo("INDIVIDUAL").and(col("birth_date").isNull())))
            .count();
    long transitions = 0;
    long transitionLoans = 0;
    if (firstNext.isPresent() && !firstNext.get().isAfter(asOf)) {
      Dataset<Row> t =
          SparkScope.restrict(
              book.loanMonth()
                  .where(col("status").equalTo(ACTIVE))
                  .where(
                      col("month")
                          .between(
                              lit(firstNext.get().minusMonths(1).atDay(1)),
                              lit(asOf.minusMonths(1).atDay(1))))
                  .select(col("loan_id").as("t_loan_id"), col("month").as("t_month")),
              "t_loan_id",
              scope,
              book);
      Dataset<Row> next =
          book.loanMonth().select(col("loan_id").as("next_loan_id"), col("month").as("next_month"));
      Row r =
          t.join(
                  next,
                  col("next_loan_id")
                      .equalTo(col("t_loan_id"))
                      .and(col("next_month").equalTo(add_months(col("t_month"), 1))),
                  "left_anti")
              .agg(count(lit(1)), countDistinct(col("t_loan_id")))
              .first();
      transitions = r.getLong(0);
      transitionLoans = r.getLong(1);
    }
    return new HistoryCounts(
        history.getLong(0),
        history.getLong(1),
        history.getLong(2),
        noHistory,
        lacking,
        transitions,
        transitionLoans);
  }

  /** A missing or blank text: null, or nothing but spaces. */
  private static Column blank(Column c) {
    return c.isNull().or(trim(c).equalTo(""));
  }
}
