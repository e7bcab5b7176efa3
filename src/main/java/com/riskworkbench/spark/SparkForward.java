package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.store.pushdown.ChargeOffMonth;
import com.riskworkbench.portfolio.store.pushdown.ChargeOffTally;
import com.riskworkbench.portfolio.store.pushdown.HeldProvisions;
import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import com.riskworkbench.portfolio.store.pushdown.MonthlyTransition;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import com.riskworkbench.portfolio.store.pushdown.StageGroup;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The scans of the forward-looking analyses (PD, ECL, provisions, forecast, backtest, period) as
 * Spark plans: the same rows, conditions and null handling as {@code ForwardQueries}, so that
 * {@code DatabaseForward} finishes them into the same results. The matrix algebra stays on the
 * driver.
 */
final class SparkForward {
  private static final String ACTIVE = SparkRows.ACTIVE;
  private static final String CHARGED_OFF = "CHARGED_OFF";

  private final SparkBook book;

  SparkForward(SparkBook book) {
    this.book = book;
  }

  /** The roll-rate transitions of {@link SparkAggregates#moves}, also per month t+1. */
  List<MonthlyTransition> monthlyTransitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext) {
    Dataset<Row> m = new SparkAggregates(book).moves(scope, bucketEdges, firstNext, lastNext);
    List<MonthlyTransition> out = new ArrayList<>();
    for (Row r :
        m.groupBy(date_format(col("t_month"), "yyyy-MM"), col("from_state"), col("to_state"))
            .agg(count(lit(1)), sum(col("t_balance")))
            .collectAsList()) {
      out.add(
          new MonthlyTransition(
              YearMonth.parse(r.getString(0)).plusMonths(1),
              r.getInt(1),
              r.getInt(2),
              r.getLong(3),
              SparkRows.cents(r, 4)));
    }
    return out;
  }

  /**
   * The ACTIVE rows of {@code month} grouped by days-past-due class, booked category, segment,
   * interest rate and, outside stage 1 (days past due up to {@code stage2Dpd} and a normal
   * category, booked or by days past due), maturity month as year × 12 + month − 1; the groups come
   * to the driver a partition at a time, each handed to {@code each}.
   */
  void stageGroups(
      PushDownScope scope,
      YearMonth month,
      int[] classEdges,
      LoanAttribute attribute,
      int stage2Dpd,
      Consumer<StageGroup> each) {
    Column dpd = col("days_past_due");
    Column booked = col("five_category");
    // As in SQL: a null category with days past due leaves the condition null, which is not stage
    // 1.
    Column normal = booked.equalTo("NORMAL").or(booked.isNull().and(dpd.leq(0)));
    Column stage1 = dpd.leq(stage2Dpd).and(normal);
    Column maturityDate = col("maturity_date");
    Column maturity =
        when(stage1, lit(null).cast("int"))
            .otherwise(year(maturityDate).multiply(12).plus(month(maturityDate)).minus(1));
    Iterator<Row> rows =
        SparkRows.withLoanAndBorrower(book, SparkRows.activeAt(book, scope, month))
            .groupBy(
                SparkRows.bucket(dpd, classEdges).as("dpd_class"),
                booked.as("booked"),
                SparkScope.segmentKey(attribute, month.atEndOfMonth()).as("segment"),
                col("interest_rate"),
                maturity.as("maturity"))
            .agg(count(lit(1)), sum(col("balance")))
            .toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      Optional<Integer> m = r.isNullAt(4) ? Optional.empty() : Optional.of(r.getInt(4));
      each.accept(
          new StageGroup(
              r.getInt(0),
              Optional.ofNullable(r.getString(1)).map(BookedCategory::valueOf),
              r.getString(2),
              r.getDecimal(3).doubleValue(),
              m.map(v -> YearMonth.of(v / 12, v % 12 + 1)),
              r.getLong(5),
              SparkRows.cents(r, 6)));
    }
  }

  /**
   * The scope's loans with a CHARGED_OFF row up to {@code asOf}, split by whether the latest such
   * row is at least {@code seasoning} months before it: the loans and their charge-off and recovery
   * sums over their rows up to {@code asOf}. The latest CHARGED_OFF month per loan (a max, where
   * the SQL anti-joins the later rows) joined to the loan's rows up to as-of.
   */
  List<ChargeOffTally> chargeOffs(PushDownScope scope, YearMonth asOf, int seasoning) {
    Column upToAsOf = col("month").leq(lit(asOf.atDay(1)));
    Dataset<Row> latest =
        SparkScope.restrict(
            book.loanMonth()
                .where(col("status").equalTo(CHARGED_OFF).and(upToAsOf))
                .groupBy(col("loan_id").as("c_loan_id"))
                .agg(max(col("month")).as("c_month")),
            "c_loan_id",
            scope,
            book);
    Dataset<Row> rows =
        book.loanMonth()
            .where(upToAsOf)
            .select(col("loan_id"), col("charge_off_amount"), col("recovery_amount"));
    Column seasoned =
        when(col("c_month").leq(lit(asOf.minusMonths(seasoning).atDay(1))), lit(1))
            .otherwise(lit(0));
    Column zero = lit(BigDecimal.ZERO);
    List<ChargeOffTally> out = new ArrayList<>();
    for (Row r :
        latest
            .join(rows, col("loan_id").equalTo(col("c_loan_id")))
            .groupBy(seasoned.as("seasoned"))
            .agg(
                countDistinct(col("c_loan_id")),
                sum(coalesce(col("charge_off_amount"), zero)),
                sum(coalesce(col("recovery_amount"), zero)))
            .collectAsList()) {
      out.add(
          new ChargeOffTally(
              r.getInt(0) == 1, r.getLong(1), SparkRows.cents(r, 2), SparkRows.cents(r, 3)));
    }
    return out;
  }

  /**
   * The booked provisions of the scope's ACTIVE loans at {@code month}, and whether the book has
   * any booked provision (a book without the column has none).
   */
  HeldProvisions heldProvisions(PushDownScope scope, YearMonth month) {
    boolean any = !book.loanMonth().where(col("provision").isNotNull()).isEmpty();
    Row r =
        SparkRows.activeAt(book, scope, month)
            .agg(count(lit(1)), count(col("provision")), sum(col("provision")))
            .first();
    long loans = r.getLong(0);
    return new HeldProvisions(
        any, loans, loans - r.getLong(1), r.isNullAt(2) ? 0 : SparkRows.cents(r, 2));
  }

  /**
   * The CHARGED_OFF rows of the months after {@code origin} up to {@code last}, per month: each row
   * joined to its loan's row of the month before (for the balance it moved) and to its ACTIVE row
   * at the origin; split by whether the loan was ACTIVE in {@code originScope} at the origin, the
   * other rows kept when their loan is in {@code scope}.
   */
  List<ChargeOffMonth> chargeOffsAfter(
      PushDownScope scope, PushDownScope originScope, YearMonth origin, YearMonth last) {
    Dataset<Row> c =
        book.loanMonth()
            .where(col("status").equalTo(CHARGED_OFF))
            .where(col("month").gt(lit(origin.atDay(1))))
            .where(col("month").leq(lit(last.atDay(1))))
            .select(
                col("loan_id").as("c_loan_id"),
                col("month").as("c_month"),
                col("charge_off_amount").as("c_charge_off"));
    Dataset<Row> prev =
        book.loanMonth()
            .select(
                col("loan_id").as("p_loan_id"),
                col("month").as("p_month"),
                col("balance").as("p_balance"));
    Dataset<Row> atOriginRows =
        book.loanMonth()
            .where(col("month").equalTo(lit(origin.atDay(1))))
            .where(col("status").equalTo(ACTIVE))
            .select(col("loan_id").as("o_loan_id"));
    Dataset<Row> rows =
        c.join(
                prev,
                col("p_loan_id")
                    .equalTo(col("c_loan_id"))
                    .and(col("p_month").equalTo(add_months(col("c_month"), -1))),
                "left")
            .join(atOriginRows, col("o_loan_id").equalTo(col("c_loan_id")), "left");
    rows = flagged(rows, originScope, "in_origin_scope");
    rows = flagged(rows, scope, "in_scope");
    Column atOrigin = col("o_loan_id").isNotNull().and(col("in_origin_scope"));
    Column zero = lit(BigDecimal.ZERO);
    Column cents =
        when(col("p_loan_id").isNotNull(), col("p_balance"))
            .otherwise(coalesce(col("c_charge_off"), zero));
    List<ChargeOffMonth> out = new ArrayList<>();
    for (Row r :
        rows.where(atOrigin.or(col("in_scope")))
            .groupBy(date_format(col("c_month"), "yyyy-MM"))
            .agg(
                sum(when(atOrigin, lit(1)).otherwise(lit(0))),
                sum(when(atOrigin, cents).otherwise(zero)),
                sum(when(atOrigin, lit(0)).otherwise(lit(1))),
                sum(when(atOrigin, zero).otherwise(cents)))
            .collectAsList()) {
      out.add(
          new ChargeOffMonth(
              YearMonth.parse(r.getString(0)),
              r.getLong(1),
              SparkRows.cents(r, 2),
              r.getLong(3),
              SparkRows.cents(r, 4)));
    }
    return out;
  }

  /**
   * {@code rows} (with a {@code c_loan_id} column) with a boolean column {@code flag}: whether the
   * loan is in {@code scope} (true for the whole book when the scope filters nothing).
   */
  private Dataset<Row> flagged(Dataset<Row> rows, PushDownScope scope, String flag) {
    if (scope.allowed().isEmpty()) {
      return rows.withColumn(flag, lit(true));
    }
    String id = flag + "_loan_id";
    Dataset<Row> loans =
        SparkScope.restrict(book.loan().select(col("loan_id").as(id)), id, scope, book);
    return rows.join(loans, col(id).equalTo(col("c_loan_id")), "left")
        .withColumn(flag, col(id).isNotNull())
        .drop(id);
  }
}
