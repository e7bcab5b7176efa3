package com.riskworkbench.ui.provisions;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.ProvisionAnalysis;
import com.riskworkbench.analysis.ProvisionShortfall;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.analysis.StageThresholds;
import com.riskworkbench.analysis.Stages;
import com.riskworkbench.common.Progress;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.KeptInDatabase;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ProgressTask;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.common.WorkbenchState.Scope;
import com.riskworkbench.ui.provisions.ProvisionsFigures.Shown;
import com.riskworkbench.ui.provisions.ProvisionsRows.BacktestRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.BasisRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.SegmentRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.Series;
import com.riskworkbench.ui.provisions.ProvisionsRows.StageRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.Tile;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Provisions &amp; forecast screen (docs/methodology.md §14): stages and
 * ECL, provisions on three bases against the supervisory bands, PD curves, the run-off forecast
 * under a chosen scenario with its bootstrap band, and the backtest. Computes off the FX thread and
 * never touches a node.
 */
public final class ProvisionsViewModel {
  private final ScreenContext context;
  private final Jobs.Slot slot;
  private final ReadOnlyStringWrapper scopeLine = new ReadOnlyStringWrapper("");
  private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.BASE);
  private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.PRODUCT);
  private final ObservableList<SegmentRow> segmentRows = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<Tile> coverage = new ReadOnlyObjectWrapper<>(Tile.NONE);
  private final ReadOnlyObjectWrapper<Tile> provisionToLoan =
      new ReadOnlyObjectWrapper<>(Tile.NONE);
  private final ReadOnlyStringWrapper eclInterval = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper eclTitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper shortfallText = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canDrillShortfall = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper forecastSummary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper backtestNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper unitAxis = new ReadOnlyStringWrapper("");
  private final ObservableList<BasisRow> bases = FXCollections.observableArrayList();
  private final ObservableList<StageRow> stageRows = FXCollections.observableArrayList();
  private final ObservableList<Series> pdCurves = FXCollections.observableArrayList();
  private final ObservableList<Series> forecast = FXCollections.observableArrayList();
  private final ObservableList<BacktestRow> backtest = FXCollections.observableArrayList();
  private final ObservableList<Series> backtestBars = FXCollections.observableArrayList();
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private Shown shown;

  public ProvisionsViewModel(ScreenContext context) {
    this.context = context;
    this.slot = context.jobs().slot();
    emptyText.set(text("provisions.empty.noPortfolio"));
    WorkbenchState state = context.state();
    state.scopeProperty().addListener((o, was, now) -> recompute(now));
    scenario.addListener((o, was, now) -> recompute(state.scope()));
    dimension.addListener((o, was, now) -> recompute(state.scope()));
    // a book left in its database: computed there, for its month and filter, once shown
    KeptInDatabase.follow(
        state,
        shownOnScreen,
        () -> !hasResult.get() && !slot.isRunning(),
        () -> recompute(state.scope()));
    recompute(state.scope());
  }

  /** True while the screen is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  /** The stress scenarios the screen offers, base first. */
  public static List<Scenario> scenarios() {
    return Scenario.PRESETS;
  }

  /** A scenario's name for people. */
  public String scenarioName(Scenario s) {
    if (s == null) {
      return "";
    }
    return text(
        switch (s.name()) {
          case "adverse" -> "provisions.scenario.adverse";
          case "severe" -> "provisions.scenario.severe";
          case "worst-month" -> "provisions.scenario.worstMonth";
          default -> "provisions.scenario.base";
        });
  }

  /** The dimensions ECL can be split by (all but single borrowers). */
  public static List<Dimension> dimensions() {
    return java.util.Arrays.stream(Dimension.values())
        .filter(d -> d != Dimension.BORROWER)
        .toList();
  }

  /** A dimension's name for people. */
  public String dimensionName(Dimension d) {
    return d == null ? "" : context.labels().dimension(d);
  }

  /** Shows the loans of a segment's ECL (its active loans at the as-of month). */
  public void drillSegment(SegmentRow row) {
    Shown s = shown;
    if (s == null) {
      return;
    }
    String title =
        MessageFormat.format(
            text("provisions.drill.segment"), row.segment(), context.formats().month(s.asOf()));
    if (s.inDatabase().isPresent()) {
      drill(
          LoanSelection.inDatabase(
              title,
              DatabaseLoans.segment(s.asOf(), s.inDatabase().get(), dimension.get(), row.key())));
      return;
    }
    if (row.code() < 0 || s.keys().isEmpty() || s.stages().isEmpty()) {
      return;
    }
    int[] codes = s.keys().get().loanCode();
    int[] loans =
        Arrays.stream(s.stages().get().loans()).filter(l -> codes[l] == row.code()).toArray();
    drill(new LoanSelection(title, loans, s.asOf()));
  }

  /** Shows the loans whose booked provision is below their regulatory requirement. */
  public void drillShortfall() {
    Shown s = shown;
    if (s == null || s.shortfall().isEmpty()) {
      return;
    }
    drill(
        new LoanSelection(
            MessageFormat.format(
                text("provisions.drill.shortfall"), context.formats().month(s.asOf())),
            s.shortfall().get().loans(),
            s.asOf()));
  }

  /** Shows the loans of a stage (1, 2, 3) at the as-of month in the Loans screen. */
  public void drillStage(StageRow row) {
    Shown s = shown;
    if (s == null || !row.drillable()) {
      return;
    }
    String title =
        MessageFormat.format(
            text("provisions.drill.stage"), row.name(), context.formats().month(s.asOf()));
    if (s.inDatabase().isPresent()) {
      drill(
          LoanSelection.inDatabase(
              title,
              DatabaseLoans.stage(
                  s.asOf(), s.inDatabase().get(), row.stage(), StageThresholds.DEFAULT, s.rule())));
      return;
    }
    if (s.stages().isEmpty()) {
      return;
    }
    Stages st = s.stages().get();
    int[] loans =
        IntStream.range(0, st.size())
            .filter(i -> st.stages()[i] == row.stage())
            .map(i -> st.loans()[i])
            .toArray();
    drill(new LoanSelection(title, loans, s.asOf()));
  }

  private void drill(LoanSelection selection) {
    context.state().drillDown(selection);
  }

  /**
   * The figures of a book left in its database, asked of the database while the screen is shown;
   * empty when there is none such.
   */
  private Optional<ProgressTask.Work<Shown>> inDatabase(Analyses.Params params) {
    Optional<KeptInDatabase> kept =
        shownOnScreen.get() ? KeptInDatabase.of(context.state()) : Optional.empty();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    KeptInDatabase k = kept.get();
    PortfolioOverview o = k.overview();
    // the months before the as-of month the database holds
    YearMonth first = o.firstMonth().orElse(k.asOf());
    int history = (int) Math.max(0, first.until(k.asOf(), ChronoUnit.MONTHS));
    Dimension d = dimension.get();
    return Optional.of(
        progress ->
            ProvisionsFigures.shown(
                context,
                ProvisionsFigures.inDatabase(
                    context.service(),
                    k.location(),
                    k.asOf(),
                    k.filter(),
                    params,
                    history,
                    progress),
                k.asOf(),
                k.currency(),
                k.filter(),
                d,
                params.fiveCategory(),
                Optional.of(k.filter()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
  }

  private void recompute(Optional<Scope> scope) {
    Analyses.Params params =
        context.state().params().withScenario(scenario.get()).withDimension(dimension.get());
    Optional<ProgressTask.Work<Shown>> inDatabase =
        scope.isEmpty() ? inDatabase(params) : Optional.empty();
    if (scope.isEmpty() && inDatabase.isEmpty()) {
      slot.cancel();
      show(null);
      emptyText.set(text("provisions.empty.noPortfolio"));
      return;
    }
    // Another scope's figures never stay on screen, even if this computation is cancelled.
    show(null);
    emptyText.set(text("provisions.computing"));
    slot.submit(
        text("provisions.computing"),
        inDatabase.orElseGet(() -> progress -> compute(scope.get(), params, progress)),
        r -> {
          show(r);
          emptyText.set("");
        },
        error -> {
          show(null);
          emptyText.set(text("provisions.failed") + " " + error.getMessage());
        });
  }

  private Shown compute(Scope s, Analyses.Params params, Progress progress) {
    AnalysisScope scope = s.resolve();
    ProvisionsFigures.Results r = ProvisionsFigures.inMemory(scope, params, progress);
    return ProvisionsFigures.shown(
        context,
        r,
        s.asOf(),
        s.currency(),
        s.filter(),
        params.dimension(),
        params.fiveCategory(),
        Optional.empty(),
        Optional.of(Stages.of(scope, StageThresholds.DEFAULT, params.fiveCategory())),
        Optional.of(params.dimension().keys(scope.portfolio(), scope.asOfMonth())),
        ProvisionShortfall.of(scope, params.fiveCategory(), ProvisionAnalysis.Rates.DEFAULT));
  }

  private void show(Shown s) {
    shown = s;
    hasResult.set(s != null);
    scopeLine.set(s == null ? "" : s.scopeLine());
    coverage.set(s == null ? Tile.NONE : s.coverage());
    provisionToLoan.set(s == null ? Tile.NONE : s.provisionToLoan());
    eclInterval.set(s == null ? "" : s.eclInterval());
    eclTitle.set(
        s == null
            ? text("provisions.tile.eclPlain")
            : MessageFormat.format(text("provisions.tile.ecl"), s.currency()));
    shortfallText.set(s == null ? "" : s.shortfallText());
    canDrillShortfall.set(s != null && s.shortfall().map(x -> x.loans().length > 0).orElse(false));
    forecastSummary.set(s == null ? "" : s.forecastSummary());
    backtestNote.set(s == null ? "" : s.backtestNote());
    unitAxis.set(s == null ? "" : s.unitAxis());
    bases.setAll(s == null ? List.of() : s.bases());
    stageRows.setAll(s == null ? List.of() : s.stageRows());
    segmentRows.setAll(s == null ? List.of() : s.segmentRows());
    pdCurves.setAll(s == null ? List.of() : s.pdCurves());
    forecast.setAll(s == null ? List.of() : s.forecast());
    backtest.setAll(s == null ? List.of() : s.backtest());
    backtestBars.setAll(s == null ? List.of() : s.backtestBars());
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  // Properties

  public ObjectProperty<Scenario> scenarioProperty() {
    return scenario;
  }

  public ReadOnlyStringProperty scopeTextProperty() {
    return scopeLine.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasResultProperty() {
    return hasResult.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tile> coverageProperty() {
    return coverage.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tile> provisionToLoanProperty() {
    return provisionToLoan.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty shortfallTextProperty() {
    return shortfallText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canDrillShortfallProperty() {
    return canDrillShortfall.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty eclTitleProperty() {
    return eclTitle.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty eclIntervalProperty() {
    return eclInterval.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty forecastSummaryProperty() {
    return forecastSummary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty backtestNoteProperty() {
    return backtestNote.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty unitAxisProperty() {
    return unitAxis.getReadOnlyProperty();
  }

  public ObservableList<BasisRow> bases() {
    return bases;
  }

  public ObjectProperty<Dimension> dimensionProperty() {
    return dimension;
  }

  public ObservableList<SegmentRow> segmentRows() {
    return segmentRows;
  }

  public ObservableList<StageRow> stageRows() {
    return stageRows;
  }

  public ObservableList<Series> pdCurves() {
    return pdCurves;
  }

  public ObservableList<Series> forecast() {
    return forecast;
  }

  public ObservableList<BacktestRow> backtest() {
    return backtest;
  }

  public ObservableList<Series> backtestBars() {
    return backtestBars;
  }
}
