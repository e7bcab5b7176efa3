package com.riskworkbench.service;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.ImportSummary;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/** What the window asks of portfolios. Implementations are called off the FX thread. */
public interface PortfolioService {

  /**
   * Opens the bundled sample portfolio, importing it into the per-user data folder first if needed.
   */
  OpenedPortfolio openSample(Progress progress) throws PortfolioException;

  /** Opens a portfolio file read-only and loads its book for analysis. */
  OpenedPortfolio open(Path file, Progress progress) throws PortfolioException;

  /**
   * Imports the loan tape in {@code tapeFolder} into a new portfolio file {@code out}, all or
   * nothing.
   *
   * @throws com.riskworkbench.portfolio.tape.TapeImportException listing the tape's errors by file,
   *     line and column
   */
  ImportSummary importTape(Path tapeFolder, Path out, Progress progress) throws PortfolioException;

  /**
   * What the import of the portfolio file found: findings by kind and the first {@code limit}
   * findings. A service without a store finds nothing.
   */
  default ImportFindings importFindings(Path file, int limit) throws PortfolioException {
    return ImportFindings.NONE;
  }

  /**
   * The names and ID numbers of the given borrowers of the portfolio file, by borrower id; a
   * borrower not in the file is left out. Personal data: mask it unless the analyst revealed it.
   */
  default Map<String, BorrowerIdentity> borrowerIdentities(Path file, Collection<String> ids)
      throws PortfolioException {
    return Map.of();
  }
}
