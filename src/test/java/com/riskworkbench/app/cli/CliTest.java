package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.tape.Tapes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path temp;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(status, out.toString(), err.toString());
  }

  @Test
  void importThenInfoDescribesThePortfolio() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
    Path book = temp.resolve("book.mv.db");

    Result imported =
        run("import", "--from", tape.toString(), "--out", book.toString(), "--name", "Q1 book");
    Result info = run("info", "--portfolio", book.toString());

    assertThat(imported.status()).isZero();
    assertThat(imported.out())
        .contains("2 borrowers, 2 loans, 5 loan months, 1 collection actions, 1 fraud cases");
    assertThat(info.status()).isZero();
    assertThat(info.out())
        .contains(
            "name: Q1 book\n",
            "schema_version: 3\n",
            "months: 3\n",
            "first_month: 2025-01\n",
            "last_month: 2025-03\n",
            "loans: 2\n",
            "loan_months: 5\n");
  }

  @Test
  void badTapeExitsWithTwoAndListsTheErrors() throws Exception {
    Map<String, String> files = Tapes.valid();
    files.put("loans.csv", Tapes.LOANS.replace("L2,B2", "L2,B9"));
    Path tape = Tapes.write(temp.resolve("tape"), files);
    Path book = temp.resolve("book.mv.db");

    Result r = run("import", "--from", tape.toString(), "--out", book.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: The loan tape in " + tape + " has 1 error; nothing was written.")
        .contains("loans.csv, line 3, column borrower_id: borrower 'B9' is not in borrowers.csv");
    assertThat(Files.exists(book)).isFalse();
  }

  @Test
  void existingOutputNeedsForce() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
    Path book = Files.writeString(temp.resolve("book.mv.db"), "x");

    Result r = run("import", "--from", tape.toString(), "--out", book.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("already exists");
    assertThat(
            run("import", "--from", tape.toString(), "--out", book.toString(), "--force").status())
        .isZero();
  }

  @Test
  void missingOptionIsOneLineWithExitTwo() {
    Result r = run("import", "--from", "x");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("error: Missing required option: '--out=FILE.mv.db|URL'");
  }

  @Test
  void unknownCommandExitsWithTwo() {
    Result r = run("frobnicate");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument");
  }

  @Test
  void missingTapeFolderIsNamed() {
    Path none = temp.resolve("none");
    Result r =
        run("import", "--from", none.toString(), "--out", temp.resolve("b.mv.db").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("error: The tape folder " + none + " does not exist or is not a folder.\n");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"import", "info", "sample", "analyze"}) {
      Result r = run(command, "--help");
      assertThat(r.status()).isZero();
      assertThat(r.out()).contains("Usage: risk-workbench " + command);
    }
    // A lone % in a description is a format error to picocli, which warns on the console.
    PrintStream console = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    Result r;
    try {
      r = run("analyze", "--help");
    } finally {
      System.setErr(console);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(r.out()).contains("top 1/5/10 % shares").contains("against 15 % of net assets");
  }

  @Test
  void infoOnAMissingFileExitsWithTwo() {
    Path gone = temp.resolve("gone.mv.db");
    Result r = run("info", "--portfolio", gone.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: The portfolio file " + gone + " does not exist.\n");
  }
}
