package com.riskworkbench.ui.dataquality;

import com.riskworkbench.analysis.DataQualityChecks;
import com.riskworkbench.analysis.DataQualityChecks.Check;
import com.riskworkbench.analysis.DataQualityChecks.Finding;
import com.riskworkbench.analysis.DataQualityChecks.MonthRows;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.service.ImportFindings;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.KeptInDatabase;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ProgressTask;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.common.WorkbenchState.Scope;
import com.riskworkbench.ui.dataquality.DataQualityRows.CheckRow;
import com.riskworkbench.ui.dataquality.DataQualityRows.FindingRow;
import com.riskworkbench.ui.dataquality.DataQualityRows.KindRow;
import com.riskworkbench.ui.dataquality.DataQualityRows.MonthRow;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Data quality screen: what the book shows for the current scope ({@link
 * DataQualityChecks}, with the loans behind each finding) and what the import of the file recorded,
 * as the texts the screen shows. Calls the analysis and the service off the FX thread; never
 * touches a node.
 */
public final class DataQualityViewModel {
  /** How many of the import's findings the screen lists. */
  static final int FIRST_FINDINGS = 200;

  /**
   * What one scope shows; {@code filter} is set for a book left in its database, whose checks carry
   * no loans (a month's rows are then listed by query).
   */
  record Shown(
      DataQualityChecks.Result checks,
      ImportFindings imported,
      YearMonth asOf,
      String scopeLine,
      Optional<SegmentFilter> inDatabase) {}

  private final ScreenContext context;
  private final Jobs.Slot slot;
  private Optional<Shown> shown = Optional.empty();
  private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final ReadOnlyStringWrapper scopeText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
  private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
  private final ObservableList<MonthRow> months = FXCollections.observableArrayList();
  private final ObservableList<KindRow> kinds = FXCollections.observableArrayList();
  private final ObservableList<FindingRow> firstFindings = FXCollections.observableArrayList();

  public DataQualityViewModel(ScreenContext context) {
    this.context = context;
    this.slot = context.jobs().slot();
    emptyText.set(text("dataQuality.empty.noPortfolio"));
    WorkbenchState state = context.state();
    state.scopeProperty().addListener((o, was, now) -> recompute(now));
    // a book left in its database: computed there, for its month and filter, once shown
    KeptInDatabase.follow(
        state,
        shownOnScreen,
        () -> !hasResult.get() && !slot.isRunning(),
        () -> recompute(state.scope()));
    recompute(state.scope());
  }

  /**
   * The checks of a book left in its database, asked of the database while the screen is shown;
   * empty when there is none such.
   */
  private Optional<ProgressTask.Work<Shown>> inDatabase() {
    Optional<KeptInDatabase> kept =
        shownOnScreen.get() ? KeptInDatabase.of(context.state()) : Optional.empty();
    return kept.map(
        k ->
            progress -> {
              DataQualityChecks.Result r =
                  context
                      .service()
                      .dataQualityInDatabase(k.location(), k.asOf(), k.filter(), progress);
              progress.checkCancelled();
              ImportFindings imported =
                  context.service().importFindings(k.location(), FIRST_FINDINGS);
              return new Shown(
                  r,
                  imported,
                  k.asOf(),
                  ScopeText.of(context).line(k.asOf(), k.filter()),
                  Optional.of(k.filter()));
            });
  }

  private void recompute(Optional<Scope> scope) {
    Optional<ProgressTask.Work<Shown>> inDatabase =
        scope.isEmpty() ? inDatabase() : Optional.empty();
    if (scope.isEmpty() && inDatabase.isEmpty()) {
      slot.cancel();
      show(Optional.empty());
      emptyText.set(text("dataQuality.empty.noPortfolio"));
      return;
    }
    // Another scope's figures never stay on screen: if this computation is cancelled, the screen
    // shows nothing rather than the figures of the portfolio or filters before.
    show(Optional.empty());
    emptyText.set(text("dataQuality.computing"));
    slot.submit(
        text("dataQuality.computing"),
        inDatabase.orElseGet(
            () -> {
              Scope s = scope.get();
              return progress -> {
                DataQualityChecks.Result r = DataQualityChecks.run(s.resolve());
                progress.checkCancelled();
                ImportFindings imported =
                    context
                        .service()
                        .importFindings(s.portfolio().overview().location(), FIRST_FINDINGS);
                return new Shown(
                    r,
                    imported,
                    s.asOf(),
                    ScopeText.of(context).line(s.asOf(), s.filter()),
                    Optional.empty());
              };
            }),
        r -> {
          show(Optional.of(r));
          emptyText.set(text("dataQuality.empty.none"));
        },
        error -> {
          show(Optional.empty());
          emptyText.set(text("dataQuality.failed") + " " + context.labels().error(error));
        });
  }

  /** True while the screen is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  private void show(Optional<Shown> r) {
    shown = r;
    Formats f = context.formats();
    List<CheckRow> rows = new ArrayList<>();
    List<MonthRow> monthRows = new ArrayList<>();
    List<KindRow> kindRows = new ArrayList<>();
    List<FindingRow> findings = new ArrayList<>();
    r.ifPresent(
        x -> {
          for (Finding c : x.checks().findings()) {
            rows.add(
                new CheckRow(
                    label(c.check()),
                    f.count(c.occurrences()),
                    f.count(c.loanCount()),
                    meaning(c.check()),
                    c.loanCount() > 0,
                    c));
          }
          for (MonthRows m : x.checks().months()) {
            monthRows.add(
                new MonthRow(
                    f.month(m.month()),
                    f.count(m.loanRows()),
                    f.count(m.activeLoans()),
                    f.decimal(m.neighbourMedian(), 1),
                    f.change(m.deviation()),
                    m.unusual() ? text("dataQuality.unusual") : "",
                    m.loanRows() > 0,
                    m.unusual(),
                    m));
          }
          for (FindingKind k : FindingKind.values()) {
            kindRows.add(new KindRow(k, context.labels().of(k), f.count(x.imported().count(k))));
          }
          for (DataQualityFinding d : x.imported().first()) {
            findings.add(
                new FindingRow(
                    context.labels().of(d.kind()),
                    d.loanId().orElse(Formats.NONE),
                    d.text().format(context.messages())));
          }
        });
    checks.setAll(rows);
    months.setAll(monthRows);
    kinds.setAll(kindRows);
    firstFindings.setAll(findings);
    scopeText.set(
        r.map(x -> MessageFormat.format(text("dataQuality.scope"), x.scopeLine())).orElse(""));
    hasResult.set(r.isPresent());
  }

  private String label(Check c) {
    return switch (c) {
      case GAP_IN_HISTORY -> text("dataQuality.check.gap");
      case MISSING_TRANSITION -> text("dataQuality.check.missing");
      case NO_BORROWER_ATTRIBUTES -> text("dataQuality.check.noAttributes");
      case LATE_FIRST_MONTH -> text("dataQuality.check.late");
      case NO_HISTORY -> text("dataQuality.check.noHistory");
    };
  }

  private String meaning(Check c) {
    return switch (c) {
      case GAP_IN_HISTORY -> text("dataQuality.meaning.gap");
      case MISSING_TRANSITION -> text("dataQuality.meaning.missing");
      case NO_BORROWER_ATTRIBUTES -> text("dataQuality.meaning.noAttributes");
      case LATE_FIRST_MONTH -> text("dataQuality.meaning.late");
      case NO_HISTORY -> text("dataQuality.meaning.noHistory");
    };
  }

  // Commands

  /** Shows the Loans view with the loans a check found. */
  public void drillDown(CheckRow row) {
    shown
        .filter(s -> s.inDatabase().isPresent())
        .ifPresent(
            s ->
                context
                    .state()
                    .drillDown(
                        LoanSelection.inDatabase(
                            MessageFormat.format(
                                text("dataQuality.drill.check"), row.label(), row.loans()),
                            new DatabaseLoans.CheckLoans(
                                s.asOf(), s.inDatabase().get(), row.finding().check()))));
    shown
        .filter(s -> s.inDatabase().isEmpty())
        .ifPresent(
            s ->
                drill(
                    MessageFormat.format(text("dataQuality.drill.check"), row.label(), row.loans()),
                    row.finding().loans(),
                    s.asOf()));
  }

  /** Shows the Loans view with the loans that have a row in a month (its loan rows). */
  public void drillDown(MonthRow row) {
    shown.ifPresent(
        s -> {
          YearMonth month = row.rows().month();
          if (s.inDatabase().isPresent()) {
            context
                .state()
                .drillDown(
                    LoanSelection.inDatabase(
                        MessageFormat.format(
                            text("dataQuality.drill.month"),
                            context.formats().month(month),
                            row.loanRows()),
                        DatabaseLoans.monthRows(s.asOf(), s.inDatabase().get(), month)));
            return;
          }
          int[] loans = s.checks().loansWithRowIn(month);
          drill(
              MessageFormat.format(
                  text("dataQuality.drill.month"),
                  context.formats().month(month),
                  context.formats().count(loans.length)),
              loans,
              month);
        });
  }

  private void drill(String title, int[] loans, YearMonth month) {
    context.state().drillDown(new LoanSelection(title, loans, month));
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  // Texts and properties

  /** What "Unusual" means, under the month table. */
  public String unusualNote() {
    return MessageFormat.format(
        text("dataQuality.unusualNote"),
        DataQualityChecks.NEIGHBOURS,
        DataQualityChecks.UNUSUAL_PERCENT);
  }

  /** The tooltip of a row that drills down. */
  public String drillTooltip() {
    return text("dataQuality.drill.tooltip");
  }

  /** What the table of the import's findings says when the import recorded none. */
  public String noImportedFindings() {
    return text("dataQuality.empty.imported");
  }

  /** True while the figures of a scope are shown. */
  public ReadOnlyBooleanProperty hasResultProperty() {
    return hasResult.getReadOnlyProperty();
  }

  /** The scope line above the tables; empty while nothing is shown. */
  public ReadOnlyStringProperty scopeTextProperty() {
    return scopeText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  /** Every check of the book, zero findings included. */
  public ObservableList<CheckRow> checks() {
    return checks;
  }

  /** Rows per month up to the as-of month, with the unusual ones flagged. */
  public ObservableList<MonthRow> months() {
    return months;
  }

  /** The import's findings by kind. */
  public ObservableList<KindRow> kinds() {
    return kinds;
  }

  /** The first findings the import recorded. */
  public ObservableList<FindingRow> firstFindings() {
    return firstFindings;
  }
}
