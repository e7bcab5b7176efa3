package com.riskworkbench.report;

import com.riskworkbench.common.AtomicFiles;
import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.common.TempFiles;
import com.riskworkbench.common.WriteFailures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel committee pack: Cover, Summary, Concentration, Vintage, Roll rates, Provisions,
 * Forecast, Migration & NPL, Collections, Fraud, Model monitoring, Data quality, Definitions, one
 * class per sheet. Every figure comes from the analyses, as docs/methodology.md defines them (the
 * Definitions sheet cites its sections); numbers stay numbers with number formats; text from data
 * is always a string cell; personal data is masked unless asked otherwise; the file is written to a
 * temporary file beside the target and moved into place, so a failure never leaves half a file.
 */
public final class CommitteePack {
  private static final String PARTIAL = ".partial";

  private CommitteePack() {}

  /** Writes the pack to {@code out}: all or nothing. */
  public static void write(PackInputs in, Path out, Progress progress) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("The folder " + folder + " does not exist.");
    }
    if (!Files.isWritable(folder)) {
      throw new IOException("The folder " + folder + " cannot be written to.");
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new IOException("The file " + target + " is read-only or in use by another program.");
    }
    // Created with the user's usual permissions (createTempFile would make it private). A killed
    // export's leftover is removed by the next one; a stop (Ctrl-C, SIGTERM) removes its own.
    TempFiles.removeStale(target, PARTIAL);
    Path temp = TempFiles.sibling(target, PARTIAL);
    TempFiles.Hook cleanup = TempFiles.deleteOnStop(temp);
    try {
      try (XSSFWorkbook workbook = build(in, progress);
          OutputStream os = Files.newOutputStream(temp)) {
        progress.update(14, 15, Message.of("progress.pack.workbook"));
        workbook.write(os);
      } catch (RuntimeException e) {
        // POI wraps a failed write (a full disk) in its own runtime exceptions
        throw new IOException(WriteFailures.innermost(e), e);
      }
      AtomicFiles.moveIntoPlace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
      cleanup.close();
    }
  }

  /** Writes the sheets in order, checking for a cancel between the slower ones. */
  static XSSFWorkbook build(PackInputs in, Progress progress) {
    PackContext c = new PackContext(in, new XSSFWorkbook());
    int steps = 15;
    progress.update(0, steps, Message.of("progress.pack.cover"));
    CoverSheet.write(c);
    progress.checkCancelled();
    progress.update(1, steps, Message.of("progress.pack.summary"));
    SummarySheet.write(c);
    progress.checkCancelled();
    progress.update(2, steps, Message.of("progress.pack.concentration"));
    ConcentrationSheet.write(c);
    progress.checkCancelled();
    progress.update(3, steps, Message.of("progress.pack.partners"));
    PartnersSheet.write(c);
    progress.checkCancelled();
    progress.update(4, steps, Message.of("progress.pack.vintage"));
    VintageSheet.write(c);
    progress.update(5, steps, Message.of("progress.pack.rollRates"));
    RollRatesSheet.write(c);
    progress.checkCancelled();
    progress.update(6, steps, Message.of("progress.pack.provisions"));
    ProvisionsSheet.write(c);
    progress.checkCancelled();
    progress.update(7, steps, Message.of("progress.pack.forecast"));
    ForecastSheet.write(c);
    progress.checkCancelled();
    progress.update(8, steps, Message.of("progress.pack.migration"));
    MigrationSheet.write(c);
    progress.checkCancelled();
    progress.update(9, steps, Message.of("progress.pack.collections"));
    CollectionsSheet.write(c);
    progress.update(10, steps, Message.of("progress.pack.fraud"));
    FraudSheet.write(c);
    progress.update(11, steps, Message.of("progress.pack.model"));
    ModelSheet.write(c);
    progress.checkCancelled();
    progress.update(12, steps, Message.of("progress.pack.dataQuality"));
    DataQualitySheet.write(c);
    progress.update(13, steps, Message.of("progress.pack.definitions"));
    DefinitionsSheet.write(c);
    return c.wb;
  }
}
