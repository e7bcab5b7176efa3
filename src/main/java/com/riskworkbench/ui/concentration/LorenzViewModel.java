package com.riskworkbench.ui.concentration;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.LorenzAnalysis;
import com.riskworkbench.analysis.LorenzAnalysis.LorenzResult;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.KeptInDatabase;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.ProgressTask;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Concentration screen's Lorenz tab: the curve of exposure across borrowers, or across
 * the segments of the screen's dimension, with the Gini coefficient and the top 1 %, 5 % and 10 %
 * shares (docs/methodology.md §6.6). Every figure is exact; the chart gets at most {@link
 * #CHART_POINTS} points taken from the exact curve. Computed off the FX thread; never touches a
 * node.
 */
public final class LorenzViewModel {
  /** Points drawn: a million borrowers would be a million points. */
  public static final int CHART_POINTS = 500;

  /** A point of the drawn curve, both coordinates in percent. */
  public record Point(double populationPercent, double exposurePercent) {}

  private record Computed(LorenzResult result, List<Point> points) {}

  private final ScreenContext context;
  private final WorkbenchState state;
  private final Formats formats;
  private final Labels labels;
  private final ResourceBundle messages;
  private final Jobs.Slot slot;
  private final ReadOnlyObjectProperty<Dimension> screenDimension;

  private final BooleanProperty byBorrower = new SimpleBooleanProperty(true);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private boolean computed;
  private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
  private final BooleanBinding busy;
  private final ReadOnlyStringWrapper segmentChoice = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper units = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper gini = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper top1 = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper top5 = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper top10 = new ReadOnlyStringWrapper(Formats.NONE);
  private final ReadOnlyStringWrapper chartTitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ObservableList<Point> points = FXCollections.observableArrayList();
  private final ObservableList<Point> pointsView = FXCollections.unmodifiableObservableList(points);

  public LorenzViewModel(ScreenContext context, ReadOnlyObjectProperty<Dimension> screenDimension) {
    this.context = context;
    this.state = context.state();
    this.formats = context.formats();
    this.labels = context.labels();
    this.messages = context.messages();
    this.slot = context.jobs().slot();
    this.screenDimension = screenDimension;
    this.busy = computing.getReadOnlyProperty().and(context.jobs().busyProperty());
    state.scopeProperty().addListener((o, was, now) -> refresh());
    // a book left in its database: computed there, for its month and filter, once shown
    KeptInDatabase.follow(
        state, shownOnScreen, () -> !computed && !slot.isRunning(), () -> refresh());
    byBorrower.addListener((o, was, now) -> refresh());
    screenDimension.addListener(
        (o, was, now) -> {
          segmentChoice.set(format("lorenz.bySegments", labels.dimension(now)));
          if (!byBorrower.get()) {
            refresh();
          }
        });
    segmentChoice.set(format("lorenz.bySegments", labels.dimension(screenDimension.get())));
    refresh();
  }

  /** The units of the curve: borrowers, or the segments of the screen's dimension. */
  public Dimension unitDimension() {
    return byBorrower.get() ? Dimension.BORROWER : screenDimension.get();
  }

  /**
   * Recomputes the curve for the current scope and unit; for a book left in its database, in the
   * database, while the tab is on screen.
   */
  public void refresh() {
    Optional<WorkbenchState.Scope> scope = state.scope();
    Optional<KeptInDatabase> kept =
        shownOnScreen.get() ? KeptInDatabase.of(state) : Optional.empty();
    error.set("");
    clear();
    if (scope.isEmpty() && kept.isEmpty()) {
      slot.cancel();
      computing.set(false);
      return;
    }
    Dimension d = unitDimension();
    computing.set(true);
    ProgressTask.Work<Computed> work;
    if (scope.isPresent()) {
      WorkbenchState.Scope s = scope.get();
      work = progress -> compute(LorenzAnalysis.run(s.resolve(), d));
    } else {
      KeptInDatabase k = kept.get();
      Analyses.Params params = state.params().withDimension(d);
      work =
          progress ->
              compute(
                  (LorenzResult)
                      context
                          .service()
                          .analyzeInDatabase(
                              k.location(),
                              Analyses.Kind.LORENZ,
                              k.asOf(),
                              k.filter(),
                              params,
                              progress));
    }
    slot.submit(format("lorenz.computing", labels.dimension(d)), work, this::show, this::fail);
  }

  private static Computed compute(LorenzResult result) {
    double[][] xy = result.reducedCurve(CHART_POINTS);
    List<Point> points = new ArrayList<>(xy[0].length);
    // No unit, or no exposure at all (every balance 0): no curve to draw, the figures say "—".
    boolean drawable = result.units() > 0 && result.totalExposureCents() > 0;
    for (int i = 0; i < xy[0].length && drawable; i++) {
      points.add(new Point(xy[0][i] * 100, xy[1][i] * 100));
    }
    return new Computed(result, points);
  }

  private void show(Computed c) {
    computing.set(false);
    computed = true;
    LorenzResult r = c.result();
    units.set(formats.count(r.units()));
    gini.set(formats.decimal(r.gini(), 3));
    top1.set(formats.percent(r.topShare(1), 1));
    top5.set(formats.percent(r.topShare(5), 1));
    top10.set(formats.percent(r.topShare(10), 1));
    chartTitle.set(
        r.dimension() == Dimension.BORROWER
            ? messages.getString("lorenz.chartTitleBorrowers")
            : format("lorenz.chartTitle", labels.dimension(r.dimension())));
    points.setAll(c.points());
  }

  private void fail(Throwable e) {
    computing.set(false);
    error.set(format("concentration.failed", labels.error(e)));
  }

  private void clear() {
    computed = false;
    for (ReadOnlyStringWrapper w : List.of(units, gini, top1, top5, top10)) {
      w.set(Formats.NONE);
    }
    chartTitle.set("");
    points.clear();
  }

  private String format(String key, Object... args) {
    return MessageFormat.format(messages.getString(key), args);
  }

  /** Axis ticks in percent. */
  public String axisPercent(double percent, int decimals) {
    return formats.percent(percent / 100, decimals);
  }

  // Properties

  /** True while the tab is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  /** True for the curve across borrowers, false for the segments of the screen's dimension. */
  public BooleanProperty byBorrowerProperty() {
    return byBorrower;
  }

  /** The name of the second choice: "Segments of Channel". */
  public ReadOnlyStringProperty segmentChoiceProperty() {
    return segmentChoice.getReadOnlyProperty();
  }

  public BooleanBinding busyBinding() {
    return busy;
  }

  public ReadOnlyStringProperty unitsProperty() {
    return units.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty giniProperty() {
    return gini.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty top1Property() {
    return top1.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty top5Property() {
    return top5.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty top10Property() {
    return top10.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty chartTitleProperty() {
    return chartTitle.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ObservableList<Point> points() {
    return pointsView;
  }
}
