package com.riskworkbench.ui.regulatory;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.ClassificationChecks;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.MigrationAnalysis;
import com.riskworkbench.analysis.MigrationResult;
import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.analysis.NplWalkResult;
import com.riskworkbench.analysis.PeriodResult;
import com.riskworkbench.analysis.ReportingMonth;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState.Scope;
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
import java.util.Map;
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
  /** Everything the screen shows for one scope and period. */
  record Shown(
      Scope scope,
      AnalysisScope resolved,
      PeriodResult period,
      List<String> periodHeaders,
      List<PeriodRow> periodRows,
      Map<ReportingMonth, Integer> starts,
      ReportingMonth chosen,
      Optional<MigrationResult> migration,
      Optional<NplWalkResult> walk,
      String periodNote,
      List<RateRow> rates,
      List<WalkRow> walkRows,
      List<WalkBar> walkBars,
      ClassificationChecks.Result checks,
      String checksNote,
      String underText,
      String deviation90,
      String deviation60,
      List<BookedRow> bookedRows) {}

  private final ScreenContext context;
  private final Jobs.Slot slot;
  private final Jobs.Slot drillSlot;
  private final ReadOnlyStringProperty scopeLine;
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
    this.scopeLine = ScopeText.of(context).lineOf(context.state());
    emptyText.set(text("regulatory.empty.noPortfolio"));
    context.state().scopeProperty().addListener((o, was, now) -> recompute(now));
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
        f.month(shown.scope().asOf()));
  }

  /** Shows the loans behind a cell or row in the Loans screen. */
  public void drill(Key key) {
    if (shown == null) {
      return;
    }
    Formats f = context.formats();
    var labels = context.labels();
    YearMonth asOf = shown.scope().asOf();
    if (key instanceof PeriodKey k) {
      YearMonth month = shown.period().month(k.month());
      Shown s = shown;
      find(
          MessageFormat.format(
              text("regulatory.drill.figure"),
              text(RegulatoryRows.figureKey(k.figure())),
              f.month(month)),
          () -> s.period().loansBehind(s.resolved(), k.figure(), k.month()),
          month);
    } else if (key instanceof MatrixKey k && shown.migration().isPresent()) {
      MigrationResult m = shown.migration().get();
      select(
          MessageFormat.format(
              text("regulatory.drill.matrix"),
              labels.of(k.from()),
              f.month(m.start()),
              RegulatoryRows.stateName(k.state(), labels),
              f.month(m.end())),
          m.loansIn(k.from(), k.state()),
          m.start());
    } else if (key instanceof RateKey k && shown.migration().isPresent()) {
      MigrationResult m = shown.migration().get();
      select(
          MessageFormat.format(
              text("regulatory.drill.rate"),
              text(RegulatoryRows.rateKey(k.rate())),
              f.month(m.start()),
              f.month(m.end())),
          m.loansBehind(k.rate()),
          m.end());
    } else if (key instanceof WalkKey k && shown.walk().isPresent()) {
      NplWalkResult w = shown.walk().get();
      boolean atStart =
          switch (k.component()) {
            case OPENING, COLLECTED, WRITTEN_OFF, LEFT_DATA -> true;
            default -> false;
          };
      select(
          MessageFormat.format(
              text("regulatory.drill.walk"),
              text(RegulatoryRows.componentKey(k.component())),
              f.month(w.start()),
              f.month(w.end())),
          w.loansBehind(k.component()),
          atStart ? w.start() : w.end());
    } else if (key instanceof BookedKey k) {
      Shown s = shown;
      find(
          MessageFormat.format(
              text("regulatory.drill.booked"),
              labels.of(k.booked()),
              labels.of(k.byRule()),
              f.month(asOf)),
          () -> s.checks().loansIn(s.resolved(), k.booked(), k.byRule()),
          asOf);
    }
  }

  /** Shows the loans of a walk component (a bar or a row). */
  public void drillWalk(Component c) {
    drill(new WalkKey(c));
  }

  /** Shows the loans whose booked category is better than the rule's. */
  public void drillUnderClassified() {
    if (shown == null || !shown.checks().available()) {
      return;
    }
    Shown s = shown;
    find(
        MessageFormat.format(
            text("regulatory.drill.under"), context.formats().month(s.scope().asOf())),
        () -> s.checks().loansUnderClassified(s.resolved()),
        s.scope().asOf());
  }

  /** Lists loans that take a scan of the book to find, off the FX thread. */
  private void find(String title, Supplier<int[]> loans, YearMonth month) {
    drillSlot.submit(
        text("regulatory.finding"), p -> loans.get(), l -> select(title, l, month), e -> {});
  }

  private void select(String title, int[] loans, YearMonth month) {
    context.state().drillDown(new LoanSelection(title, loans, month));
  }

  private void recompute(Optional<Scope> scope) {
    if (scope.isEmpty()) {
      slot.cancel();
      show(null);
      emptyText.set(text("regulatory.empty.noPortfolio"));
      return;
    }
    // Another scope's figures never stay on screen, even if this computation is cancelled.
    show(null);
    emptyText.set(text("regulatory.computing"));
    Scope s = scope.get();
    Analyses.Params params = context.state().params();
    ReportingMonth wanted = wantedStart;
    slot.submit(
        text("regulatory.computing"),
        progress -> compute(s, params, wanted, progress),
        r -> {
          show(r);
          emptyText.set("");
        },
        error -> {
          show(null);
          emptyText.set(text("regulatory.failed") + " " + error.getMessage());
        });
  }

  private Shown compute(Scope s, Analyses.Params params, ReportingMonth wanted, Progress progress) {
    AnalysisScope scope = s.resolve();
    var p = scope.portfolio();
    Formats f = context.formats();
    var m = context.messages();
    var labels = context.labels();
    PeriodResult period = (PeriodResult) Analyses.run(Analyses.Kind.PERIOD, scope, params);
    progress.checkCancelled();
    YearMonth first = p.firstMonth().orElse(s.asOf());
    YearMonth last = p.lastMonth().orElse(s.asOf());
    List<String> headers = RegulatoryRows.periodHeaders(period, f, m);
    Map<ReportingMonth, Integer> starts = ReportingMonth.periodStarts(p, scope.asOfMonth());
    ReportingMonth chosen =
        starts.containsKey(wanted)
            ? wanted
            : starts.keySet().stream().findFirst().orElse(ReportingMonth.START_OF_YEAR);
    Optional<MigrationResult> migration = Optional.empty();
    Optional<NplWalkResult> walk = Optional.empty();
    String note;
    if (starts.isEmpty()) {
      note = MessageFormat.format(text("regulatory.period.none"), f.month(s.asOf()));
    } else {
      Analyses.Params from = params.withFrom(Optional.of(Months.of(starts.get(chosen))));
      migration = Optional.of((MigrationResult) Analyses.run(Analyses.Kind.MIGRATION, scope, from));
      progress.checkCancelled();
      walk = Optional.of((NplWalkResult) Analyses.run(Analyses.Kind.NPL_WALK, scope, from));
      note =
          MessageFormat.format(
              text("regulatory.period.note"),
              f.month(migration.get().start()),
              f.month(migration.get().end()));
    }
    ClassificationChecks.Result checks =
        (ClassificationChecks.Result) Analyses.run(Analyses.Kind.CLASSIFICATION, scope, params);
    String currency = s.currency();
    return new Shown(
        s,
        scope,
        period,
        headers,
        RegulatoryRows.period(period, first, last, f, m),
        starts,
        chosen,
        migration,
        walk,
        note,
        migration.map(r -> RegulatoryRows.rates(r, f, m)).orElse(List.of()),
        walk.map(r -> RegulatoryRows.walk(r, f, m)).orElse(List.of()),
        walk.map(r -> RegulatoryRows.walkBars(r, f, m)).orElse(List.of()),
        checks,
        checks.available()
            ? MessageFormat.format(
                text("regulatory.checks.note"),
                f.count(checks.bookedLoans()),
                f.count(checks.loans()),
                f.month(s.asOf()))
            : MessageFormat.format(text("regulatory.checks.notBooked"), f.month(s.asOf())),
        MessageFormat.format(
            text("regulatory.checks.under"),
            checks.underLoans(),
            f.count(checks.underLoans()),
            f.money(checks.underCents(), currency)),
        MessageFormat.format(
            text("regulatory.checks.deviation90"),
            f.percent(checks.deviation90()),
            f.money(checks.dpd90Cents(), currency),
            f.money(checks.nplCents(), currency)),
        MessageFormat.format(
            text("regulatory.checks.deviation60"),
            f.percent(checks.deviation60()),
            f.money(checks.dpd60Cents(), currency),
            f.money(checks.nplCents(), currency)),
        checks.available() ? RegulatoryRows.booked(checks, currency, labels, f, m) : List.of());
  }

  private void show(Shown s) {
    shown = s;
    showing = true;
    try {
      hasResult.set(s != null);
      hasPeriod.set(s != null && s.migration().isPresent());
      periodStarts.setAll(s == null ? List.of() : List.copyOf(s.starts().keySet()));
      if (s != null && s.migration().isPresent()) {
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
          s == null
              ? ""
              : MessageFormat.format(text("regulatory.walk.axis"), s.scope().currency()));
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
            shown.scope().currency(),
            context.labels(),
            context.formats(),
            context.messages()));
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  // Properties

  public ReadOnlyStringProperty scopeTextProperty() {
    return scopeLine;
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
