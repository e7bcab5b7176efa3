package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import com.riskworkbench.portfolio.store.pushdown.CohortMonthSum;
import com.riskworkbench.portfolio.store.pushdown.CohortSum;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The vintage's scans as Spark plans, the same as {@code VintageQueries}: per origination month,
 * the loans originated; the month of each loan's first bad row and of its first charge-off row; the
 * net charge-off per month; one page of the loans behind a cell. Origination months come back as
 * {@code yyyy-MM} text, so no date truncation is needed.
 */
final class SparkVintage {
  private final SparkBook book;

  SparkVintage(SparkBook book) {
    this.book = book;
  }

  List<CohortSum> originations(PushDownScope scope) {
    List<CohortSum> out = new ArrayList<>();
    for (Row r :
        loansOriginatedBy(scope)
            .groupBy(originMonth().as("origin"))
            .agg(count(lit(1)), sum(col("principal")))
            .collectAsList()) {
      out.add(new CohortSum(YearMonth.parse(r.getString(0)), r.getLong(1), SparkRows.cents(r, 2)));
    }
    return out;
  }

  List<CohortMonthSum> firstBadMonths(PushDownScope scope, int threshold) {
    return firstRows(scope, bad(threshold));
  }

  List<CohortMonthSum> firstChargeOffMonths(PushDownScope scope) {
    return firstRows(scope, chargeOff());
  }

  List<CohortMonthSum> netChargeOffs(PushDownScope scope) {
    Column zero = lit(BigDecimal.ZERO);
    Dataset<Row> rows =
        upToAsOf(scope)
            .where(col("charge_off_amount").isNotNull().or(col("recovery_amount").isNotNull()))
            .select(
                col("loan_id"),
                col("month"),
                coalesce(col("charge_off_amount"), zero)
                    .minus(coalesce(col("recovery_amount"), zero))
                    .as("amount"));
    return perOriginAndMonth(rows, col("amount"), scope);
  }

  /**
   * One page of the loans behind a cell, by loan id after {@code after}: the scope's loans
   * originated from {@code firstOrigination} to {@code lastOrigination} with a bad (or charge-off)
   * row up to the as-of month and at most {@code lastMob} months after their origination month (a
   * row's month is a month's first day, so it is in or before the origination month plus k exactly
   * when it is on or before the origination date plus k months). A left semi-join, as the SQL's
   * EXISTS.
   */
  List<String> loanPage(
      PushDownScope scope,
      YearMonth firstOrigination,
      YearMonth lastOrigination,
      int lastMob,
      Optional<Integer> threshold,
      Optional<String> after,
      int limit) {
    Dataset<Row> hits =
        book.loanMonth()
            .where(col("month").leq(lit(scope.asOf().atDay(1))))
            .where(threshold.map(SparkVintage::bad).orElseGet(SparkVintage::chargeOff))
            .select(col("loan_id").as("r_loan_id"), col("month").as("r_month"));
    Column origination = col("origination_date");
    Dataset<Row> loans =
        SparkScope.restrict(
            book.loan()
                .where(origination.geq(lit(firstOrigination.atDay(1))))
                .where(origination.lt(lit(lastOrigination.plusMonths(1).atDay(1))))
                .select(col("loan_id"), origination),
            "loan_id",
            scope,
            book);
    if (after.isPresent()) {
      loans = loans.where(col("loan_id").gt(lit(after.get())));
    }
    Dataset<Row> behind =
        loans.join(
            hits,
            col("r_loan_id")
                .equalTo(col("loan_id"))
                .and(col("r_month").leq(add_months(origination, lastMob))),
            "left_semi");
    List<String> page = new ArrayList<>();
    for (Row r : behind.orderBy(col("loan_id")).limit(limit).collectAsList()) {
      page.add(r.getString(0));
    }
    return page;
  }

  /** ACTIVE at {@code threshold} days past due or more, or CHARGED_OFF (a row of loan_month). */
  private static Column bad(int threshold) {
    return col("status")
        .equalTo(lit("CHARGED_OFF"))
        .or(col("status").equalTo(lit("ACTIVE")).and(col("days_past_due").geq(lit(threshold))));
  }

  /** CHARGED_OFF, or with a charge-off or recovery amount other than 0 (NULL: not other than 0). */
  private static Column chargeOff() {
    Column zero = lit(BigDecimal.ZERO);
    return col("status")
        .equalTo(lit("CHARGED_OFF"))
        .or(col("charge_off_amount").notEqual(zero))
        .or(col("recovery_amount").notEqual(zero));
  }

  /**
   * Per origination month and month: the loans whose first row up to the as-of month that meets
   * {@code which} is in that month, and their principal. The SQL keeps a row when no earlier row of
   * its loan meets {@code which}; here each loan's earliest such month is found by a grouping and
   * its rows at that month joined back, which is the same rows (every one of them, should a source
   * hold a loan's month twice) without comparing each row with every earlier one.
   */
  private List<CohortMonthSum> firstRows(PushDownScope scope, Column which) {
    Dataset<Row> hits = upToAsOf(scope).where(which);
    Dataset<Row> first =
        hits.groupBy(col("loan_id").as("f_loan_id")).agg(min(col("month")).as("f_month"));
    Dataset<Row> rows =
        hits.join(
                first,
                col("loan_id").equalTo(col("f_loan_id")).and(col("month").equalTo(col("f_month"))))
            .select(col("loan_id"), col("month"));
    return perOriginAndMonth(rows, col("principal"), scope);
  }

  /**
   * The scope's rows of loan_month up to the as-of month (the scope applied to their loan id, as
   * the SQL does).
   */
  private Dataset<Row> upToAsOf(PushDownScope scope) {
    return SparkScope.restrict(
        book.loanMonth().where(col("month").leq(lit(scope.asOf().atDay(1)))),
        "loan_id",
        scope,
        book);
  }

  /**
   * {@code rows} (with a loan id and a month) of loans originated by the as-of month, joined to
   * their loan, per origination month and month: how many, and Σ {@code amount} (a column of the
   * rows or the loan's principal). A sum over only NULLs is NULL: 0 cents, as in the SQL.
   */
  private List<CohortMonthSum> perOriginAndMonth(
      Dataset<Row> rows, Column amount, PushDownScope scope) {
    Dataset<Row> loans =
        book.loan()
            .where(col("origination_date").lt(lit(scope.asOf().plusMonths(1).atDay(1))))
            .select(col("loan_id"), col("origination_date"), col("principal"));
    List<CohortMonthSum> out = new ArrayList<>();
    for (Row x :
        rows.join(loans, "loan_id")
            .groupBy(originMonth().as("origin"), date_format(col("month"), "yyyy-MM").as("ym"))
            .agg(count(lit(1)), sum(amount))
            .collectAsList()) {
      out.add(
          new CohortMonthSum(
              YearMonth.parse(x.getString(0)),
              YearMonth.parse(x.getString(1)),
              x.getLong(2),
              x.isNullAt(3) ? 0 : SparkRows.cents(x, 3)));
    }
    return out;
  }

  /** The scope's loans originated in the as-of month or before. */
  private Dataset<Row> loansOriginatedBy(PushDownScope scope) {
    return SparkScope.restrict(
        book.loan().where(col("origination_date").lt(lit(scope.asOf().plusMonths(1).atDay(1)))),
        "loan_id",
        scope,
        book);
  }

  private static Column originMonth() {
    return date_format(col("origination_date"), "yyyy-MM");
  }
}
