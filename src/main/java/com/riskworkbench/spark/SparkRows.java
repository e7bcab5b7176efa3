package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.YearMonth;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The pieces the Spark plans share: the scope's active rows, joins, buckets, cents. */
final class SparkRows {
  private SparkRows() {}

  static final String ACTIVE = "ACTIVE";

  /** The scope's rows ACTIVE at {@code month}. */
  static Dataset<Row> activeAt(SparkBook book, PushDownScope scope, YearMonth month) {
    Dataset<Row> rows =
        book.loanMonth()
            .where(col("status").equalTo(ACTIVE))
            .where(col("month").equalTo(lit(month.atDay(1))));
    return SparkScope.restrict(rows, "loan_id", scope, book);
  }

  /** Rows of loan_month with their loan's and borrower's columns (joins on the keys). */
  static Dataset<Row> withLoanAndBorrower(SparkBook book, Dataset<Row> rows) {
    return rows.join(book.loan(), "loan_id").join(book.borrower(), "borrower_id");
  }

  /** The bucket of a days-past-due value: 0 below the first edge, then one per edge passed. */
  static Column bucket(Column dpd, int[] edges) {
    Column c = when(dpd.lt(edges[0]), lit(0));
    for (int i = 1; i < edges.length; i++) {
      c = c.when(dpd.lt(edges[i]), lit(i));
    }
    return c.otherwise(lit(edges.length));
  }

  /** A DECIMAL sum of column {@code i} as exact cents. */
  static long cents(Row r, int i) {
    return Money.toCents(r.getDecimal(i));
  }
}
