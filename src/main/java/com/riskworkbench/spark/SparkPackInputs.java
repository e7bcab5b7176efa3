package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import com.riskworkbench.analysis.BookFacts;
import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.DataQualityReport;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.portfolio.MonthRows;
import com.riskworkbench.portfolio.PersonalData;
import com.riskworkbench.portfolio.store.PortfolioInfo;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * What the committee pack shows besides the analyses, read from the book's tables on the cluster:
 * the fraud cases' borrowers' names (to be masked), the data-quality findings and the rows of every
 * month, and a fingerprint of the tables' content for the cover and the audit log.
 */
final class SparkPackInputs {
  private SparkPackInputs() {}

  /**
   * The book's name and currency from {@code portfolio_meta} (the source's description and CNY when
   * it states none), and its months.
   */
  static BookFacts facts(SparkBook book) {
    PortfolioInfo info = book.info();
    return new BookFacts(
        meta(book, "name").orElse(book.description()),
        meta(book, "currency").orElse("CNY"),
        info.firstMonth(),
        info.lastMonth());
  }

  private static Optional<String> meta(SparkBook book, String key) {
    if (book.meta().isEmpty()) {
      return Optional.empty();
    }
    List<Row> rows =
        book.meta().get().where(col("key").equalTo(lit(key))).select(col("value")).collectAsList();
    return rows.isEmpty() || rows.get(0).isNullAt(0)
        ? Optional.empty()
        : Optional.of(rows.get(0).getString(0));
  }

  /** Name and ID number of each given borrower: few (the fraud cases' borrowers). */
  static Map<String, PersonalData> identities(SparkBook book, Collection<String> ids) {
    Map<String, PersonalData> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Row r :
        book.borrower()
            .where(col("borrower_id").isin(ids.toArray()))
            .select(col("borrower_id"), col("name"), col("id_number"))
            .collectAsList()) {
      out.put(
          r.getString(0),
          new PersonalData(
              Optional.ofNullable(r.getString(1)), Optional.ofNullable(r.getString(2))));
    }
    return out;
  }

  /**
   * The findings of the import that wrote the tables, when the source has its {@code
   * data_quality_finding} table (counts by kind and the first {@code limit} by id); the loan rows
   * and ACTIVE loans of every month, counted from {@code loan_month}.
   */
  static DataQualityReport dataQuality(SparkBook book, TableSource source, int limit) {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    List<DataQualityFinding> first = new ArrayList<>();
    Optional<Dataset<Row>> findings = source.readOptional("data_quality_finding");
    if (findings.isPresent()) {
      Dataset<Row> f = findings.get();
      for (Row r : f.groupBy(col("kind")).agg(count(lit(1))).collectAsList()) {
        counts.put(FindingKind.valueOf(r.getString(0)), Math.toIntExact(r.getLong(1)));
      }
      for (Row r :
          f.orderBy(col("finding_id"))
              .limit(limit)
              .select(col("kind"), col("loan_id"), col("detail"))
              .collectAsList()) {
        first.add(
            new DataQualityFinding(
                FindingKind.valueOf(r.getString(0)),
                Optional.ofNullable(r.getString(1)),
                r.getString(2)));
      }
    }
    List<MonthRows> months = new ArrayList<>();
    for (Row r :
        book.loanMonth()
            .groupBy(date_format(col("month"), "yyyy-MM").as("ym"))
            .agg(count(lit(1)), sum(when(col("status").equalTo(SparkRows.ACTIVE), 1).otherwise(0)))
            .orderBy(col("ym"))
            .collectAsList()) {
      months.add(
          new MonthRows(
              YearMonth.parse(r.getString(0)),
              Math.toIntExact(r.getLong(1)),
              Math.toIntExact(r.getLong(2))));
    }
    return new DataQualityReport(counts, first, months);
  }

  /**
   * A fingerprint of the tables' content, whatever their order or partitioning: per table, its rows
   * and the sum of each row's 64-bit hash (xxhash64 of every column read, a null hashed as a marker
   * no value has, so that a value moved to a neighbouring empty column changes it), all hashed with
   * SHA-256; {@code portfolio_meta} (net assets, name) included when present. The same content
   * gives the same fingerprint on every run; a changed value changes it.
   */
  static String fingerprint(SparkBook book) {
    List<Dataset<Row>> all =
        new ArrayList<>(
            List.of(
                book.loan(),
                book.loanMonth(),
                book.borrower(),
                book.collectionAction(),
                book.fraudCase()));
    book.meta().ifPresent(all::add);
    StringBuilder tables = new StringBuilder();
    for (Dataset<Row> t : all) {
      Column[] values = new Column[t.columns().length];
      for (int i = 0; i < values.length; i++) {
        values[i] = coalesce(col(t.columns()[i]).cast(DataTypes.StringType), lit(NULL_MARKER));
      }
      Row r =
          t.agg(count(lit(1)), sum(xxhash64(values).cast(DataTypes.createDecimalType(38, 0))))
              .first();
      BigDecimal hashes = r.isNullAt(1) ? BigDecimal.ZERO : r.getDecimal(1);
      tables.append(r.getLong(0)).append(':').append(hashes.toPlainString()).append(';');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(tables.toString().getBytes(StandardCharsets.UTF_8));
      return "spark-content-" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** What a null hashes as: a control character no stored value begins with. */
  private static final String NULL_MARKER = "\u0000null";
}
