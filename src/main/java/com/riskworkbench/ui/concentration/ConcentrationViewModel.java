package com.riskworkbench.ui.concentration;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.ConcentrationAnalysis.ConcentrationResult;
import com.riskworkbench.analysis.ConcentrationAnalysis.Segment;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.ui.common.Formats;
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
import java.util.ResourceBundle;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Concentration screen: the segments of the chosen dimension with their
 * loans, exposure, share, PAR30, NPL ratio and rate; HHI on both scales, the effective number and
 * the top-N shares; the top 20 shares for the chart; and the single-borrower limit breaches. Every
 * figure comes from {@code ConcentrationAnalysis}, run off the FX thread. Rows are built (and
 * sorted) in the background and formatted only when a cell shows them, so that the borrower
 * dimension's hundreds of thousands of segments stay cheap. Never touches a node.
 */
public final class ConcentrationViewModel {
  /** Bars in the chart: the borrower dimension has far too many segments to draw them all. */
  public static final int CHART_SEGMENTS = 20;

  /** One segment's row; {@code rank} is its place by exposure (1 = largest). */
  public record SegmentRow(int rank, String label, Segment segment) {}

  /** One bar of the chart: a segment's share of exposure, in percent. */
  public record Bar(String label, double sharePercent) {}

  /** One single-borrower limit breach. */
  public record BreachRow(
      String borrowerId, String type, String exposure, String limit, String rule) {}

  /** What the segment table can be sorted by. */
  public enum SortKey {
    RANK,
    SEGMENT,
    LOANS,
    EXPOSURE,
    SHARE,
    PAR30,
    NPL,
    RATE
  }

  /**
   * What the screen shows: {@code scope} is the loaded book's (empty for a book left in its
   * database, whose loans are then listed by query), {@code asOf} and {@code filter} its month and
   * filter.
   */
  private record Computed(
      Optional<AnalysisScope> scope,
      YearMonth asOf,
      SegmentFilter filter,
      ConcentrationResult result,
      List<SegmentRow> rows,
      List<Bar> bars,
      List<BreachRow> breaches,
      String currency,
      SortKey sortKey,
      boolean ascending) {}

  private final WorkbenchState state;
  private final Formats formats;
  private final Labels labels;
  private final ResourceBundle messages;
  private final PortfolioService service;
  private final Jobs.Slot computeSlot;
  private final Jobs.Slot sortSlot;
  private final Jobs.Slot drillSlot;

  private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.PRODUCT);
  private final ReadOnlyBooleanWrapper hasPortfolio = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper inDatabase = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
  private final BooleanBinding busy;
  private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper totalExposure = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper segmentCount = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper hhi = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper hhi10000 = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper effectiveNumber = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper topShares = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper chartTitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper breachSummary = new ReadOnlyStringWrapper("");
  private final ObservableList<SegmentRow> rows = FXCollections.observableArrayList();
  private final ObservableList<Bar> bars = FXCollections.observableArrayList();
  private final ObservableList<BreachRow> breaches = FXCollections.observableArrayList();
  private final ObservableList<SegmentRow> rowsView =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<Bar> barsView = FXCollections.unmodifiableObservableList(bars);
  private final ObservableList<BreachRow> breachesView =
      FXCollections.unmodifiableObservableList(breaches);

  private SortKey sortKey = SortKey.RANK;
  private boolean ascending = true;
  private Computed shown;

  public ConcentrationViewModel(ScreenContext context) {
    this.state = context.state();
    this.formats = context.formats();
    this.labels = context.labels();
    this.messages = context.messages();
    this.service = context.service();
    this.computeSlot = context.jobs().slot();
    this.sortSlot = context.jobs().slot();
    this.drillSlot = context.jobs().slot();
    // The status bar's Cancel stops every job without telling the slot: busy ends with the jobs.
    this.busy = computing.getReadOnlyProperty().and(context.jobs().busyProperty());
    state.scopeProperty().addListener((o, was, now) -> refresh());
    // a book left in its database has no scope: its as-of month and preview drive the screen
    state.previewProperty().addListener((o, was, now) -> refresh());
    javafx.beans.InvalidationListener monthOrFilter = o -> refreshIf(state.scope().isEmpty());
    state.asOfProperty().addListener(monthOrFilter);
    state.filterProperty().addListener(monthOrFilter);
    dimension.addListener((o, was, now) -> refresh());
    // a database computes only for a screen someone looks at; the book's figures are cheap
    shownOnScreen.addListener(
        (o, was, now) -> {
          if (now && inDatabase.get() && shown == null && !computeSlot.isRunning()) {
            refresh();
          }
        });
    refresh();
  }

  private void refreshIf(boolean needed) {
    if (needed) {
      refresh();
    }
  }

  /** Recomputes the concentration of the chosen dimension for the current scope. */
  public void refresh() {
    Optional<WorkbenchState.Scope> scope = state.scope();
    Optional<PortfolioPreview> kept = state.previewProperty().get().filter(p -> p.inDatabase());
    hasPortfolio.set(scope.isPresent() || kept.isPresent());
    inDatabase.set(scope.isEmpty() && kept.isPresent());
    error.set("");
    sortSlot.cancel();
    if (scope.isEmpty() && kept.isPresent()) {
      refreshInDatabase(kept.get());
      return;
    }
    if (scope.isEmpty()) {
      computeSlot.cancel();
      computing.set(false);
      clear();
      return;
    }
    // Another scope's figures never stay on screen: if this computation is cancelled, the screen
    // shows nothing rather than the figures of the portfolio or filters before.
    clear();
    WorkbenchState.Scope s = scope.get();
    Dimension d = dimension.get();
    Analyses.Params params = state.params().withDimension(d);
    SortKey key = sortKey;
    boolean up = ascending;
    computing.set(true);
    computeSlot.submit(
        format("concentration.computing", labels.dimension(d)),
        progress -> compute(s, d, params, key, up),
        this::show,
        this::fail);
  }

  /** The concentration of a book left in its database, computed there at the as-of month. */
  private void refreshInDatabase(PortfolioPreview kept) {
    clear();
    if (!shownOnScreen.get()) {
      computeSlot.cancel(); // computed when the screen is shown
      computing.set(false);
      return;
    }
    YearMonth asOf =
        Optional.ofNullable(state.asOfProperty().get()).orElse(kept.overview().asOf().orElse(null));
    if (asOf == null) {
      computeSlot.cancel();
      computing.set(false);
      return;
    }
    Dimension d = dimension.get();
    Analyses.Params params = state.params().withDimension(d);
    SortKey key = sortKey;
    boolean up = ascending;
    String where = kept.overview().location();
    SegmentFilter filter = state.filterProperty().get();
    computing.set(true);
    computeSlot.submit(
        format("concentration.computingInDatabase", labels.dimension(d)),
        progress ->
            computed(
                Optional.empty(),
                asOf,
                filter,
                kept.overview().currency(),
                (ConcentrationResult)
                    service.analyzeInDatabase(
                        where, Analyses.Kind.CONCENTRATION, asOf, filter, params, progress),
                key,
                up),
        this::show,
        this::fail);
  }

  private Computed compute(
      WorkbenchState.Scope s, Dimension d, Analyses.Params params, SortKey key, boolean up) {
    AnalysisScope scope = s.resolve();
    ConcentrationResult result =
        (ConcentrationResult) Analyses.run(Analyses.Kind.CONCENTRATION, scope, params);
    return computed(Optional.of(scope), s.asOf(), s.filter(), s.currency(), result, key, up);
  }

  private Computed computed(
      Optional<AnalysisScope> scope,
      YearMonth asOf,
      SegmentFilter filter,
      String currency,
      ConcentrationResult result,
      SortKey key,
      boolean up) {
    SegmentRow[] rows = ConcentrationRows.segments(result, labels);
    List<Bar> bars = ConcentrationRows.bars(rows, CHART_SEGMENTS);
    List<BreachRow> breachRows = ConcentrationRows.breaches(result, formats, labels, messages);
    return new Computed(
        scope,
        asOf,
        filter,
        result,
        ConcentrationRows.sorted(rows, key, up),
        bars,
        breachRows,
        currency,
        key,
        up);
  }

  private void show(Computed c) {
    computing.set(false);
    shown = c;
    ConcentrationResult r = c.result();
    Dimension d = r.dimension();
    subtitle.set(
        format(
            "concentration.subtitle",
            new ScopeText(messages, labels, formats).line(c.asOf(), c.filter()),
            labels.dimension(d),
            c.currency()));
    totalExposure.set(formats.moneyShort(r.totalExposureCents(), c.currency()));
    segmentCount.set(formats.count(r.segments().size()));
    hhi.set(formats.decimal(r.hhi(), 3));
    hhi10000.set(formats.decimal(r.hhi() * 10_000, 0));
    effectiveNumber.set(formats.decimal(r.effectiveNumber(), 2));
    topShares.set(
        format(
            "concentration.topSharesValue",
            formats.percent(r.topShare(1), 1),
            formats.percent(r.topShare(5), 1),
            formats.percent(r.topShare(10), 1)));
    chartTitle.set(
        r.segments().size() > CHART_SEGMENTS
            ? format("concentration.chartTitleTop", labels.dimension(d), CHART_SEGMENTS)
            : format("concentration.chartTitle", labels.dimension(d)));
    breachSummary.set(
        c.breaches().isEmpty()
            ? messages.getString("concentration.noBreaches")
            : format("concentration.breachCount", formats.count(c.breaches().size())));
    rows.setAll(c.rows());
    bars.setAll(c.bars());
    breaches.setAll(c.breaches());
    if (c.sortKey() != sortKey || c.ascending() != ascending) {
      sort(sortKey, ascending); // the analyst re-sorted while the figures were computed
    }
  }

  private void fail(Throwable e) {
    computing.set(false);
    error.set(format("concentration.failed", labels.error(e)));
  }

  private void clear() {
    shown = null;
    subtitle.set("");
    for (ReadOnlyStringWrapper w :
        List.of(totalExposure, segmentCount, hhi, hhi10000, effectiveNumber, topShares)) {
      w.set(Formats.NONE);
    }
    chartTitle.set("");
    breachSummary.set("");
    rows.clear();
    bars.clear();
    breaches.clear();
  }

  private String format(String key, Object... args) {
    return MessageFormat.format(messages.getString(key), args);
  }

  // Commands

  /** Orders the segment table, in the background; the order is kept when the figures change. */
  public void sort(SortKey key, boolean ascending) {
    this.sortKey = key;
    this.ascending = ascending;
    if (shown == null || rows.isEmpty()) {
      return;
    }
    SegmentRow[] current = rows.toArray(SegmentRow[]::new);
    sortSlot.submit(
        messages.getString("concentration.sorting"),
        progress -> ConcentrationRows.sorted(current, key, ascending),
        rows::setAll,
        this::fail);
  }

  /** Shows the loans of a segment in the Loans view (found in the background). */
  public void drillDown(SegmentRow row) {
    Computed c = shown;
    if (row == null || c == null) {
      return;
    }
    String title =
        format(
            "concentration.drillTitle",
            labels.dimension(c.result().dimension()),
            row.label(),
            formats.month(c.asOf()));
    if (c.scope().isEmpty()) {
      state.drillDown(
          LoanSelection.inDatabase(
              title,
              DatabaseLoans.segment(
                  c.asOf(), c.filter(), c.result().dimension(), row.segment().key())));
      return;
    }
    AnalysisScope scope = c.scope().get();
    drillSlot.submit(
        messages.getString("concentration.findingLoans"),
        progress -> c.result().loansIn(scope, row.segment().key()),
        loans -> state.drillDown(new LoanSelection(title, loans, c.asOf())),
        this::fail);
  }

  /** Shows the loans of a borrower over a limit in the Loans view. */
  public void drillDown(BreachRow row) {
    Computed c = shown;
    if (row == null || c == null) {
      return;
    }
    String title = format("concentration.drillBorrower", row.borrowerId(), formats.month(c.asOf()));
    if (c.scope().isEmpty()) {
      state.drillDown(
          LoanSelection.inDatabase(
              title,
              DatabaseLoans.segment(c.asOf(), c.filter(), Dimension.BORROWER, row.borrowerId())));
      return;
    }
    AnalysisScope scope = c.scope().get();
    drillSlot.submit(
        messages.getString("concentration.findingLoans"),
        progress -> c.result().loansOfBorrowers(scope, List.of(row.borrowerId())),
        loans -> state.drillDown(new LoanSelection(title, loans, c.asOf())),
        this::fail);
  }

  // Formatting of cells (only the visible ones are ever formatted)

  public String count(long n) {
    return formats.count(n);
  }

  public String amount(long cents) {
    return formats.amount(cents / 100.0);
  }

  public String percent(double ratio) {
    return formats.percent(ratio);
  }

  public String axisPercent(double percent, int decimals) {
    return formats.percent(percent / 100, decimals);
  }

  public String dimensionLabel(Dimension d) {
    return d == null ? "" : labels.dimension(d);
  }

  // Properties

  public List<Dimension> dimensions() {
    return List.of(Dimension.values());
  }

  public ObjectProperty<Dimension> dimensionProperty() {
    return dimension;
  }

  public ReadOnlyBooleanProperty hasPortfolioProperty() {
    return hasPortfolio.getReadOnlyProperty();
  }

  /** True while the screen is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  /** True while the figures are being computed (the screen shows a busy indicator). */
  public BooleanBinding busyBinding() {
    return busy;
  }

  public ReadOnlyStringProperty subtitleProperty() {
    return subtitle.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty totalExposureProperty() {
    return totalExposure.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty segmentCountProperty() {
    return segmentCount.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty hhiProperty() {
    return hhi.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty hhi10000Property() {
    return hhi10000.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty effectiveNumberProperty() {
    return effectiveNumber.getReadOnlyProperty();
  }

  /** Top-1, top-5 and top-10 shares in one line. */
  public ReadOnlyStringProperty topSharesProperty() {
    return topShares.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty chartTitleProperty() {
    return chartTitle.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty breachSummaryProperty() {
    return breachSummary.getReadOnlyProperty();
  }

  public ObservableList<SegmentRow> rows() {
    return rowsView;
  }

  public ObservableList<Bar> bars() {
    return barsView;
  }

  public ObservableList<BreachRow> breaches() {
    return breachesView;
  }
}
