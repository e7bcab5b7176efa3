package com.riskworkbench.service;

import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

/** Writes committee packs for the window. Called off the FX thread. */
public interface ReportService {

  /**
   * Writes the masked committee pack of {@code portfolio} (a location as in {@link
   * PortfolioOverview#location()}) at {@code asOf} for the loans {@code filter} lets in, to {@code
   * out}.
   */
  void exportPack(
      String portfolio, Path out, YearMonth asOf, SegmentFilter filter, Progress progress)
      throws PortfolioException, IOException;
}
