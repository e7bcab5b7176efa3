package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.store.pushdown.ActionSum;
import com.riskworkbench.portfolio.store.pushdown.CaseSum;
import com.riskworkbench.portfolio.store.pushdown.CohortRecoverySum;
import com.riskworkbench.portfolio.store.pushdown.DaysToReportCount;
import com.riskworkbench.portfolio.store.pushdown.FraudLoanSum;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The collections and fraud summaries' scans as Spark plans, the same as {@code CollectionsQueries}
 * and {@code FraudQueries}: the actions per month, type and outcome; the charge-offs and recoveries
 * per origination month; the counted fraud cases per key, one by one, per days to report; the loans
 * with confirmed fraud per channel and origination month. Which fraud cases count is the SQL's
 * condition: reported by the end of the as-of month, naming a loan in scope, or naming no loan and
 * either no filter or a borrower with a loan in scope.
 */
final class SparkCases {
  private final SparkBook book;

  SparkCases(SparkBook book) {
    this.book = book;
  }

  /** An action naming a loan that is not in the portfolio is not counted (a semi-join to loan). */
  List<ActionSum> collectionActions(PushDownScope scope) {
    Dataset<Row> actions =
        book.collectionAction().where(col("action_date").lt(lit(nextMonth(scope))));
    List<ActionSum> out = new ArrayList<>();
    for (Row r :
        actions
            .join(loansInScope(scope), "loan_id", "left_semi")
            .groupBy(date_format(col("action_date"), "yyyy-MM"), col("action_type"), col("outcome"))
            .agg(count(lit(1)), sum(col("amount_recovered")))
            .collectAsList()) {
      out.add(
          new ActionSum(
              YearMonth.parse(r.getString(0)),
              r.getString(1),
              r.getString(2),
              r.getLong(3),
              SparkRows.cents(r, 4)));
    }
    return out;
  }

  /**
   * Each loan joined to its CHARGED_OFF rows up to the as-of month, if any; the distinct counts
   * keep a loan once however many such rows it has.
   */
  List<CohortRecoverySum> chargeOffsByCohort(PushDownScope scope) {
    Dataset<Row> chargedOff =
        book.loanMonth()
            .where(col("status").equalTo(lit("CHARGED_OFF")))
            .where(col("month").leq(lit(scope.asOf().atDay(1))))
            .select(
                col("loan_id").as("c_loan_id"), col("charge_off_amount"), col("recovery_amount"));
    List<CohortRecoverySum> out = new ArrayList<>();
    for (Row r :
        loansOriginatedBy(scope)
            .join(chargedOff, col("loan_id").equalTo(col("c_loan_id")), "left")
            .groupBy(originMonth())
            .agg(
                countDistinct(col("loan_id")),
                countDistinct(col("c_loan_id")),
                sum(col("charge_off_amount")),
                sum(col("recovery_amount")))
            .collectAsList()) {
      out.add(
          new CohortRecoverySum(
              YearMonth.parse(r.getString(0)),
              r.getLong(1),
              r.getLong(2),
              centsOrZero(r, 3),
              centsOrZero(r, 4)));
    }
    return out;
  }

  /**
   * Two groupings, the cases naming a loan and the cases naming none, as the SQL's two queries: a
   * key can come back from both.
   */
  List<CaseSum> fraudCases(PushDownScope scope) {
    List<CaseSum> out = new ArrayList<>();
    caseSums(namingLoanInScope(scope), out);
    caseSums(namingNoLoanInScope(scope), out);
    return out;
  }

  /** The counted cases of {@link #fraudCases} themselves, by case id. */
  List<FraudCase> caseList(PushDownScope scope) {
    List<FraudCase> out = new ArrayList<>();
    for (Dataset<Row> cases : List.of(namingLoanInScope(scope), namingNoLoanInScope(scope))) {
      // the date as ISO text: a DATE comes back as java.sql.Date or LocalDate by the session's
      // settings, and JDBC types stay in the portfolio package
      Column reported = date_format(col("reported_date"), "yyyy-MM-dd");
      for (Row r : cases.withColumn("reported_date", reported).collectAsList()) {
        out.add(fraudCase(r));
      }
    }
    out.sort(Comparator.comparing(FraudCase::caseId));
    return out;
  }

  List<DaysToReportCount> daysToReport(PushDownScope scope) {
    Dataset<Row> origination =
        book.loan().select(col("loan_id").as("o_loan_id"), col("origination_date"));
    List<DaysToReportCount> out = new ArrayList<>();
    for (Row r :
        namingLoanInScope(scope)
            .join(origination, col("loan_id").equalTo(col("o_loan_id")))
            .groupBy(col("fraud_type"), datediff(col("reported_date"), col("origination_date")))
            .agg(count(lit(1)))
            .collectAsList()) {
      out.add(new DaysToReportCount(r.getString(0), r.getInt(1), r.getLong(2)));
    }
    return out;
  }

  /**
   * The scope's loans originated by the as-of month, left-joined to the distinct loans of the
   * counted confirmed (CONFIRMED or CLOSED) cases: a loan with several such cases counts once.
   */
  List<FraudLoanSum> confirmedFraudLoans(PushDownScope scope) {
    Dataset<Row> fraud =
        book.fraudCase()
            .where(col("status").isin("CONFIRMED", "CLOSED"))
            .where(reportedBy(scope))
            .where(col("loan_id").isNotNull())
            .select(col("loan_id").as("f_loan_id"))
            .distinct();
    List<FraudLoanSum> out = new ArrayList<>();
    for (Row r :
        loansOriginatedBy(scope)
            .join(fraud, col("loan_id").equalTo(col("f_loan_id")), "left")
            .groupBy(col("channel"), originMonth())
            .agg(count(lit(1)), count(col("f_loan_id")))
            .collectAsList()) {
      out.add(
          new FraudLoanSum(
              r.getString(0), YearMonth.parse(r.getString(1)), r.getLong(2), r.getLong(3)));
    }
    return out;
  }

  private static void caseSums(Dataset<Row> cases, List<CaseSum> out) {
    for (Row r :
        cases
            .groupBy(col("fraud_type"), col("status"), col("detection_channel"), col("root_cause"))
            .agg(
                count(lit(1)),
                sum(col("exposure")),
                sum(col("loss_amount")),
                sum(col("recovered_amount")))
            .collectAsList()) {
      out.add(
          new CaseSum(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              Optional.ofNullable(r.getString(3)),
              r.getLong(4),
              SparkRows.cents(r, 5),
              SparkRows.cents(r, 6),
              SparkRows.cents(r, 7)));
    }
  }

  /**
   * A fraud_case row as the program's case, as {@code FraudCaseRows} maps a stored one (columns
   * read by name: a join on loan_id puts that column first; the reported date as ISO text).
   *
   * @throws IllegalArgumentException for a type, channel or status the program does not know
   */
  private static FraudCase fraudCase(Row r) {
    return new FraudCase(
        r.getAs("case_id"),
        Optional.ofNullable(r.getAs("loan_id")),
        Optional.ofNullable(r.getAs("borrower_id")),
        LocalDate.parse(r.<String>getAs("reported_date")),
        FraudType.valueOf(r.getAs("fraud_type")),
        DetectionChannel.valueOf(r.getAs("detection_channel")),
        FraudStatus.valueOf(r.getAs("status")),
        Money.toCents(r.getAs("exposure")),
        Money.toCents(r.getAs("loss_amount")),
        Money.toCents(r.getAs("recovered_amount")),
        Optional.ofNullable(r.getAs("root_cause")),
        Optional.ofNullable(r.getAs("summary")));
  }

  /**
   * The counted cases that name a loan: reported by the end of the as-of month, the loan in scope
   * (a loan id not in the portfolio finds no loan: a semi-join, as the SQL's inner join on the
   * key).
   */
  private Dataset<Row> namingLoanInScope(PushDownScope scope) {
    return book.fraudCase()
        .where(reportedBy(scope))
        .join(loansInScope(scope), "loan_id", "left_semi");
  }

  /**
   * The counted cases that name no loan: reported by the end of the as-of month, and with no
   * filter, or naming a borrower with a loan in scope.
   */
  private Dataset<Row> namingNoLoanInScope(PushDownScope scope) {
    Dataset<Row> cases = book.fraudCase().where(reportedBy(scope)).where(col("loan_id").isNull());
    if (scope.allowed().isEmpty()) {
      return cases;
    }
    Dataset<Row> borrowers = loansInScope(scope).select(col("borrower_id").as("s_borrower_id"));
    return cases.join(borrowers, col("borrower_id").equalTo(col("s_borrower_id")), "left_semi");
  }

  /** The scope's loans (ids and borrowers): the whole book when there is no filter. */
  private Dataset<Row> loansInScope(PushDownScope scope) {
    return SparkScope.restrict(
        book.loan().select(col("loan_id"), col("borrower_id")), "loan_id", scope, book);
  }

  /** The scope's loans originated in the as-of month or before. */
  private Dataset<Row> loansOriginatedBy(PushDownScope scope) {
    return SparkScope.restrict(
        book.loan().where(col("origination_date").lt(lit(nextMonth(scope)))),
        "loan_id",
        scope,
        book);
  }

  private static Column reportedBy(PushDownScope scope) {
    return col("reported_date").lt(lit(nextMonth(scope)));
  }

  private static LocalDate nextMonth(PushDownScope scope) {
    return scope.asOf().plusMonths(1).atDay(1);
  }

  private static Column originMonth() {
    return date_format(col("origination_date"), "yyyy-MM");
  }

  /** A sum over no row (or only NULLs) is NULL: nothing. */
  private static long centsOrZero(Row r, int i) {
    return r.isNullAt(i) ? 0 : SparkRows.cents(r, i);
  }
}
