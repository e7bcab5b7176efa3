package com.riskworkbench.service;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import java.nio.file.Path;

/** What the window asks of portfolios. Implementations are called off the FX thread. */
public interface PortfolioService {

  /**
   * Opens the bundled sample portfolio, importing it into the per-user data folder first if needed.
   */
  PortfolioOverview openSample(Progress progress) throws PortfolioException;

  /** Opens a portfolio file read-only. */
  PortfolioOverview open(Path file, Progress progress) throws PortfolioException;
}
