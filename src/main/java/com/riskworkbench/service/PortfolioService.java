package com.riskworkbench.service;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.DataQualityChecks;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.ImportSummary;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** What the window asks of portfolios. Implementations are called off the FX thread. */
public interface PortfolioService {

  /**
   * Opens the bundled sample portfolio, importing it into the per-user data folder first if needed.
   */
  OpenedPortfolio openSample(Progress progress) throws PortfolioException;

  /**
   * Generates a synthetic portfolio of {@code loans} loans over {@code months} months from {@code
   * seed} (the same for the same three) into the per-user data folder and returns its file. A
   * cancelled or failed generation leaves no file behind.
   */
  default Path generateSample(int loans, int months, long seed, Progress progress)
      throws PortfolioException {
    throw new PortfolioException("This workbench cannot generate samples.");
  }

  /** Opens a portfolio file read-only and loads its book for analysis. */
  OpenedPortfolio open(Path file, Progress progress) throws PortfolioException;

  /**
   * Like {@link #open(Path, Progress)}, handing {@code early} the portfolio's preview as soon as
   * the file has passed its checks, before the book loads (not at all for a file whose import
   * stored no monthly groups).
   */
  default OpenedPortfolio open(Path file, Progress progress, Consumer<PortfolioPreview> early)
      throws PortfolioException {
    return open(file, progress);
  }

  /**
   * Imports the loan tape in {@code tapeFolder} into a new portfolio file {@code out}, all or
   * nothing.
   *
   * @throws com.riskworkbench.portfolio.tape.TapeImportException listing the tape's errors by file,
   *     line and column
   */
  ImportSummary importTape(Path tapeFolder, Path out, Progress progress) throws PortfolioException;

  /**
   * Opens a team database (a {@code jdbc:postgresql://host:port/db} URL) read-only and loads its
   * book. The user and password come from the arguments, else from the URL, else from {@code
   * PGUSER}/{@code PGPASSWORD}; the password is kept in memory for this session only, never stored.
   *
   * @throws PortfolioException with {@link PortfolioException#needsPassword()} when the server
   *     wants a password that was not given or refused the one given
   */
  default OpenedPortfolio openDatabase(
      String url, Optional<String> user, Optional<char[]> password, Progress progress)
      throws PortfolioException {
    throw new PortfolioException(Message.of("service.noDatabases"));
  }

  /** Like {@link #openDatabase}, handing {@code early} the preview before the book loads. */
  default OpenedPortfolio openDatabase(
      String url,
      Optional<String> user,
      Optional<char[]> password,
      Progress progress,
      Consumer<PortfolioPreview> early)
      throws PortfolioException {
    return openDatabase(url, user, password, progress);
  }

  /**
   * Runs {@code kind} at {@code asOf} over the loans of {@code filter} inside the database at
   * {@code location} (a team database opened in this session), without loading its book: the same
   * result as in memory, without the loans behind its figures.
   */
  default AnalysisResult analyzeInDatabase(
      String location,
      Analyses.Kind kind,
      YearMonth asOf,
      SegmentFilter filter,
      Analyses.Params params,
      Progress progress)
      throws PortfolioException {
    throw new PortfolioException(Message.of("service.noDatabases"));
  }

  /**
   * The data-quality checks at {@code asOf} of the loans of {@code filter} inside the database at
   * {@code location} (as {@link #analyzeInDatabase}): the counts, without the loans behind them.
   */
  default DataQualityChecks.Result dataQualityInDatabase(
      String location, YearMonth asOf, SegmentFilter filter, Progress progress)
      throws PortfolioException {
    throw new PortfolioException(Message.of("service.noDatabases"));
  }

  /**
   * One page of the loans behind a figure of the book inside the database at {@code location} (as
   * {@link #analyzeInDatabase}): at most {@code limit} loans after {@code after}, by loan id.
   */
  default DatabaseLoans.Page loansInDatabase(
      String location, DatabaseLoans.Figure figure, Optional<String> after, int limit)
      throws PortfolioException {
    throw new PortfolioException(Message.of("service.noDatabases"));
  }

  /**
   * The values each filter of {@code dimensions} offers in the book inside the database at {@code
   * location}, sorted as a loaded book's.
   */
  default Map<Dimension, List<String>> filterValuesInDatabase(
      String location, List<Dimension> dimensions) throws PortfolioException {
    throw new PortfolioException(Message.of("service.noDatabases"));
  }

  /** Every month end of one loan of the book inside the database at {@code location}. */
  default List<LoanListing.MonthLine> historyInDatabase(String location, String loanId)
      throws PortfolioException {
    throw new PortfolioException(Message.of("service.noDatabases"));
  }

  /**
   * What the import of the portfolio file found: findings by kind and the first {@code limit}
   * findings. A service without a store finds nothing.
   */
  default ImportFindings importFindings(String location, int limit) throws PortfolioException {
    return ImportFindings.NONE;
  }

  /**
   * The names and ID numbers of the given borrowers of the portfolio file, by borrower id; a
   * borrower not in the file is left out. Personal data: mask it unless the analyst revealed it.
   */
  default Map<String, BorrowerIdentity> borrowerIdentities(String location, Collection<String> ids)
      throws PortfolioException {
    return Map.of();
  }
}
