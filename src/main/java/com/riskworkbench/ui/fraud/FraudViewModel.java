package com.riskworkbench.ui.fraud;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.common.Masking;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.service.AuditTrail;
import com.riskworkbench.service.BorrowerIdentity;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.KeptInDatabase;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ProgressTask;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.common.WorkbenchState.Scope;
import com.riskworkbench.ui.fraud.FraudRows.CaseRow;
import com.riskworkbench.ui.fraud.FraudRows.RateRow;
import com.riskworkbench.ui.fraud.FraudRows.SummaryRow;
import com.riskworkbench.ui.fraud.FraudTexts.Figures;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State and commands of the Fraud screen: the fraud summary of the current scope, the case list
 * with its filters and detail, and the audited reveal and export of personal data. Calls the
 * analyses and services off the FX thread; never touches a node.
 */
public final class FraudViewModel {
  private final ScreenContext context;
  private final FraudTexts texts;
  private final FraudPersonalData personal;
  private final ReadOnlyBooleanProperty revealed;
  private final Jobs.Slot slot;
  private final Jobs.Slot detailSlot;
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);

  /** What the figures on screen were loaded from (their book or database, identities, lines). */
  private Optional<FraudLoads.Loaded> last = Optional.empty();

  // Display texts

  private void updateCaseList() {
    caseCount.set(
        MessageFormat.format(
            text("fraud.caseCount"),
            context.formats().count(filteredCases.size()),
            context.formats().count(cases.size())));
    caseListEmptyText.set(cases.isEmpty() ? emptyText.get() : text("fraud.empty.filtered"));
  }

  private void updateDetail() {
    Optional<CaseDetail> shown = detail.get();
    String cur = rows.get().map(FraudRows::currency).orElse("");
    detailTitle.set(shown.map(texts::detailTitle).orElse(""));
    detailSummary.set(shown.map(d -> d.row().fraudCase().summary().orElse("")).orElse(""));
    detailFields.setAll(
        shown
            .map(d -> texts.detailFields(d, cur, name(d.row()), idNumber(d.row())))
            .orElse(List.of()));
  }

  /** What a filter box shows for a value: its label, or "all" for null. */
  public String filterLabel(Enum<?> value, String allKey) {
    return value == null ? text(allKey) : context.labels().of(value);
  }

  /** The header of a table (for its drill-down titles). */
  public String label(String key) {
    return text(key);
  }

  public ReadOnlyObjectProperty<FraudTexts.Figures> figuresProperty() {
    return figures.getReadOnlyProperty();
  }

  /** "n of m cases". */
  public ReadOnlyStringProperty caseCountProperty() {
    return caseCount.getReadOnlyProperty();
  }

  /** What the empty case list says: no cases in scope, or none that pass the filters. */
  public ReadOnlyStringProperty caseListEmptyTextProperty() {
    return caseListEmptyText.getReadOnlyProperty();
  }

  /** The Reveal button's text once the reveal state has changed. */
  public ReadOnlyStringProperty revealButtonTextProperty() {
    return revealButtonText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detailTitleProperty() {
    return detailTitle.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detailSummaryProperty() {
    return detailSummary.getReadOnlyProperty();
  }

  /** The lines of the case detail, recomputed when a reveal changes the name and ID number. */
  public ObservableList<FraudTexts.Field> detailFields() {
    return detailFields;
  }

  // Properties
  private final ReadOnlyObjectWrapper<Optional<FraudRows>> rows =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<Optional<CaseDetail>> detail =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ObservableList<SummaryRow> byTypeStatus = FXCollections.observableArrayList();
  private final ObservableList<SummaryRow> byChannel = FXCollections.observableArrayList();
  private final ObservableList<SummaryRow> byRootCause = FXCollections.observableArrayList();
  private final ObservableList<RateRow> rateByChannel = FXCollections.observableArrayList();
  private final ObservableList<RateRow> rateByCohort = FXCollections.observableArrayList();
  private final ObservableList<FraudRows.DaysRow> days = FXCollections.observableArrayList();
  private final ObservableList<CaseRow> cases = FXCollections.observableArrayList();
  private final FilteredList<CaseRow> filteredCases = new FilteredList<>(cases);

  private final ReadOnlyObjectWrapper<FraudTexts.Figures> figures =
      new ReadOnlyObjectWrapper<>(Figures.NONE);
  private final ReadOnlyStringWrapper caseCount = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper caseListEmptyText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper revealButtonText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detailSummary = new ReadOnlyStringWrapper("");
  private final ObservableList<FraudTexts.Field> detailFields = FXCollections.observableArrayList();

  // Case-list filters: null is "all"
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<FraudType> typeFilter = new SimpleObjectProperty<>();
  private final ObjectProperty<FraudStatus> statusFilter = new SimpleObjectProperty<>();
  private final ObjectProperty<DetectionChannel> channelFilter = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

  public FraudViewModel(ScreenContext context, AuditTrail audit) {
    this.context = context;
    this.texts = new FraudTexts(context.formats(), context.messages());
    this.personal = new FraudPersonalData(context, audit);
    this.revealed = personal.revealedProperty();
    this.slot = context.jobs().slot();
    this.detailSlot = context.jobs().slot();
    emptyText.set(text("fraud.empty.noPortfolio"));
    for (Observable o :
        List.of(search, typeFilter, statusFilter, channelFilter, from, to, revealed)) {
      o.addListener(x -> filteredCases.setPredicate(casePredicate()));
    }
    filteredCases.addListener((ListChangeListener<CaseRow>) c -> updateCaseList());
    cases.addListener((ListChangeListener<CaseRow>) c -> updateCaseList());
    emptyText.addListener(o -> updateCaseList());
    updateCaseList();
    revealed.addListener(
        (o, was, now) -> revealButtonText.set(text(now ? "fraud.hide" : "fraud.reveal")));
    detail.addListener(o -> updateDetail());
    revealed.addListener(o -> updateDetail());
    WorkbenchState state = context.state();
    state.scopeProperty().addListener((o, was, now) -> recompute(now));
    // a book left in its database: computed there, for its month and filter, once shown
    KeptInDatabase.follow(
        state,
        shownOnScreen,
        () -> rows.get().isEmpty() && !slot.isRunning(),
        () -> recompute(state.scope()));
    recompute(state.scope());
  }

  /** True while the screen is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  // Commands

  private void recompute(Optional<Scope> scope) {
    slot.cancel();
    detailSlot.cancel();
    detail.set(Optional.empty());
    Optional<KeptInDatabase> kept =
        scope.isEmpty() && shownOnScreen.get()
            ? KeptInDatabase.of(context.state())
            : Optional.empty();
    if (scope.isEmpty() && kept.isEmpty()) {
      show(Optional.empty());
      emptyText.set(text("fraud.empty.noPortfolio"));
      return;
    }
    // Another scope's figures never stay on screen: if this computation is cancelled, the screen
    // shows nothing rather than the figures of the portfolio or filters before.
    show(Optional.empty());
    emptyText.set(text("fraud.computing"));
    String noRootCause = text("fraud.noRootCause");
    Analyses.Params params = context.state().params();
    ProgressTask.Work<FraudLoads.Loaded> work;
    if (kept.isPresent()) {
      work = progress -> FraudLoads.inDatabase(context, kept.get(), params, noRootCause, progress);
    } else {
      Scope s = scope.get();
      Optional<Map<String, BorrowerIdentity>> known =
          last.filter(l -> l.portfolio().orElse(null) == s.portfolio())
              .map(FraudLoads.Loaded::identities);
      work = progress -> FraudLoads.inMemory(context, s, params, known, noRootCause, progress);
    }
    slot.submit(
        text("fraud.computing"),
        work,
        loaded -> {
          last = Optional.of(loaded);
          show(Optional.of(loaded.rows()), loaded.scopeLine());
          emptyText.set(
              MessageFormat.format(
                  text("fraud.empty.noCases"), context.formats().month(loaded.asOf())));
        },
        error -> {
          show(Optional.empty());
          emptyText.set(text("fraud.failed") + " " + context.labels().error(error));
        });
  }

  private void show(Optional<FraudRows> r) {
    show(r, "");
  }

  private void show(Optional<FraudRows> r, String scopeLine) {
    rows.set(r);
    figures.set(r.map(x -> texts.figures(x, scopeLine)).orElse(Figures.NONE));
    byTypeStatus.setAll(r.map(FraudRows::byTypeStatus).orElse(List.of()));
    byChannel.setAll(r.map(FraudRows::byChannel).orElse(List.of()));
    byRootCause.setAll(r.map(FraudRows::byRootCause).orElse(List.of()));
    rateByChannel.setAll(r.map(FraudRows::byLoanChannel).orElse(List.of()));
    rateByCohort.setAll(r.map(FraudRows::byCohort).orElse(List.of()));
    days.setAll(r.map(FraudRows::days).orElse(List.of()));
    cases.setAll(r.map(FraudRows::cases).orElse(List.of()));
  }

  private Predicate<CaseRow> casePredicate() {
    String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
    FraudType type = typeFilter.get();
    FraudStatus status = statusFilter.get();
    DetectionChannel channel = channelFilter.get();
    LocalDate first = from.get();
    LocalDate last = to.get();
    boolean withIdentity = revealed.get();
    return row -> {
      FraudCase c = row.fraudCase();
      return (type == null || c.fraudType() == type)
          && (status == null || c.status() == status)
          && (channel == null || c.detectionChannel() == channel)
          && (first == null || !c.reportedDate().isBefore(first))
          && (last == null || !c.reportedDate().isAfter(last))
          && (text.isEmpty() || row.matches(text, withIdentity));
    };
  }

  /** Shows the Loans view with the loans behind a row of a case-totals table. */
  public void drillDown(SummaryRow row, String table) {
    String what = row.status().isEmpty() ? row.label() : row.label() + " · " + row.status();
    Optional<FraudRows> shown = rows.get().filter(r -> !row.loanIds().isEmpty());
    if (last.flatMap(FraudLoads.Loaded::inDatabase).isPresent() && shown.isPresent()) {
      String title = drillTitle(table + ": " + what, row.loanIds().size());
      DatabaseLoans.Named named = new DatabaseLoans.Named(shown.get().asOf(), row.loanIds());
      context.state().drillDown(LoanSelection.inDatabase(title, named));
      return;
    }
    drillDown(table + ": " + what, row.loans());
  }

  /** Shows the Loans view with the confirmed-fraud loans of a rate row (of a loaded book). */
  public void drillDown(RateRow row, String table) {
    if (row.drillable()) {
      drillDown(table + ": " + row.label(), row.loans());
    }
  }

  private String drillTitle(String what, int loans) {
    return MessageFormat.format(text("fraud.drill.title"), what, context.formats().count(loans));
  }

  private void drillDown(String what, int[] loans) {
    rows.get()
        .ifPresent(
            r ->
                context
                    .state()
                    .drillDown(new LoanSelection(drillTitle(what, loans.length), loans, r.asOf())));
  }

  /** Shows the detail of a case of the list (its loan's history and the borrower's loans). */
  public void select(CaseRow row) {
    if (row == null) {
      detailSlot.cancel();
      detail.set(Optional.empty());
      return;
    }
    if (last.flatMap(FraudLoads.Loaded::inDatabase).isPresent()) {
      KeptInDatabase k = last.get().inDatabase().get();
      Map<String, LoanListing.LoanLine> lines = last.get().lines();
      detailSlot.submit(
          text("fraud.loadingDetail"),
          progress -> FraudLoads.detail(context, k, row, lines),
          d -> detail.set(Optional.of(d)),
          error -> detail.set(Optional.empty()));
      return;
    }
    Optional<Scope> scope = context.state().scope();
    if (scope.isEmpty()) {
      return;
    }
    var book = scope.get().portfolio().book();
    int asOf = com.riskworkbench.portfolio.book.Months.ordinal(scope.get().asOf());
    Formats formats = context.formats();
    Labels labels = context.labels();
    detailSlot.submit(
        text("fraud.loadingDetail"),
        progress -> CaseDetail.of(row, book, asOf, formats, labels),
        d -> detail.set(Optional.of(d)),
        error -> detail.set(Optional.empty()));
  }

  /** Whether the first reveal of this portfolio in the session still needs confirming. */
  public boolean revealNeedsConfirmation() {
    return personal.needsConfirmation();
  }

  /** Shows names and ID numbers once the reveal is recorded in the audit log. */
  public void reveal() {
    personal.reveal();
  }

  /** Masks names and ID numbers again. */
  public void hide() {
    personal.hide();
  }

  /** Writes the cases the list shows as CSV (see {@link FraudPersonalData#export}). */
  public void exportCases(Path out) {
    personal.export(List.copyOf(filteredCases), out);
  }

  /**
   * The Reveal button: hides again if revealed; else reveals, asking first (once per portfolio and
   * session) whether the analyst means it.
   */
  public void toggleReveal() {
    personal.toggle();
  }

  /** The Export button: asks where to write the shown cases as CSV, then writes them. */
  public void export() {
    personal.chooseAndExport(List.copyOf(filteredCases));
  }

  /** A borrower's name as the list shows it: masked unless revealed. */
  public String name(CaseRow row) {
    return revealed.get() ? row.name() : Masking.name(row.name());
  }

  /** A borrower's ID number as the list shows it: masked unless revealed. */
  public String idNumber(CaseRow row) {
    return revealed.get() ? row.idNumber() : Masking.idNumber(row.idNumber());
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  public Formats formats() {
    return context.formats();
  }

  public Labels labels() {
    return context.labels();
  }

  // Properties

  /** The figures of the current scope; empty while none are computed. */
  public ReadOnlyObjectProperty<Optional<FraudRows>> rowsProperty() {
    return rows.getReadOnlyProperty();
  }

  /** What an empty table says: no portfolio, no cases in scope, or a failure. */
  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  /** The outcome of the last export or reveal that needs saying. */
  public ReadOnlyStringProperty messageProperty() {
    return personal.messageProperty();
  }

  public ReadOnlyBooleanProperty revealedProperty() {
    return revealed;
  }

  public ReadOnlyObjectProperty<Optional<CaseDetail>> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ObservableList<SummaryRow> byTypeStatus() {
    return byTypeStatus;
  }

  public ObservableList<SummaryRow> byChannel() {
    return byChannel;
  }

  public ObservableList<SummaryRow> byRootCause() {
    return byRootCause;
  }

  public ObservableList<RateRow> rateByChannel() {
    return rateByChannel;
  }

  public ObservableList<RateRow> rateByCohort() {
    return rateByCohort;
  }

  public ObservableList<FraudRows.DaysRow> days() {
    return days;
  }

  /** Every case in scope. */
  public ObservableList<CaseRow> allCases() {
    return cases;
  }

  /** The cases the list shows: those in scope that pass the search and the filters. */
  public FilteredList<CaseRow> cases() {
    return filteredCases;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<FraudType> typeFilterProperty() {
    return typeFilter;
  }

  public ObjectProperty<FraudStatus> statusFilterProperty() {
    return statusFilter;
  }

  public ObjectProperty<DetectionChannel> channelFilterProperty() {
    return channelFilter;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }
}
