package com.riskworkbench.ui.concentration;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.GroupAnalysis;
import com.riskworkbench.analysis.GroupAnalysis.Group;
import com.riskworkbench.analysis.GroupAnalysis.GroupResult;
import com.riskworkbench.analysis.GroupLimit;
import com.riskworkbench.analysis.LimitCheck;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.KeptInDatabase;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ProgressTask;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Concentration screen's related-party groups tab (docs/methodology.md §6.7): the ten
 * largest groups and every group over the limit, with exposure, shares of outstanding and of net
 * assets, the limit and the check; a drill to a group's loans. Without net assets the share, the
 * limit and the check show a dash and the note says why. Computed off the FX thread.
 */
public final class GroupsViewModel {
  /** One group's row, formatted; {@code breach} marks a row over the limit. */
  public record GroupRow(
      String groupId,
      String borrowers,
      String loans,
      String exposure,
      String shareOfOutstanding,
      String shareOfNetAssets,
      String limit,
      String check,
      boolean breach) {}

  /** The figures of a scope; {@code scope} is empty for a book left in its database. */
  private record Computed(
      Optional<AnalysisScope> scope,
      YearMonth asOf,
      SegmentFilter filter,
      GroupResult result,
      List<GroupRow> rows,
      String note,
      String summary) {}

  private final ScreenContext context;
  private final WorkbenchState state;
  private final Formats formats;
  private final Labels labels;
  private final ResourceBundle messages;
  private final Jobs.Slot slot;
  private final Jobs.Slot drillSlot;
  private final GroupLimit limit;

  private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final BooleanBinding busy;
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ObservableList<GroupRow> rows = FXCollections.observableArrayList();
  private final ObservableList<GroupRow> rowsView = FXCollections.unmodifiableObservableList(rows);
  private Computed shown;

  public GroupsViewModel(ScreenContext context) {
    this(context, GroupLimit.DEFAULT);
  }

  public GroupsViewModel(ScreenContext context, GroupLimit limit) {
    this.context = context;
    this.state = context.state();
    this.formats = context.formats();
    this.labels = context.labels();
    this.messages = context.messages();
    this.slot = context.jobs().slot();
    this.drillSlot = context.jobs().slot();
    this.limit = limit;
    this.busy = computing.getReadOnlyProperty().and(context.jobs().busyProperty());
    state.scopeProperty().addListener((o, was, now) -> refresh());
    // a book left in its database: computed there, for its month and filter, once shown
    KeptInDatabase.follow(
        state, shownOnScreen, () -> shown == null && !slot.isRunning(), () -> refresh());
    refresh();
  }

  /** True while the tab is on the window: a book left in its database is queried only then. */
  public BooleanProperty shownOnScreenProperty() {
    return shownOnScreen;
  }

  /** Recomputes the groups for the current scope. */
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
    computing.set(true);
    ProgressTask.Work<Computed> work;
    if (scope.isPresent()) {
      WorkbenchState.Scope s = scope.get();
      work =
          progress -> {
            AnalysisScope resolved = s.resolve();
            return compute(
                GroupAnalysis.run(resolved, limit),
                Optional.of(resolved),
                s.asOf(),
                s.filter(),
                s.currency());
          };
    } else {
      KeptInDatabase k = kept.get();
      Analyses.Params params = state.params();
      work =
          progress ->
              compute(
                  (GroupResult)
                      context
                          .service()
                          .analyzeInDatabase(
                              k.location(),
                              Analyses.Kind.GROUPS,
                              k.asOf(),
                              k.filter(),
                              params,
                              progress),
                  Optional.empty(),
                  k.asOf(),
                  k.filter(),
                  k.currency());
    }
    slot.submit(messages.getString("groups.computing"), work, this::show, this::fail);
  }

  private Computed compute(
      GroupResult r,
      Optional<AnalysisScope> scope,
      YearMonth asOf,
      SegmentFilter filter,
      String currency) {
    List<GroupRow> out = new ArrayList<>();
    for (int i = 0; i < r.groups().size(); i++) {
      Group g = r.groups().get(i);
      // The ten largest, and any group over the limit beyond them.
      if (i < GroupAnalysis.TOP || g.check() == LimitCheck.BREACH) {
        out.add(row(r, g));
      }
    }
    String note =
        r.limitCents().isPresent()
            ? format(
                "groups.limitNote",
                formats.percent(limit.netAssetsShare(), 0),
                formats.money(r.netAssetsCents().getAsLong(), currency),
                formats.money(r.limitCents().getAsLong(), currency))
            : format("groups.noNetAssets", formats.percent(limit.netAssetsShare(), 0));
    String summary =
        r.groups().isEmpty()
            ? messages.getString("groups.none")
            : r.limitCents().isEmpty()
                ? format("groups.countOnly", formats.count(r.groups().size()))
                : format(
                    "groups.count",
                    formats.count(r.groups().size()),
                    formats.count(r.breaches().size()));
    return new Computed(scope, asOf, filter, r, out, note, summary);
  }

  private GroupRow row(GroupResult r, Group g) {
    boolean known = g.check() != LimitCheck.NOT_AVAILABLE;
    return new GroupRow(
        g.groupId(),
        formats.count(g.borrowers()),
        formats.count(g.loans()),
        formats.amount(g.exposureCents() / 100.0),
        formats.percent(g.shareOfOutstanding()),
        formats.percent(g.shareOfNetAssets()),
        known ? formats.amount(r.limitCents().getAsLong() / 100.0) : Formats.NONE,
        known ? labels.of(g.check()) : Formats.NONE,
        g.check() == LimitCheck.BREACH);
  }

  private void show(Computed c) {
    computing.set(false);
    shown = c;
    note.set(c.note());
    summary.set(c.summary());
    rows.setAll(c.rows());
  }

  private void fail(Throwable e) {
    computing.set(false);
    error.set(format("concentration.failed", labels.error(e)));
  }

  private void clear() {
    shown = null;
    note.set("");
    summary.set("");
    rows.clear();
  }

  private String format(String key, Object... args) {
    return MessageFormat.format(messages.getString(key), args);
  }

  /** Shows a group's loans ACTIVE at the as-of month in the Loans view. */
  public void drillDown(GroupRow row) {
    Computed c = shown;
    if (row == null || c == null) {
      return;
    }
    String title = format("groups.drillTitle", row.groupId(), formats.month(c.asOf()));
    if (c.scope().isEmpty()) {
      state.drillDown(
          LoanSelection.inDatabase(
              title, DatabaseLoans.segment(c.asOf(), c.filter(), Dimension.GROUP, row.groupId())));
      return;
    }
    AnalysisScope scope = c.scope().get();
    drillSlot.submit(
        messages.getString("concentration.findingLoans"),
        progress -> c.result().loansOf(scope, row.groupId()),
        loans -> state.drillDown(new LoanSelection(title, loans, c.asOf())),
        this::fail);
  }

  // Properties

  public BooleanBinding busyBinding() {
    return busy;
  }

  /** The limit and the net assets it comes from, or why it is not available. */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** How many groups, and how many over the limit. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ObservableList<GroupRow> rows() {
    return rowsView;
  }
}
