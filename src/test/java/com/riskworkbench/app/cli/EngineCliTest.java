package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.testing.PackCells;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --engine memory|database}: the database engine prints exactly what the in-memory engine
 * prints, and its committee pack holds what the in-memory pack holds.
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

  /**
   * Vintage with every option it takes, collections, fraud and warnings, filtered, both formats.
   */
  @ParameterizedTest
  @CsvSource({
    "vintage --threshold 60 --weight count --cohort quarter, csv",
    "vintage --threshold 90 --weight amount --cohort month, json",
    "collections, csv",
    "collections, json",
    "fraud, csv",
    "fraud, json",
    "warnings, csv",
    "warnings --five-category credit-card, json"
  })
  void vintageCollectionsFraudAndWarningsInTheDatabasePrintWhatMemoryPrints(
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

  /**
   * The pack computed in the database holds, sheet by sheet and cell by cell, what the pack
   * computed in memory holds — the fraud case list included — but for the two cover cells that
   * differ by nature: when it was generated and where it was computed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "channel=Own app,Branch"})
  void thePackInTheDatabaseHoldsWhatTheMemoryPackHolds(String filter) throws Exception {
    Path memoryPack = temp.resolve("memory" + filter.length() + ".xlsx");
    Path databasePack = temp.resolve("database" + filter.length() + ".xlsx");
    String[] common = {"report", "--portfolio", book.toString(), "--as-of", "2026-05"};
    if (!filter.isEmpty()) {
      common = concat(common, "--filter", filter);
    }
    CliTest.Result memory =
        CliTest.run(concat(common, "--out", memoryPack.toString(), "--engine", "memory"));
    CliTest.Result database =
        CliTest.run(concat(common, "--out", databasePack.toString(), "--engine", "database"));
    assertThat(memory.status()).as(memory.err()).isZero();
    assertThat(database.status()).as(database.err()).isZero();

    int compared =
        PackCells.assertSameCells(memoryPack, databasePack, Set.of("Generated at", "Computed"));
    // the sample's pack has thousands of cells: a comparison that found nothing proves nothing
    assertThat(compared).isGreaterThan(2000);
    assertThat(PackCells.cover(databasePack, "Computed")).startsWith("where the data are stored");
    assertThat(PackCells.cover(memoryPack, "Computed")).startsWith("in memory");
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
