package com.riskworkbench.portfolio.store;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.portfolio.tape.TapeImporter;
import com.riskworkbench.portfolio.tape.TapeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Imports a loan tape into a new portfolio file, all or nothing. */
public final class PortfolioImport {
  private PortfolioImport() {}

  /**
   * Reads and checks the tape and writes {@code out}. On any error, or when cancelled, no file is
   * left at {@code out} (an existing one is untouched) and no temporary file remains.
   *
   * @param name the portfolio's name, stored in its meta
   */
  public static ImportSummary run(
      TapeSource source, Path out, String name, boolean overwrite, Progress progress)
      throws PortfolioException {
    try (H2PortfolioWriter writer = H2PortfolioWriter.create(out, overwrite)) {
      writer.meta("name", name);
      writer.meta("imported_from", source.describe());
      ImportSummary summary = new TapeImporter().importTape(source, writer, progress);
      progress.update(-1, -1, "Building indexes");
      progress.checkCancelled();
      writer.finish();
      return summary;
    } catch (IOException | UncheckedIOException e) {
      throw new PortfolioException(
          "The import into "
              + out.toAbsolutePath()
              + " failed: "
              + H2PortfolioWriter.firstLine(e)
              + ".",
          e);
    }
  }
}
