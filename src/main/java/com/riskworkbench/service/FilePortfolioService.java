package com.riskworkbench.service;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.DataQualityChecks;
import com.riskworkbench.analysis.DatabaseDataQuality;
import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.Engine;
import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.store.BookSnapshot;
import com.riskworkbench.portfolio.store.H2PortfolioWriter;
import com.riskworkbench.portfolio.store.PortfolioFiles;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioInfo;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import com.riskworkbench.portfolio.store.pushdown.LoanPages;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Portfolios as H2 files or team databases, with the sample kept in the per-user data folder. */
public final class FilePortfolioService implements PortfolioService {
  /** Bump when the bundled sample tape changes, so that users get the new one. */
  static final String SAMPLE_FILE =
      "sample-portfolio-v" + PortfolioFiles.SCHEMA_VERSION + "-2" + PortfolioFiles.SUFFIX;

  private final Path dataFolder;
  private final TapeSource sampleTape;
  private final Optional<Path> cacheFolder;

  /** Databases opened in this session, with their credentials: kept in memory only. */
  private final Map<String, PortfolioLocation> sessions = new ConcurrentHashMap<>();

  private final Object openLock = new Object();

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
      throw new PortfolioException(Message.of("service.dataFolder", dataFolder, e.getMessage()), e);
    }
    progress.update(0, 1, Message.of("progress.sample"));
    PortfolioImport.run(
        sampleTape, file, Message.of("portfolio.sampleName").english(), false, progress);
    return file;
  }

  @Override
  public Path generateSample(int loans, int months, long seed, Progress progress)
      throws PortfolioException {
    SampleSpec spec = new SampleSpec(loans, months, seed);
    Path folder = dataFolder.resolve("samples");
    Path file =
        folder.resolve(
            "sample-"
                + loans
                + "-loans-"
                + months
                + "-months-seed-"
                + seed
                + PortfolioFiles.SUFFIX);
    try {
      Files.createDirectories(folder);
      // the writer fills a temporary file and moves it into place only when finished; a cancel
      // (CancellationException from the generator) or a failure deletes it on close
      try (H2PortfolioWriter sink = H2PortfolioWriter.create(file, true)) {
        new SampleGenerator(spec).generate(sink, progress);
        progress.update(-1, -1, Message.of("progress.sampleFinishing"));
        sink.finish();
      }
    } catch (IOException e) {
      throw new PortfolioException(
          Message.of("portfolio.sampleFailed", file, String.valueOf(e.getMessage())), e);
    }
    return file;
  }

  @Override
  public OpenedPortfolio openSample(Progress progress) throws PortfolioException {
    return open(samplePortfolio(progress), progress);
  }

  @Override
  public OpenedPortfolio open(Path file, Progress progress) throws PortfolioException {
    return open(file, progress, preview -> {});
  }

  @Override
  public OpenedPortfolio open(Path file, Progress progress, Consumer<PortfolioPreview> early)
      throws PortfolioException {
    progress.update(-1, -1, Message.of("progress.opening", file.getFileName()));
    return open(new PortfolioLocation.File(file.toAbsolutePath()), progress, early);
  }

  @Override
  public OpenedPortfolio openDatabase(
      String url, Optional<String> user, Optional<char[]> password, Progress progress)
      throws PortfolioException {
    return openDatabase(url, user, password, progress, preview -> {});
  }

  @Override
  public OpenedPortfolio openDatabase(
      String url,
      Optional<String> user,
      Optional<char[]> password,
      Progress progress,
      Consumer<PortfolioPreview> early)
      throws PortfolioException {
    PortfolioLocation.Postgres db;
    try {
      // a database of this session (a book left in it, now loaded) keeps its credentials
      db = (PortfolioLocation.Postgres) resolve(url.trim());
    } catch (IllegalArgumentException e) {
      throw new PortfolioException(Message.of("service.badUrl", e.getMessage()));
    } catch (ClassCastException e) {
      throw new PortfolioException(Message.of("service.notUrl", url));
    }
    if (user.isPresent() && !user.get().isBlank()) {
      db = db.withUser(user.get().trim());
    }
    if (password.isPresent()) {
      db = db.withPassword(password.get());
    }
    progress.update(-1, -1, Message.of("progress.connecting", db.display()));
    // remembered before the load: a book left in the database is still analysed with these
    sessions.put(db.display(), db);
    return open(db, progress, early);
  }

  /**
   * The portfolio at a location the window passed back: a file, or a database with the credentials
   * it was opened with in this session.
   */
  public PortfolioLocation resolve(String location) {
    PortfolioLocation known = sessions.get(location);
    return known != null ? known : PortfolioLocation.parse(location);
  }

  private OpenedPortfolio open(
      PortfolioLocation where, Progress progress, Consumer<PortfolioPreview> early)
      throws PortfolioException {
    // One open at a time: an open cancelled a moment ago still holds the file until its loop sees
    // the cancel, and a second connection would be refused as "in use by another program".
    synchronized (openLock) {
      return openNow(where, progress, early);
    }
  }

  private OpenedPortfolio openNow(
      PortfolioLocation where, Progress progress, Consumer<PortfolioPreview> early)
      throws PortfolioException {
    progress.checkCancelled();
    try (PortfolioRepository repo = PortfolioRepository.open(where)) {
      PortfolioInfo info = repo.info();
      progress.checkCancelled();
      Optional<YearMonth> asOf = info.lastMonth();
      BookSnapshot book =
          asOf.isPresent() ? repo.snapshot(asOf.get()) : new BookSnapshot(YearMonth.now(), 0, 0);
      PortfolioOverview overview =
          new PortfolioOverview(
              where.display(),
              info.name(),
              info.currency(),
              asOf,
              info.months(),
              info.loans(),
              book.activeLoans(),
              book.outstandingCents());
      Optional<Map<YearMonth, List<ActiveGroup>>> groups = repo.activeGroups();
      progress.checkCancelled();
      boolean inDatabase =
          Engine.defaultFor(
                  where instanceof PortfolioLocation.Postgres,
                  info.loanMonths(),
                  Engine.minLoanMonths(System.getProperty(Engine.MIN_LOAN_MONTHS_PROPERTY)))
              == Engine.DATABASE;
      if (groups.isEmpty() && inDatabase && asOf.isPresent()) {
        // imported before the groups were stored: the database counts the latest two months
        groups = Optional.of(latestGroups(repo, info, asOf.get()));
      }
      groups.ifPresent(
          g -> early.accept(new PortfolioPreview(overview, g, info.loanMonths(), inDatabase)));
      return new OpenedPortfolio(overview, repo.load(progress, cacheFolder));
    }
  }

  @Override
  public ImportSummary importTape(Path tapeFolder, Path out, Progress progress)
      throws PortfolioException {
    if (!Files.isDirectory(tapeFolder)) {
      throw new PortfolioException(Message.of("service.noTapeFolder", tapeFolder));
    }
    String name =
        tapeFolder.getFileName() == null ? "Portfolio" : tapeFolder.getFileName().toString();
    return PortfolioImport.run(TapeSource.folder(tapeFolder), out, name, true, progress);
  }

  /** The ACTIVE groups of the as-of month and the month before, counted by the database. */
  private static Map<YearMonth, List<ActiveGroup>> latestGroups(
      PortfolioRepository repo, PortfolioInfo info, YearMonth asOf) throws PortfolioException {
    PushDownScope all = new PushDownScope(asOf, Map.of());
    Map<YearMonth, List<ActiveGroup>> groups = new HashMap<>();
    for (YearMonth m : List.of(asOf.minusMonths(1), asOf)) {
      if (!m.isBefore(info.firstMonth().orElse(asOf))) {
        groups.put(m, repo.pushDown().activeByDaysPastDue(all, m));
      }
    }
    return groups;
  }

  @Override
  public AnalysisResult analyzeInDatabase(
      String location,
      Analyses.Kind kind,
      YearMonth asOf,
      SegmentFilter filter,
      Analyses.Params params,
      Progress progress)
      throws PortfolioException {
    PortfolioLocation where = server(location);
    progress.checkCancelled();
    // no open lock: a server takes many connections, and a long scan must not hold up an open
    try (PortfolioRepository repo = PortfolioRepository.open(where)) {
      return DatabaseEngine.of(repo).run(kind, Optional.of(asOf), filter, params);
    }
  }

  @Override
  public DataQualityChecks.Result dataQualityInDatabase(
      String location, YearMonth asOf, SegmentFilter filter, Progress progress)
      throws PortfolioException {
    PortfolioLocation where = server(location);
    progress.checkCancelled();
    try (PortfolioRepository repo = PortfolioRepository.open(where)) {
      return DatabaseDataQuality.run(DatabaseEngine.of(repo), Optional.of(asOf), filter);
    }
  }

  @Override
  public DatabaseLoans.Page loansInDatabase(
      String location, DatabaseLoans.Figure figure, Optional<String> after, int limit)
      throws PortfolioException {
    try (PortfolioRepository repo = PortfolioRepository.open(server(location))) {
      return DatabaseLoans.page(
          new LoanPages(repo.pushDown()), DatabaseEngine.of(repo), figure, after, limit);
    }
  }

  @Override
  public Map<Dimension, List<String>> filterValuesInDatabase(
      String location, List<Dimension> dimensions) throws PortfolioException {
    try (PortfolioRepository repo = PortfolioRepository.open(server(location))) {
      LoanPages pages = new LoanPages(repo.pushDown());
      Map<Dimension, List<String>> out = new java.util.EnumMap<>(Dimension.class);
      for (Dimension d : dimensions) {
        out.put(d, BookLookup.filterValues(pages, d));
      }
      return out;
    }
  }

  @Override
  public List<LoanListing.MonthLine> historyInDatabase(String location, String loanId)
      throws PortfolioException {
    try (PortfolioRepository repo = PortfolioRepository.open(server(location))) {
      return DatabaseLoans.history(new LoanPages(repo.pushDown()), loanId);
    }
  }

  /** A team database's location; a file's path is refused (its book is loaded, never queried). */
  private PortfolioLocation server(String location) throws PortfolioException {
    PortfolioLocation where = resolve(location);
    if (!(where instanceof PortfolioLocation.Postgres)) {
      throw new PortfolioException(Message.of("service.notUrl", location));
    }
    return where;
  }

  @Override
  public ImportFindings importFindings(String location, int limit) throws PortfolioException {
    // under the open lock: the screens ask for findings and names at once, and a second
    // connection to a file another task holds open is refused as "locked by another program"
    synchronized (openLock) {
      try (PortfolioRepository repo = PortfolioRepository.open(resolve(location))) {
        com.riskworkbench.portfolio.DataQualityReport report = repo.dataQuality(limit);
        return new ImportFindings(report.counts(), report.first());
      }
    }
  }

  @Override
  public Map<String, BorrowerIdentity> borrowerIdentities(String location, Collection<String> ids)
      throws PortfolioException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    synchronized (openLock) {
      try (PortfolioRepository repo = PortfolioRepository.open(resolve(location))) {
        Map<String, BorrowerIdentity> out = new HashMap<>();
        repo.borrowerIdentities(ids)
            .forEach((id, who) -> out.put(id, new BorrowerIdentity(who.name(), who.idNumber())));
        return out;
      }
    }
  }
}
