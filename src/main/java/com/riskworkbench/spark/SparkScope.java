package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A {@link PushDownScope} as Spark columns, with the rules of the SQL engines
 * (portfolio.store.pushdown.ScopeConditions): a semi-join to the loans whose every filtered
 * attribute is allowed, {@code (own)} and {@code (none)} for a loan with no funding partner and a
 * borrower in no group, the age band by comparing birth dates with limits worked out in Java.
 */
final class SparkScope {
  private SparkScope() {}

  /** The rows of {@code rows} (with a {@code loanId} column) whose loan is in the scope. */
  static Dataset<Row> restrict(Dataset<Row> rows, String loanId, PushDownScope scope, SparkBook b) {
    if (scope.allowed().isEmpty()) {
      return rows;
    }
    LocalDate end = scope.asOf().atEndOfMonth();
    Column all = lit(true);
    for (Map.Entry<LoanAttribute, Set<String>> e : scope.allowed().entrySet()) {
      all = all.and(attribute(e.getKey(), e.getValue(), end));
    }
    Dataset<Row> loans =
        b.loan()
            .join(b.borrower(), "borrower_id")
            .where(all)
            .select(col("loan_id").as("scope_loan_id"));
    return rows.join(loans, rows.col(loanId).equalTo(loans.col("scope_loan_id")), "left_semi");
  }

  private static Column attribute(LoanAttribute a, Set<String> values, LocalDate end) {
    Object[] allowed = values.toArray();
    return switch (a) {
      case FUNDING_PARTNER -> orNone(col("funding_partner"), values, LoanAttribute.OWN);
      case GROUP -> orNone(col("group_id"), values, LoanAttribute.NO_GROUP);
      case AGE_BAND -> ageBand(end).isin(allowed);
      default -> column(a).isin(allowed);
    };
  }

  private static Column orNone(Column c, Set<String> values, String none) {
    Column in = c.isin(values.toArray());
    return values.contains(none) ? in.or(c.isNull()) : in;
  }

  /** The columns of the loan joined to its borrower that the in-memory dimensions read. */
  private static Column column(LoanAttribute a) {
    return switch (a) {
      case PRODUCT -> col("product");
      case CHANNEL -> col("channel");
      case REGION -> col("region");
      case INDUSTRY -> col("industry");
      case RISK_GRADE -> col("risk_grade");
      case BORROWER_TYPE -> col("borrower_type");
      case BORROWER -> col("borrower_id");
      default -> throw new IllegalArgumentException("not a column: " + a);
    };
  }

  /** The segment key of a loan (joined to its borrower) for {@code a}, labelled as in memory. */
  static Column segmentKey(LoanAttribute a, LocalDate end) {
    return switch (a) {
      case FUNDING_PARTNER -> coalesce(col("funding_partner"), lit(LoanAttribute.OWN));
      case GROUP -> coalesce(col("group_id"), lit(LoanAttribute.NO_GROUP));
      case AGE_BAND -> ageBand(end);
      default -> column(a);
    };
  }

  /** The age band at {@code end}: birth dates against the in-memory rule's limits. */
  static Column ageBand(LocalDate end) {
    Column birth = col("birth_date");
    List<String> bands = LoanAttribute.AGE_BANDS;
    return when(birth.isNull(), lit(bands.get(5)))
        .when(birth.gt(lit(LoanAttribute.latestBirthOfAge(25, end))), lit(bands.get(0)))
        .when(birth.gt(lit(LoanAttribute.latestBirthOfAge(35, end))), lit(bands.get(1)))
        .when(birth.gt(lit(LoanAttribute.latestBirthOfAge(45, end))), lit(bands.get(2)))
        .when(birth.gt(lit(LoanAttribute.latestBirthOfAge(55, end))), lit(bands.get(3)))
        .otherwise(lit(bands.get(4)));
  }
}
