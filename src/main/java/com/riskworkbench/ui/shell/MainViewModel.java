package com.riskworkbench.ui.shell;

import com.riskworkbench.common.Progress;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.service.ReportService;
import com.riskworkbench.ui.common.BackgroundRunner;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.ProgressTask;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/** State and commands of the main window. Calls the services; never touches a node. */
public final class MainViewModel {
  private final PortfolioService service;
  private final ReportService reports;
  private final BackgroundRunner runner;
  private final Formats formats;
  private final ResourceBundle messages;

  // Properties
  private final ReadOnlyObjectWrapper<Optional<PortfolioOverview>> portfolio =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper activeLoans = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper outstanding = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper loans = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper months = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();

  private Task<?> current;

  public MainViewModel(
      PortfolioService service,
      ReportService reports,
      BackgroundRunner runner,
      Formats formats,
      ResourceBundle messages) {
    this.service = service;
    this.reports = reports;
    this.runner = runner;
    this.formats = formats;
    this.messages = messages;
    status.set(messages.getString("status.ready"));
    show(Optional.empty());
  }

  // Commands

  public void openSample() {
    start(
        new ProgressTask<>() {
          @Override
          protected PortfolioOverview compute(Progress p) throws Exception {
            return service.openSample(p);
          }
        });
  }

  public void open(Path path) {
    start(
        new ProgressTask<>() {
          @Override
          protected PortfolioOverview compute(Progress p) throws Exception {
            return service.open(path, p);
          }
        });
  }

  /** Writes the committee pack of the open portfolio; does nothing when none is open. */
  public void exportPack(Path out) {
    Optional<PortfolioOverview> open = portfolio.get();
    if (open.isEmpty()) {
      return;
    }
    Path file = open.get().file();
    ProgressTask<Path> task =
        new ProgressTask<>() {
          @Override
          protected Path compute(Progress p) throws Exception {
            reports.exportPack(file, out, p);
            return out;
          }
        };
    run(
        task,
        written -> {
          exported.set(null); // a second export to the same file must notify again
          exported.set(written);
          return MessageFormat.format(messages.getString("status.exported"), written);
        });
  }

  /** The name the save dialog proposes: {@code <portfolio>-pack-<as-of>.xlsx}. */
  public String suggestedPackName() {
    return portfolio
        .get()
        .map(
            p ->
                p.name().replaceAll("[^\\p{L}\\p{N}]+", "-")
                    + "-pack-"
                    + p.asOf().map(Object::toString).orElse("")
                    + ".xlsx")
        .orElse("committee-pack.xlsx");
  }

  public void cancel() {
    if (current != null) {
      current.cancel();
    }
  }

  private void start(Task<PortfolioOverview> task) {
    run(
        task,
        p -> {
          show(Optional.of(p));
          return MessageFormat.format(messages.getString("status.opened"), p.name());
        });
  }

  /** Runs a task with the busy state, progress, cancel and failure handling of the window. */
  private <T> void run(Task<T> task, java.util.function.Function<T, String> onSuccess) {
    cancel();
    current = task;
    error.set(null);
    busy.set(true);
    progress.set(-1);
    task.messageProperty().addListener((o, was, now) -> status.set(now));
    task.progressProperty().addListener((o, was, now) -> progress.set(now.doubleValue()));
    task.setOnSucceeded(
        e -> {
          if (current == task) {
            finish(onSuccess.apply(task.getValue()));
          }
        });
    task.setOnCancelled(
        e -> {
          if (current == task) {
            finish(messages.getString("status.cancelled"));
          }
        });
    task.setOnFailed(
        e -> {
          if (current == task) {
            Throwable t = task.getException();
            error.set(t.getMessage() != null ? t.getMessage() : t.toString());
            finish(messages.getString("status.failed"));
          }
        });
    runner.run(task);
  }

  private void finish(String message) {
    current = null;
    busy.set(false);
    progress.set(0);
    status.set(message);
  }

  private void show(Optional<PortfolioOverview> p) {
    portfolio.set(p);
    String none = messages.getString("value.none");
    name.set(p.map(PortfolioOverview::name).orElse(messages.getString("overview.none")));
    asOf.set(p.flatMap(PortfolioOverview::asOf).map(formats::month).orElse(none));
    activeLoans.set(p.map(o -> formats.count(o.activeLoans())).orElse(none));
    outstanding.set(p.map(o -> formats.money(o.outstandingCents(), o.currency())).orElse(none));
    loans.set(p.map(o -> formats.count(o.loans())).orElse(none));
    months.set(p.map(o -> formats.count(o.months())).orElse(none));
    file.set(p.map(o -> o.file().toString()).orElse(none));
  }

  public ReadOnlyObjectProperty<Optional<PortfolioOverview>> portfolioProperty() {
    return portfolio.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty asOfProperty() {
    return asOf.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty activeLoansProperty() {
    return activeLoans.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty outstandingProperty() {
    return outstanding.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty loansProperty() {
    return loans.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty monthsProperty() {
    return months.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty fileProperty() {
    return file.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The last failure's message, for a dialog; null when the last command did not fail. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The last committee pack written, for the view to show its folder. */
  public ReadOnlyObjectProperty<Path> exportedProperty() {
    return exported.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
