package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.store.PortfolioInfo;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The tables of a book the pushed-down analyses read (their shapes: docs/spark-job.md), with the
 * portfolio's column names and types whatever the source's (a column's source name mapped by {@link
 * TableSource}, its type cast: a balance stored as a double becomes DECIMAL(18,2)), and the
 * optional columns of a version-2 book as nulls where the source lacks them, which is how a
 * version-1 book reads.
 */
record SparkBook(
    Dataset<Row> loan,
    Dataset<Row> loanMonth,
    Dataset<Row> borrower,
    Dataset<Row> collectionAction,
    Dataset<Row> fraudCase,
    Optional<Dataset<Row>> meta,
    String description) {

  /** The columns read from each table, with their §2 types; the last ones are optional. */
  static final List<String> LOAN_COLUMNS =
      List.of(
          "loan_id",
          "borrower_id",
          "product",
          "channel",
          "origination_date",
          "maturity_date",
          "principal",
          "risk_grade",
          "interest_rate",
          "funding_partner",
          "own_share");

  static final List<String> LOAN_MONTH_COLUMNS =
      List.of(
          "loan_id",
          "month",
          "balance",
          "days_past_due",
          "status",
          "charge_off_amount",
          "recovery_amount",
          "five_category",
          "provision");

  static final List<String> BORROWER_COLUMNS =
      List.of(
          "borrower_id",
          "borrower_type",
          "name",
          "id_number",
          "region",
          "industry",
          "birth_date",
          "credit_score",
          "group_id");

  static final List<String> COLLECTION_ACTION_COLUMNS =
      List.of("action_id", "loan_id", "action_date", "action_type", "outcome", "amount_recovered");

  static final List<String> FRAUD_CASE_COLUMNS =
      List.of(
          "case_id",
          "loan_id",
          "borrower_id",
          "reported_date",
          "fraud_type",
          "detection_channel",
          "status",
          "exposure",
          "loss_amount",
          "recovered_amount",
          "root_cause",
          "summary");

  /**
   * Columns a book may lack, read as null when the source has none: those a version-1 book lacks
   * (funding partner, own share, booked category, provision, group), and those that may be empty in
   * any book (amounts charged off and recovered, personal data, credit score).
   */
  static final List<String> OPTIONAL =
      List.of(
          "funding_partner",
          "own_share",
          "five_category",
          "provision",
          "group_id",
          "charge_off_amount",
          "recovery_amount",
          "name",
          "id_number",
          "credit_score");

  /** The tables of {@code source}, renamed and cast to the §2 shape. */
  static SparkBook read(TableSource source) {
    return new SparkBook(
        shape("loan", source.read("loan"), LOAN_COLUMNS),
        shape("loan_month", source.read("loan_month"), LOAN_MONTH_COLUMNS),
        shape("borrower", source.read("borrower"), BORROWER_COLUMNS),
        optionalTable(source, "collection_action", COLLECTION_ACTION_COLUMNS),
        optionalTable(source, "fraud_case", FRAUD_CASE_COLUMNS),
        source.readOptional("portfolio_meta"),
        source.describe());
  }

  /** A table a book may lack (no collections, no fraud cases): empty, of its shape, when absent. */
  private static Dataset<Row> optionalTable(TableSource source, String name, List<String> columns) {
    Optional<Dataset<Row>> table = source.readOptional(name);
    if (table.isPresent()) {
      return shape(name, table.get(), columns);
    }
    org.apache.spark.sql.types.StructField[] fields =
        new org.apache.spark.sql.types.StructField[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = DataTypes.createStructField(columns.get(i), typeOf(columns.get(i)), true);
    }
    return source.emptyTable(DataTypes.createStructType(fields));
  }

  private static Dataset<Row> shape(String name, Dataset<Row> table, List<String> columns) {
    List<String> present =
        Arrays.stream(table.columns()).map(c -> c.toLowerCase(Locale.ROOT)).toList();
    Column[] out = new Column[columns.size()];
    for (int i = 0; i < out.length; i++) {
      String column = columns.get(i);
      Column c;
      if (present.contains(column)) {
        c = col(column);
      } else if (OPTIONAL.contains(column)) {
        c = lit(null);
      } else {
        throw new IllegalArgumentException(
            "the table "
                + name
                + " has no column "
                + column
                + " (its columns: "
                + String.join(", ", table.columns())
                + "); name the source's column with --map "
                + name
                + "."
                + column
                + "=COLUMN");
      }
      out[i] = c.cast(typeOf(column)).as(column);
    }
    return table.select(out);
  }

  private static org.apache.spark.sql.types.DataType typeOf(String column) {
    return switch (column) {
      case "month",
              "birth_date",
              "origination_date",
              "maturity_date",
              "action_date",
              "reported_date" ->
          DataTypes.DateType;
      case "balance",
              "principal",
              "charge_off_amount",
              "recovery_amount",
              "provision",
              "amount_recovered",
              "exposure",
              "loss_amount",
              "recovered_amount" ->
          DataTypes.createDecimalType(18, 2);
      case "interest_rate" -> DataTypes.createDecimalType(9, 6);
      case "own_share" -> DataTypes.createDecimalType(5, 4);
      case "days_past_due", "credit_score" -> DataTypes.IntegerType;
      default -> DataTypes.StringType;
    };
  }

  /**
   * What the engine needs to know of the book: its first and last months (one pass over the month
   * column) and its counts of rows; the name is where it was read from.
   */
  PortfolioInfo info() {
    Row r =
        loanMonth
            .agg(
                date_format(min(col("month")), "yyyy-MM"),
                date_format(max(col("month")), "yyyy-MM"),
                count(lit(1)))
            .first();
    Optional<YearMonth> first = Optional.ofNullable(r.getString(0)).map(YearMonth::parse);
    Optional<YearMonth> last = Optional.ofNullable(r.getString(1)).map(YearMonth::parse);
    int months =
        first.isEmpty()
            ? 0
            : (int) (first.get().until(last.orElseThrow(), java.time.temporal.ChronoUnit.MONTHS))
                + 1;
    return new PortfolioInfo(
        new PortfolioLocation.File(Path.of(description)),
        description,
        2,
        "CNY",
        first,
        last,
        months,
        borrower.count(),
        loan.count(),
        r.getLong(2),
        0,
        0);
  }

  /** The net assets of {@code portfolio_meta}, when the source has that table and states them. */
  OptionalLong netAssetsCents() {
    return amount("net_assets");
  }

  /**
   * The tier 1 net capital of {@code portfolio_meta} (the co-lending partner limit), when the
   * source has that table and states it.
   */
  OptionalLong tier1NetCapitalCents() {
    return amount("tier1_net_capital");
  }

  private OptionalLong amount(String key) {
    if (meta.isEmpty()) {
      return OptionalLong.empty();
    }
    List<Row> rows =
        meta.get().where(col("key").equalTo(lit(key))).select(col("value")).collectAsList();
    return rows.isEmpty() || rows.get(0).isNullAt(0)
        ? OptionalLong.empty()
        : OptionalLong.of(Money.parseCents(rows.get(0).getString(0).trim()));
  }
}
