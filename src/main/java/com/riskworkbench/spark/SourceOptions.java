package com.riskworkbench.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the book's tables are: the options every command of the job shares. */
final class SourceOptions {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Where where;

  static final class Where {
    @Option(
        names = "--parquet",
        paramLabel = "DIR",
        description =
            "A folder (local, hdfs://, s3a://, …) with one Parquet table per §2 table: DIR/loan,"
                + " DIR/loan_month, DIR/borrower (a folder of part files, or TABLE.parquet),"
                + " optionally DIR/portfolio_meta.")
    String parquet;

    @Option(
        names = "--catalog",
        paramLabel = "DATABASE",
        description = "A database of the session's catalog (Hive, Iceberg): DATABASE.loan, ….")
    String catalog;

    @Option(
        names = "--jdbc",
        paramLabel = "URL",
        description =
            "A JDBC database read with Spark's JDBC reader (user and password from RW_JDBC_USER"
                + " and RW_JDBC_PASSWORD; the driver on the job's class path).")
    String jdbc;
  }

  @Option(
      names = "--table",
      paramLabel = "TABLE=NAME",
      description =
          "A table under another name: a path for --parquet, a table name otherwise; repeatable,"
              + " e.g. --table loan_month=lake.loan_months.")
  List<String> tables = new ArrayList<>();

  @Option(
      names = "--map",
      paramLabel = "TABLE.COLUMN=SOURCE",
      description =
          "A column under another name in the source; repeatable, e.g. --map"
              + " loan_month.days_past_due=dpd.")
  List<String> columns = new ArrayList<>();

  TableSource source(SparkSession spark) {
    Properties jdbcProperties = new Properties();
    TableSource.Kind kind;
    String location;
    if (where.parquet != null) {
      kind = TableSource.Kind.PARQUET;
      location = where.parquet;
    } else if (where.catalog != null) {
      kind = TableSource.Kind.CATALOG;
      location = where.catalog;
    } else {
      kind = TableSource.Kind.JDBC;
      location = where.jdbc;
      if (location.trim().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:")) {
        // An H2 file may carry code its driver runs when it is opened (triggers, aliases, an
        // INIT in the URL); the desktop program opens portfolio files through its own checks.
        throw new IllegalArgumentException(
            "--jdbc does not open H2 files: analyse a portfolio file with the desktop program,"
                + " or give the job its tables as Parquet (--parquet)");
      }
      String user = System.getenv("RW_JDBC_USER");
      String password = System.getenv("RW_JDBC_PASSWORD");
      if (user != null) {
        jdbcProperties.setProperty("user", user);
      }
      if (password != null) {
        jdbcProperties.setProperty("password", password);
      }
    }
    return new TableSource(
        spark,
        kind,
        location,
        TableSource.pairs(tables, "--table", false),
        TableSource.pairs(columns, "--map", true),
        jdbcProperties);
  }
}
