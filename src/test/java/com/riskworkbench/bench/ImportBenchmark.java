package com.riskworkbench.bench;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.H2PortfolioWriter;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.TapeWriter;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Generation and import at scale, with H2's own CSV bulk load of the same loan_months.csv as the
 * reference, in the same run. Not a unit test: run it by hand (docs/benchmarks.md).
 *
 * <p>Arguments: loans months seed work-folder.
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int loans = Integer.parseInt(args[0]);
    int months = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    Path work = Path.of(args[3]);
    Files.createDirectories(work);
    Path tape = work.resolve("tape");
    SampleSpec spec = new SampleSpec(loans, months, seed);

    clean(tape);
    long t0 = System.nanoTime();
    try (TapeWriter w = new TapeWriter(tape)) {
      new SampleGenerator(spec).generate(w, Progress.NONE);
      w.finish();
    }
    double genTape = seconds(t0);

    Path direct = work.resolve("direct.mv.db");
    Files.deleteIfExists(direct);
    t0 = System.nanoTime();
    try (H2PortfolioWriter w = H2PortfolioWriter.create(direct, true)) {
      new SampleGenerator(spec).generate(w, Progress.NONE);
      w.finish();
    }
    double genH2 = seconds(t0);

    Path imported = work.resolve("imported.mv.db");
    long[] monthsPhase = new long[2];
    Progress phases =
        new Progress() {
          String last = "";

          @Override
          public void update(long done, long total, String message) {
            if (!message.equals(last)) {
              long now = System.nanoTime();
              if (message.startsWith("Reading loan_months")) {
                monthsPhase[0] = now;
              } else if (last.startsWith("Reading loan_months")) {
                monthsPhase[1] = now;
              }
              last = message;
            }
          }

          @Override
          public boolean isCancelled() {
            return false;
          }
        };
    t0 = System.nanoTime();
    ImportSummary s = PortfolioImport.run(TapeSource.folder(tape), imported, "bench", true, phases);
    double importAll = seconds(t0);
    double monthsSeconds = (monthsPhase[1] - monthsPhase[0]) / 1e9;

    Path reference = work.resolve("reference.mv.db");
    Files.deleteIfExists(reference);
    t0 = System.nanoTime();
    String base = reference.toString().replace(".mv.db", "");
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE loan_month(loan_id VARCHAR(64) NOT NULL, \"MONTH\" DATE NOT NULL,"
              + " balance DECIMAL(18,2) NOT NULL, days_past_due INT NOT NULL,"
              + " status VARCHAR(20) NOT NULL, charge_off_amount DECIMAL(18,2),"
              + " recovery_amount DECIMAL(18,2), PRIMARY KEY (loan_id, \"MONTH\"))");
      st.execute(
          "INSERT INTO loan_month SELECT loan_id, CAST(\"MONTH\" || '-01' AS DATE), balance,"
              + " days_past_due, status, NULLIF(charge_off_amount, ''), NULLIF(recovery_amount, '')"
              + " FROM CSVREAD('"
              + tape.resolve("loan_months.csv")
              + "', NULL, 'charset=UTF-8')");
      st.execute("SHUTDOWN COMPACT");
    }
    double referenceSeconds = seconds(t0);

    System.out.printf("| loans × months | %,d × %d |%n", loans, months);
    System.out.printf("| loan months | %,d |%n", s.loanMonths());
    System.out.printf(
        "| rows in the tape (all files) | %,d |%n",
        s.borrowers() + s.loans() + s.loanMonths() + s.collectionActions() + s.fraudCases());
    System.out.printf("| tape size | %,d MB |%n", size(tape) / 1_000_000);
    System.out.printf("| `sample --tape` (generate + write CSV) | %.1f s |%n", genTape);
    System.out.printf("| `sample --out` (generate + write H2) | %.1f s |%n", genH2);
    System.out.printf("| `import`, whole tape, checked, all or nothing | %.1f s |%n", importAll);
    System.out.printf(
        "| `import`, loan_months.csv phase | %.1f s = %,.0f rows/s |%n",
        monthsSeconds, s.loanMonths() / monthsSeconds);
    System.out.printf(
        "| reference: H2 `CSVREAD` of loan_months.csv alone, no checks | %.1f s = %,.0f rows/s |%n",
        referenceSeconds, s.loanMonths() / referenceSeconds);
    System.out.printf("| portfolio file size | %,d MB |%n", Files.size(imported) / 1_000_000);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static long size(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void clean(Path folder) throws Exception {
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
