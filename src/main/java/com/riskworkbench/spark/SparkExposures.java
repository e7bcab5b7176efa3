package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.riskworkbench.portfolio.store.pushdown.CoLentLoan;
import com.riskworkbench.portfolio.store.pushdown.ExposureCount;
import com.riskworkbench.portfolio.store.pushdown.GroupExposure;
import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import com.riskworkbench.portfolio.store.pushdown.ShareBalance;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The exposure scans of the Lorenz curve, the related-party groups and co-lending as Spark plans:
 * the same rows as {@code ExposureQueries} and {@code CoLendingQueries}, the ACTIVE rows of the
 * scope's loans at one month summed per unit, group, or partner and own share. A book without the
 * optional columns reads them as nulls, which gives what the SQL scans give a version-1 file: one
 * {@code (own)} unit, no group, nothing co-lent.
 */
final class SparkExposures {
  private final SparkBook book;

  SparkExposures(SparkBook book) {
    this.book = book;
  }

  /** See {@code Aggregates#exposureDistribution}: per unit, then per distinct exposure. */
  List<ExposureCount> exposureDistribution(
      PushDownScope scope, YearMonth month, LoanAttribute unit) {
    Dataset<Row> rows = SparkRows.withLoanAndBorrower(book, SparkRows.activeAt(book, scope, month));
    if (unit == LoanAttribute.GROUP) {
      // By group, the borrowers in no group are not one unit (LorenzAnalysis).
      rows = rows.where(col("group_id").isNotNull());
    }
    List<ExposureCount> out = new ArrayList<>();
    for (Row r :
        rows.groupBy(SparkScope.segmentKey(unit, month.atEndOfMonth()).as("unit"))
            .agg(sum(col("balance")).as("exposure"))
            .groupBy(col("exposure"))
            .agg(count(lit(1)))
            .orderBy(col("exposure"))
            .collectAsList()) {
      out.add(new ExposureCount(SparkRows.cents(r, 0), r.getLong(1)));
    }
    return out;
  }

  /** See {@code Aggregates#groupExposures}; the borrowers in no group are the null group. */
  List<GroupExposure> groupExposures(PushDownScope scope, YearMonth month) {
    List<GroupExposure> out = new ArrayList<>();
    for (Row r :
        SparkRows.withLoanAndBorrower(book, SparkRows.activeAt(book, scope, month))
            .groupBy(col("group_id"))
            .agg(countDistinct(col("borrower_id")), count(lit(1)), sum(col("balance")))
            .collectAsList()) {
      out.add(
          new GroupExposure(
              Optional.ofNullable(r.getString(0)),
              r.getLong(1),
              r.getLong(2),
              SparkRows.cents(r, 3)));
    }
    return out;
  }

  /** See {@code Aggregates#coLentShares}. */
  List<ShareBalance> coLentShares(PushDownScope scope, YearMonth month) {
    List<ShareBalance> out = new ArrayList<>();
    for (Row r :
        SparkRows.activeAt(book, scope, month)
            .join(book.loan(), "loan_id")
            .groupBy(col("funding_partner"), col("own_share"))
            .agg(count(lit(1)), sum(col("balance")))
            .collectAsList()) {
      out.add(
          new ShareBalance(
              Optional.ofNullable(r.getString(0)),
              Optional.ofNullable(r.getDecimal(1)),
              r.getLong(2),
              SparkRows.cents(r, 3)));
    }
    return out;
  }

  /** See {@code Aggregates#coLentLoans}: by loan id. */
  List<CoLentLoan> coLentLoans(PushDownScope scope, YearMonth month, Set<BigDecimal> ownShares) {
    if (ownShares.isEmpty()) {
      return List.of();
    }
    List<CoLentLoan> out = new ArrayList<>();
    for (Row r :
        SparkRows.activeAt(book, scope, month)
            .join(book.loan(), "loan_id")
            .where(col("funding_partner").isNotNull())
            .where(col("own_share").isin(ownShares.toArray()))
            .orderBy(col("loan_id"))
            .select(col("loan_id"), col("funding_partner"), col("balance"), col("own_share"))
            .collectAsList()) {
      out.add(
          new CoLentLoan(r.getString(0), r.getString(1), SparkRows.cents(r, 2), r.getDecimal(3)));
    }
    return out;
  }

  /** Whether any loan of the book, in scope or not, names a funding partner. */
  boolean fundingPartnerRecorded() {
    return !book.loan().where(col("funding_partner").isNotNull()).isEmpty();
  }
}
