package com.riskworkbench.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Where the job reads a book's tables from, with Spark's own readers: a folder of Parquet tables
 * ({@code DIR/loan}, {@code DIR/loan_month}, … — a folder of part files or one {@code .parquet}
 * file each), a database of the session's catalog (Hive or Iceberg: {@code DB.loan}, …) or a JDBC
 * database. {@code tables} names a table differently ({@code loan_month=lake.loan_months}, a path
 * for Parquet); {@code columns} maps a §2 column to the source's ({@code loan_month.days_past_due}
 * → {@code dpd}).
 */
record TableSource(
    SparkSession spark,
    Kind kind,
    String location,
    Map<String, String> tables,
    Map<String, String> columns,
    Properties jdbc) {

  enum Kind {
    PARQUET,
    CATALOG,
    JDBC
  }

  TableSource {
    tables = Map.copyOf(tables);
    columns = Map.copyOf(columns);
  }

  /** {@code TABLE=NAME} and {@code TABLE.COLUMN=SOURCE} pairs as maps, checked. */
  static Map<String, String> pairs(List<String> texts, String option, boolean column) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String t : texts) {
      int eq = t.indexOf('=');
      String key = eq < 0 ? "" : t.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
      String value = eq < 0 ? "" : t.substring(eq + 1).strip();
      int dot = key.indexOf('.');
      if (key.isEmpty() || value.isEmpty() || column != (dot > 0 && dot < key.length() - 1)) {
        throw new IllegalArgumentException(
            option
                + " takes "
                + (column ? "TABLE.COLUMN=SOURCE_COLUMN" : "TABLE=NAME")
                + ", got '"
                + t
                + "'");
      }
      out.put(key, value);
    }
    return out;
  }

  /** The table named {@code table} in §2, its columns renamed to the §2 names. */
  Dataset<Row> read(String table) {
    Dataset<Row> d =
        switch (kind) {
          case PARQUET -> parquet(table);
          case CATALOG -> spark.table(tables.getOrDefault(table, location + "." + table));
          case JDBC -> spark.read().jdbc(location, tables.getOrDefault(table, table), jdbc);
        };
    for (Map.Entry<String, String> e : columns.entrySet()) {
      String prefix = table + ".";
      if (e.getKey().startsWith(prefix)) {
        d = d.withColumnRenamed(e.getValue(), e.getKey().substring(prefix.length()));
      }
    }
    return d;
  }

  /** An empty table of {@code schema}: what a book without collections or fraud cases reads. */
  Dataset<Row> emptyTable(org.apache.spark.sql.types.StructType schema) {
    return spark.createDataFrame(java.util.List.<Row>of(), schema);
  }

  /** A table the book may lack (portfolio_meta): empty when the source has none. */
  Optional<Dataset<Row>> readOptional(String table) {
    try {
      return Optional.of(read(table));
    } catch (Exception e) {
      if (e instanceof AnalysisException) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private Dataset<Row> parquet(String table) {
    String named = tables.get(table);
    if (named != null) {
      return spark.read().parquet(named);
    }
    String folder = location.endsWith("/") ? location + table : location + "/" + table;
    try {
      return spark.read().parquet(folder);
    } catch (Exception e) {
      if (e instanceof AnalysisException) {
        // not a folder of part files: the table as one file
        return spark.read().parquet(folder + ".parquet");
      }
      throw e;
    }
  }

  /** Where the tables are, for messages (never the JDBC password: it is in {@code jdbc}). */
  String describe() {
    return switch (kind) {
      case PARQUET -> location;
      case CATALOG -> "catalog " + location;
      case JDBC -> location;
    };
  }
}
