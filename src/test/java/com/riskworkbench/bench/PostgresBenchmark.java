package com.riskworkbench.bench;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.TapeWriter;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import com.riskworkbench.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Import and load rates on PostgreSQL beside H2's, same tape, same run (docs/benchmarks.md). The
 * server is the tests' one: {@code RW_TEST_PG_URL} or a private one from the zonky binaries. Not a
 * unit test: run it by hand with {@code docs/bench/postgres.sh}.
 *
 * <p>Arguments: loans months seed work-folder.
 */
public final class PostgresBenchmark {
  private PostgresBenchmark() {}

  public static void main(String[] args) throws Exception {
    int loans = Integer.parseInt(args[0]);
    int months = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    Path work = Path.of(args[3]);
    Files.createDirectories(work);
    Path tape = work.resolve("pg-tape");
    if (!Files.exists(tape.resolve("loan_months.csv"))) {
      try (TapeWriter w = new TapeWriter(tape)) {
        new SampleGenerator(new SampleSpec(loans, months, seed)).generate(w, Progress.NONE);
        w.finish();
      }
    }
    Path file = work.resolve("pg-bench.mv.db");
    PortfolioLocation.Postgres db = PgServer.get().newDatabase("rw_bench");

    long t0 = System.nanoTime();
    ImportSummary s =
        PortfolioImport.run(
            TapeSource.folder(tape),
            new PortfolioLocation.File(file),
            "bench",
            true,
            Progress.NONE);
    double h2Import = seconds(t0);
    t0 = System.nanoTime();
    PortfolioImport.run(TapeSource.folder(tape), db, "bench", true, Progress.NONE, Map.of());
    double pgImport = seconds(t0);
    t0 = System.nanoTime();
    PortfolioImport.run(TapeSource.folder(tape), db, "bench", true, Progress.NONE, Map.of());
    double pgReimport = seconds(t0);

    double[] h2Load = new double[3];
    double[] pgLoad = new double[3];
    for (int i = 0; i < 3; i++) {
      h2Load[i] = load(new PortfolioLocation.File(file));
      pgLoad[i] = load(db);
    }
    double h2 = Math.min(h2Load[0], Math.min(h2Load[1], h2Load[2]));
    double pg = Math.min(pgLoad[0], Math.min(pgLoad[1], pgLoad[2]));
    long rows = s.loanMonths();
    System.out.printf(
        "loans %d, loan months %d, tape rows (all files) %d%n",
        s.loans(), rows, s.borrowers() + s.loans() + rows + s.collectionActions() + s.fraudCases());
    System.out.printf(
        "import H2 file        %6.1f s  %,10.0f loan months/s%n", h2Import, rows / h2Import);
    System.out.printf(
        "import PostgreSQL     %6.1f s  %,10.0f loan months/s%n", pgImport, rows / pgImport);
    System.out.printf(
        "re-import PostgreSQL  %6.1f s  %,10.0f loan months/s (replaces the previous portfolio)%n",
        pgReimport, rows / pgReimport);
    System.out.printf(
        "load H2 file          %6.1f s  %,10.0f loan months/s (best of 3)%n", h2, rows / h2);
    System.out.printf(
        "load PostgreSQL       %6.1f s  %,10.0f loan months/s (best of 3)%n", pg, rows / pg);
    System.out.printf(
        "heap after loads      %d MB%n",
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
  }

  private static double load(PortfolioLocation where) throws Exception {
    long t0 = System.nanoTime();
    try (PortfolioRepository repo = PortfolioRepository.open(where)) {
      repo.load(Progress.NONE, Optional.empty());
    }
    return seconds(t0);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
