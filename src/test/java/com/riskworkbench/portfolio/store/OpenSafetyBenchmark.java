package com.riskworkbench.portfolio.store;

import com.riskworkbench.common.FileHashes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * What the safety checks of docs/decisions/0006 add to opening a portfolio file, beside the
 * reference of the same run: H2 opening the file read-only with nothing checked. Median of 7 runs
 * after 3 warm-ups, in one JVM. Run by docs/bench/open.sh; not a test.
 */
public final class OpenSafetyBenchmark {
  private OpenSafetyBenchmark() {}

  interface Step {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]).toAbsolutePath();
    String url =
        "jdbc:h2:file:" + PortfolioFiles.urlPath(file) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    System.out.printf("file: %s, %,d bytes%n", file, Files.size(file));
    System.out.println("| step | median ms |");
    System.out.println("|---|---|");
    row(
        "reference: H2 opens the file read-only, nothing checked",
        () -> {
          try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.isValid(1);
          }
        });
    row(
        "before the open: stored schema read and judged (layers 1, 2)",
        () -> SchemaObjects.check(file, StoredSchema.read(file)));
    row(
        "after the open: information schema checked (layer 5)",
        () -> {
          try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            OpenSchemaCheck.check(file, DSL.using(c, SQLDialect.H2));
          }
        });
    row(
        "PortfolioRepository.open, everything (checks, open, meta)",
        () -> PortfolioRepository.open(file).close());
    row(
        "SHA-256 of the file (the cache key and the pack's fingerprint)",
        () -> FileHashes.sha256(file));
  }

  private static void row(String name, Step step) throws Exception {
    for (int i = 0; i < 3; i++) {
      step.run();
    }
    double[] ms = new double[7];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      step.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("| %s | %.1f |%n", name, ms[ms.length / 2]);
  }
}
