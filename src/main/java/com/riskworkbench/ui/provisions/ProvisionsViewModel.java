package com.riskworkbench.ui.provisions;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.BacktestAnalysis;
import com.riskworkbench.analysis.BacktestAnalysis.BacktestResult;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EclAnalysis.EclResult;
import com.riskworkbench.analysis.ForecastAnalysis.ForecastResult;
import com.riskworkbench.analysis.PdAnalysis.PdResult;
import com.riskworkbench.analysis.ProvisionAnalysis;
import com.riskworkbench.analysis.ProvisionAnalysis.ProvisionResult;
import com.riskworkbench.analysis.ProvisionShortfall;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.analysis.SegmentKeys;
import com.riskworkbench.analysis.StageThresholds;
import com.riskworkbench.analysis.Stages;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState.Scope;
import com.riskworkbench.ui.provisions.ProvisionsRows.BacktestRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.BasisRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.SegmentRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.Series;
import com.riskworkbench.ui.provisions.ProvisionsRows.StageRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.Tile;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
  /** Everything the screen shows for one scope and scenario. */
  record Shown(
      Scope scope,
      Stages stages,
      List<BasisRow> bases,
      Optional<ProvisionShortfall> shortfall,
      String shortfallText,
      Tile coverage,
      Tile provisionToLoan,
      List<StageRow> stageRows,
      SegmentKeys keys,
      List<SegmentRow> segmentRows,
      String eclInterval,
      List<Series> pdCurves,
      List<Series> forecast,
      String forecastSummary,
      List<BacktestRow> backtest,
      List<Series> backtestBars,
      String backtestNote,
      String unitAxis) {}

  private final ScreenContext context;
  private final Jobs.Slot slot;
  private final ReadOnlyStringProperty scopeLine;
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
  private Shown shown;

  public ProvisionsViewModel(ScreenContext context) {
    this.context = context;
    this.slot = context.jobs().slot();
    this.scopeLine = ScopeText.of(context).lineOf(context.state());
    emptyText.set(text("provisions.empty.noPortfolio"));
    context.state().scopeProperty().addListener((o, was, now) -> recompute(now));
    scenario.addListener((o, was, now) -> recompute(context.state().scope()));
    dimension.addListener((o, was, now) -> recompute(context.state().scope()));
    recompute(context.state().scope());
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
    if (shown == null || row.code() < 0) {
      return;
    }
    Stages st = shown.stages();
    int[] codes = shown.keys().loanCode();
    int[] loans = java.util.Arrays.stream(st.loans()).filter(l -> codes[l] == row.code()).toArray();
    context
        .state()
        .drillDown(
            new LoanSelection(
                MessageFormat.format(
                    text("provisions.drill.segment"),
                    row.segment(),
                    context.formats().month(shown.scope().asOf())),
                loans,
                shown.scope().asOf()));
  }

  /** Shows the loans whose booked provision is below their regulatory requirement. */
  public void drillShortfall() {
    if (shown == null || shown.shortfall().isEmpty()) {
      return;
    }
    context
        .state()
        .drillDown(
            new LoanSelection(
                MessageFormat.format(
                    text("provisions.drill.shortfall"),
                    context.formats().month(shown.scope().asOf())),
                shown.shortfall().get().loans(),
                shown.scope().asOf()));
  }

  /** Shows the loans of a stage (1, 2, 3) at the as-of month in the Loans screen. */
  public void drillStage(StageRow row) {
    if (shown == null || !row.drillable()) {
      return;
    }
    Stages st = shown.stages();
    int[] loans =
        IntStream.range(0, st.size())
            .filter(i -> st.stages()[i] == row.stage())
            .map(i -> st.loans()[i])
            .toArray();
    context
        .state()
        .drillDown(
            new LoanSelection(
                MessageFormat.format(
                    text("provisions.drill.stage"),
                    row.name(),
                    context.formats().month(shown.scope().asOf())),
                loans,
                shown.scope().asOf()));
  }

  private void recompute(Optional<Scope> scope) {
    if (scope.isEmpty()) {
      slot.cancel();
      show(null);
      emptyText.set(text("provisions.empty.noPortfolio"));
      return;
    }
    // Another scope's figures never stay on screen, even if this computation is cancelled.
    show(null);
    emptyText.set(text("provisions.computing"));
    Scope s = scope.get();
    Analyses.Params params =
        context.state().params().withScenario(scenario.get()).withDimension(dimension.get());
    Scenario chosen = scenario.get();
    slot.submit(
        text("provisions.computing"),
        progress -> compute(s, params, chosen, progress),
        r -> {
          show(r);
          emptyText.set("");
        },
        error -> {
          show(null);
          emptyText.set(text("provisions.failed") + " " + error.getMessage());
        });
  }

  private Shown compute(
      Scope s,
      Analyses.Params params,
      Scenario chosen,
      com.riskworkbench.common.Progress progress) {
    AnalysisScope scope = s.resolve();
    Formats f = context.formats();
    ResourceBundle m = context.messages();
    var labels = context.labels();
    ProvisionResult provisions =
        (ProvisionResult) Analyses.run(Analyses.Kind.PROVISIONS, scope, params);
    progress.checkCancelled();
    EclResult ecl = (EclResult) Analyses.run(Analyses.Kind.ECL, scope, params, progress);
    progress.checkCancelled();
    PdResult pd = (PdResult) Analyses.run(Analyses.Kind.PD, scope, params);
    progress.checkCancelled();
    ForecastResult fc =
        (ForecastResult) Analyses.run(Analyses.Kind.FORECAST, scope, params, progress);
    progress.checkCancelled();
    // the backtest looks back as far as the data allow, up to its usual 12 months
    int history = scope.asOfMonth() - scope.portfolio().firstMonthOrdinal();
    int backtestMonths = Math.min(BacktestAnalysis.DEFAULT_HORIZON, history);
    BacktestResult bt =
        backtestMonths < 1
            ? null
            : (BacktestResult)
                Analyses.run(
                    Analyses.Kind.BACKTEST, scope, params.withHorizon(Optional.of(backtestMonths)));
    Stages stages = Stages.of(scope, StageThresholds.DEFAULT, params.fiveCategory());
    SegmentKeys keys = params.dimension().keys(scope.portfolio(), scope.asOfMonth());
    Optional<ProvisionShortfall> shortfall =
        ProvisionShortfall.of(scope, params.fiveCategory(), ProvisionAnalysis.Rates.DEFAULT);
    double startCents = 100 * number(fc.extras().get("starting_balance"));
    int exponent = exponent(startCents / 100, f);
    double unit = Math.pow(10, exponent) * 100;
    Tile[] tiles = ProvisionsRows.tiles(provisions, f, m);

    return new Shown(
        s,
        stages,
        ProvisionsRows.bases(provisions, f, m),
        shortfall,
        shortfall
            .map(
                x ->
                    x.loans().length == 0
                        ? text("provisions.shortfall.none")
                        : MessageFormat.format(
                            text("provisions.shortfall"),
                            f.count(x.loans().length),
                            s.currency() + " " + f.amount(x.shortCents() / 100.0),
                            x.loans().length))
            .orElse(text("provisions.shortfall.notBooked")),
        tiles[0],
        tiles[1],
        ProvisionsRows.stages(ecl, f, m),
        keys,
        ProvisionsRows.segments(ecl, keys, params.dimension(), labels, f),
        ProvisionsRows.eclInterval(ecl, f, m),
        ProvisionsRows.pdCurves(pd, labels, f),
        ProvisionsRows.forecastAreas(fc, labels, f, unit),
        ProvisionsRows.forecastSummary(fc, s.currency(), f, m),
        bt == null ? List.of() : ProvisionsRows.backtest(bt, f),
        bt == null ? List.of() : ProvisionsRows.backtestBars(bt, f, m, unit),
        bt == null
            ? text("provisions.backtest.noHistory")
            : MessageFormat.format(
                text("provisions.backtest.note"),
                bt.extras().get("forecast_made_at"),
                backtestMonths),
        exponent == 0
            ? MessageFormat.format(text("provisions.axis.balancePlain"), s.currency())
            : MessageFormat.format(
                text("provisions.axis.balance"),
                s.currency(),
                text(
                    switch (exponent) {
                      case 3 -> "provisions.unit3";
                      case 4 -> "provisions.unit4";
                      case 6 -> "provisions.unit6";
                      case 8 -> "provisions.unit8";
                      default -> "provisions.unit9";
                    })));
  }

  /** The power of ten that keeps an axis of this size short: m/bn in English, 万/亿 in Chinese. */
  private static int exponent(double units, Formats f) {
    boolean chinese = f.locale().getLanguage().equals("zh");
    return chinese
        ? (units >= 1e8 ? 8 : units >= 1e4 ? 4 : 0)
        : (units >= 1e9 ? 9 : units >= 1e6 ? 6 : units >= 1e3 ? 3 : 0);
  }

  private static double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : 0;
  }

  private void show(Shown s) {
    shown = s;
    hasResult.set(s != null);
    coverage.set(s == null ? Tile.NONE : s.coverage());
    provisionToLoan.set(s == null ? Tile.NONE : s.provisionToLoan());
    eclInterval.set(s == null ? "" : s.eclInterval());
    eclTitle.set(
        s == null
            ? text("provisions.tile.eclPlain")
            : MessageFormat.format(text("provisions.tile.ecl"), s.scope().currency()));
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
    return scopeLine;
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
