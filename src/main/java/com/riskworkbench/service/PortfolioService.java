package com.riskworkbench.service;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.ImportSummary;
import java.nio.file.Path;

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
}
