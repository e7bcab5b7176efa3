package com.riskworkbench.ui.collections;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.CollectionsResult;
import com.riskworkbench.analysis.CollectionsResult.ActionStats;
import com.riskworkbench.analysis.CollectionsResult.CohortRecovery;
import com.riskworkbench.analysis.CollectionsResult.MonthTypeStats;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState.Scope;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Collections screen: the collections summary (docs/methodology.md §9) of
 * the current scope. Calls the analysis off the FX thread; never touches a node.
 */
public final class CollectionsViewModel {
  /** The figures of one scope: the result, its currency and as-of month. */
  public record Shown(CollectionsResult result, String currency, YearMonth asOf) {
    /** Recoveries / charged-off balance over every cohort, as the analysis totals it. */
    public double recoveryRate() {
      return ((Number) result.extras().get("recovery_rate")).doubleValue();
    }

    /** Σ recoveries on charged-off loans, in currency units, as the analysis totals it. */
    public double recoveries() {
      return ((Number) result.extras().get("recoveries")).doubleValue();
    }
  }

  /** Per-type totals as a row. */
  public record TypeRow(ActionType type, ActionStats stats) {}

  private final ScreenContext context;
  private final Jobs.Slot slot;
  private final ReadOnlyObjectWrapper<Optional<Shown>> shown =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
  private final ObservableList<MonthTypeStats> cells = FXCollections.observableArrayList();
  private final ObservableList<TypeRow> byType = FXCollections.observableArrayList();
  private final ObservableList<CohortRecovery> recoveries = FXCollections.observableArrayList();

  public CollectionsViewModel(ScreenContext context) {
    this.context = context;
    this.slot = context.jobs().slot();
    emptyText.set(text("collections.empty.noPortfolio"));
    context.state().scopeProperty().addListener((o, was, now) -> recompute(now));
    recompute(context.state().scope());
  }

  private void recompute(Optional<Scope> scope) {
    if (scope.isEmpty()) {
      slot.cancel();
      show(Optional.empty());
      emptyText.set(text("collections.empty.noPortfolio"));
      return;
    }
    Scope s = scope.get();
    Analyses.Params params = context.state().params();
    slot.submit(
        text("collections.computing"),
        progress ->
            new Shown(
                (CollectionsResult) Analyses.run(Analyses.Kind.COLLECTIONS, s.resolve(), params),
                s.currency(),
                s.asOf()),
        r -> {
          show(Optional.of(r));
          emptyText.set(
              MessageFormat.format(
                  text("collections.empty.noActions"), context.formats().month(s.asOf())));
        },
        error -> {
          show(Optional.empty());
          emptyText.set(text("collections.failed") + " " + error.getMessage());
        });
  }

  private void show(Optional<Shown> r) {
    shown.set(r);
    cells.setAll(r.map(x -> x.result().cells()).orElse(List.of()));
    List<TypeRow> types = new ArrayList<>();
    r.ifPresent(
        x -> {
          for (Map.Entry<ActionType, ActionStats> e : x.result().totalsByType().entrySet()) {
            types.add(new TypeRow(e.getKey(), e.getValue()));
          }
        });
    byType.setAll(types);
    recoveries.setAll(r.map(x -> x.result().recoveriesByCohort()).orElse(List.of()));
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

  /** The figures of the current scope; empty while none are computed. */
  public ReadOnlyObjectProperty<Optional<Shown>> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** What an empty screen or table says. */
  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  /** Actions by month and action type: the rows of the main table and of the chart. */
  public ObservableList<MonthTypeStats> cells() {
    return cells;
  }

  public ObservableList<TypeRow> byType() {
    return byType;
  }

  public ObservableList<CohortRecovery> recoveries() {
    return recoveries;
  }
}
