package com.riskworkbench.ui.dataquality;

import com.riskworkbench.analysis.DataQualityChecks;
import com.riskworkbench.analysis.DataQualityChecks.Check;
import com.riskworkbench.analysis.DataQualityChecks.Finding;
import com.riskworkbench.analysis.DataQualityChecks.MonthRows;
import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.service.ImportFindings;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState.Scope;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Data quality screen: what the book shows for the current scope ({@link
 * DataQualityChecks}, with the loans behind each finding) and what the import of the file recorded.
 * Calls the analysis and the service off the FX thread; never touches a node.
 */
public final class DataQualityViewModel {
  /** How many of the import's findings the screen lists. */
  static final int FIRST_FINDINGS = 200;

  /** A check with its label for people and its description. */
  public record CheckRow(Finding finding, String label, String meaning) {}

  /** A kind of import finding and how many the import recorded. */
  public record KindRow(FindingKind kind, String label, int count) {}

  /** What one scope shows. */
  public record Shown(DataQualityChecks.Result checks, ImportFindings imported, YearMonth asOf) {}

  private final ScreenContext context;
  private final Jobs.Slot slot;
  private final ReadOnlyObjectWrapper<Optional<Shown>> shown =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
  private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
  private final ObservableList<MonthRows> months = FXCollections.observableArrayList();
  private final ObservableList<KindRow> kinds = FXCollections.observableArrayList();
  private final ObservableList<DataQualityFinding> firstFindings =
      FXCollections.observableArrayList();

  public DataQualityViewModel(ScreenContext context) {
    this.context = context;
    this.slot = context.jobs().slot();
    emptyText.set(text("dataQuality.empty.noPortfolio"));
    context.state().scopeProperty().addListener((o, was, now) -> recompute(now));
    recompute(context.state().scope());
  }

  private void recompute(Optional<Scope> scope) {
    if (scope.isEmpty()) {
      slot.cancel();
      show(Optional.empty());
      emptyText.set(text("dataQuality.empty.noPortfolio"));
      return;
    }
    Scope s = scope.get();
    slot.submit(
        text("dataQuality.computing"),
        progress -> {
          DataQualityChecks.Result r = DataQualityChecks.run(s.resolve());
          progress.checkCancelled();
          ImportFindings imported =
              context.service().importFindings(s.portfolio().overview().location(), FIRST_FINDINGS);
          return new Shown(r, imported, s.asOf());
        },
        r -> {
          show(Optional.of(r));
          emptyText.set(text("dataQuality.empty.none"));
        },
        error -> {
          show(Optional.empty());
          emptyText.set(text("dataQuality.failed") + " " + error.getMessage());
        });
  }

  private void show(Optional<Shown> r) {
    shown.set(r);
    List<CheckRow> rows = new ArrayList<>();
    List<KindRow> kindRows = new ArrayList<>();
    r.ifPresent(
        x -> {
          for (Finding f : x.checks().findings()) {
            rows.add(new CheckRow(f, label(f.check()), meaning(f.check())));
          }
          for (FindingKind k : FindingKind.values()) {
            kindRows.add(new KindRow(k, context.labels().of(k), x.imported().count(k)));
          }
        });
    checks.setAll(rows);
    kinds.setAll(kindRows);
    months.setAll(r.map(x -> x.checks().months()).orElse(List.of()));
    firstFindings.setAll(r.map(x -> x.imported().first()).orElse(List.of()));
  }

  private String label(Check c) {
    return switch (c) {
      case GAP_IN_HISTORY -> text("dataQuality.check.gap");
      case MISSING_TRANSITION -> text("dataQuality.check.missing");
      case NO_BORROWER_ATTRIBUTES -> text("dataQuality.check.noAttributes");
      case LATE_FIRST_MONTH -> text("dataQuality.check.late");
      case NO_HISTORY -> text("dataQuality.check.noHistory");
    };
  }

  private String meaning(Check c) {
    return switch (c) {
      case GAP_IN_HISTORY -> text("dataQuality.meaning.gap");
      case MISSING_TRANSITION -> text("dataQuality.meaning.missing");
      case NO_BORROWER_ATTRIBUTES -> text("dataQuality.meaning.noAttributes");
      case LATE_FIRST_MONTH -> text("dataQuality.meaning.late");
      case NO_HISTORY -> text("dataQuality.meaning.noHistory");
    };
  }

  // Commands

  /** Shows the Loans view with the loans a check found. */
  public void drillDown(CheckRow row) {
    shown
        .get()
        .ifPresent(
            s ->
                drill(
                    MessageFormat.format(
                        text("dataQuality.drill.check"),
                        row.label(),
                        context.formats().count(row.finding().loanCount())),
                    row.finding().loans(),
                    s.asOf()));
  }

  /** Shows the Loans view with the loans that have a row in a month (its loan rows). */
  public void drillDown(MonthRows month) {
    shown
        .get()
        .ifPresent(
            s -> {
              int[] loans = s.checks().loansWithRowIn(month.month());
              drill(
                  MessageFormat.format(
                      text("dataQuality.drill.month"),
                      context.formats().month(month.month()),
                      context.formats().count(loans.length)),
                  loans,
                  month.month());
            });
  }

  private void drill(String title, int[] loans, YearMonth month) {
    context.state().drillDown(new LoanSelection(title, loans, month));
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  public Formats formats() {
    return context.formats();
  }

  public Labels labels() {
    return context.labels();
  }

  // Properties

  public ReadOnlyObjectProperty<Optional<Shown>> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  /** Every check of the book, zero findings included. */
  public ObservableList<CheckRow> checks() {
    return checks;
  }

  /** Rows per month up to the as-of month, with the unusual ones flagged. */
  public ObservableList<MonthRows> months() {
    return months;
  }

  /** The import's findings by kind. */
  public ObservableList<KindRow> kinds() {
    return kinds;
  }

  /** The first findings the import recorded. */
  public ObservableList<DataQualityFinding> firstFindings() {
    return firstFindings;
  }
}
