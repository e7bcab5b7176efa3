package com.riskworkbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.app.cli.Cli;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.testing.LocalSpark;
import com.riskworkbench.testing.PackCells;
import com.riskworkbench.testing.PgServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark job's command line on the sample tape written as Parquet prints exactly what the
 * desktop's {@code analyze} prints for the same tape imported into a file; what it does not run yet
 * it refuses with exit 2 and says what it runs.
 */
@Timeout(300)
class SparkJobTest {
  @TempDir static Path temp;
  static Path file;
  static Path parquet;

  record Result(int status, String out, String err) {}

  @BeforeAll
  static void writeTheSample() throws Exception {
    file = temp.resolve("sample.mv.db");
    Result load = desktop("import", "--from", "sample-data", "--out", file.toString());
    assertThat(load.status()).as(load.err()).isZero();
    parquet = LocalSpark.parquetOf(file, temp.resolve("lake"));
  }

  /** The analysis options after the analysis name, '|' between arguments. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          summary          ; --format|csv
          summary          ; --as-of|2026-03|--five-category|credit-card|--format|json
          concentration    ; --format|csv
          concentration    ; --by|age_band|--filter|channel=Own app,Branch|--format|json
          concentration    ; --by|borrower|--as-of|2026-01|--format|csv
          roll-rate        ; --window|3|--as-of|2026-06|--filter|channel=Own app,Branch|--format|csv
          roll-rate        ; --format|json
          flow-rate        ; --window|6|--filter|funding_partner=(own)|--format|csv
          migration        ; --from|2026-01|--format|csv
          npl-walk         ; --five-category|credit-card|--format|json
          classification   ; --filter|channel=Own app,Branch|--format|csv
          scorecard        ; --mob|6|--threshold|30|--format|json
          vintage          ; --format|csv
          vintage          ; --threshold|60|--weight|count|--cohort|quarter|--filter|channel=Own app,Branch|--format|json
          collections      ; --as-of|2026-03|--format|csv
          fraud            ; --format|json
          warnings         ; --filter|channel=Own app,Branch|--format|csv
          """)
  void analyzePrintsWhatTheDesktopPrints(String analysis, String options) {
    String[] opts = options.split("\\|");
    Result desktop =
        desktop(concat(new String[] {"analyze", analysis, "--portfolio", file.toString()}, opts));
    Result spark =
        job(concat(new String[] {"analyze", analysis, "--parquet", parquet.toString()}, opts));

    assertThat(desktop.status()).as(desktop.err()).isZero();
    assertThat(spark.status()).as(spark.err()).isZero();
    assertThat(spark.out()).isEqualTo(desktop.out());
    if (options.contains("json")) {
      assertThat(spark.out()).startsWith("{\"rows\":[{");
    } else {
      assertThat(spark.out().lines().count()).isGreaterThan(1);
    }
  }

  /**
   * A lake whose loan_month calls days past due "dpd" reads with the mapping; without it the job
   * exits 2 and says which column it lacks and how to map it.
   */
  @Test
  void aColumnOfAnotherNameIsMapped() throws Exception {
    Path lake = temp.resolve("renamed");
    SparkSession spark = LocalSpark.get();
    for (String table : LocalSpark.TABLES) {
      var d = spark.read().parquet(parquet.resolve(table).toString());
      if (table.equals("loan_month")) {
        d = d.withColumnRenamed("days_past_due", "dpd");
      }
      d.write().parquet(lake.resolve(table).toString());
    }
    Result expected = job("analyze", "roll-rate", "--parquet", parquet.toString());
    Result mapped =
        job(
            "analyze",
            "roll-rate",
            "--parquet",
            lake.toString(),
            "--map",
            "loan_month.days_past_due=dpd");
    Result unmapped = job("analyze", "roll-rate", "--parquet", lake.toString());

    assertThat(mapped.status()).as(mapped.err()).isZero();
    assertThat(mapped.out()).isEqualTo(expected.out());
    assertThat(unmapped.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(unmapped.err())
        .contains("loan_month has no column days_past_due", "--map loan_month.days_past_due");
  }

  /**
   * The catalog's tables (here the session's global views) and JDBC (the sample imported into the
   * tests' PostgreSQL) give the same figures; an H2 file is refused over JDBC, where the desktop's
   * safe open would not guard it.
   */
  @Test
  void catalogTablesAndJdbcReadTheSameBook() throws Exception {
    SparkSession spark = LocalSpark.get();
    for (String table : LocalSpark.TABLES) {
      spark.read().parquet(parquet.resolve(table).toString()).createOrReplaceGlobalTempView(table);
    }
    PgServer server = PgServer.get();
    PortfolioLocation.Postgres db = server.newDatabase("rw_spark_jdbc");
    PortfolioImport.run(
        TapeSource.folder(Path.of("sample-data")), db, "sample", false, Progress.NONE, Map.of());
    String url = db.url() + "?user=" + server.adminUser() + "&password=" + server.adminPassword();
    Result fromParquet = job("analyze", "concentration", "--parquet", parquet.toString());
    Result fromCatalog = job("analyze", "concentration", "--catalog", "global_temp");
    Result fromJdbc = job("analyze", "concentration", "--jdbc", url);
    String path = file.toAbsolutePath().toString();
    Result fromH2 =
        job(
            "analyze",
            "concentration",
            "--jdbc",
            "jdbc:h2:file:" + path.substring(0, path.length() - ".mv.db".length()));

    assertThat(fromCatalog.status()).as(fromCatalog.err()).isZero();
    assertThat(fromJdbc.status()).as(fromJdbc.err()).isZero();
    assertThat(fromCatalog.out()).isEqualTo(fromParquet.out());
    assertThat(fromJdbc.out()).isEqualTo(fromParquet.out());
    assertThat(fromH2.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(fromH2.err()).contains("--jdbc does not open H2 files");
  }

  /**
   * The pack the job writes on the driver holds, sheet by sheet and cell by cell, what the
   * desktop's pack of the same book holds — whole and filtered — but for the cover rows that name
   * the source, its fingerprint, the time and where the figures were computed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "channel=Own app,Branch"})
  void thePackHoldsWhatTheDesktopPackHolds(String filter) throws Exception {
    Path desktopPack = temp.resolve("desktop" + filter.length() + ".xlsx");
    Path sparkPack = temp.resolve("spark" + filter.length() + ".xlsx");
    String[] scope = filter.isEmpty() ? new String[0] : new String[] {"--filter", filter};
    Result desktop =
        desktop(
            concat(
                new String[] {
                  "report", "--portfolio", file.toString(), "--out", desktopPack.toString()
                },
                scope));
    Result spark =
        job(
            concat(
                new String[] {
                  "report", "--parquet", parquet.toString(), "--out", sparkPack.toString()
                },
                scope));

    assertThat(desktop.status()).as(desktop.err()).isZero();
    assertThat(spark.status()).as(spark.err()).isZero();
    int compared =
        PackCells.assertSameCells(
            desktopPack,
            sparkPack,
            Set.of("Portfolio file", "File SHA-256", "Generated at", "Computed"));
    // the sample's pack has thousands of cells: a comparison that found nothing proves nothing
    assertThat(compared).isGreaterThan(2000);
    assertThat(PackCells.cover(sparkPack, "File SHA-256")).startsWith("spark-content-");
    assertThat(PackCells.cover(sparkPack, "Portfolio file")).isEqualTo(parquet.toString());
  }

  /** The fingerprint names the content: the same tables give the same one, a changed value not. */
  @Test
  void theFingerprintFollowsTheContent() throws Exception {
    SparkSession spark = LocalSpark.get();
    Path changed = temp.resolve("changed");
    for (String table : LocalSpark.TABLES) {
      var d = spark.read().parquet(parquet.resolve(table).toString());
      if (table.equals("loan")) {
        // one loan's rate up by a hundredth of a point: nothing else differs
        d =
            d.withColumn(
                "interest_rate",
                org.apache
                    .spark
                    .sql
                    .functions
                    .when(
                        d.col("loan_id").equalTo(d.select("loan_id").first().getString(0)),
                        d.col("interest_rate").plus(0.0001))
                    .otherwise(d.col("interest_rate")));
      }
      d.write().parquet(changed.resolve(table).toString());
    }
    TableSource same =
        new TableSource(
            spark,
            TableSource.Kind.PARQUET,
            parquet.toString(),
            Map.of(),
            Map.of(),
            new java.util.Properties());
    TableSource other =
        new TableSource(
            spark,
            TableSource.Kind.PARQUET,
            changed.toString(),
            Map.of(),
            Map.of(),
            new java.util.Properties());
    String first = SparkPackInputs.fingerprint(SparkBook.read(same));

    assertThat(SparkPackInputs.fingerprint(SparkBook.read(same))).isEqualTo(first);
    assertThat(SparkPackInputs.fingerprint(SparkBook.read(other))).isNotEqualTo(first);
  }

  @Test
  void anAsOfMonthOutsideTheDataIsBadInput() {
    Result r = job("analyze", "summary", "--parquet", parquet.toString(), "--as-of", "2030-01");

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("as-of month 2030-01 is outside the data");
  }

  @Test
  void withoutASourceTheJobSaysWhatItNeeds() {
    Result r = job("analyze", "summary");

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("--parquet", "--catalog", "--jdbc");
  }

  static Result desktop(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    if (args[0].equals("analyze")) {
      all.add("--no-cache");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Result(status, out.toString(), err.toString());
  }

  static Result job(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SparkJob.run(LocalSpark.get(), args, new PrintWriter(out), new PrintWriter(err));
    return new Result(status, out.toString(), err.toString());
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
