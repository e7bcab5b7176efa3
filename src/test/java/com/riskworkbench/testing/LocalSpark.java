package com.riskworkbench.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * One Spark session in local mode for the whole test run (starting one takes seconds): two worker
 * threads, four shuffle partitions (the default 200 would make every small test slow), no UI.
 */
public final class LocalSpark {
  private LocalSpark() {}

  private static SparkSession session;

  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("risk-workbench-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
    }
    return session;
  }

  /** The §2 tables of a portfolio file, as a data lake holds them. */
  public static final String[] TABLES = {
    "borrower",
    "loan",
    "loan_month",
    "portfolio_meta",
    "collection_action",
    "fraud_case",
    "data_quality_finding"
  };

  /**
   * Writes each table of the H2 portfolio file {@code file} ({@code *.mv.db}, not open elsewhere)
   * as Parquet into {@code folder}/TABLE, read with Spark's JDBC reader, column names in lower case
   * as a data lake names them; returns the folder.
   */
  public static Path parquetOf(Path file, Path folder) throws Exception {
    String path = file.toAbsolutePath().toString();
    String url =
        "jdbc:h2:file:"
            + path.substring(0, path.length() - ".mv.db".length())
            + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    Properties p = new Properties();
    p.setProperty("driver", "org.h2.Driver");
    p.setProperty("user", "sa");
    p.setProperty("password", "");
    Files.createDirectories(folder);
    for (String table : TABLES) {
      Dataset<Row> d = get().read().jdbc(url, table, p);
      Column[] lower = new Column[d.columns().length];
      for (int i = 0; i < lower.length; i++) {
        String c = d.columns()[i];
        lower[i] = functions.col(c).as(c.toLowerCase(Locale.ROOT));
      }
      d.select(lower).write().parquet(folder.resolve(table).toString());
    }
    return folder;
  }
}
