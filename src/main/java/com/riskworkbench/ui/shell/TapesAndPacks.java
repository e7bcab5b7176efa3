package com.riskworkbench.ui.shell;

import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.service.ImportCounts;
import com.riskworkbench.service.ImportProblem;
import com.riskworkbench.service.ReportService;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.ScreenContext;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The main window's two exchanges of files, for {@link MainViewModel}: importing a loan tape into a
 * portfolio file, and writing the committee pack. Touches no node.
 */
final class TapesAndPacks {

  /**
   * What the exchanges ask of the window: to open the portfolio an import wrote, to say that work
   * failed and why, to show a status once work is done, and to forget the last failure.
   */
  record Window(
      Consumer<Path> open,
      BiConsumer<Throwable, String> fail,
      Consumer<String> status,
      Runnable clearError) {}

  private final ScreenContext context;
  private final ResourceBundle messages;
  private final ReportService reports;
  private final ShellDialogs dialogs;
  private final Jobs.Slot portfolioSlot;
  private final Jobs.Slot exportSlot;
  private final Window window;
  private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ImportReport> importReport = new ReadOnlyObjectWrapper<>();

  TapesAndPacks(
      ScreenContext context,
      ReportService reports,
      ShellDialogs dialogs,
      Jobs.Slot portfolioSlot,
      Jobs.Slot exportSlot,
      Window window) {
    this.context = context;
    this.messages = context.messages();
    this.reports = reports;
    this.dialogs = dialogs;
    this.portfolioSlot = portfolioSlot;
    this.exportSlot = exportSlot;
    this.window = window;
  }

  /** Imports the tape in {@code tapeFolder} into {@code out}, then opens it. */
  void importTape(Path tapeFolder, Path out) {
    window.clearError().run();
    portfolioSlot.submit(
        MessageFormat.format(messages.getString("status.importing"), tapeFolder.getFileName()),
        p -> ImportCounts.of(context.service().importTape(tapeFolder, out, p)),
        (ImportCounts summary) -> {
          report(new ImportReport(tapeFolder, out, Optional.of(summary), List.of(), false));
          window.open().accept(out);
        },
        e -> {
          Optional<ImportProblem.Failure> refused = ImportProblem.failure(e);
          if (refused.isPresent()) {
            window.status().accept(messages.getString("status.importFailed"));
            report(
                new ImportReport(
                    tapeFolder,
                    out,
                    Optional.empty(),
                    refused.get().problems(),
                    refused.get().truncated()));
          } else {
            window.fail().accept(e, messages.getString("status.importFailed"));
          }
        });
  }

  /** Writes the committee pack of the portfolio at {@code file}, at {@code asOf}, filtered. */
  void exportPack(String file, YearMonth asOf, SegmentFilter filter, Path out) {
    window.clearError().run();
    exportSlot.submit(
        messages.getString("status.exporting"),
        p -> {
          reports.exportPack(file, out, asOf, filter, p);
          return out;
        },
        written -> {
          window
              .status()
              .accept(MessageFormat.format(messages.getString("status.exported"), written));
          exported.set(null); // a second export to the same file must notify again
          exported.set(written);
        },
        e -> window.fail().accept(e, messages.getString("status.exportFailed")));
  }

  private void report(ImportReport report) {
    importReport.set(report);
    dialogs.showImportReport(report);
  }

  ReadOnlyObjectProperty<Path> exportedProperty() {
    return exported.getReadOnlyProperty();
  }

  ReadOnlyObjectProperty<ImportReport> importReportProperty() {
    return importReport.getReadOnlyProperty();
  }
}
