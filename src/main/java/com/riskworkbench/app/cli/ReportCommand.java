package com.riskworkbench.app.cli;

import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.files.AppDirs;
import com.riskworkbench.app.files.AuditLog;
import com.riskworkbench.common.AppVersion;
import com.riskworkbench.common.WriteFailures;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.service.PackExport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Writes the Excel committee pack of a portfolio (its sheets: README, Command line).")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--portfolio",
      required = true,
      paramLabel = "FILE.mv.db|URL",
      converter = LocationConverter.class,
      description =
          "The portfolio file, or a team database jdbc:postgresql://host:port/db (user and"
              + " password from the URL or PGUSER/PGPASSWORD).")
  PortfolioLocation portfolio;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PACK.xlsx",
      description = "The workbook to write.")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM",
      description = "The as-of month (default: the latest month).")
  YearMonth asOf;

  @Option(names = "--filter", paramLabel = "DIM=V[,V]", description = "Segment filter; repeatable.")
  List<String> filters = new ArrayList<>();

  @Option(
      names = "--lang",
      paramLabel = "en|zh",
      defaultValue = "en",
      description = "Language of the labels (default ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--unmasked",
      description = "Show names and ID numbers in full; recorded in the audit log.")
  boolean unmasked;

  @Option(
      names = "--engine",
      paramLabel = "memory|database",
      description =
          "Where the pack's analyses run: memory (the book loaded into memory) or database (inside"
              + " the database, which sends back only the sums). Default: memory, and database for a"
              + " team database whose book holds more loan months than the system property"
              + " rw.engine.database.minLoanMonths (default 20000000).")
  String engine;

  @Option(
      names = "--no-cache",
      description =
          "Read the portfolio itself, not the cached copy of its loaded book (which is keyed by"
              + " the file's SHA-256).")
  boolean noCache;

  static final String UNMASKED_EXPORT = com.riskworkbench.service.AuditTrail.UNMASKED_PACK;

  private static void audit(AuditLog log, String action, String where, String sha, String detail)
      throws PortfolioException {
    try {
      log.record(action, where, sha, detail);
    } catch (IOException e) {
      throw new PortfolioException(
          "The audit log "
              + log.file()
              + " cannot be written ("
              + e.getMessage()
              + "), so no unmasked pack was exported.");
    }
  }

  @Override
  public Integer call() throws PortfolioException {
    if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      throw new IllegalArgumentException("the output must be an .xlsx file, got " + out);
    }
    Optional<com.riskworkbench.analysis.Engine> runIn =
        Optional.ofNullable(engine).map(com.riskworkbench.analysis.Engine::parse);
    ConsoleProgress progress = ConsoleProgress.forConsole();
    long start = System.nanoTime();
    String sha;
    try {
      sha = PackExport.fingerprint(portfolio);
    } catch (IOException e) {
      throw new PortfolioException(
          "The portfolio file " + portfolio.display() + " cannot be read: " + e.getMessage());
    }
    String where =
        portfolio instanceof PortfolioLocation.File f
            ? f.path().toAbsolutePath().toString()
            : portfolio.display();
    AuditLog log = AuditLog.standard();
    if (unmasked) {
      // Recorded before the file exists: an unmasked pack never appears without its entry.
      audit(log, UNMASKED_EXPORT, where, sha, out.toAbsolutePath().toString());
    }
    try {
      PackExport.run(
          new PackExport.Request(
              portfolio,
              out,
              Optional.ofNullable(asOf),
              SegmentFilter.parse(filters),
              lang,
              unmasked,
              noCache ? Optional.empty() : Optional.of(AppDirs.cacheFolder()),
              runIn),
          sha,
          AppVersion.get(),
          Clock.systemUTC(),
          progress);
    } catch (IOException | PortfolioException | RuntimeException e) {
      if (unmasked) {
        // The entry above says an export was started; this one says it wrote nothing.
        audit(
            log,
            UNMASKED_EXPORT + " failed",
            where,
            sha,
            out.toAbsolutePath() + ": nothing was written");
      }
      if (e instanceof IOException io) {
        throw new PortfolioException(WriteFailures.describe(out, io), io);
      }
      if (e instanceof PortfolioException p) {
        throw p;
      }
      throw (RuntimeException) e;
    }
    progress.done();
    spec.commandLine()
        .getOut()
        .printf("Wrote %s in %.1f s%n", out.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
    return Cli.OK;
  }
}
