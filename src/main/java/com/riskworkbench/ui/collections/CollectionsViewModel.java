package com.riskworkbench.ui.collections;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.CollectionsResult;
import com.riskworkbench.analysis.CollectionsResult.ActionStats;
import com.riskworkbench.analysis.CollectionsResult.CohortRecovery;
import com.riskworkbench.analysis.CollectionsResult.MonthTypeStats;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.ui.collections.CollectionsRows.Chart;
import com.riskworkbench.ui.collections.CollectionsRows.CohortRow;
import com.riskworkbench.ui.collections.CollectionsRows.Kpis;
import com.riskworkbench.ui.collections.CollectionsRows.StatsRow;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.KeptInDatabase;
import com.riskworkbench.ui.common.ProgressTask;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.common.WorkbenchState.Scope;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Collections screen: the collections summary (docs/methodology.md §9) of
 * the current scope, as the texts the screen shows. Calls the analysis off the FX thread; never
 * touches a node.
 */
public final class CollectionsViewModel {
  /** The figures of one scope: the result, its currency and as-of month. */
  record Shown(CollectionsResult result, String currency, YearMonth asOf, String scopeLine) {
    /** Recoveries / charged-off balance over every cohort, as the analysis totals it. */
    double recoveryRate() {
      return ((Number) result.extras().get("recovery_rate")).doubleValue();
    }

    /** Σ recoveries on charged-off loans, in currency units, as the analysis totals it. */
    double recoveries() {
      return ((Number) result.extras().get("recoveries")).doubleValue();
    }
  }

  private final ScreenContext context;
  private final Jobs.Slot slot;
  private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<Kpis> kpis = new ReadOnlyObjectWrapper<>(Kpis.NONE);
  private final ReadOnlyObjectWrapper<Chart> chart = new ReadOnlyObjectWrapper<>(Chart.NONE);
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
  private final ObservableList<StatsRow> cells = FXCollections.observableArrayList();
  private final ObservableList<StatsRow> byType = FXCollections.observableArrayList();
  private final ObservableList<CohortRow> recoveries = FXCollections.observableArrayList();

  public CollectionsViewModel(ScreenContext context) {
    this.context = context;
    this.slot = context.jobs().slot();
    emptyText.set(text("collections.empty.noPortfolio"));
    WorkbenchState state = context.state();
    state.scopeProperty().addListener((o, was, now) -> recompute(now));
    // a book left in its database: computed there, for its month and filter, once shown
    KeptInDatabase.follow(
        state,
        shownOnScreen,
        () -> !hasResult.get() && !slot.isRunning(),
        () -> recompute(state.scope()));
    recompute(state.scope());
  }

  /**
   * The summary of a book left in its database, asked of the database while the screen is shown;
   * empty when there is none such.
   */
  private Optional<ProgressTask.Work<Shown>> inDatabase() {
    Optional<KeptInDatabase> kept =
        shownOnScreen.get() ? KeptInDatabase.of(context.state()) : Optional.empty();
    Analyses.Params params = context.state().params();
    return kept.map(
        k ->
            progress ->
                new Shown(
                    (CollectionsResult)
                        context
                            .service()
                            .analyzeInDatabase(
                                k.location(),
                                Analyses.Kind.COLLECTIONS,
                                k.asOf(),
                                k.filter(),
                                params,
                                progress),
                    k.currency(),
                    k.asOf(),
                    ScopeText.of(context).line(k.asOf(), k.filter())));
  }

  private void recompute(Optional<Scope> scope) {
    Optional<ProgressTask.Work<Shown>> inDatabase =
        scope.isEmpty() ? inDatabase() : Optional.empty();
    if (scope.isEmpty() && inDatabase.isEmpty()) {
      slot.cancel();
      show(Optional.empty());
      emptyText.set(text("collections.empty.noPortfolio"));
      return;
    }
    // Another scope's figures never stay on screen: if this computation is cancelled, the screen
    // shows nothing rather than the figures of the portfolio or filters before.
    show(Optional.empty());
    emptyText.set(text("collections.computing"));
    Analyses.Params params = context.state().params();
    slot.submit(
        text("collections.computing"),
        inDatabase.orElseGet(
            () -> {
              Scope s = scope.get();
              return progress ->
                  new Shown(
                      (CollectionsResult)
                          Analyses.run(Analyses.Kind.COLLECTIONS, s.resolve(), params),
                      s.currency(),
                      s.asOf(),
                      ScopeText.of(context).line(s.asOf(), s.filter()));
            }),
        r -> {
          show(Optional.of(r));
          emptyText.set(
              MessageFormat.format(text("collections.empty.noActions"), formats().month(r.asOf())));
        },
        error -> {
          show(Optional.empty());
          emptyText.set(text("collections.failed") + " " + error.getMessage());
        });
  }

  private void show(Optional<Shown> r) {
    Formats f = formats();
    List<StatsRow> monthRows = new ArrayList<>();
    List<StatsRow> types = new ArrayList<>();
    List<CohortRow> cohorts = new ArrayList<>();
    r.ifPresent(
        x -> {
          for (MonthTypeStats c : x.result().cells()) {
            monthRows.add(StatsRow.of(f.month(c.month()), label(c.actionType()), c.stats(), f));
          }
          for (Map.Entry<ActionType, ActionStats> e : x.result().totalsByType().entrySet()) {
            types.add(StatsRow.of("", label(e.getKey()), e.getValue(), f));
          }
          for (CohortRecovery c : x.result().recoveriesByCohort()) {
            cohorts.add(CohortRow.of(c, f));
          }
        });
    kpis.set(r.map(this::kpis).orElse(Kpis.NONE));
    chart.set(r.map(x -> Chart.of(x.result().cells(), f, context.labels())).orElse(Chart.NONE));
    cells.setAll(monthRows);
    byType.setAll(types);
    recoveries.setAll(cohorts);
    hasResult.set(r.isPresent());
  }

  /** True while the screen is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  private Kpis kpis(Shown s) {
    Formats f = formats();
    ActionStats t = s.result().total();
    return new Kpis(
        f.count(t.actions()),
        f.percent(t.contactRate(), 1),
        f.percent(t.promiseRate(), 1),
        f.moneyShort(t.amountRecoveredCents(), s.currency()),
        f.percent(s.recoveryRate(), 1),
        MessageFormat.format(
            text("collections.kpi.recoveryRateNote"),
            s.currency() + " " + f.amount(s.recoveries())),
        MessageFormat.format(text("collections.scope"), s.scopeLine(), s.currency()));
  }

  private String label(ActionType type) {
    return context.labels().of(type);
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  private Formats formats() {
    return context.formats();
  }

  /** A tick of the actions axis: a whole count with thousands separators. */
  public String axisCount(double actions, int decimals) {
    return formats().decimal(actions, decimals);
  }

  /** True while the figures of a scope are shown. */
  public ReadOnlyBooleanProperty hasResultProperty() {
    return hasResult.getReadOnlyProperty();
  }

  /** The key figures of the current scope; {@link Kpis#NONE} while none are computed. */
  public ReadOnlyObjectProperty<Kpis> kpisProperty() {
    return kpis.getReadOnlyProperty();
  }

  /** Actions by month and type, as the chart shows them. */
  public ReadOnlyObjectProperty<Chart> chartProperty() {
    return chart.getReadOnlyProperty();
  }

  /** What an empty screen or table says. */
  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  /** Actions by month and action type: the rows of the main table. */
  public ObservableList<StatsRow> cells() {
    return cells;
  }

  /** Actions by type over every month. */
  public ObservableList<StatsRow> byType() {
    return byType;
  }

  /** Recoveries by origination cohort. */
  public ObservableList<CohortRow> recoveries() {
    return recoveries;
  }
}
