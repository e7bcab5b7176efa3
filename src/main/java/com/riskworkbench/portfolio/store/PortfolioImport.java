package com.riskworkbench.portfolio.store;

import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.common.WriteFailures;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.PortfolioSink;
import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.portfolio.tape.TapeImporter;
import com.riskworkbench.portfolio.tape.TapeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Imports a loan tape into a new portfolio file or a team database, all or nothing. */
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
    return run(source, new PortfolioLocation.File(out), name, overwrite, progress);
  }

  /**
   * Imports into a file or a PostgreSQL database. Into a database it is one transaction: on any
   * error, or when cancelled, the database holds what it held before, and readers see that until
   * the import commits. Credentials missing from the location come from {@code PGUSER} and {@code
   * PGPASSWORD}.
   */
  public static ImportSummary run(
      TapeSource source, PortfolioLocation out, String name, boolean overwrite, Progress progress)
      throws PortfolioException {
    return run(source, out, name, overwrite, progress, System.getenv());
  }

  /**
   * As {@link #run(TapeSource, PortfolioLocation, String, boolean, Progress)}, with credentials.
   */
  public static ImportSummary run(
      TapeSource source,
      PortfolioLocation out,
      String name,
      boolean overwrite,
      Progress progress,
      Map<String, String> environment)
      throws PortfolioException {
    try (PortfolioSink writer = create(out, overwrite, environment)) {
      writer.meta("name", name);
      writer.meta("imported_from", source.describe());
      ImportSummary summary = new TapeImporter().importTape(source, writer, progress);
      progress.update(-1, -1, Message.of("progress.indexes"));
      progress.checkCancelled();
      writer.finish();
      return summary;
    } catch (IOException | UncheckedIOException e) {
      if (out instanceof PortfolioLocation.File f && WriteFailures.diskFull(f.path(), e)) {
        throw new PortfolioException(WriteFailures.message(f.path(), e), e);
      }
      throw new PortfolioException(
          Message.of("portfolio.importFailed", describe(out), H2PortfolioWriter.firstLine(e)), e);
    }
  }

  private static PortfolioSink create(
      PortfolioLocation out, boolean overwrite, Map<String, String> environment)
      throws PortfolioException {
    if (out instanceof PortfolioLocation.Postgres p) {
      return PgPortfolioWriter.create(p, environment, overwrite);
    }
    return H2PortfolioWriter.create(((PortfolioLocation.File) out).path(), overwrite);
  }

  private static String describe(PortfolioLocation out) {
    return out instanceof PortfolioLocation.File f
        ? f.path().toAbsolutePath().toString()
        : out.display();
  }
}
