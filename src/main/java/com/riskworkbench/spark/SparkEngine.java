package com.riskworkbench.spark;

import com.riskworkbench.analysis.DatabaseEngine;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;

/** The engine that finishes the analyses from aggregates Spark computes over a book's tables. */
public final class SparkEngine {
  private SparkEngine() {}

  /**
   * The engine over a folder of Parquet tables (DIR/loan, DIR/loan_month, DIR/borrower, optionally
   * DIR/portfolio_meta for the net assets and the tier 1 net capital), columns named as in {@code
   * columns} ({@code loan_month.days_past_due} → {@code dpd}; empty when they have the §2 names).
   */
  public static DatabaseEngine parquet(
      SparkSession spark, String folder, Map<String, String> columns) {
    return of(
        new TableSource(
            spark, TableSource.Kind.PARQUET, folder, Map.of(), columns, new Properties()));
  }

  static DatabaseEngine of(TableSource source) {
    return of(SparkBook.read(source));
  }

  static DatabaseEngine of(SparkBook book) {
    return new DatabaseEngine(
        new SparkAggregates(book), book.info(), book.netAssetsCents(), book.tier1NetCapitalCents());
  }
}
