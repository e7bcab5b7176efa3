package com.riskworkbench.service;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.FileHashes;
import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.store.PortfolioLocation;
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

/**
 * Builds the committee pack of a portfolio (file or database): load, analyse, write. Used by CLI
 * and window.
 */
public final class PackExport {
  private PackExport() {}

  /** What to export: from a portfolio file or a team database. */
  public record Request(
      PortfolioLocation portfolio,
      Path out,
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      String lang,
      boolean unmasked,
      Optional<Path> cacheFolder) {

    /** A request for a portfolio file. */
    public Request(
        Path portfolio,
        Path out,
        Optional<YearMonth> asOf,
        SegmentFilter filter,
        String lang,
        boolean unmasked,
        Optional<Path> cacheFolder) {
      this(new PortfolioLocation.File(portfolio), out, asOf, filter, lang, unmasked, cacheFolder);
    }
  }

  /**
   * Writes the pack and returns the portfolio's fingerprint (for the audit log): see {@link
   * #fingerprint}.
   */
  public static String run(Request r, String programVersion, Clock clock, Progress progress)
      throws PortfolioException, IOException {
    progress.update(-1, -1, Message.of("progress.hashing"));
    String sha = fingerprint(r.portfolio());
    run(r, sha, programVersion, clock, progress);
    return sha;
  }

  /**
   * What names the exact content of a portfolio on the pack's cover and in the audit log: a file's
   * SHA-256; for a database, which has no file to hash, the id its last import wrote
   * (docs/decisions/0005).
   */
  public static String fingerprint(PortfolioLocation portfolio)
      throws PortfolioException, IOException {
    if (portfolio instanceof PortfolioLocation.File f) {
      return FileHashes.sha256(f.path());
    }
    try (PortfolioRepository repo = PortfolioRepository.open(portfolio)) {
      return repo.fingerprint();
    }
  }

  /**
   * Writes the pack of a portfolio whose SHA-256 the caller has already computed (and recorded in
   * the audit log). The figures come from exactly those bytes: a file that changed in between is
   * refused, and the book is loaded, or taken from the cache, under the same hash.
   */
  public static void run(
      Request r, String sha, String programVersion, Clock clock, Progress progress)
      throws PortfolioException, IOException {
    PackLabels labels = PackLabels.of(r.lang());
    try (PortfolioRepository repo = PortfolioRepository.open(r.portfolio())) {
      if (!repo.fingerprint().equals(sha)) {
        throw new PortfolioException(Message.of("pack.changed", r.portfolio().display()));
      }
      LoadedPortfolio book = repo.load(progress, r.cacheFolder());
      AnalysisScope scope = AnalysisScope.of(book, r.asOf(), r.filter());
      Set<String> borrowers =
          book.fraudCases().stream()
              .map(FraudCase::borrowerId)
              .flatMap(Optional::stream)
              .collect(Collectors.toSet());
      PackInputs inputs =
          PackInputs.builder()
              .scope(scope)
              .params(Analyses.Params.defaults())
              .portfolio(
                  r.portfolio() instanceof PortfolioLocation.File f
                      ? f.path().toAbsolutePath().toString()
                      : r.portfolio().display())
              .portfolioSha256(sha)
              .programVersion(programVersion)
              .preparer(System.getProperty("user.name", "unknown"))
              .generatedAt(clock.instant())
              .dataQuality(repo.dataQuality(100))
              .identities(repo.borrowerIdentities(borrowers))
              .unmasked(r.unmasked())
              .labels(labels)
              .build();
      CommitteePack.write(inputs, r.out(), progress);
    }
  }
}
