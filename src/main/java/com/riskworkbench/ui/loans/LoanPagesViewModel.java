package com.riskworkbench.ui.loans;

import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.loans.LoansRows.HistoryRow;
import com.riskworkbench.ui.loans.LoansRows.LoanRow;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Loans view of a book left in its database: the loans behind the number the analyst clicked
 * (or every ACTIVE loan at the as-of month), fetched from the database a page at a time, with the
 * selected loan's monthly history. Pages are keyset ranges by loan id: the way back is the list of
 * the keys the pages started after.
 */
public final class LoanPagesViewModel {
  /** Loans on a page: a screenful or two, and one quick indexed range for the database. */
  public static final int PAGE = 100;

  private final ScreenContext context;
  private final WorkbenchState state;
  private final Jobs.Slot pageSlot;
  private final Jobs.Slot historySlot;

  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper drilled = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final ObservableList<LoanRow> rows = FXCollections.observableArrayList();
  private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
  private final BooleanBinding hasHistory = Bindings.isNotEmpty(history);
  private final BooleanBinding busy;

  private Optional<PortfolioPreview> kept = Optional.empty();
  private Optional<DatabaseLoans.Figure> query = Optional.empty();

  /** The keys the pages shown so far started after: the last is the page on screen. */
  private List<Optional<String>> starts = List.of();

  /** The keys of the page last asked for, shown or not: what Try again asks for. */
  private List<Optional<String>> asked = List.of();

  private Optional<String> next = Optional.empty();

  public LoanPagesViewModel(ScreenContext context) {
    this.context = context;
    this.state = context.state();
    this.pageSlot = context.jobs().slot();
    this.historySlot = context.jobs().slot();
    this.busy = pageSlot.runningProperty().and(context.jobs().busyProperty());
    state.previewProperty().addListener((o, was, now) -> keep(now));
    // the list of every loan is asked for only while the screen is shown (a database's query)
    state.asOfProperty().addListener((o, was, now) -> showAllIfShown());
    state.filterProperty().addListener((o, was, now) -> showAllIfShown());
    shownOnScreen.addListener(
        (o, was, now) -> {
          if (now && query.isEmpty() && !pageSlot.isRunning()) {
            showAll();
          }
        });
    state.drillDownProperty().addListener((o, was, now) -> show(now));
    keep(state.previewProperty().get());
  }

  // Commands

  /** Shows the first page of the loans behind a number clicked on a book left in its database. */
  public void show(LoanSelection selection) {
    if (selection == null || selection.query().isEmpty() || kept.isEmpty()) {
      return;
    }
    drilled.set(true);
    title.set(selection.title());
    start(selection.query().get());
  }

  /** Forgets the clicked number and lists every ACTIVE loan at the as-of month. */
  public void showAll() {
    drilled.set(false);
    Optional<YearMonth> month = asOf();
    if (kept.isEmpty() || month.isEmpty()) {
      return;
    }
    title.set(format("loans.all", context.formats().month(month.get())));
    start(DatabaseLoans.all(month.get(), state.filterProperty().get()));
  }

  /** The page after the one shown. */
  public void nextPage() {
    if (next.isPresent() && query.isPresent()) {
      List<Optional<String>> keys = new ArrayList<>(starts);
      keys.add(next);
      fetch(keys);
    }
  }

  /** The page before the one shown. */
  public void previousPage() {
    if (starts.size() > 1) {
      fetch(starts.subList(0, starts.size() - 1));
    }
  }

  /** Asks again for the page that could not be fetched. */
  public void retry() {
    if (query.isPresent() && !asked.isEmpty()) {
      fetch(asked);
    }
  }

  private void showAllIfShown() {
    if (shownOnScreen.get()) {
      showAll();
    } else {
      forget(); // asked for again when shown
    }
  }

  /** The monthly history of a loan of the page, from the database. */
  public void select(LoanRow row) {
    history.clear();
    if (row == null || kept.isEmpty()) {
      historySlot.cancel();
      return;
    }
    String where = kept.get().overview().location();
    historySlot.submit(
        format("loans.history.loading", row.loanId()),
        progress -> context.service().historyInDatabase(where, row.loanId()),
        months ->
            history.setAll(
                months.stream()
                    .map(m -> HistoryRow.of(m, context.formats(), context.labels()))
                    .toList()),
        this::fail);
  }

  private void keep(Optional<PortfolioPreview> preview) {
    kept = preview.filter(PortfolioPreview::inDatabase);
    if (kept.isEmpty()) {
      forget();
      title.set("");
      return;
    }
    showAllIfShown();
  }

  private void forget() {
    pageSlot.cancel();
    historySlot.cancel();
    query = Optional.empty();
    starts = List.of();
    asked = List.of();
    clear();
  }

  private Optional<YearMonth> asOf() {
    return Optional.ofNullable(state.asOfProperty().get())
        .or(() -> kept.flatMap(p -> p.overview().asOf()));
  }

  private void start(DatabaseLoans.Figure q) {
    query = Optional.of(q);
    starts = List.of();
    clear();
    fetch(List.of(Optional.empty()));
  }

  /**
   * Fetches the page starting after the last of {@code keys}, which become {@link #starts} once it
   * has arrived: until then (and if it fails or is cancelled) the page on screen stays as it was,
   * and Try again asks for the same page.
   */
  private void fetch(List<Optional<String>> keys) {
    error.set("");
    history.clear();
    String where = kept.orElseThrow().overview().location();
    DatabaseLoans.Figure q = query.orElseThrow();
    List<Optional<String>> target = List.copyOf(keys);
    asked = target;
    Optional<String> after = target.get(target.size() - 1);
    int number = target.size();
    pageSlot.submit(
        format("loans.page.loading", number),
        progress -> context.service().loansInDatabase(where, q, after, PAGE),
        page -> {
          starts = target;
          rows.setAll(
              page.lines().stream()
                  .map(l -> LoanRow.of(l, context.formats(), context.labels()))
                  .toList());
          next = page.next();
          hasNext.set(next.isPresent());
          hasPrevious.set(number > 1);
          pageText.set(page(number, page.lines().size()));
        },
        this::fail);
  }

  /** "Loans 101–200 (page 2)", or that the page is empty. */
  private String page(int number, int shown) {
    if (shown == 0) {
      return context.messages().getString("loans.page.none");
    }
    long first = (long) (number - 1) * PAGE + 1;
    return format(
        "loans.page",
        context.formats().count(first),
        context.formats().count(first + shown - 1),
        context.formats().count(number));
  }

  private void clear() {
    rows.clear();
    history.clear();
    next = Optional.empty();
    hasNext.set(false);
    hasPrevious.set(false);
    pageText.set("");
    error.set("");
  }

  private void fail(Throwable e) {
    error.set(e.getMessage() == null ? e.toString() : e.getMessage());
  }

  private String format(String key, Object... args) {
    return MessageFormat.format(context.messages().getString(key), args);
  }

  // Properties

  /** What the screen says of where its loans come from. */
  public String note() {
    return format("loans.page.note", PAGE);
  }

  public ObservableList<LoanRow> rows() {
    return rows;
  }

  public ObservableList<HistoryRow> history() {
    return history;
  }

  public BooleanBinding hasHistoryBinding() {
    return hasHistory;
  }

  /** True while a page is being fetched. */
  public BooleanBinding busyBinding() {
    return busy;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Which loans of the list the page shows. */
  public ReadOnlyStringProperty pageTextProperty() {
    return pageText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** True while the list is a drill-down rather than every loan. */
  public ReadOnlyBooleanProperty drilledProperty() {
    return drilled.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasNextProperty() {
    return hasNext.getReadOnlyProperty();
  }

  /** True while the screen is on the window: every loan's list is asked for only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  public ReadOnlyBooleanProperty hasPreviousProperty() {
    return hasPrevious.getReadOnlyProperty();
  }

  /** A tick of the balance axis of the history chart. */
  public String axisAmount(double balance, int decimals) {
    return context.formats().decimal(balance, decimals);
  }
}
