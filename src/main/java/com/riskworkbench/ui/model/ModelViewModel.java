package com.riskworkbench.ui.model;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.ScorecardAnalysis;
import com.riskworkbench.analysis.ScorecardParams;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.KeptInDatabase;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.model.ModelRows.CohortRow;
import com.riskworkbench.ui.model.ModelRows.Computed;
import com.riskworkbench.ui.model.ModelRows.DecileRow;
import com.riskworkbench.ui.model.ModelRows.Tile;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * State and commands of the Model monitoring screen: scorecard monitoring ({@link
 * ScorecardAnalysis}, docs/methodology.md §16) at the chosen performance window and threshold —
 * tiles of the latest cohorts, the KS and AUC trend, the PSI of each cohort with its band, the bad
 * rate by score decile of a chosen cohort beside the baseline's, the per-cohort table — and the
 * drill-down from a cohort or a decile to its loans. Computes off the FX thread; never touches a
 * node.
 */
public final class ModelViewModel {
  /** The thresholds offered, in days past due. */
  public static final List<Integer> THRESHOLDS = List.of(30, 60, 90);

  private static final Tile EMPTY = new Tile(Formats.NONE, "", Optional.empty());

  private final ScreenContext context;
  private final WorkbenchState state;
  private final ReadOnlyStringProperty scopeLine;
  private final Jobs.Slot slot;
  private final Jobs.Slot drillSlot;
  private final ModelRows builder;
  private final ObjectProperty<Integer> mob =
      new SimpleObjectProperty<>(ScorecardParams.DEFAULT.mob());
  private final ObjectProperty<Integer> threshold =
      new SimpleObjectProperty<>(ScorecardParams.DEFAULT.threshold());
  private final ReadOnlyObjectWrapper<ScorecardResult> result = new ReadOnlyObjectWrapper<>();
  private final ObservableList<CohortRow> rows = FXCollections.observableArrayList();
  private final ObservableList<String> decileCohorts = FXCollections.observableArrayList();
  private final ObservableList<DecileRow> deciles = FXCollections.observableArrayList();
  // Kept: an unmodifiable view listens weakly to its list, so it must live as long as the model.
  private final ObservableList<CohortRow> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<String> decileCohortsView =
      FXCollections.unmodifiableObservableList(decileCohorts);
  private final ObservableList<DecileRow> decilesView =
      FXCollections.unmodifiableObservableList(deciles);
  private final ObjectProperty<String> decileCohort = new SimpleObjectProperty<>();

  /** The cohort last chosen for the deciles, kept while a new computation runs. */
  private String chosenBefore;

  private final ReadOnlyObjectWrapper<Tile> ks = new ReadOnlyObjectWrapper<>(EMPTY);
  private final ReadOnlyObjectWrapper<Tile> auc = new ReadOnlyObjectWrapper<>(EMPTY);
  private final ReadOnlyObjectWrapper<Tile> gini = new ReadOnlyObjectWrapper<>(EMPTY);
  private final ReadOnlyObjectWrapper<Tile> psi = new ReadOnlyObjectWrapper<>(EMPTY);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final BooleanBinding busy;
  private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper decileSeries = new ReadOnlyStringWrapper("");
  private final BooleanProperty includeEarly = new SimpleBooleanProperty(false);
  private final ReadOnlyStringWrapper earlyLabel = new ReadOnlyStringWrapper("");

  public ModelViewModel(ScreenContext context) {
    this.context = context;
    this.state = context.state();
    this.scopeLine = ScopeText.of(context).lineOf(context.state());
    this.slot = context.jobs().slot();
    this.drillSlot = context.jobs().slot();
    this.builder = new ModelRows(context.formats(), context.messages());
    this.busy = running.and(context.jobs().busyProperty());
    placeholder.set(text("model.empty.noPortfolio"));
    state.scopeProperty().addListener(o -> refresh());
    // a book left in its database: computed there, for its month and filter, once shown
    state.previewProperty().addListener(o -> refresh());
    state.asOfProperty().addListener(o -> refreshIf(state.scope().isEmpty()));
    state.filterProperty().addListener(o -> refreshIf(state.scope().isEmpty()));
    shownOnScreen.addListener(
        o -> refreshIf(shownOnScreen.get() && result.get() == null && !slot.isRunning()));
    mob.addListener(o -> refresh());
    threshold.addListener(o -> refresh());
    includeEarly.addListener(o -> refresh());
    earlyLabel.set(text("model.early"));
    decileCohort.addListener(
        (o, was, now) -> {
          if (now != null) {
            chosenBefore = now;
          }
          showDeciles();
        });
    refresh();
  }

  /** Recomputes the screen for the current scope, window and threshold, in the background. */
  public void refresh() {
    Optional<WorkbenchState.Scope> scope = state.scope();
    Optional<PortfolioPreview> kept =
        state.previewProperty().get().filter(PortfolioPreview::inDatabase);
    YearMonth asOf =
        scope
            .map(WorkbenchState.Scope::asOf)
            .or(() -> kept.flatMap(p -> Optional.ofNullable(state.asOfProperty().get())))
            .or(() -> kept.flatMap(p -> p.overview().asOf()))
            .orElse(null);
    // Another scope's figures never stay on screen, even if this computation is cancelled.
    show(null);
    if (asOf == null || (scope.isEmpty() && !shownOnScreen.get())) {
      slot.cancel();
      running.set(false);
      placeholder.set(text("model.empty.noPortfolio"));
      return;
    }
    ScorecardParams params = new ScorecardParams(mob.get(), threshold.get());
    boolean early = includeEarly.get();
    Analyses.Params shared = state.params().withScorecard(params);
    SegmentFilter filter = state.filterProperty().get();
    placeholder.set(text("model.job"));
    running.set(true);
    slot.submit(
        text("model.job"),
        progress ->
            scope.isPresent()
                ? builder.compute(scope.get(), params, early)
                : builder.of(
                    (ScorecardResult)
                        context
                            .service()
                            .analyzeInDatabase(
                                kept.get().overview().location(),
                                Analyses.Kind.SCORECARD,
                                asOf,
                                filter,
                                shared,
                                progress),
                    firstMonth(kept.get()),
                    early),
        computed -> {
          running.set(false);
          boolean none = computed.result().cohorts().isEmpty();
          show(none ? null : computed);
          placeholder.set(
              none
                  ? MessageFormat.format(
                      text("model.empty.noScores"), context.formats().month(asOf))
                  : "");
        },
        error -> {
          running.set(false);
          show(null);
          placeholder.set(MessageFormat.format(text("model.error"), context.labels().error(error)));
        });
  }

  private void refreshIf(boolean needed) {
    if (needed) {
      refresh();
    }
  }

  /** The data's first month of a book left in its database: its months counted to the latest. */
  private static Optional<YearMonth> firstMonth(PortfolioPreview kept) {
    return kept.overview().firstMonth();
  }

  /** True while the screen is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  private void show(Computed c) {
    String was = chosenBefore;
    if (c == null) {
      result.set(null);
      rows.clear();
      decileCohorts.clear();
      decileCohort.set(null);
      deciles.clear();
      for (ReadOnlyObjectWrapper<Tile> t : List.of(ks, auc, gini, psi)) {
        t.set(EMPTY);
      }
      caption.set("");
      return;
    }
    result.set(c.result());
    rows.setAll(c.rows());
    earlyLabel.set(
        c.before() > 0
            ? MessageFormat.format(
                text("model.early.some"), String.valueOf(c.before()), c.firstMonth())
            : text("model.early"));
    ks.set(c.ks());
    auc.set(c.auc());
    gini.set(c.gini());
    psi.set(c.psi());
    caption.set(c.caption());
    // The decile chart offers the cohorts with a bad rate, newest first; it keeps the cohort
    // chosen before when it is still there, else shows the cohort of the tiles.
    List<String> mature = new ArrayList<>();
    for (int i = c.rows().size() - 1; i >= 0; i--) {
      if (c.rows().get(i).mature()) {
        mature.add(c.rows().get(i).cohort());
      }
    }
    decileCohorts.setAll(mature);
    String chosen =
        mature.contains(was)
            ? was
            : c.result()
                .latestMeasured()
                .map(ScorecardResult.Cohort::cohort)
                .orElse(mature.isEmpty() ? null : mature.get(0));
    if (chosen != null && chosen.equals(decileCohort.get())) {
      showDeciles();
    } else {
      decileCohort.set(chosen);
    }
  }

  private void showDeciles() {
    ScorecardResult r = result.get();
    String cohort = decileCohort.get();
    if (r == null || cohort == null) {
      deciles.clear();
      decileSeries.set("");
      return;
    }
    deciles.setAll(builder.deciles(r, cohort));
    decileSeries.set(MessageFormat.format(text("model.deciles.cohort"), cohort));
  }

  /** Shows the scored loans of a cohort in the Loans view; found in the background. */
  public void drillCohort(CohortRow row) {
    ScorecardResult r = result.get();
    if (r == null || row == null) {
      return;
    }
    String title =
        MessageFormat.format(
            text("model.drill.cohort"),
            row.cohort(),
            String.valueOf(r.params().mob()),
            String.valueOf(r.params().threshold()));
    drill(r, title, row.cohort(), ScorecardResult.ALL_DECILES);
  }

  /**
   * Shows the loans of a score decile in the Loans view: those of the chosen cohort, or with {@code
   * baseline} those of the baseline's cohorts.
   */
  public void drillDecile(DecileRow row, boolean baseline) {
    ScorecardResult r = result.get();
    String cohort = decileCohort.get();
    if (r == null || row == null || cohort == null) {
      return;
    }
    String who = baseline ? text("model.deciles.baseline") : cohort;
    String title =
        MessageFormat.format(
            text("model.drill.decile"), String.valueOf(row.decile()), row.scores(), who);
    String of = baseline ? ScorecardResult.BASELINE : cohort;
    drill(r, title, of, row.decile());
  }

  /**
   * Lists the loans of a cohort's decile: the loaded book's, found in the background, or those of a
   * book left in its database by query.
   */
  private void drill(ScorecardResult r, String title, String cohort, int decile) {
    if (r.scope().isEmpty()) {
      KeptInDatabase.of(state)
          .ifPresent(
              k ->
                  state.drillDown(
                      LoanSelection.inDatabase(
                          title, DatabaseLoans.scored(r, k.filter(), cohort, decile))));
      return;
    }
    drillSlot.submit(
        text("model.drill.job"),
        progress -> r.loansBehind(cohort, decile, false),
        found -> state.drillDown(new LoanSelection(title, found, r.asOf())),
        error ->
            placeholder.set(
                MessageFormat.format(text("model.error"), context.labels().error(error))));
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  // Properties

  /** The performance window K in months on book; the figures follow once computed. */
  public ObjectProperty<Integer> mobProperty() {
    return mob;
  }

  /** The days past due that make a loan bad. */
  public ObjectProperty<Integer> thresholdProperty() {
    return threshold;
  }

  /**
   * Whether the table and charts also show the cohorts originated before the first month of data
   * (off at first): they hold only the loans still on book when the data begins.
   */
  public BooleanProperty includeEarlyProperty() {
    return includeEarly;
  }

  /** The label of the check box of {@link #includeEarlyProperty()}: how many such cohorts. */
  public ReadOnlyStringProperty earlyLabelProperty() {
    return earlyLabel.getReadOnlyProperty();
  }

  /** The analysis result on screen; null when there is none. */
  public ReadOnlyObjectProperty<ScorecardResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The cohorts, oldest first. */
  public ObservableList<CohortRow> rows() {
    return rowsView;
  }

  /** The cohorts whose deciles can be shown (those K months on book), newest first. */
  public ObservableList<String> decileCohorts() {
    return decileCohortsView;
  }

  /** The cohort whose deciles are shown beside the baseline's. */
  public ObjectProperty<String> decileCohortProperty() {
    return decileCohort;
  }

  /** The ten deciles of the chosen cohort and the baseline. */
  public ObservableList<DecileRow> deciles() {
    return decilesView;
  }

  /** The name of the chosen cohort's series in the decile chart. */
  public ReadOnlyStringProperty decileSeriesProperty() {
    return decileSeries.getReadOnlyProperty();
  }

  /** KS of the latest cohort K months on book with bads and goods. */
  public ReadOnlyObjectProperty<Tile> ksProperty() {
    return ks.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tile> aucProperty() {
    return auc.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tile> giniProperty() {
    return gini.getReadOnlyProperty();
  }

  /** PSI of the latest cohort, with its band. */
  public ReadOnlyObjectProperty<Tile> psiProperty() {
    return psi.getReadOnlyProperty();
  }

  /** True while the figures are being computed. */
  public BooleanBinding busyProperty() {
    return busy;
  }

  /** The as-of month and filters of the figures on screen. */
  public ReadOnlyStringProperty scopeTextProperty() {
    return scopeLine;
  }

  /** What to show instead of the figures (no portfolio, no scores, an error); empty otherwise. */
  public ReadOnlyStringProperty placeholderProperty() {
    return placeholder.getReadOnlyProperty();
  }

  /** One line saying what the figures measure. */
  public ReadOnlyStringProperty captionProperty() {
    return caption.getReadOnlyProperty();
  }

  /** Formats for the view (axis ticks). */
  public Formats formats() {
    return context.formats();
  }

  /** A label of the message bundle, for the view's headers. */
  public String label(String key) {
    return text(key);
  }
}
