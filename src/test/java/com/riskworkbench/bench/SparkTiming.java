package com.riskworkbench.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

import com.riskworkbench.spark.SparkJob;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark job's analyses on a generated tape in local mode, to run by hand, not a unit test
 * (docs/benchmarks.md, "The Spark job"):
 *
 * <pre>
 * java -Xmx4g --add-opens=… -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     com.riskworkbench.bench.SparkTiming TAPE_DIR LAKE_DIR OUT_DIR [master]
 * </pre>
 *
 * Writes the tape's tables as Parquet into LAKE_DIR (once: skipped when it exists), then runs
 * {@code analyze} for each analysis with its defaults twice (the first run includes the session's
 * and the JIT's warm-up; {@code -Dbench.rounds=N}), printing the times, and leaves each CSV in
 * OUT_DIR/ANALYSIS.csv to be compared with the desktop's; {@code -Dbench.runs} picks the runs, and
 * the run {@code report} writes the committee pack to OUT_DIR/report-ROUND.xlsx.
 */
public final class SparkTiming {
  private SparkTiming() {}

  public static void main(String[] args) throws Exception {
    Path tape = Path.of(args[0]);
    Path lake = Path.of(args[1]);
    Path out = Path.of(args[2]);
    String master = args.length > 3 ? args[3] : "local[2]";
    long t0 = System.nanoTime();
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("risk-workbench-timing")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .getOrCreate();
    System.out.printf("session %.1f s%n", (System.nanoTime() - t0) / 1e9);
    if (!Files.exists(lake)) {
      long t = System.nanoTime();
      writeLake(spark, tape, lake);
      System.out.printf("tape to Parquet %.1f s%n", (System.nanoTime() - t) / 1e9);
    }
    Files.createDirectories(out);
    String[][] runs = runs(System.getProperty("bench.runs"));
    int rounds = Integer.parseInt(System.getProperty("bench.rounds", "2"));
    for (int round = 1; round <= rounds; round++) {
      for (String[] r : runs) {
        String name = String.join("_", r).replace("--", "");
        List<String> a =
            r[0].equals("report")
                ? new ArrayList<>(
                    List.of(
                        "report",
                        "--parquet",
                        lake.toString(),
                        "--out",
                        out.resolve(name + "-" + round + ".xlsx").toString()))
                : new ArrayList<>(List.of("analyze", r[0], "--parquet", lake.toString()));
        a.addAll(List.of(r).subList(1, r.length));
        long t = System.nanoTime();
        try (PrintWriter w =
            new PrintWriter(
                Files.newBufferedWriter(out.resolve(name + ".csv"), StandardCharsets.UTF_8))) {
          int status =
              SparkJob.run(
                  spark,
                  a.toArray(String[]::new),
                  w,
                  new PrintWriter(System.err, true, StandardCharsets.UTF_8));
          System.out.printf(
              "round %d %s: exit %d, %.1f s%n", round, name, status, (System.nanoTime() - t) / 1e9);
        }
      }
    }
    spark.stop();
  }

  /**
   * The runs of {@code -Dbench.runs} ("vintage;ecl;concentration --by borrower;report": one run per
   * ';', its options after the name), or the first benchmark's five.
   */
  static String[][] runs(String spec) {
    if (spec == null || spec.isBlank()) {
      return new String[][] {
        {"roll-rate"},
        {"flow-rate"},
        {"summary"},
        {"concentration"},
        {"concentration", "--by", "borrower"}
      };
    }
    return java.util.Arrays.stream(spec.split(";"))
        .map(String::trim)
        .filter(x -> !x.isEmpty())
        .map(x -> x.split("\\s+"))
        .toArray(String[][]::new);
  }

  /** The tape's CSV files as the §2 tables in Parquet, months as dates. */
  static void writeLake(SparkSession spark, Path tape, Path lake) throws Exception {
    Dataset<Row> borrowers = csv(spark, tape.resolve("borrowers.csv"));
    borrowers
        .withColumn("birth_date", to_date(col("birth_date")))
        .write()
        .parquet(lake.resolve("borrower").toString());
    csv(spark, tape.resolve("loans.csv")).write().parquet(lake.resolve("loan").toString());
    csv(spark, tape.resolve("loan_months.csv"))
        .withColumn("month", to_date(col("month"), "yyyy-MM"))
        .withColumn("balance", col("balance").cast(DataTypes.createDecimalType(18, 2)))
        .write()
        .parquet(lake.resolve("loan_month").toString());
    for (String[] optional :
        new String[][] {
          {"collections.csv", "collection_action"}, {"fraud_cases.csv", "fraud_case"}
        }) {
      if (Files.exists(tape.resolve(optional[0]))) {
        csv(spark, tape.resolve(optional[0])).write().parquet(lake.resolve(optional[1]).toString());
      }
    }
    List<String> meta = Files.readAllLines(tape.resolve("portfolio.csv"));
    String[] keys = meta.get(0).split(",", -1);
    String[] values = meta.get(1).split(",", -1);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (!values[i].isBlank()) {
        rows.add(RowFactory.create(keys[i], values[i]));
      }
    }
    StructType schema =
        new StructType().add("key", DataTypes.StringType).add("value", DataTypes.StringType);
    spark.createDataFrame(rows, schema).write().parquet(lake.resolve("portfolio_meta").toString());
  }

  private static Dataset<Row> csv(SparkSession spark, Path file) {
    return spark
        .read()
        .option("header", "true")
        .option("inferSchema", "false")
        .csv(file.toString());
  }
}
