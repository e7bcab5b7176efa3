package com.riskworkbench.ui.loans;

import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.service.BookLookup;
import com.riskworkbench.service.LoanCsv;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.loans.LoansRows.HistoryRow;
import com.riskworkbench.ui.loans.LoansRows.LoanRow;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Loans view: the loans behind the number the analyst clicked (a drill-down), or, when none was
 * clicked, every loan of the scope; each loan's values at the month of the number, a search by loan
 * or borrower id, the selected loan's monthly history, and CSV export of the list.
 */
public final class LoansViewModel {
  private final ScreenContext context;
  private final WorkbenchState state;
  private final Jobs.Slot slot;
  private final Jobs.Slot exportSlot;
  private final Jobs.Slot searchSlot;
  private final ReadOnlyStringProperty scopeLine;

  private final ReadOnlyObjectWrapper<Optional<LoadedPortfolio>> book =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper();
  private final ReadOnlyBooleanWrapper drilled = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<YearMonth> month = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper();
  private final StringProperty search = new SimpleStringProperty("");
  private final ObservableList<Integer> loans = FXCollections.observableArrayList();
  private final FilteredList<Integer> shown = new FilteredList<>(loans);
  private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
  private final BooleanBinding nothingShown = Bindings.isEmpty(shown);
  private final BooleanBinding hasHistory = Bindings.isNotEmpty(history);
  private int[] current = new int[0];

  public LoansViewModel(ScreenContext context) {
    this.context = context;
    this.state = context.state();
    this.scopeLine = ScopeText.of(context).lineOf(state);
    this.slot = context.jobs().slot();
    this.exportSlot = context.jobs().slot();
    this.searchSlot = context.jobs().slot();
    state.drillDownProperty().addListener((o, was, now) -> show(now));
    state.scopeProperty().addListener((o, was, now) -> showScope());
    search.addListener((o, was, now) -> applySearch());
    showScope();
  }

  // Commands

  /** Shows the loans behind a clicked number. */
  public void show(LoanSelection selection) {
    if (selection == null || selection.query().isPresent() || state.scope().isEmpty()) {
      return; // the loans of a book left in its database: LoanPagesViewModel lists them
    }
    slot.cancel();
    drilled.set(true);
    book.set(Optional.of(state.scope().get().portfolio().book()));
    month.set(selection.month());
    title.set(selection.title());
    setLoans(selection.loans());
  }

  /** Forgets the drill-down and lists every loan of the scope. */
  public void showAll() {
    drilled.set(false);
    showScope();
  }

  /** The monthly history of a loan of the list (a loan index into the book), for the detail. */
  public void select(Integer loan) {
    if (loan == null || book.get().isEmpty()) {
      history.clear();
      return;
    }
    history.setAll(
        LoanListing.history(book.get().get(), loan).stream()
            .map(m -> HistoryRow.of(m, context.formats(), context.labels()))
            .toList());
  }

  /** Asks where to save the shown loans as CSV and writes them there. */
  public void chooseAndExportCsv() {
    context
        .dialogs()
        .chooseSaveFile(
            context.messages().getString("loans.export.title"),
            state
                .scope()
                .map(s -> ScopeText.fileName("loans", month.get(), s.filter(), ".csv"))
                .orElse("loans.csv"),
            context.messages().getString("loans.export.filter"),
            ".csv")
        .ifPresent(this::exportCsv);
  }

  /** Writes the shown loans to CSV, borrower names masked. */
  public void exportCsv(Path out) {
    Optional<LoadedPortfolio> p = book.get();
    if (p.isEmpty()) {
      return;
    }
    int[] list = shown.stream().mapToInt(Integer::intValue).toArray();
    YearMonth at = month.get();
    Optional<String> location = state.scope().map(s -> s.portfolio().overview().location());
    exportSlot.submit(
        context.messages().getString("loans.exporting"),
        progress -> {
          // names from the portfolio, masked by the writer like every other export
          Map<String, String> names = new java.util.HashMap<>();
          if (location.isPresent()) {
            context
                .service()
                .borrowerIdentities(location.get(), LoanCsv.borrowerIds(p.get(), list))
                .forEach((id, who) -> who.name().ifPresent(n -> names.put(id, n)));
          }
          LoanCsv.write(out, p.get(), list, at, names, false, progress);
          return out;
        },
        written ->
            exported.set(
                MessageFormat.format(
                    context.messages().getString("loans.exported"),
                    context.formats().count(list.length),
                    written)),
        e -> exported.set(e.getMessage()));
  }

  /** The line of a loan at the list's month. */
  public LoanListing.LoanLine line(int loan) {
    return LoanListing.line(book.get().orElseThrow(), loan, Months.ordinal(month.get()));
  }

  /** The texts of a loan at the list's month, for the table's cells. */
  public LoanRow row(int loan) {
    return LoanRow.of(line(loan), context.formats(), context.labels());
  }

  private void showScope() {
    if (drilled.get()) {
      // A new scope makes the clicked number stale: its loans no longer match what is on screen.
      drilled.set(false);
    }
    Optional<WorkbenchState.Scope> scope = state.scope();
    if (scope.isEmpty()) {
      slot.cancel();
      book.set(Optional.empty());
      title.set(context.messages().getString("loans.none"));
      setLoans(new int[0]);
      return;
    }
    // Another scope's figures never stay on screen: if this computation is cancelled, the screen
    // shows nothing rather than the figures of the portfolio or filters before.
    book.set(Optional.empty());
    title.set(context.messages().getString("loans.listing"));
    setLoans(new int[0]);
    WorkbenchState.Scope s = scope.get();
    slot.submit(
        context.messages().getString("loans.listing"),
        progress -> LoanListing.inScope(s.resolve()),
        list -> {
          book.set(Optional.of(s.portfolio().book()));
          month.set(s.asOf());
          title.set(
              MessageFormat.format(
                  context.messages().getString("loans.all"), context.formats().month(s.asOf())));
          setLoans(list);
        },
        e -> title.set(e.getMessage()));
  }

  private void setLoans(int[] list) {
    current = list;
    loans.setAll(new IntList(list));
    history.clear();
    applySearch();
  }

  /**
   * Narrows the list to the loans whose loan or borrower id contains the search text. The match is
   * computed in the background (a million ids per keystroke would stall the window) on the book and
   * list of the moment; a result for a book or list that has since been replaced is dropped.
   */
  private void applySearch() {
    String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
    Optional<LoadedPortfolio> b = book.get();
    if (q.isEmpty() || b.isEmpty()) {
      searchSlot.cancel();
      shown.setPredicate(null);
      showCount();
      return;
    }
    LoadedPortfolio searched = b.get();
    int[] list = current;
    searchSlot.submit(
        context.messages().getString("loans.searching"),
        progress -> BookLookup.matching(searched, list, q),
        matching -> {
          if (book.get().orElse(null) == searched && current == list) {
            shown.setPredicate(matching::get);
            showCount();
          }
        },
        e -> title.set(e.getMessage()));
  }

  private void showCount() {
    String counted =
        shown.size() == current.length
            ? MessageFormat.format(
                context.messages().getString("loans.count"),
                context.formats().count(shown.size()),
                shown.size())
            : MessageFormat.format(
                context.messages().getString("loans.countFiltered"),
                context.formats().count(shown.size()),
                context.formats().count(current.length));
    // the list belongs to the scope on screen: a new scope replaces it (see showScope)
    count.set(scopeLine.get().isEmpty() ? counted : counted + " · " + scopeLine.get());
  }

  /** An int array seen as a list, so that a million loans cost no boxing until shown. */
  private static final class IntList extends AbstractList<Integer> implements RandomAccess {
    private final int[] values;

    IntList(int[] values) {
      this.values = values;
    }

    @Override
    public Integer get(int i) {
      return values[i];
    }

    @Override
    public int size() {
      return values.length;
    }
  }

  // Properties

  public ObservableList<Integer> shownLoans() {
    return shown;
  }

  public ObservableList<HistoryRow> history() {
    return history;
  }

  /** True while the list is empty: nothing to export. */
  public BooleanBinding nothingShownBinding() {
    return nothingShown;
  }

  /** True while a loan's history is shown. */
  public BooleanBinding hasHistoryBinding() {
    return hasHistory;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  /** True while the list is a drill-down rather than the whole scope. */
  public ReadOnlyBooleanProperty drilledProperty() {
    return drilled.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<LoadedPortfolio>> bookProperty() {
    return book.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<YearMonth> monthProperty() {
    return month.getReadOnlyProperty();
  }

  /** What the last export did, for the status line. */
  public ReadOnlyStringProperty exportedProperty() {
    return exported.getReadOnlyProperty();
  }

  public StringProperty searchProperty() {
    return search;
  }

  /** A tick of the balance axis of the history chart. */
  public String axisAmount(double balance, int decimals) {
    return context.formats().decimal(balance, decimals);
  }

  public String currency() {
    return state.scope().map(WorkbenchState.Scope::currency).orElse("");
  }
}
