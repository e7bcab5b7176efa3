package com.riskworkbench.ui.regulatory;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.BookFacts;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.DatabaseLoans.Behind;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.MigrationAnalysis;
import com.riskworkbench.analysis.MigrationResult;
import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.analysis.NplWalkResult;
import com.riskworkbench.analysis.ReportingMonth;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.KeptInDatabase;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ProgressTask;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.common.WorkbenchState.Scope;
import com.riskworkbench.ui.regulatory.RegulatoryFigures.Shown;
import com.riskworkbench.ui.regulatory.RegulatoryRows.BookedKey;
import com.riskworkbench.ui.regulatory.RegulatoryRows.BookedRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.Key;
import com.riskworkbench.ui.regulatory.RegulatoryRows.MatrixKey;
import com.riskworkbench.ui.regulatory.RegulatoryRows.MatrixRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.PeriodKey;
import com.riskworkbench.ui.regulatory.RegulatoryRows.PeriodRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.RateKey;
import com.riskworkbench.ui.regulatory.RegulatoryRows.RateRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.WalkBar;
import com.riskworkbench.ui.regulatory.RegulatoryRows.WalkKey;
import com.riskworkbench.ui.regulatory.RegulatoryRows.WalkRow;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
 * State and commands of the Regulatory screen (docs/methodology.md §15): the period comparison, the
 * migration rates and their matrix, the NPL walk and the classification checks. Computes off the FX
 * thread and never touches a node.
 */
public final class RegulatoryViewModel {
  private final ScreenContext context;
  private final Jobs.Slot slot;
  private final Jobs.Slot drillSlot;
  private final ReadOnlyStringWrapper scopeLine = new ReadOnlyStringWrapper("");
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final ObjectProperty<ReportingMonth> periodStart =
      new SimpleObjectProperty<>(ReportingMonth.START_OF_YEAR);
  private final ObservableList<ReportingMonth> periodStarts = FXCollections.observableArrayList();
  private final BooleanProperty byBalance = new SimpleBooleanProperty(false);
  private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper hasPeriod = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper checksAvailable = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canDrillUnder = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper periodNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper checksNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper underText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper deviation90 = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper deviation60 = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper unitAxis = new ReadOnlyStringWrapper("");
  private final ObservableList<String> periodHeaders = FXCollections.observableArrayList();
  private final ObservableList<PeriodRow> periodRows = FXCollections.observableArrayList();
  private final ObservableList<RateRow> rates = FXCollections.observableArrayList();
  private final ObservableList<MatrixRow> matrix = FXCollections.observableArrayList();
  private final ObservableList<WalkRow> walkRows = FXCollections.observableArrayList();
  private final ObservableList<WalkBar> walkBars = FXCollections.observableArrayList();
  private final ObservableList<BookedRow> bookedRows = FXCollections.observableArrayList();
  private Shown shown;
  private boolean showing;

  /** The start the analyst chose last; kept while the choices are empty between two scopes. */
  private ReportingMonth wantedStart = ReportingMonth.START_OF_YEAR;

  public RegulatoryViewModel(ScreenContext context) {
    this.context = context;
    this.slot = context.jobs().slot();
    this.drillSlot = context.jobs().slot();
    emptyText.set(text("regulatory.empty.noPortfolio"));
    WorkbenchState state = context.state();
    state.scopeProperty().addListener((o, was, now) -> recompute(now));
    // a book left in its database: computed there, for its month and filter, once shown
    KeptInDatabase.follow(
        state,
        shownOnScreen,
        () -> !hasResult.get() && !slot.isRunning(),
        () -> recompute(state.scope()));
    periodStart.addListener(
        (o, was, now) -> {
          if (!showing && now != null && now != wantedStart) {
            wantedStart = now;
            recompute(context.state().scope());
          }
        });
    byBalance.addListener((o, was, now) -> fillMatrix());
    recompute(context.state().scope());
  }

  /** The names of the matrix's columns: the five categories, paid off, charged off, missing. */
  public List<String> stateNames() {
    List<String> names = new ArrayList<>();
    for (int s = 0; s < MigrationAnalysis.STATES; s++) {
      names.add(RegulatoryRows.stateName(s, context.labels()));
    }
    return names;
  }

  /** The names of the five categories, normal first. */
  public List<String> categoryNames() {
    return java.util.Arrays.stream(FiveCategory.values()).map(context.labels()::of).toList();
  }

  /**
   * A period's name for people: its kind and its months, e.g. "Start of year (2024-12) → 2025-03".
   */
  public String periodName(ReportingMonth start) {
    if (start == null || shown == null || !shown.starts().containsKey(start)) {
      return "";
    }
    Formats f = context.formats();
    return MessageFormat.format(
        text(
            switch (start) {
              case PREVIOUS_QUARTER_END -> "regulatory.period.fromQuarter";
              case PREVIOUS_MONTH -> "regulatory.period.fromMonth";
              default -> "regulatory.period.fromYear";
            }),
        f.month(Months.of(shown.starts().get(start))),
        f.month(shown.asOf()));
  }

  /** Shows the loans behind a cell or row in the Loans screen. */
  public void drill(Key key) {
    Shown s = shown;
    if (s == null) {
      return;
    }
    Formats f = context.formats();
    var labels = context.labels();
    YearMonth asOf = s.asOf();
    if (key instanceof PeriodKey k) {
      YearMonth month = s.period().month(k.month());
      String title =
          MessageFormat.format(
              text("regulatory.drill.figure"),
              text(RegulatoryRows.figureKey(k.figure())),
              f.month(month));
      RegulatoryDrills.find(
          this,
          s,
          title,
          month,
          r -> s.period().loansBehind(r, k.figure(), k.month()),
          filter -> DatabaseLoans.period(asOf, month, filter, k.figure(), s.rule()));
    } else if (key instanceof MatrixKey k && s.migration().isPresent()) {
      MigrationResult m = s.migration().get();
      RegulatoryDrills.select(
          this,
          s,
          MessageFormat.format(
              text("regulatory.drill.matrix"),
              labels.of(k.from()),
              f.month(m.start()),
              RegulatoryRows.stateName(k.state(), labels),
              f.month(m.end())),
          m.start(),
          () -> m.loansIn(k.from(), k.state()),
          m.start(),
          new Behind.MigrationCell(k.from(), k.state()));
    } else if (key instanceof RateKey k && s.migration().isPresent()) {
      MigrationResult m = s.migration().get();
      RegulatoryDrills.select(
          this,
          s,
          MessageFormat.format(
              text("regulatory.drill.rate"),
              text(RegulatoryRows.rateKey(k.rate())),
              f.month(m.start()),
              f.month(m.end())),
          m.end(),
          () -> m.loansBehind(k.rate()),
          m.start(),
          new Behind.MigrationRate(k.rate()));
    } else if (key instanceof WalkKey k && s.walk().isPresent()) {
      NplWalkResult w = s.walk().get();
      boolean atStart =
          switch (k.component()) {
            case OPENING, COLLECTED, WRITTEN_OFF, LEFT_DATA -> true;
            default -> false;
          };
      RegulatoryDrills.select(
          this,
          s,
          MessageFormat.format(
              text("regulatory.drill.walk"),
              text(RegulatoryRows.componentKey(k.component())),
              f.month(w.start()),
              f.month(w.end())),
          atStart ? w.start() : w.end(),
          () -> w.loansBehind(k.component()),
          w.start(),
          new Behind.NplWalk(k.component()));
    } else if (key instanceof BookedKey k) {
      RegulatoryDrills.find(
          this,
          s,
          MessageFormat.format(
              text("regulatory.drill.booked"),
              labels.of(k.booked()),
              labels.of(k.byRule()),
              f.month(asOf)),
          asOf,
          r -> s.checks().loansIn(r, k.booked(), k.byRule()),
          filter -> DatabaseLoans.booked(asOf, filter, k.booked(), k.byRule(), s.rule()));
    }
  }

  /** Shows the loans of a walk component (a bar or a row). */
  public void drillWalk(Component c) {
    drill(new WalkKey(c));
  }

  /** Shows the loans whose booked category is better than the rule's. */
  public void drillUnderClassified() {
    Shown s = shown;
    if (s == null || !s.checks().available()) {
      return;
    }
    String title =
        MessageFormat.format(text("regulatory.drill.under"), context.formats().month(s.asOf()));
    if (s.inDatabase().isPresent()) {
      select(
          LoanSelection.inDatabase(
              title,
              new DatabaseLoans.Regulator(
                  s.asOf(),
                  s.inDatabase().get(),
                  s.rule(),
                  s.asOf(),
                  new Behind.UnderClassified(),
                  s.asOf())));
      return;
    }
    AnalysisScope resolved = s.resolved().orElseThrow();
    find(title, () -> s.checks().loansUnderClassified(resolved), s.asOf());
  }

  /** Lists loans that take a scan of the book to find, off the FX thread. */
  void find(String title, Supplier<int[]> loans, YearMonth month) {
    drillSlot.submit(
        text("regulatory.finding"),
        p -> loans.get(),
        l -> select(new LoanSelection(title, l, month)),
        e -> {});
  }

  void select(LoanSelection selection) {
    context.state().drillDown(selection);
  }

  /** True while the screen is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  /**
   * The figures of a book left in its database, asked of the database while the screen is shown;
   * empty when there is none such.
   */
  private Optional<ProgressTask.Work<Shown>> inDatabase(
      Analyses.Params params, ReportingMonth wanted) {
    Optional<KeptInDatabase> kept =
        shownOnScreen.get() ? KeptInDatabase.of(context.state()) : Optional.empty();
    if (kept.isEmpty() || kept.get().overview().asOf().isEmpty()) {
      return Optional.empty();
    }
    KeptInDatabase k = kept.get();
    PortfolioOverview o = k.overview();
    BookFacts book = new BookFacts(o.name(), o.currency(), o.firstMonth(), o.asOf());
    return Optional.of(
        progress ->
            RegulatoryFigures.inDatabase(
                context, k.location(), book, k.asOf(), k.filter(), params, wanted, progress));
  }

  private void recompute(Optional<Scope> scope) {
    Analyses.Params params = context.state().params();
    ReportingMonth wanted = wantedStart;
    Optional<ProgressTask.Work<Shown>> inDatabase =
        scope.isEmpty() ? inDatabase(params, wanted) : Optional.empty();
    if (scope.isEmpty() && inDatabase.isEmpty()) {
      slot.cancel();
      show(null);
      emptyText.set(text("regulatory.empty.noPortfolio"));
      return;
    }
    // Another scope's figures never stay on screen, even if this computation is cancelled.
    show(null);
    emptyText.set(text("regulatory.computing"));
    slot.submit(
        text("regulatory.computing"),
        inDatabase.orElseGet(
            () -> {
              Scope s = scope.get();
              return progress ->
                  RegulatoryFigures.inMemory(
                      context, s.resolve(), s.currency(), s.filter(), params, wanted, progress);
            }),
        r -> {
          show(r);
          emptyText.set("");
        },
        error -> {
          show(null);
          emptyText.set(text("regulatory.failed") + " " + error.getMessage());
        });
  }

  private void show(Shown s) {
    shown = s;
    showing = true;
    try {
      hasResult.set(s != null);
      scopeLine.set(s == null ? "" : s.scopeLine());
      hasPeriod.set(s != null && s.migration().isPresent());
      periodStarts.setAll(s == null ? List.of() : List.copyOf(s.starts().keySet()));
      if (s != null && s.migration().isPresent()) {
        periodStart.set(null); // the boxes name the period anew, even when it is the same start
        periodStart.set(s.chosen());
      }
      periodNote.set(s == null ? "" : s.periodNote());
      checksAvailable.set(s != null && s.checks().available());
      canDrillUnder.set(s != null && s.checks().available() && s.checks().underLoans() > 0);
      checksNote.set(s == null ? "" : s.checksNote());
      underText.set(s == null ? "" : s.underText());
      deviation90.set(s == null ? "" : s.deviation90());
      deviation60.set(s == null ? "" : s.deviation60());
      unitAxis.set(
          s == null ? "" : MessageFormat.format(text("regulatory.walk.axis"), s.currency()));
      periodHeaders.setAll(s == null ? List.of() : s.periodHeaders());
      periodRows.setAll(s == null ? List.of() : s.periodRows());
      rates.setAll(s == null ? List.of() : s.rates());
      walkRows.setAll(s == null ? List.of() : s.walkRows());
      walkBars.setAll(s == null ? List.of() : s.walkBars());
      bookedRows.setAll(s == null ? List.of() : s.bookedRows());
      fillMatrix();
    } finally {
      showing = false;
    }
  }

  private void fillMatrix() {
    if (shown == null || shown.migration().isEmpty()) {
      matrix.clear();
      return;
    }
    matrix.setAll(
        RegulatoryRows.matrix(
            shown.migration().get(),
            byBalance.get(),
            shown.currency(),
            context.labels(),
            context.formats(),
            context.messages()));
  }

  String text(String key) {
    return context.messages().getString(key);
  }

  // Properties

  public ReadOnlyStringProperty scopeTextProperty() {
    return scopeLine.getReadOnlyProperty();
  }

  public ObjectProperty<ReportingMonth> periodStartProperty() {
    return periodStart;
  }

  public ObservableList<ReportingMonth> periodStarts() {
    return periodStarts;
  }

  public BooleanProperty byBalanceProperty() {
    return byBalance;
  }

  public ReadOnlyBooleanProperty hasResultProperty() {
    return hasResult.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasPeriodProperty() {
    return hasPeriod.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty checksAvailableProperty() {
    return checksAvailable.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canDrillUnderProperty() {
    return canDrillUnder.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty periodNoteProperty() {
    return periodNote.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty checksNoteProperty() {
    return checksNote.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty underTextProperty() {
    return underText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty deviation90Property() {
    return deviation90.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty deviation60Property() {
    return deviation60.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty unitAxisProperty() {
    return unitAxis.getReadOnlyProperty();
  }

  public ObservableList<String> periodHeaders() {
    return periodHeaders;
  }

  public ObservableList<PeriodRow> periodRows() {
    return periodRows;
  }

  public ObservableList<RateRow> rates() {
    return rates;
  }

  public ObservableList<MatrixRow> matrix() {
    return matrix;
  }

  public ObservableList<WalkRow> walkRows() {
    return walkRows;
  }

  public ObservableList<WalkBar> walkBars() {
    return walkBars;
  }

  public ObservableList<BookedRow> bookedRows() {
    return bookedRows;
  }
}
