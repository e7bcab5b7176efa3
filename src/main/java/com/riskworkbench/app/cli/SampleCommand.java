package com.riskworkbench.app.cli;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.PortfolioSink;
import com.riskworkbench.portfolio.store.H2PortfolioWriter;
import com.riskworkbench.portfolio.tape.TapeWriter;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a realistic synthetic micro-lending portfolio, the same for the same seed,",
      "as a portfolio file (--out) or as a loan tape folder (--tape)."
    })
final class SampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--loans", required = true, paramLabel = "N", description = "Number of loans.")
  int loans;

  @Option(
      names = "--months",
      required = true,
      paramLabel = "M",
      description = "Months of history (1 to 240).")
  int months;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--last-month",
      paramLabel = "YYYY-MM",
      description = "The last month of the data (default ${DEFAULT-VALUE}).",
      defaultValue = "2026-10")
  YearMonth lastMonth;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Output output;

  static final class Output {
    @Option(names = "--out", paramLabel = "FILE.mv.db", description = "Write a portfolio file.")
    Path out;

    @Option(names = "--tape", paramLabel = "DIR", description = "Write a loan tape folder.")
    Path tape;
  }

  @Option(names = "--force", description = "Replace the output file if it exists.")
  boolean force;

  @Override
  public Integer call() throws PortfolioException, IOException {
    SampleSpec sampleSpec;
    try {
      sampleSpec = new SampleSpec(loans, months, seed, lastMonth);
    } catch (IllegalArgumentException e) {
      // in the words of the command line: "lastMonth must be ..." → "--last-month must be ..."
      throw new PortfolioException(e.getMessage().replace("lastMonth", "--last-month"), e);
    }
    if (output.tape != null && !force) {
      for (String name : new String[] {"borrowers.csv", "loans.csv", "loan_months.csv"}) {
        if (java.nio.file.Files.exists(output.tape.resolve(name))) {
          throw new PortfolioException(
              "The folder "
                  + output.tape.toAbsolutePath()
                  + " already holds a loan tape ("
                  + name
                  + "); use --force to replace it.");
        }
      }
    }
    ConsoleProgress progress = ConsoleProgress.forConsole();
    long start = System.nanoTime();
    Path target = output.out != null ? output.out : output.tape;
    try (PortfolioSink sink =
        output.out != null
            ? H2PortfolioWriter.create(output.out, force)
            : new TapeWriter(output.tape)) {
      new SampleGenerator(sampleSpec).generate(sink, progress);
      progress.update(-1, -1, Message.of("progress.finishing"));
      sink.finish();
    }
    progress.done();
    spec.commandLine()
        .getOut()
        .printf(
            "Generated %d loans over %d months (seed %d) into %s in %.1f s%n",
            loans, months, seed, target, (System.nanoTime() - start) / 1e9);
    return Cli.OK;
  }
}
