package com.riskworkbench.service;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import java.io.IOException;
import java.nio.file.Path;

/** Writes committee packs for the window. Called off the FX thread. */
public interface ReportService {

  /** Writes the masked committee pack of {@code portfolio} to {@code out}. */
  void exportPack(Path portfolio, Path out, Progress progress)
      throws PortfolioException, IOException;
}
