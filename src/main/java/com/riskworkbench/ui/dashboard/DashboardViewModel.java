package com.riskworkbench.ui.dashboard;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.EarlyWarnings;
import com.riskworkbench.analysis.EarlyWarnings.WarningsResult;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SummaryAnalysis;
import com.riskworkbench.analysis.SummaryAnalysis.Snapshot;
import com.riskworkbench.analysis.SummaryAnalysis.SummaryResult;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.dashboard.DashboardFigures.Figures;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Dashboard screen: key figures with their month-on-month change, the
 * five-category table, the early-warning tiles and the monthly trend of outstanding and PAR30.
 * Every figure comes from {@link SummaryAnalysis} and {@link EarlyWarnings}, computed off the FX
 * thread whenever the scope changes, together with the loans behind each drillable figure (so a
 * click needs no computation). Never touches a node.
 */
public final class DashboardViewModel {

  /** One row of the five-category table; {@code loans} is the selection a click drills into. */
  public record CategoryRow(
      FiveCategory category,
      String label,
      String loans,
      String balance,
      String share,
      double shareRatio,
      LoanSelection selection) {}

  /** One early-warning tile; {@code selection} is empty when no loans stand behind it. */
  public record WarningTile(
      String id,
      String title,
      String value,
      String thresholds,
      String rule,
      EarlyWarnings.Status status,
      String statusText,
      Optional<LoanSelection> selection,
      String drillText) {}

  /**
   * One month of the trend: outstanding in the unit of {@link #outstandingAxisProperty()} and PAR30
   * in percent (NaN: none).
   */
  public record TrendPoint(String month, double outstanding, double par30Percent) {}

  private final WorkbenchState state;
  private final Formats formats;
  private final Labels labels;
  private final ResourceBundle messages;
  private final Jobs.Slot figuresSlot;
  private final Jobs.Slot trendSlot;
  private final Jobs.Slot databaseSlot;
  private final com.riskworkbench.service.PortfolioService service;
  private final DashboardFigures figures;
  private YearMonth previewMonth;

  private final ReadOnlyBooleanWrapper hasPortfolio = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canLoad = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper warningsNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
  private final BooleanBinding busy;
  private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper outstanding = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper outstandingChange = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper loans = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper loansChange = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper par30 = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper par30Change = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper npl = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper nplChange = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper outstandingAxis = new ReadOnlyStringWrapper("");
  private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
  private final ObservableList<WarningTile> warnings = FXCollections.observableArrayList();
  private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
  private final ObservableList<CategoryRow> categoriesView =
      FXCollections.unmodifiableObservableList(categories);
  private final ObservableList<WarningTile> warningsView =
      FXCollections.unmodifiableObservableList(warnings);
  private final ObservableList<TrendPoint> trendView =
      FXCollections.unmodifiableObservableList(trend);

  public DashboardViewModel(ScreenContext context) {
    this.state = context.state();
    this.formats = context.formats();
    this.labels = context.labels();
    this.messages = context.messages();
    this.figuresSlot = context.jobs().slot();
    this.trendSlot = context.jobs().slot();
    this.databaseSlot = context.jobs().slot();
    this.service = context.service();
    this.figures = new DashboardFigures(context);
    // The status bar's Cancel stops every job without telling the slot: busy ends with the jobs.
    this.busy = computing.getReadOnlyProperty().and(context.jobs().busyProperty());
    state.scopeProperty().addListener((o, was, now) -> refresh());
    state.previewProperty().addListener((o, was, now) -> refresh());
    // a book left in its database has no scope: its Dashboard follows the as-of month itself
    state
        .asOfProperty()
        .addListener(
            (o, was, now) -> {
              if (state.scope().isEmpty() && now != null && !now.equals(previewMonth)) {
                state.previewProperty().get().ifPresent(p -> refresh());
              }
            });
    state
        .filterProperty()
        .addListener(
            o -> {
              if (state.scope().isEmpty()) {
                state
                    .previewProperty()
                    .get()
                    .filter(PortfolioPreview::inDatabase)
                    .ifPresent(p -> refresh());
              }
            });
    refresh();
  }

  /**
   * Recomputes every figure for the current scope, in the background; while a portfolio's book
   * loads, shows what it stored of its months.
   */
  public void refresh() {
    Optional<WorkbenchState.Scope> scope = state.scope();
    Optional<PortfolioPreview> preview = state.previewProperty().get();
    hasPortfolio.set(scope.isPresent() || preview.isPresent());
    canLoad.set(scope.isEmpty() && preview.filter(PortfolioPreview::inDatabase).isPresent());
    warningsNote.set(
        scope.isPresent() || preview.isEmpty()
            ? ""
            : messages.getString(
                preview.get().inDatabase()
                    ? "dashboard.warningsInDatabase"
                    : "dashboard.warningsLater"));
    error.set("");
    if (scope.isEmpty()) {
      figuresSlot.cancel();
      trendSlot.cancel();
      databaseSlot.cancel();
      computing.set(false);
      clear();
      preview.ifPresent(this::preview);
      return;
    }
    databaseSlot.cancel();
    // Another scope's figures never stay on screen: if this computation is cancelled, the screen
    // shows nothing rather than the figures of the portfolio or filters before.
    clear();
    WorkbenchState.Scope s = scope.get();
    Analyses.Params params = state.params();
    computing.set(true);
    figuresSlot.submit(
        messages.getString("dashboard.computing"),
        progress -> figures.compute(s, params),
        this::show,
        this::fail);
    trendSlot.submit(
        messages.getString("dashboard.computingTrend"),
        progress -> {
          AnalysisScope resolved = s.resolve();
          List<TrendPoint> points = new ArrayList<>();
          int first =
              resolved.portfolio().rows() > 0 ? resolved.portfolio().firstMonthOrdinal() : 0;
          for (int m = first; m <= resolved.asOfMonth() && resolved.portfolio().rows() > 0; m++) {
            progress.checkCancelled();
            Snapshot snap =
                SummaryAnalysis.snapshot(resolved, m, params.buckets(), params.fiveCategory());
            double ratio = snap.par30Ratio();
            points.add(
                new TrendPoint(
                    formats.month(Months.of(m)), snap.outstandingCents() / 100.0, ratio * 100));
            progress.update(m - first + 1, resolved.asOfMonth() - first + 1, "");
          }
          return points;
        },
        points -> {
          showTrend(points, s.currency());
        },
        this::fail);
  }

  private void preview(PortfolioPreview p) {
    Analyses.Params params = state.params();
    YearMonth asOf =
        Optional.ofNullable(state.asOfProperty().get()).orElse(p.overview().asOf().orElseThrow());
    previewMonth = asOf;
    computing.set(true);
    figuresSlot.submit(
        messages.getString("dashboard.computing"),
        progress -> figures.preview(p, asOf, params),
        f -> {
          // the stored figures are the whole book's: a filtered database waits for its own
          SegmentFilter filter = p.inDatabase() ? state.filterProperty().get() : SegmentFilter.NONE;
          if (filter.isEmpty()) {
            show(f);
            f.trend().ifPresent(points -> showTrend(points, f.currency()));
          }
          if (p.inDatabase()) {
            warningsInDatabase(p, f, asOf, params, filter);
          }
        },
        this::fail);
  }

  /**
   * The summary and early warnings of a book left in its database, computed there; they replace the
   * stored figures, and a disagreement between the two is said (the trend, from the stored figures
   * only, is then taken away).
   */
  private void warningsInDatabase(
      PortfolioPreview p,
      Figures stored,
      YearMonth asOf,
      Analyses.Params params,
      SegmentFilter filter) {
    String where = p.overview().location();
    databaseSlot.submit(
        messages.getString("dashboard.warningsInDatabase"),
        progress -> {
          SummaryResult summary =
              (SummaryResult)
                  service.analyzeInDatabase(
                      where, Analyses.Kind.SUMMARY, asOf, filter, params, progress);
          WarningsResult w =
              (WarningsResult)
                  service.analyzeInDatabase(
                      where, Analyses.Kind.WARNINGS, asOf, filter, params, progress);
          return Map.entry(
              figures.inDatabase(p, stored, summary, w, params, filter),
              !filter.isEmpty() || DashboardFigures.agree(summary, stored.summary()));
        },
        checked -> {
          show(checked.getKey());
          if (!checked.getValue()) {
            trend.clear();
            error.set(messages.getString("dashboard.storedDiffer"));
          }
        },
        this::fail);
  }

  /** Shows the trend with outstanding in a unit that keeps the axis short (m, bn; 万, 亿). */
  private void showTrend(List<TrendPoint> points, String currency) {
    double max = points.stream().mapToDouble(TrendPoint::outstanding).max().orElse(0);
    boolean chinese = formats.locale().getLanguage().equals("zh");
    int exponent =
        chinese
            ? (max >= 1e8 ? 8 : max >= 1e4 ? 4 : 0)
            : (max >= 1e9 ? 9 : max >= 1e6 ? 6 : max >= 1e3 ? 3 : 0);
    double unit = Math.pow(10, exponent);
    outstandingAxis.set(
        exponent == 0
            ? format("dashboard.axisOutstanding", currency)
            : format(
                "dashboard.axisOutstandingIn",
                currency,
                messages.getString(
                    switch (exponent) {
                      case 3 -> "dashboard.unit3";
                      case 4 -> "dashboard.unit4";
                      case 6 -> "dashboard.unit6";
                      case 8 -> "dashboard.unit8";
                      default -> "dashboard.unit9";
                    })));
    trend.setAll(
        points.stream()
            .map(p -> new TrendPoint(p.month(), p.outstanding() / unit, p.par30Percent()))
            .toList());
  }

  private void show(Figures f) {
    computing.set(false);
    Snapshot now = f.summary().asOf();
    Optional<Snapshot> prev = f.summary().previousMonth();
    subtitle.set(f.subtitle());
    source.set(f.source());
    outstanding.set(formats.moneyShort(now.outstandingCents(), f.currency()));
    loans.set(formats.count(now.loans()));
    par30.set(formats.percent(now.par30Ratio()));
    npl.set(formats.percent(now.nplRatio()));
    if (prev.isPresent()) {
      Snapshot p = prev.get();
      String was = formats.month(Months.of(p.month()));
      outstandingChange.set(
          change(relative(now.outstandingCents(), p.outstandingCents()), was, false));
      loansChange.set(change(relative(now.loans(), p.loans()), was, false));
      par30Change.set(change(now.par30Ratio() - p.par30Ratio(), was, true));
      nplChange.set(change(now.nplRatio() - p.nplRatio(), was, true));
    } else {
      String none = messages.getString("dashboard.noPrevious");
      outstandingChange.set(none);
      loansChange.set(none);
      par30Change.set(none);
      nplChange.set(none);
    }
    categories.setAll(f.categories());
    warnings.setAll(f.tiles());
  }

  private String change(double value, String previousMonth, boolean points) {
    return format(
        "dashboard.change", points ? formats.points(value) : formats.change(value), previousMonth);
  }

  private static double relative(double now, double before) {
    return before == 0 ? Double.NaN : now / before - 1;
  }

  private void fail(Throwable e) {
    computing.set(false);
    error.set(format("dashboard.failed", String.valueOf(e.getMessage())));
  }

  private void clear() {
    subtitle.set("");
    source.set("");
    for (ReadOnlyStringWrapper w : List.of(outstanding, loans, par30, npl)) {
      w.set(Formats.NONE);
    }
    for (ReadOnlyStringWrapper w :
        List.of(outstandingChange, loansChange, par30Change, nplChange)) {
      w.set("");
    }
    categories.clear();
    warnings.clear();
    trend.clear();
  }

  private String format(String key, Object... args) {
    return MessageFormat.format(messages.getString(key), args);
  }

  // Commands

  /** Shows the loans of a five-category row in the Loans view. */
  public void drillDown(CategoryRow row) {
    if (row != null) {
      state.drillDown(row.selection());
    }
  }

  /** Loads the book of a team database whose analyses stayed in it, for every screen. */
  public void loadBook() {
    state.previewProperty().get().filter(p -> canLoad.get()).ifPresent(state::requestLoad);
  }

  /** Shows the loans behind an early-warning tile, when there are any. */
  public void drillDown(WarningTile tile) {
    if (tile != null) {
      tile.selection().ifPresent(state::drillDown);
    }
  }

  // Properties

  public ReadOnlyStringProperty subtitleProperty() {
    return subtitle.getReadOnlyProperty();
  }

  /**
   * Where the figures come from: the loaded book, computed in memory, or the monthly groups the
   * portfolio stored, shown while its book loads.
   */
  public ReadOnlyStringProperty sourceProperty() {
    return source.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** True while the figures are being computed (the screen shows a busy indicator). */
  public BooleanBinding busyBinding() {
    return busy;
  }

  /**
   * What stands in the early-warnings area while it has no tiles yet and the figures are a
   * portfolio's stored ones: that the warnings come with the book, or are being computed in the
   * database; empty otherwise.
   */
  public ReadOnlyStringProperty warningsNoteProperty() {
    return warningsNote.getReadOnlyProperty();
  }

  /** True while the screen shows a team database whose book the window left in the database. */
  public ReadOnlyBooleanProperty canLoadProperty() {
    return canLoad.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasPortfolioProperty() {
    return hasPortfolio.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty outstandingProperty() {
    return outstanding.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty outstandingChangeProperty() {
    return outstandingChange.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty loansProperty() {
    return loans.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty loansChangeProperty() {
    return loansChange.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty par30Property() {
    return par30.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty par30ChangeProperty() {
    return par30Change.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty nplProperty() {
    return npl.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty nplChangeProperty() {
    return nplChange.getReadOnlyProperty();
  }

  /** The label of the outstanding trend's value axis, with the portfolio's currency. */
  public ReadOnlyStringProperty outstandingAxisProperty() {
    return outstandingAxis.getReadOnlyProperty();
  }

  public ObservableList<CategoryRow> categories() {
    return categoriesView;
  }

  public ObservableList<WarningTile> warnings() {
    return warningsView;
  }

  public ObservableList<TrendPoint> trend() {
    return trendView;
  }

  /** A value-axis tick with thousands separators and the decimals its step needs. */
  public String axisNumber(double value, int decimals) {
    return formats.decimal(value, decimals);
  }

  /** A value-axis tick in percent (the value is in percent points), e.g. {@code 2.5%}. */
  public String axisPercent(double percent, int decimals) {
    return formats.percent(percent / 100, decimals);
  }
}
