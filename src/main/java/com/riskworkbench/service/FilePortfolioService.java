package com.riskworkbench.service;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.store.BookSnapshot;
import com.riskworkbench.portfolio.store.PortfolioFiles;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioInfo;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.portfolio.tape.TapeSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Portfolios as H2 files, with the sample kept in the per-user data folder. */
public final class FilePortfolioService implements PortfolioService {
  /** Bump when the bundled sample tape changes, so that users get the new one. */
  static final String SAMPLE_FILE =
      "sample-portfolio-v" + PortfolioFiles.SCHEMA_VERSION + "-1" + PortfolioFiles.SUFFIX;

  private final Path dataFolder;
  private final TapeSource sampleTape;
  private final Optional<Path> cacheFolder;

  public FilePortfolioService(Path dataFolder, TapeSource sampleTape) {
    this(dataFolder, sampleTape, Optional.empty());
  }

  /**
   * @param cacheFolder where loaded books are cached (docs/decisions/0004), or empty for none
   */
  public FilePortfolioService(Path dataFolder, TapeSource sampleTape, Optional<Path> cacheFolder) {
    this.dataFolder = dataFolder;
    this.sampleTape = sampleTape;
    this.cacheFolder = cacheFolder;
  }

  /** The sample portfolio's file, imported from the bundled tape on first use. */
  public Path samplePortfolio(Progress progress) throws PortfolioException {
    Path file = dataFolder.resolve(SAMPLE_FILE);
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(dataFolder);
    } catch (IOException e) {
      throw new PortfolioException(
          "Cannot create the data folder " + dataFolder + ": " + e.getMessage() + ".", e);
    }
    progress.update(0, 1, "Importing the sample portfolio");
    PortfolioImport.run(sampleTape, file, "Sample micro-lending portfolio", false, progress);
    return file;
  }

  @Override
  public OpenedPortfolio openSample(Progress progress) throws PortfolioException {
    return open(samplePortfolio(progress), progress);
  }

  @Override
  public OpenedPortfolio open(Path file, Progress progress) throws PortfolioException {
    progress.update(-1, -1, "Opening " + file.getFileName());
    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      PortfolioInfo info = repo.info();
      progress.checkCancelled();
      Optional<YearMonth> asOf = info.lastMonth();
      BookSnapshot book =
          asOf.isPresent() ? repo.snapshot(asOf.get()) : new BookSnapshot(YearMonth.now(), 0, 0);
      PortfolioOverview overview =
          new PortfolioOverview(
              info.file(),
              info.name(),
              info.currency(),
              asOf,
              info.months(),
              info.loans(),
              book.activeLoans(),
              book.outstandingCents());
      return new OpenedPortfolio(overview, repo.load(progress, cacheFolder));
    }
  }

  @Override
  public ImportSummary importTape(Path tapeFolder, Path out, Progress progress)
      throws PortfolioException {
    if (!Files.isDirectory(tapeFolder)) {
      throw new PortfolioException("The loan tape folder " + tapeFolder + " does not exist.");
    }
    String name =
        tapeFolder.getFileName() == null ? "Portfolio" : tapeFolder.getFileName().toString();
    return PortfolioImport.run(TapeSource.folder(tapeFolder), out, name, true, progress);
  }

  @Override
  public ImportFindings importFindings(Path file, int limit) throws PortfolioException {
    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      PortfolioRepository.DataQualityReport report = repo.dataQuality(limit);
      return new ImportFindings(report.counts(), report.first());
    }
  }

  @Override
  public Map<String, BorrowerIdentity> borrowerIdentities(Path file, Collection<String> ids)
      throws PortfolioException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      Map<String, BorrowerIdentity> out = new HashMap<>();
      repo.borrowerIdentities(ids)
          .forEach((id, who) -> out.put(id, new BorrowerIdentity(who.name(), who.idNumber())));
      return out;
    }
  }
}
