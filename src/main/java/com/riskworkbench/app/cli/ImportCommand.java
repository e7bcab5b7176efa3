package com.riskworkbench.app.cli;

import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.store.PortfolioFiles;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.portfolio.tape.TapeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a loan tape folder into a new portfolio file, all or nothing.",
      "The folder holds borrowers.csv, loans.csv, loan_months.csv and optionally",
      "collections.csv and fraud_cases.csv (UTF-8, header row)."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "DIR", description = "The tape folder.")
  Path from;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.mv.db|URL",
      converter = LocationConverter.class,
      description =
          "The new portfolio file, or a team database jdbc:postgresql://host:port/db (user and"
              + " password from the URL or PGUSER/PGPASSWORD).")
  PortfolioLocation out;

  @Option(
      names = "--name",
      paramLabel = "TEXT",
      description = "The portfolio's name (default: the output file's name).")
  String name;

  @Option(
      names = "--force",
      description = "Replace the output file, or the database's portfolio, if it exists.")
  boolean force;

  @Override
  public Integer call() throws PortfolioException {
    if (!Files.isDirectory(from)) {
      throw new PortfolioException(
          "The tape folder " + from.toAbsolutePath() + " does not exist or is not a folder.");
    }
    ConsoleProgress progress = ConsoleProgress.forConsole();
    long start = System.nanoTime();
    ImportSummary s =
        PortfolioImport.run(
            TapeSource.folder(from), out, name != null ? name : defaultName(), force, progress);
    progress.done();
    double seconds = (System.nanoTime() - start) / 1e9;
    var w = spec.commandLine().getOut();
    w.printf(
        "Imported %s: %d borrowers, %d loans, %d loan months, %d collection actions, %d fraud cases in %.1f s%n",
        out.display(),
        s.borrowers(),
        s.loans(),
        s.loanMonths(),
        s.collectionActions(),
        s.fraudCases(),
        seconds);
    s.findings().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> w.printf("Data quality: %d × %s%n", e.getValue(), e.getKey()));
    return Cli.OK;
  }

  private String defaultName() {
    if (out instanceof PortfolioLocation.File f) {
      return PortfolioFiles.baseName(f.path());
    }
    String url = ((PortfolioLocation.Postgres) out).url();
    String path = url.replaceFirst("(?i)^jdbc:postgresql://[^/]*/?", "");
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }
}
