package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --engine memory|database}: the database engine prints exactly what the in-memory engine
 * prints, and says "not yet" (exit 2, nothing on standard output) for what it does not run.
 */
class EngineCliTest {
  @TempDir static Path temp;
  static Path book;

  @BeforeAll
  static void importSample() {
    book = temp.resolve("sample.mv.db");
    CliTest.Result load = CliTest.run("import", "--from", "sample-data", "--out", book.toString());
    assertThat(load.status()).as(load.err()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json"})
  void rollRateInTheDatabasePrintsWhatMemoryPrints(String format) {
    String[] common = {
      "analyze",
      "roll-rate",
      "--portfolio",
      book.toString(),
      "--window",
      "3",
      "--as-of",
      "2026-06",
      "--filter",
      "channel=Own app,Branch",
      "--format",
      format
    };
    CliTest.Result memory = CliTest.run(concat(common, "--engine", "memory"));
    CliTest.Result database = CliTest.run(concat(common, "--engine", "database"));

    assertThat(memory.status()).as(memory.err()).isZero();
    assertThat(database.status()).as(database.err()).isZero();
    assertThat(database.out()).isEqualTo(memory.out());
    assertThat(database.err()).isEmpty();
  }

  @Test
  void anAnalysisNotPushedDownYetIsRefusedInTheDatabase() {
    CliTest.Result r =
        CliTest.run("analyze", "warnings", "--portfolio", book.toString(), "--engine", "database");

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("warnings does not run in the database yet");
  }

  /** Vintage with every option it takes, collections and fraud, filtered, in both formats. */
  @ParameterizedTest
  @CsvSource({
    "vintage --threshold 60 --weight count --cohort quarter, csv",
    "vintage --threshold 90 --weight amount --cohort month, json",
    "collections, csv",
    "collections, json",
    "fraud, csv",
    "fraud, json"
  })
  void vintageCollectionsAndFraudInTheDatabasePrintWhatMemoryPrints(
      String analysis, String format) {
    String[] common =
        concat(
            analysis.split(" "),
            "--portfolio",
            book.toString(),
            "--as-of",
            "2026-05",
            "--filter",
            "channel=Own app,Branch",
            "--format",
            format);
    CliTest.Result memory =
        CliTest.run(concat(concat(new String[] {"analyze"}, common), "--engine", "memory"));
    CliTest.Result database =
        CliTest.run(concat(concat(new String[] {"analyze"}, common), "--engine", "database"));

    assertThat(memory.status()).as(memory.err()).isZero();
    assertThat(database.status()).as(database.err()).isZero();
    assertThat(database.out()).isNotEmpty().isEqualTo(memory.out());
    assertThat(database.err()).isEmpty();
  }

  @Test
  void thePackIsRefusedInTheDatabase() {
    CliTest.Result r =
        CliTest.run(
            "report",
            "--portfolio",
            book.toString(),
            "--out",
            temp.resolve("p.xlsx").toString(),
            "--engine",
            "database");

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("does not run in the database yet");
    assertThat(temp.resolve("p.xlsx")).doesNotExist();
  }

  @Test
  void anUnknownEngineIsBadInput() {
    CliTest.Result r =
        CliTest.run("analyze", "roll-rate", "--portfolio", book.toString(), "--engine", "gpu");

    assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("unknown engine 'gpu'; expected memory or database");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
