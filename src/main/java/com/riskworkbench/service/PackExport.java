package com.riskworkbench.service;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisRunner;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.BookFacts;
import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.analysis.Engine;
import com.riskworkbench.analysis.FraudResult;
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

  /**
   * What to export: from a portfolio file or a team database; {@code engine} where the analyses
   * run, or empty for the default ({@link Engine#defaultFor}: in the database for a team database
   * of more loan months than {@code rw.engine.database.minLoanMonths}).
   */
  public record Request(
      PortfolioLocation portfolio,
      Path out,
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      String lang,
      boolean unmasked,
      Optional<Path> cacheFolder,
      Optional<Engine> engine) {

    /** A request whose analyses run where the default puts them. */
    public Request(
        PortfolioLocation portfolio,
        Path out,
        Optional<YearMonth> asOf,
        SegmentFilter filter,
        String lang,
        boolean unmasked,
        Optional<Path> cacheFolder) {
      this(portfolio, out, asOf, filter, lang, unmasked, cacheFolder, Optional.empty());
    }

    /** A request for a portfolio file. */
    public Request(
        Path portfolio,
        Path out,
        Optional<YearMonth> asOf,
        SegmentFilter filter,
        String lang,
        boolean unmasked,
        Optional<Path> cacheFolder) {
      this(
          new PortfolioLocation.File(portfolio),
          out,
          asOf,
          filter,
          lang,
          unmasked,
          cacheFolder,
          Optional.empty());
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
      AnalysisRunner analyses;
      Set<String> borrowers;
      if (engine(r, repo) == Engine.DATABASE) {
        progress.update(-1, -1, Message.of("progress.pack.database"));
        analyses =
            AnalysisRunner.inDatabase(
                DatabaseEngine.of(repo), BookFacts.of(repo.info()), r.asOf(), r.filter());
        // Only the counted cases are listed, so only their borrowers are looked up.
        borrowers =
            borrowersOf(
                ((FraudResult) analyses.run(Analyses.Kind.FRAUD, Analyses.Params.defaults()))
                    .cases());
      } else {
        LoadedPortfolio book = repo.load(progress, r.cacheFolder());
        analyses = AnalysisRunner.inMemory(AnalysisScope.of(book, r.asOf(), r.filter()));
        borrowers = borrowersOf(book.fraudCases());
      }
      PackInputs inputs =
          PackInputs.builder()
              .analyses(analyses)
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

  /** Where the pack's analyses run: as asked, or by the default rule for the portfolio. */
  static Engine engine(Request r, PortfolioRepository repo) throws PortfolioException {
    if (r.engine().isPresent()) {
      return r.engine().get();
    }
    if (!(r.portfolio() instanceof PortfolioLocation.Postgres)) {
      return Engine.MEMORY;
    }
    long min = Engine.minLoanMonths(System.getProperty(Engine.MIN_LOAN_MONTHS_PROPERTY));
    return Engine.defaultFor(true, repo.info().loanMonths(), min);
  }

  private static Set<String> borrowersOf(java.util.List<FraudCase> cases) {
    return cases.stream()
        .map(FraudCase::borrowerId)
        .flatMap(Optional::stream)
        .collect(Collectors.toSet());
  }
}
