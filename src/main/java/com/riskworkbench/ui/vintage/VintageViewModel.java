package com.riskworkbench.ui.vintage;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.VintageAnalysis;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.VintageParams.CohortPeriod;
import com.riskworkbench.analysis.VintageParams.Weight;
import com.riskworkbench.analysis.VintageResult;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.HeatValue;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Vintage screen: the cohort × MOB grid of {@link VintageAnalysis} for
 * the chosen measure, weight and cohort length, the curves of the cohorts picked for the chart, and
 * the drill-down from a cell to its loans. Calls the analyses off the FX thread; never touches a
 * node.
 */
public final class VintageViewModel {

  /** What a cell shows: the ever-bad rate at a days-past-due threshold, or net charge-off. */
  public enum Measure {
    DPD_30(30, "vintage.measure.dpd30"),
    DPD_60(60, "vintage.measure.dpd60"),
    DPD_90(90, "vintage.measure.dpd90"),
    NET_CHARGE_OFF(30, "vintage.measure.netChargeOff");

    private final int threshold;
    private final String key;

    Measure(int threshold, String key) {
      this.threshold = threshold;
      this.key = key;
    }

    public int threshold() {
      return threshold;
    }

    /**
     * The rate coloured full red, the same in every view so that colours compare across filters and
     * portfolios: 20 % ever-30+, 15 % ever-60+, 10 % ever-90+ and 10 % net charge-off.
     */
    public double redAt() {
      return switch (this) {
        case DPD_30 -> 0.20;
        case DPD_60 -> 0.15;
        case DPD_90, NET_CHARGE_OFF -> 0.10;
      };
    }

    /** The message key of the measure's name. */
    public String key() {
      return key;
    }

    public boolean isNetChargeOff() {
      return this == NET_CHARGE_OFF;
    }
  }

  /**
   * One defined cell of the grid: its value (a ratio 0–1, NaN over a zero denominator), the text
   * and tooltip shown, and the number of loans behind it (what a click lists).
   */
  public record GridCell(
      String cohort, int mob, double value, String text, String tooltip, int loans)
      implements HeatValue {}

  /** One cohort: its size and its defined cells, MOB 0 first; later MOBs are not yet on book. */
  public record GridRow(
      String cohort,
      int loans,
      long principalCents,
      String loansText,
      String principalText,
      List<GridCell> cells) {
    public Optional<GridCell> cell(int mob) {
      return mob >= 0 && mob < cells.size() ? Optional.of(cells.get(mob)) : Optional.empty();
    }
  }

  /** A cohort's curve for the chart: the cell values, MOB 0 to the cohort's last MOB. */
  public record Curve(String cohort, double[] values) {}

  /** How many cohorts the chart shows at first. */
  static final int DEFAULT_CURVES = 6;

  /** A cohort is mature enough for the default chart with this many months on book. */
  static final int MATURE_MOB = 3;

  private final ScreenContext context;
  private final WorkbenchState state;
  private final Formats formats;
  private final ReadOnlyStringProperty scopeLine;
  private final Jobs.Slot slot;
  private final Jobs.Slot drillSlot;
  private final VintageGrid grid;
  private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.DPD_30);
  private final ObjectProperty<Weight> weight = new SimpleObjectProperty<>(Weight.AMOUNT);
  private final ObjectProperty<CohortPeriod> period =
      new SimpleObjectProperty<>(CohortPeriod.MONTH);
  private final BooleanProperty includeUnobserved = new SimpleBooleanProperty(false);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<VintageResult> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Measure> shownMeasure =
      new ReadOnlyObjectWrapper<>(Measure.DPD_30);
  private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper mobs = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyDoubleWrapper scaleMax = new ReadOnlyDoubleWrapper(0);
  private final ObservableList<CohortChoice> cohorts = FXCollections.observableArrayList();
  private final ObservableList<Curve> curves = FXCollections.observableArrayList();
  // Kept: an unmodifiable view listens weakly to its list, so it must live as long as the model.
  private final ObservableList<GridRow> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<CohortChoice> cohortsView =
      FXCollections.unmodifiableObservableList(cohorts);
  private final ObservableList<Curve> curvesView = FXCollections.unmodifiableObservableList(curves);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final BooleanBinding busy;
  private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper chartTitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper valueAxisLabel = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper principalHeader = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper unobservedLabel = new ReadOnlyStringWrapper("");

  public VintageViewModel(ScreenContext context) {
    this.context = context;
    this.state = context.state();
    this.formats = context.formats();
    this.scopeLine = ScopeText.of(context).lineOf(context.state());
    this.slot = context.jobs().slot();
    this.drillSlot = context.jobs().slot();
    this.grid = new VintageGrid(context.formats(), context.messages());
    this.busy = running.and(context.jobs().busyProperty());
    placeholder.set(text("vintage.empty.noPortfolio"));
    unobservedLabel.set(text("vintage.unobserved"));
    state.scopeProperty().addListener(o -> refresh());
    state.previewProperty().addListener(o -> refresh());
    state.asOfProperty().addListener(o -> refreshInDatabase(false));
    state.filterProperty().addListener(o -> refreshInDatabase(false));
    shownOnScreen.addListener(o -> refreshInDatabase(true));
    measure.addListener(o -> refresh());
    weight.addListener(o -> refresh());
    period.addListener(o -> refresh());
    includeUnobserved.addListener(o -> refresh());
    refresh();
  }

  /** The scope of the last computation, and the cohorts picked then, carried to the next. */
  private Object lastScope;

  private Set<String> carriedChoice = Set.of();

  private void refreshInDatabase(boolean onlyIfNotShown) {
    if (state.scope().isEmpty()
        && (!onlyIfNotShown || (result.get() == null && !slot.isRunning()))) {
      refresh();
    }
  }

  /** Recomputes the grid for the current scope and settings, in the background. */
  public void refresh() {
    Optional<WorkbenchState.Scope> scope = state.scope();
    Optional<PortfolioPreview> kept = state.previewProperty().get().filter(p -> p.inDatabase());
    YearMonth asOf =
        scope
            .map(WorkbenchState.Scope::asOf)
            .or(() -> kept.flatMap(p -> Optional.ofNullable(state.asOfProperty().get())))
            .or(() -> kept.flatMap(p -> p.overview().asOf()))
            .orElse(null);
    // a book left in its database is computed there, and only while the screen is shown
    if (asOf == null || (scope.isEmpty() && !shownOnScreen.get())) {
      slot.cancel();
      running.set(false);
      show(null);
      placeholder.set(text("vintage.empty.noPortfolio"));
      return;
    }
    // The cohorts picked for the chart stay while only the measure changes; a new as-of month or
    // filter starts from the default picks, since the cohorts themselves may differ.
    Object shownScope =
        scope.isPresent()
            ? scope.get()
            : kept.get().overview().location() + asOf + state.filterProperty().get();
    carriedChoice = shownScope.equals(lastScope) ? chosenCohorts() : Set.of();
    lastScope = shownScope;
    // Another scope's figures never stay on screen: if this computation is cancelled, the screen
    // shows nothing rather than the figures of the portfolio or filters before.
    show(null);
    placeholder.set(text(scope.isPresent() ? "vintage.job" : "vintage.jobInDatabase"));
    Measure m = measure.get();
    VintageParams params =
        new VintageParams(
            m.threshold(), m.isNetChargeOff() ? Weight.AMOUNT : weight.get(), period.get());
    boolean unobserved = includeUnobserved.get();
    Analyses.Params shared = state.params();
    SegmentFilter filter = state.filterProperty().get();
    running.set(true);
    slot.submit(
        placeholder.get(),
        progress ->
            scope.isPresent()
                ? grid.compute(scope.get(), params, m, unobserved)
                : grid.inDatabase(
                    context.service(),
                    kept.get(),
                    asOf,
                    shared,
                    filter,
                    params,
                    m,
                    unobserved,
                    progress),
        computed -> {
          running.set(false);
          show(computed);
          placeholder.set(
              computed.rows().isEmpty()
                  ? MessageFormat.format(text("vintage.empty.noCohorts"), formats.month(asOf))
                  : "");
        },
        error -> {
          running.set(false);
          show(null);
          placeholder.set(
              MessageFormat.format(text("vintage.error"), context.labels().error(error)));
        });
  }

  private Set<String> chosenCohorts() {
    Set<String> chosen = new HashSet<>();
    for (CohortChoice c : cohorts) {
      if (c.chosenProperty().get()) {
        chosen.add(c.cohort());
      }
    }
    return chosen;
  }

  private void show(VintageGrid.Computed computed) {
    Set<String> wasChosen = computed == null ? Set.of() : carriedChoice;
    if (computed == null) {
      result.set(null);
      rows.clear();
      mobs.set(0);
      scaleMax.set(0);
      cohorts.clear();
      curves.clear();
      caption.set("");
      return;
    }
    VintageResult r = computed.result();
    Measure m = computed.measure();
    shownMeasure.set(m);
    principalHeader.set(
        MessageFormat.format(text("vintage.column.principal"), computed.currency()));
    result.set(r);
    mobs.set(computed.mobs());
    scaleMax.set(m.redAt());
    rows.setAll(computed.rows());
    String measureName = text(m.key());
    caption.set(grid.caption(r, m));
    unobservedLabel.set(
        computed.hidden() > 0 || includeUnobserved.get()
            ? MessageFormat.format(
                text("vintage.unobserved.some"),
                formats.count(computed.hidden()),
                computed.firstMonth())
            : text("vintage.unobserved"));
    chartTitle.set(MessageFormat.format(text("vintage.chart.title"), measureName));
    valueAxisLabel.set(
        text(m.isNetChargeOff() ? "vintage.chart.netChargeOffAxis" : "vintage.chart.badAxis"));

    List<String> names = computed.rows().stream().map(GridRow::cohort).toList();
    Set<String> chosen = new HashSet<>(wasChosen);
    chosen.retainAll(names);
    if (chosen.isEmpty()) {
      chosen = VintageGrid.defaultChoice(r, names);
    }
    List<CohortChoice> choices = new ArrayList<>();
    for (int i = names.size() - 1; i >= 0; i--) { // newest first: the ones an analyst looks for
      CohortChoice c = new CohortChoice(names.get(i), chosen.contains(names.get(i)));
      c.chosenProperty().addListener(o -> updateCurves());
      choices.add(c);
    }
    cohorts.setAll(choices);
    updateCurves();
  }

  private void updateCurves() {
    Set<String> chosen = chosenCohorts();
    List<Curve> out = new ArrayList<>();
    for (GridRow row : rows) {
      if (chosen.contains(row.cohort())) {
        double[] values = new double[row.cells().size()];
        for (int k = 0; k < values.length; k++) {
          values[k] = row.cells().get(k).value();
        }
        out.add(new Curve(row.cohort(), values));
      }
    }
    curves.setAll(out);
  }

  /** Picks the cohorts for the chart: exactly these, the others unchecked. */
  public void chooseCohorts(Set<String> names) {
    for (CohortChoice c : cohorts) {
      c.chosenProperty().set(names.contains(c.cohort()));
    }
  }

  /**
   * Shows the loans behind a cell in the Loans view: the cohort's loans bad by that MOB, or those
   * charged off by then for net charge-off. Finds them in the background.
   */
  public void drillDown(String cohort, int mob) {
    VintageResult r = result.get();
    if (r == null || r.cell(cohort, mob).isEmpty()) {
      return;
    }
    Measure m = shownMeasure.get();
    String title = MessageFormat.format(text("vintage.drill.title"), cohort, mob, text(m.key()));
    if (state.scope().isEmpty()) { // a book left in its database: its loans a page at a time
      state.drillDown(
          LoanSelection.inDatabase(
              title,
              new DatabaseLoans.VintageCell(
                  r.asOf(),
                  state.filterProperty().get(),
                  r.params(),
                  r.cohortMonth(cohort).orElseThrow(),
                  mob,
                  m.isNetChargeOff())));
      return;
    }
    drillSlot.submit(
        text("vintage.drill.job"),
        progress ->
            m.isNetChargeOff() ? r.chargeOffLoansBehind(cohort, mob) : r.loansBehind(cohort, mob),
        loans -> state.drillDown(new LoanSelection(title, loans, r.asOf())),
        error ->
            placeholder.set(
                MessageFormat.format(text("vintage.error"), context.labels().error(error))));
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  // Properties

  /** True while the screen is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  /** The measure asked for; the grid follows once computed. */
  public ObjectProperty<Measure> measureProperty() {
    return measure;
  }

  public ObjectProperty<Weight> weightProperty() {
    return weight;
  }

  public ObjectProperty<CohortPeriod> periodProperty() {
    return period;
  }

  /**
   * Whether the grid also shows cohorts originated before the first month of data, whose first
   * months on book were never observed (off by default).
   */
  public BooleanProperty includeUnobservedProperty() {
    return includeUnobserved;
  }

  /** The measure of the grid on screen. */
  public ReadOnlyObjectProperty<Measure> shownMeasureProperty() {
    return shownMeasure.getReadOnlyProperty();
  }

  /** The analysis result on screen; null when there is none. */
  public ReadOnlyObjectProperty<VintageResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The cohorts of the grid, oldest first. */
  public ObservableList<GridRow> rows() {
    return rowsView;
  }

  /** The number of MOB columns: the longest cohort's last MOB plus one. */
  public ReadOnlyIntegerProperty mobsProperty() {
    return mobs.getReadOnlyProperty();
  }

  /** The largest value of the grid: the top of the heat scale. */
  public ReadOnlyDoubleProperty scaleMaxProperty() {
    return scaleMax.getReadOnlyProperty();
  }

  /** The cohorts offered for the chart, newest first. */
  public ObservableList<CohortChoice> cohorts() {
    return cohortsView;
  }

  /** The curves of the chosen cohorts, oldest first. */
  public ObservableList<Curve> curves() {
    return curvesView;
  }

  /** True while the grid is being computed. */
  public BooleanBinding busyProperty() {
    return busy;
  }

  /** What to show instead of the grid (no portfolio, no cohorts, an error); empty otherwise. */
  /** The as-of month and filters of the figures on screen. */
  public ReadOnlyStringProperty scopeTextProperty() {
    return scopeLine;
  }

  public ReadOnlyStringProperty placeholderProperty() {
    return placeholder.getReadOnlyProperty();
  }

  /** One line saying what the grid shows. */
  public ReadOnlyStringProperty captionProperty() {
    return caption.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty chartTitleProperty() {
    return chartTitle.getReadOnlyProperty();
  }

  /**
   * The label of the check box that shows cohorts from before the data: how many are hidden and
   * since when, once known.
   */
  public ReadOnlyStringProperty unobservedLabelProperty() {
    return unobservedLabel.getReadOnlyProperty();
  }

  /** The header of the principal column, with the portfolio's currency. */
  public ReadOnlyStringProperty principalHeaderProperty() {
    return principalHeader.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty valueAxisLabelProperty() {
    return valueAxisLabel.getReadOnlyProperty();
  }

  /** Formats for the view (axis ticks). */
  public Formats formats() {
    return formats;
  }

  /** A label of the message bundle, for the view's headers. */
  public String label(String key) {
    return text(key);
  }
}
