package com.riskworkbench.ui.concentration;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.CoLendingAnalysis;
import com.riskworkbench.analysis.CoLendingAnalysis.Partner;
import com.riskworkbench.analysis.CoLendingAnalysis.Rule;
import com.riskworkbench.analysis.CoLendingResult;
import com.riskworkbench.analysis.CoLendingRules;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Concentration screen's co-lending tab (docs/methodology.md §6.8): each funding
 * partner and the total with full and own-share figures side by side, the three limits with their
 * outcome at the full balance and at the holder's share, and drills to a partner's loans and to the
 * loans below the minimum own share. Computed off the FX thread; never touches a node.
 */
public final class CoLendingViewModel {
  /** One partner's row (or the total's), formatted; {@code breach} marks a row over a limit. */
  public record PartnerRow(
      String key,
      String partner,
      String loans,
      String balance,
      String ownBalance,
      String share,
      String ownShare,
      String minOwnShare,
      String tier1Share,
      String check,
      String ownCheck,
      boolean breach,
      boolean total) {}

  /** One of the three limits, formatted. */
  public record RuleRow(
      String rule, String value, String ownValue, String check, String ownCheck, boolean breach) {}

  private record Computed(
      Optional<AnalysisScope> scope,
      YearMonth asOf,
      SegmentFilter filter,
      CoLendingResult result,
      List<PartnerRow> partners,
      List<RuleRow> rules,
      String note,
      String belowText) {}

  private final ScreenContext context;
  private final WorkbenchState state;
  private final Formats formats;
  private final Labels labels;
  private final ResourceBundle messages;
  private final Jobs.Slot slot;
  private final Jobs.Slot drillSlot;
  private final CoLendingRules limits;

  private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty shownOnScreen = new SimpleBooleanProperty(false);
  private final BooleanBinding busy;
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper belowText = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper anyBelow = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ObservableList<PartnerRow> partners = FXCollections.observableArrayList();
  private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
  private Computed shown;

  public CoLendingViewModel(ScreenContext context) {
    this(context, CoLendingRules.DEFAULT);
  }

  public CoLendingViewModel(ScreenContext context, CoLendingRules limits) {
    this.context = context;
    this.state = context.state();
    this.formats = context.formats();
    this.labels = context.labels();
    this.messages = context.messages();
    this.slot = context.jobs().slot();
    this.drillSlot = context.jobs().slot();
    this.limits = limits;
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

  /** Recomputes the partners and the limits for the current scope. */
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
                CoLendingAnalysis.run(resolved, limits),
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
                  (CoLendingResult)
                      context
                          .service()
                          .analyzeInDatabase(
                              k.location(),
                              Analyses.Kind.CO_LENDING,
                              k.asOf(),
                              k.filter(),
                              params,
                              progress),
                  Optional.empty(),
                  k.asOf(),
                  k.filter(),
                  k.currency());
    }
    slot.submit(messages.getString("coLending.computing"), work, this::show, this::fail);
  }

  private Computed compute(
      CoLendingResult r,
      Optional<AnalysisScope> scope,
      YearMonth asOf,
      SegmentFilter filter,
      String currency) {
    List<PartnerRow> rows = new ArrayList<>();
    for (Partner p : r.partnersAndTotal()) {
      rows.add(partnerRow(r, p));
    }
    List<Rule> ruleList = r.rules();
    List<RuleRow> ruleRows =
        List.of(
            ruleRow(ruleList.get(0), "coLending.ruleMinShare", limits.minOwnShare()),
            ruleRow(ruleList.get(1), "coLending.rulePartner", limits.partnerTier1Share()),
            ruleRow(ruleList.get(2), "coLending.ruleTotal", limits.coLentShare()));
    String note =
        r.partnerLimitCents().isPresent()
            ? format(
                "coLending.tier1Note",
                formats.money(r.tier1NetCapitalCents().getAsLong(), currency),
                formats.money(r.partnerLimitCents().getAsLong(), currency))
            : messages.getString("coLending.noTier1");
    String below =
        format(
            "coLending.showBelow",
            formats.count(r.belowMinimum().size()),
            formats.percent(limits.minOwnShare(), 0));
    return new Computed(scope, asOf, filter, r, rows, ruleRows, note, below);
  }

  private PartnerRow partnerRow(CoLendingResult r, Partner p) {
    boolean total = p == r.total();
    LimitCheck full = total ? r.totalCheck(false) : r.check(p, false);
    LimitCheck own = total ? r.totalCheck(true) : r.check(p, true);
    double tier1 =
        r.tier1NetCapitalCents().isPresent()
            ? (double) p.balanceCents() / r.tier1NetCapitalCents().getAsLong()
            : Double.NaN;
    return new PartnerRow(
        p.partner(),
        total ? messages.getString("coLending.total") : p.partner(),
        formats.count(p.loans()),
        formats.amount(p.balanceCents() / 100.0),
        formats.amount(p.ownBalanceCents() / 100.0),
        formats.percent(ratio(p.balanceCents(), r.outstandingCents())),
        formats.percent(ratio(p.ownBalanceCents(), r.ownOutstandingCents())),
        formats.percent(p.minOwnShare(), 0),
        formats.percent(tier1),
        check(full),
        check(own),
        full == LimitCheck.BREACH || own == LimitCheck.BREACH,
        total);
  }

  private RuleRow ruleRow(Rule rule, String key, double limit) {
    return new RuleRow(
        format(key, formats.percent(limit, 0)),
        formats.percent(rule.value()),
        formats.percent(rule.ownValue()),
        check(rule.full()),
        check(rule.own()),
        rule.full() == LimitCheck.BREACH || rule.own() == LimitCheck.BREACH);
  }

  /** A check for people; not available is a dash, the note says why. */
  private String check(LimitCheck c) {
    return c == LimitCheck.NOT_AVAILABLE ? Formats.NONE : labels.of(c);
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }

  private void show(Computed c) {
    computing.set(false);
    shown = c;
    note.set(c.note());
    belowText.set(c.belowText());
    anyBelow.set(!c.result().belowMinimum().isEmpty());
    partners.setAll(c.partners());
    rules.setAll(c.rules());
  }

  private void fail(Throwable e) {
    computing.set(false);
    error.set(format("concentration.failed", labels.error(e)));
  }

  private void clear() {
    shown = null;
    note.set("");
    belowText.set("");
    anyBelow.set(false);
    partners.clear();
    rules.clear();
  }

  private String format(String key, Object... args) {
    return MessageFormat.format(messages.getString(key), args);
  }

  // Commands

  /** Shows a partner's co-lent loans (the total: every co-lent loan) in the Loans view. */
  public void drillDown(PartnerRow row) {
    Computed c = shown;
    if (row == null || c == null) {
      return;
    }
    String title = format("coLending.drillPartner", row.partner(), formats.month(c.asOf()));
    if (c.scope().isEmpty()) {
      // the total: the loans of every partner
      List<String> partners =
          row.total()
              ? c.partners().stream().filter(r -> !r.total()).map(PartnerRow::key).toList()
              : List.of(row.key());
      state.drillDown(
          LoanSelection.inDatabase(
              title,
              DatabaseLoans.segments(c.asOf(), c.filter(), Dimension.FUNDING_PARTNER, partners)));
      return;
    }
    AnalysisScope scope = c.scope().get();
    drillSlot.submit(
        messages.getString("concentration.findingLoans"),
        progress -> c.result().loansOf(scope, row.key()),
        loans -> state.drillDown(new LoanSelection(title, loans, c.asOf())),
        this::fail);
  }

  /** Shows the co-lent loans below the minimum own share in the Loans view. */
  public void drillBelowMinimum() {
    Computed c = shown;
    if (c == null || c.result().belowMinimum().isEmpty()) {
      return;
    }
    String title =
        format(
            "coLending.drillBelow",
            formats.percent(limits.minOwnShare(), 0),
            formats.month(c.asOf()));
    if (c.scope().isEmpty()) {
      // a database's result names them by loan id
      List<String> ids =
          c.result().belowMinimum().stream().map(CoLendingAnalysis.BelowMinimum::loanId).toList();
      state.drillDown(LoanSelection.inDatabase(title, new DatabaseLoans.Named(c.asOf(), ids)));
      return;
    }
    int[] loans = c.result().loansBelowMinimum();
    state.drillDown(new LoanSelection(title, loans, c.asOf()));
  }

  // Properties

  public BooleanBinding busyBinding() {
    return busy;
  }

  /** Tier 1 net capital and the partner limit, or why the limit is not available. */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** The text of the drill to the loans below the minimum own share. */
  public ReadOnlyStringProperty belowTextProperty() {
    return belowText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty anyBelowProperty() {
    return anyBelow.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ObservableList<PartnerRow> partners() {
    return FXCollections.unmodifiableObservableList(partners);
  }

  public ObservableList<RuleRow> rules() {
    return FXCollections.unmodifiableObservableList(rules);
  }
}
