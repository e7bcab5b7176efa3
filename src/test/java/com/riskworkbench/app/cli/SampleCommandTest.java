package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {
  @TempDir Path temp;

  private static final String[] TAPE_FILES = {
    "borrowers.csv",
    "loans.csv",
    "loan_months.csv",
    "collections.csv",
    "fraud_cases.csv",
    "portfolio.csv"
  };

  @Test
  void sameSeedWritesTheSameBytesOfTape() throws Exception {
    Path a = temp.resolve("a");
    Path b = temp.resolve("b");
    Path c = temp.resolve("c");

    assertThat(
            CliTest.run(
                    "sample",
                    "--loans",
                    "500",
                    "--months",
                    "18",
                    "--seed",
                    "9",
                    "--tape",
                    a.toString())
                .status())
        .isZero();
    assertThat(
            CliTest.run(
                    "sample",
                    "--loans",
                    "500",
                    "--months",
                    "18",
                    "--seed",
                    "9",
                    "--tape",
                    b.toString())
                .status())
        .isZero();
    assertThat(
            CliTest.run(
                    "sample",
                    "--loans",
                    "500",
                    "--months",
                    "18",
                    "--seed",
                    "10",
                    "--tape",
                    c.toString())
                .status())
        .isZero();

    for (String f : TAPE_FILES) {
      assertThat(Files.readAllBytes(a.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
    assertThat(Files.readAllBytes(a.resolve("loans.csv")))
        .isNotEqualTo(Files.readAllBytes(c.resolve("loans.csv")));
    try (var left = Files.list(a)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(TAPE_FILES);
    }
  }

  @Test
  void sampleTapeImportsAndMatchesTheDirectPortfolio() throws Exception {
    Path tape = temp.resolve("tape");
    Path direct = temp.resolve("direct.mv.db");
    Path imported = temp.resolve("imported.mv.db");

    CliTest.run(
        "sample", "--loans", "400", "--months", "12", "--seed", "3", "--tape", tape.toString());
    CliTest.run(
        "sample", "--loans", "400", "--months", "12", "--seed", "3", "--out", direct.toString());
    CliTest.Result r =
        CliTest.run("import", "--from", tape.toString(), "--out", imported.toString());

    assertThat(r.status()).isZero();
    String directInfo = CliTest.run("info", "--portfolio", direct.toString()).out();
    String importedInfo = CliTest.run("info", "--portfolio", imported.toString()).out();
    // Same counts and months whichever way the portfolio was made (name and file differ).
    assertThat(importedInfo.lines().skip(2))
        .containsExactlyElementsOf(directInfo.lines().skip(2).toList());
    assertThat(importedInfo).contains("loans: 400\n", "months: 12\n", "last_month: 2026-10\n");
  }

  @Test
  void badArgumentsExitWithTwo() {
    CliTest.Result r =
        CliTest.run(
            "sample", "--loans", "0", "--months", "12", "--tape", temp.resolve("t").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: loans must be at least 1");

    CliTest.Result both =
        CliTest.run("sample", "--loans", "5", "--months", "12", "--tape", "x", "--out", "y.mv.db");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
  }
}
