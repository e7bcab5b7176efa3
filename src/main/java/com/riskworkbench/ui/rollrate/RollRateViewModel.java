package com.riskworkbench.ui.rollrate;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.FlowRateAnalysis;
import com.riskworkbench.analysis.FlowRateResult;
import com.riskworkbench.analysis.RollRateAnalysis;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.HeatValue;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
 * State and commands of the Roll rates screen: the transition matrix of {@link RollRateAnalysis}
 * over a window of months, by count or by balance, its roll-forward and cure rates, the flow-rate
 * series of {@link FlowRateAnalysis}, and the drill-down from a matrix cell to its loans. Calls the
 * analyses off the FX thread; never touches a node.
 */
public final class RollRateViewModel {

  /** What the row percentages and rates divide: transitions or balance at month t. */
  public enum Basis {
    COUNT,
    BALANCE
  }

  /** Where a move goes, for the colour of its cell. */
  public enum Direction {
    SAME,
    BETTER,
    WORSE,
    MISSING
  }

  /** The windows offered, in months; 0 is every month of the data. */
  public static final List<Integer> WINDOWS = List.of(1, 3, 6, 12, 0);

  /**
   * One cell of the matrix: the row percentage on the chosen basis (NaN for an empty row), the
   * figures behind it on hover, and the distinct loans a click lists.
   */
  public record MatrixCell(
      String from,
      String to,
      Direction direction,
      double share,
      String text,
      String tooltip,
      long transitions,
      int loans)
      implements HeatValue {}

  /**
   * One from-state: its name, its row total, a cell per to-state, and its roll-forward and cure
   * rates, all on the basis.
   */
  public record MatrixRow(
      String from,
      String label,
      String total,
      List<MatrixCell> cells,
      String rollForward,
      String cure) {}

  /**
   * A point of a flow-rate series: the month, the rate (NaN over a zero balance), the rate as drawn
   * (at most {@link #FLOW_CLIP}, so that one extreme month does not flatten the others), and the
   * hover text with the rate's numerator and denominator.
   */
  public record FlowPoint(String month, double rate, double drawn, String tip) {
    /** Whether the point is drawn lower than it is. */
    public boolean clipped() {
      return drawn < rate;
    }
  }

  /** The highest flow rate the chart draws: 200 %; a higher month is drawn there and marked. */
  public static final double FLOW_CLIP = 2.0;

  /** The flow-rate series of one bucket. */
  public record FlowSeries(String bucket, String label, List<FlowPoint> points) {}

  /**
   * {@code inDatabaseAt}: the as-of month of a matrix computed in a database, whose loans are
   * queried.
   */
  private record Computed(
      RollRateResult result,
      FlowRateResult flows,
      List<MatrixRow> countRows,
      List<MatrixRow> balanceRows,
      String currency,
      Optional<YearMonth> inDatabaseAt) {}

  private final ScreenContext context;
  private final WorkbenchState state;
  private final Formats formats;
  private final RollRateTexts texts;
  private final ReadOnlyStringProperty scopeLine;
  private final Labels labels;
  private final Jobs.Slot slot;
  private final Jobs.Slot drillSlot;
  private final ObjectProperty<Integer> window =
      new SimpleObjectProperty<>(RollRateAnalysis.DEFAULT_WINDOW);
  private final ObjectProperty<Basis> basis = new SimpleObjectProperty<>(Basis.COUNT);
  private final BooleanProperty showLastBucket = new SimpleBooleanProperty(false);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<RollRateResult> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<FlowRateResult> flows = new ReadOnlyObjectWrapper<>();
  private final ObservableList<String> toStates = FXCollections.observableArrayList();
  private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
  private final ObservableList<FlowSeries> series = FXCollections.observableArrayList();
  private final ObservableList<String> flowMonths = FXCollections.observableArrayList();
  // Kept: an unmodifiable view listens weakly to its list, so it must live as long as the model.
  private final ObservableList<String> toStatesView =
      FXCollections.unmodifiableObservableList(toStates);
  private final ObservableList<MatrixRow> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<FlowSeries> seriesView =
      FXCollections.unmodifiableObservableList(series);
  private final ObservableList<String> flowMonthsView =
      FXCollections.unmodifiableObservableList(flowMonths);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final BooleanBinding busy;
  private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper totalHeader = new ReadOnlyStringWrapper("");
  private Computed shown;

  public RollRateViewModel(ScreenContext context) {
    this.context = context;
    this.state = context.state();
    this.formats = context.formats();
    this.texts = new RollRateTexts(context.messages(), context.labels(), formats);
    this.scopeLine = ScopeText.of(context).lineOf(context.state());
    this.labels = context.labels();
    this.slot = context.jobs().slot();
    this.drillSlot = context.jobs().slot();
    this.busy = running.and(context.jobs().busyProperty());
    placeholder.set(text("rollrate.empty.noPortfolio"));
    totalHeader.set(text("rollrate.column.transitions"));
    state.scopeProperty().addListener(o -> refresh());
    // a book left in its database: its preview and as-of month drive the screen, and the database
    // is asked only while the screen is shown
    state.previewProperty().addListener(o -> refresh());
    state.asOfProperty().addListener(o -> refreshIfInDatabase(false));
    state.filterProperty().addListener(o -> refreshIfInDatabase(false));
    shownOnScreen.addListener(o -> refreshIfInDatabase(true));
    window.addListener(o -> refresh());
    basis.addListener(o -> showBasis());
    showLastBucket.addListener(o -> showFlows());
    refresh();
  }

  /**
   * Recomputes the matrix and the flow rates for the current scope and window, in the background.
   */
  public void refresh() {
    Optional<WorkbenchState.Scope> scope = state.scope();
    Optional<PortfolioPreview> kept = state.previewProperty().get().filter(p -> p.inDatabase());
    if (scope.isEmpty() && kept.isPresent()) {
      refreshInDatabase(kept.get());
      return;
    }
    if (scope.isEmpty()) {
      slot.cancel();
      running.set(false);
      show(null);
      placeholder.set(text("rollrate.empty.noPortfolio"));
      return;
    }
    // Another scope's figures never stay on screen: if this computation is cancelled, the screen
    // shows nothing rather than the figures of the portfolio or filters before.
    show(null);
    placeholder.set(text("rollrate.job"));
    WorkbenchState.Scope s = scope.get();
    int w = window.get() == null ? RollRateAnalysis.DEFAULT_WINDOW : window.get();
    DelinquencyBuckets buckets = state.params().buckets();
    running.set(true);
    slot.submit(
        text("rollrate.job"),
        progress -> compute(s, buckets, w),
        computed -> {
          running.set(false);
          show(computed);
          placeholder.set(
              computed.result().months().isEmpty()
                  ? MessageFormat.format(text("rollrate.empty.noMonths"), formats.month(s.asOf()))
                  : "");
        },
        error -> {
          running.set(false);
          show(null);
          placeholder.set(MessageFormat.format(text("rollrate.error"), error.getMessage()));
        });
  }

  private void refreshIfInDatabase(boolean onlyIfNotShown) {
    // a month or filter changed while hidden clears the figures: the next showing recomputes
    boolean kept = state.previewProperty().get().filter(p -> p.inDatabase()).isPresent();
    if (state.scope().isEmpty() && kept) {
      if (!onlyIfNotShown || (shownOnScreen.get() && shown == null && !slot.isRunning())) {
        refresh();
      }
    }
  }

  /** The matrix and flow rates of a book left in its database, computed there when shown. */
  private void refreshInDatabase(PortfolioPreview kept) {
    show(null);
    YearMonth asOf =
        Optional.ofNullable(state.asOfProperty().get()).orElse(kept.overview().asOf().orElse(null));
    if (!shownOnScreen.get() || asOf == null) {
      slot.cancel();
      running.set(false);
      return;
    }
    placeholder.set(text("rollrate.jobInDatabase"));
    int w = window.get() == null ? RollRateAnalysis.DEFAULT_WINDOW : window.get();
    Analyses.Params params = state.params();
    String where = kept.overview().location();
    SegmentFilter filter = state.filterProperty().get();
    running.set(true);
    slot.submit(
        text("rollrate.jobInDatabase"),
        progress ->
            computed(
                (RollRateResult)
                    context
                        .service()
                        .analyzeInDatabase(
                            where,
                            Analyses.Kind.ROLL_RATE,
                            asOf,
                            filter,
                            params.withWindow(Optional.of(w)),
                            progress),
                (FlowRateResult)
                    context
                        .service()
                        .analyzeInDatabase(
                            where,
                            Analyses.Kind.FLOW_RATE,
                            asOf,
                            filter,
                            params.withWindow(Optional.empty()), // every month
                            progress),
                kept.overview().currency(),
                Optional.of(asOf)),
        computed -> {
          running.set(false);
          show(computed);
          placeholder.set(
              computed.result().months().isEmpty()
                  ? MessageFormat.format(text("rollrate.empty.noMonths"), formats.month(asOf))
                  : "");
        },
        error -> {
          running.set(false);
          show(null);
          placeholder.set(MessageFormat.format(text("rollrate.error"), error.getMessage()));
        });
  }

  private Computed compute(WorkbenchState.Scope s, DelinquencyBuckets buckets, int w) {
    AnalysisScope scope = s.resolve();
    return computed(
        RollRateAnalysis.run(scope, buckets, w),
        FlowRateAnalysis.run(scope, buckets, 0),
        s.currency(),
        Optional.empty());
  }

  private Computed computed(
      RollRateResult r, FlowRateResult f, String currency, Optional<YearMonth> inDatabaseAt) {
    RollRateRows matrix = RollRateRows.of(r, currency, texts, formats, labels);
    return new Computed(r, f, matrix.byCount(), matrix.byBalance(), currency, inDatabaseAt);
  }

  private void show(Computed computed) {
    shown = computed;
    if (computed == null) {
      result.set(null);
      flows.set(null);
      toStates.clear();
      rows.clear();
      series.clear();
      flowMonths.clear();
      caption.set("");
      return;
    }
    RollRateResult r = computed.result();
    result.set(r);
    flows.set(computed.flows());
    toStates.setAll(r.toStates());
    showBasis();
    showFlows();
  }

  private void showBasis() {
    Computed c = shown;
    if (c == null) {
      return;
    }
    boolean byCount = basis.get() == Basis.COUNT;
    rows.setAll(byCount ? c.countRows() : c.balanceRows());
    totalHeader.set(
        byCount
            ? text("rollrate.column.transitions")
            : MessageFormat.format(text("rollrate.column.balance"), c.currency()));
    caption.set(
        MessageFormat.format(
            text("rollrate.caption"),
            texts.window(c.result().months()),
            text(byCount ? "rollrate.by.count" : "rollrate.by.balance")));
  }

  private void showFlows() {
    Computed c = shown;
    if (c == null) {
      return;
    }
    FlowRateResult f = c.flows();
    flowMonths.setAll(f.months().stream().map(formats::month).toList());
    series.setAll(
        RollRateRows.flows(f, showLastBucket.get(), text("rollrate.flow.point"), formats, labels));
  }

  /**
   * Shows the distinct loans behind a matrix cell in the Loans view (a loan that made the move in
   * several months of the window once). Finds them in the background.
   */
  public void drillDown(String from, String to) {
    RollRateResult r = result.get();
    if (r == null || r.loans(from, to) == 0) {
      return;
    }
    List<YearMonth> months = r.months();
    String title =
        months.size() == 1
            ? MessageFormat.format(
                text("rollrate.drill.titleMonth"),
                formats.month(months.get(0)),
                labels.state(from),
                labels.state(to))
            : MessageFormat.format(
                text("rollrate.drill.title"),
                formats.month(months.get(0)),
                formats.month(months.get(months.size() - 1)),
                labels.state(from),
                labels.state(to));
    YearMonth asOf = months.get(months.size() - 1);
    Computed c = shown;
    if (c != null && c.inDatabaseAt().isPresent()) {
      state.drillDown(
          LoanSelection.inDatabase(
              title,
              new DatabaseLoans.RollRateCell(
                  c.inDatabaseAt().get(),
                  state.filterProperty().get(),
                  state.params().buckets(),
                  window.get() == null ? RollRateAnalysis.DEFAULT_WINDOW : window.get(),
                  from,
                  to,
                  asOf)));
      return;
    }
    drillSlot.submit(
        text("rollrate.drill.job"),
        progress -> r.distinctLoansBehind(from, to),
        loans -> state.drillDown(new LoanSelection(title, loans, asOf)),
        error -> placeholder.set(MessageFormat.format(text("rollrate.error"), error.getMessage())));
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  /** The name of a state for people. */
  public String stateLabel(String code) {
    return labels.state(code);
  }

  /** A label of the message bundle, for the view. */
  public String label(String key) {
    return text(key);
  }

  /** The name of a window choice: "1 month", "6 months", "All months". */
  public String windowLabel(Integer months) {
    if (months == null || months <= 0) {
      return text("rollrate.window.all");
    }
    return months == 1
        ? text("rollrate.window.one")
        : MessageFormat.format(text("rollrate.window.n"), formats.count(months));
  }

  public Formats formats() {
    return formats;
  }

  // Properties

  /** The window in months; 0 for every month of the data. */
  public ObjectProperty<Integer> windowProperty() {
    return window;
  }

  public ObjectProperty<Basis> basisProperty() {
    return basis;
  }

  /** Whether the flow-rate chart shows the open-ended last bucket (its rate may exceed 100 %). */
  /** True while the screen is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  public BooleanProperty showLastBucketProperty() {
    return showLastBucket;
  }

  /** The roll-rate result on screen; null when there is none. */
  public ReadOnlyObjectProperty<RollRateResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The flow-rate result on screen; null when there is none. */
  public ReadOnlyObjectProperty<FlowRateResult> flowsProperty() {
    return flows.getReadOnlyProperty();
  }

  /** The to-states of the matrix, in column order. */
  public ObservableList<String> toStates() {
    return toStatesView;
  }

  /** The matrix rows, with their roll-forward and cure rates, on the chosen basis. */
  public ObservableList<MatrixRow> rows() {
    return rowsView;
  }

  /** The flow-rate series of the chart. */
  public ObservableList<FlowSeries> flowSeries() {
    return seriesView;
  }

  /** The months of the flow-rate chart, oldest first. */
  public ObservableList<String> flowMonths() {
    return flowMonthsView;
  }

  public BooleanBinding busyProperty() {
    return busy;
  }

  /** What to show instead of the figures (no portfolio, no months, an error); empty otherwise. */
  /** The as-of month and filters of the figures on screen. */
  public ReadOnlyStringProperty scopeTextProperty() {
    return scopeLine;
  }

  public ReadOnlyStringProperty placeholderProperty() {
    return placeholder.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty captionProperty() {
    return caption.getReadOnlyProperty();
  }

  /** The header of the row-total column: transitions, or balance with the currency. */
  public ReadOnlyStringProperty totalHeaderProperty() {
    return totalHeader.getReadOnlyProperty();
  }
}
