package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.tape.Tapes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run killed outright (kill -9) leaves behind is removed by the next run of its kind, and
 * only when the process that wrote it is gone; a tape is never replaced without --force.
 */
class LeftoversTest {
  @TempDir Path temp;

  /** The id of a process that has ended: what a killed run's file names carry. */
  static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  private static String names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return String.join(" ", files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aKilledImportsTemporaryFileIsRemovedByTheNextImport() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
    Path out = Files.createDirectories(temp.resolve("out"));
    long dead = deadPid();
    long alive = ProcessHandle.current().parent().orElseThrow().pid();
    Files.writeString(out.resolve(".book.importing-" + dead + ".mv.db"), "half a file");
    Files.writeString(out.resolve(".book.importing-" + dead + ".trace.db"), "trace");
    Files.writeString(out.resolve(".book.importing-" + alive + ".mv.db"), "still being written");

    CliTest.Result r =
        CliTest.run(
            "import", "--from", tape.toString(), "--out", out.resolve("book.mv.db").toString());

    assertThat(r.status()).isZero();
    assertThat(names(out)).isEqualTo(".book.importing-" + alive + ".mv.db book.mv.db");
  }

  @Test
  void aKilledReportsPartialFileIsRemovedByTheNextReport() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
    Path book = temp.resolve("book.mv.db");
    assertThat(CliTest.run("import", "--from", tape.toString(), "--out", book.toString()).status())
        .isZero();
    Path out = Files.createDirectories(temp.resolve("out"));
    Files.writeString(out.resolve(".pack.xlsx." + deadPid() + "-1a2b.partial"), "half a pack");

    CliTest.Result r =
        CliTest.run(
            "report", "--portfolio", book.toString(), "--out", out.resolve("pack.xlsx").toString());

    assertThat(r.status()).isZero();
    assertThat(names(out)).isEqualTo("pack.xlsx");
  }

  @Test
  void aKilledSampleTapesPartialFilesAreRemovedAndATapeIsNotReplacedWithoutForce()
      throws Exception {
    Path tape = Files.createDirectories(temp.resolve("tape"));
    Files.writeString(tape.resolve(".loan_months.csv." + deadPid() + "-ff.partial"), "half");

    CliTest.Result first =
        CliTest.run("sample", "--loans", "20", "--months", "6", "--tape", tape.toString());
    String loans = Files.readString(tape.resolve("loans.csv"));
    CliTest.Result again =
        CliTest.run(
            "sample", "--loans", "30", "--months", "6", "--seed", "9", "--tape", tape.toString());
    String unchanged = Files.readString(tape.resolve("loans.csv"));
    CliTest.Result forced =
        CliTest.run(
            "sample",
            "--loans",
            "30",
            "--months",
            "6",
            "--seed",
            "9",
            "--tape",
            tape.toString(),
            "--force");

    assertThat(first.status()).isZero();
    assertThat(names(tape))
        .isEqualTo(
            "borrowers.csv collections.csv fraud_cases.csv loan_months.csv loans.csv"
                + " portfolio.csv");
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err())
        .isEqualTo(
            "error: The folder "
                + tape
                + " already holds a loan tape (borrowers.csv); use --force to replace it.\n");
    assertThat(unchanged).isEqualTo(loans);
    assertThat(forced.status()).isZero();
    // a header and one line per loan: 30 loans
    assertThat(Files.readString(tape.resolve("loans.csv")).lines().count()).isEqualTo(31);
  }
}
