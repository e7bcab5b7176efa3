package com.riskworkbench.service;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.FileHashes;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.report.CommitteePack;
import com.riskworkbench.report.PackInputs;
import com.riskworkbench.report.PackLabels;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the committee pack of a portfolio file: load, analyse, write. Used by CLI and window. */
public final class PackExport {
  private PackExport() {}

  /** What to export. */
  public record Request(
      Path portfolio,
      Path out,
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      String lang,
      boolean unmasked,
      Optional<Path> cacheFolder) {}

  /** Writes the pack and returns the portfolio file's SHA-256 (for the audit log). */
  public static String run(Request r, String programVersion, Clock clock, Progress progress)
      throws PortfolioException, IOException {
    progress.update(-1, -1, "Hashing the portfolio file");
    String sha = FileHashes.sha256(r.portfolio());
    run(r, sha, programVersion, clock, progress);
    return sha;
  }

  /** Writes the pack of a portfolio whose SHA-256 the caller has already computed. */
  public static void run(
      Request r, String sha, String programVersion, Clock clock, Progress progress)
      throws PortfolioException, IOException {
    PackLabels labels = PackLabels.of(r.lang());
    try (PortfolioRepository repo = PortfolioRepository.open(r.portfolio())) {
      LoadedPortfolio book = repo.load(progress, r.cacheFolder());
      AnalysisScope scope = AnalysisScope.of(book, r.asOf(), r.filter());
      Set<String> borrowers =
          book.fraudCases().stream()
              .map(FraudCase::borrowerId)
              .flatMap(Optional::stream)
              .collect(Collectors.toSet());
      PackInputs inputs =
          new PackInputs(
              scope,
              Analyses.Params.defaults(),
              r.portfolio().toAbsolutePath(),
              sha,
              programVersion,
              System.getProperty("user.name", "unknown"),
              clock.instant(),
              repo.dataQuality(100),
              repo.borrowerIdentities(borrowers),
              r.unmasked(),
              labels);
      CommitteePack.write(inputs, r.out(), progress);
    }
  }
}
