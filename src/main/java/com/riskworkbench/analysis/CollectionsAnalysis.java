package com.riskworkbench.analysis;

import com.riskworkbench.analysis.CollectionsResult.ActionStats;
import com.riskworkbench.analysis.CollectionsResult.CohortRecovery;
import com.riskworkbench.analysis.CollectionsResult.MonthTypeStats;
import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collections summary (docs/methodology.md §9): collection actions by month and action type, and
 * recoveries against charged-off balance by origination cohort.
 *
 * <p>Which actions count: those on a loan in the scope's filter mask whose {@code action_date}
 * falls in the as-of month or earlier. An action naming a loan that is not in the portfolio is
 * ignored.
 *
 * <p>Measures, per action month (the month of {@code action_date}) and action type:
 *
 * <ul>
 *   <li>{@code actions}: the number of actions;
 *   <li>{@code contacted}: actions whose outcome is not NO_CONTACT (CONTACTED, PROMISE_TO_PAY, PAID
 *       and REFUSED all mean the borrower was reached);
 *   <li>{@code contact_rate} = contacted / actions;
 *   <li>{@code promises}: actions with outcome PROMISE_TO_PAY (a PAID outcome is not a promise);
 *   <li>{@code promise_rate} = promises / actions (over all actions, not over contacted ones);
 *   <li>{@code paid}: actions with outcome PAID;
 *   <li>{@code amount_recovered} = Σ {@code amount_recovered} of the actions, whatever their
 *       outcome.
 * </ul>
 *
 * Rows are ordered by month, then action type in its declared order; a month × type with no actions
 * has no row. The extras repeat the measures per action type over all months ({@code
 * by_action_type}, only types with actions) and for all actions together.
 *
 * <p>Recoveries against charged-off balance ({@code recoveries_by_cohort}): for each origination
 * cohort with at least one loan in the mask originated in or before the as-of month, {@code loans}
 * is that number of loans, {@code charged_off_loans} those with a CHARGED_OFF month in or before
 * the as-of month, {@code charged_off} = Σ {@code charge_off_amount} and {@code recoveries} = Σ
 * {@code recovery_amount} of those CHARGED_OFF months, and {@code recovery_rate} = recoveries /
 * charged_off (missing when nothing was charged off). These come from the loan months, not from the
 * collection actions: a recovery on a charged-off loan is recorded on its charge-off month.
 */
public final class CollectionsAnalysis {
  private CollectionsAnalysis() {}

  public static CollectionsResult run(AnalysisScope scope) {
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    int asOf = scope.asOfMonth();
    // the id map costs more than the loop on a large book without actions
    Map<String, Integer> loanIndex = p.collectionActions().isEmpty() ? Map.of() : loanIndex(p);

    List<ActionGroup> actions = new ArrayList<>();
    for (CollectionAction a : p.collectionActions()) {
      Integer loan = loanIndex.get(a.loanId());
      if (loan == null || !include[loan]) {
        continue;
      }
      int month = Months.ordinal(a.actionDate());
      if (month > asOf) {
        continue;
      }
      actions.add(new ActionGroup(month, a.actionType(), a.outcome(), 1, a.amountRecoveredCents()));
    }
    return finish(actions, recoveriesByCohort(p, include, asOf));
  }

  /**
   * Counted actions of one month (ordinal), action type and outcome: how many, and the amount they
   * recovered in cents.
   */
  record ActionGroup(
      int month, ActionType type, ActionOutcome outcome, long actions, long recoveredCents) {}

  /**
   * The result from the counted actions, in groups of any size (one per action in memory, one per
   * month, type and outcome from the database), and the recoveries by cohort: the tallies per month
   * and type, per type and overall, shared by both engines.
   */
  static CollectionsResult finish(List<ActionGroup> actions, List<CohortRecovery> recoveries) {
    TreeMap<Integer, Tally[]> byMonth = new TreeMap<>();
    Tally[] byType = newTallies();
    Tally all = new Tally();
    for (ActionGroup a : actions) {
      int type = a.type().ordinal();
      byMonth.computeIfAbsent(a.month(), m -> newTallies())[type].add(a);
      byType[type].add(a);
      all.add(a);
    }

    List<MonthTypeStats> cells = new ArrayList<>();
    byMonth.forEach(
        (month, tallies) -> {
          for (ActionType t : ActionType.values()) {
            Tally tally = tallies[t.ordinal()];
            if (tally.actions > 0) {
              cells.add(new MonthTypeStats(Months.of(month), t, tally.stats()));
            }
          }
        });
    Map<ActionType, ActionStats> totals = new EnumMap<>(ActionType.class);
    for (ActionType t : ActionType.values()) {
      if (byType[t.ordinal()].actions > 0) {
        totals.put(t, byType[t.ordinal()].stats());
      }
    }
    return new CollectionsResult(cells, totals, all.stats(), recoveries);
  }

  static Map<String, Integer> loanIndex(LoadedPortfolio p) {
    String[] ids = p.loanIds();
    Map<String, Integer> index = new HashMap<>(Math.max(16, ids.length * 4 / 3 + 1));
    for (int l = 0; l < ids.length; l++) {
      index.put(ids[l], l);
    }
    return index;
  }

  private static List<CohortRecovery> recoveriesByCohort(
      LoadedPortfolio p, boolean[] include, int asOf) {
    int[] cohort = p.loanOriginMonth();
    int[] rowStart = p.rowStart();
    int[] rowMonth = p.rowMonth();
    byte[] rowStatus = p.rowStatus();
    long[] rowChargeOff = p.rowChargeOff();
    long[] rowRecovery = p.rowRecovery();

    TreeMap<Integer, long[]> byCohort = new TreeMap<>(); // loans, charged-off loans, cents, cents
    for (int l = 0; l < include.length; l++) {
      if (!include[l] || cohort[l] > asOf) {
        continue;
      }
      long[] t = byCohort.computeIfAbsent(cohort[l], c -> new long[4]);
      t[0]++;
      boolean chargedOff = false;
      for (int r = rowStart[l]; r < rowStart[l + 1] && rowMonth[r] <= asOf; r++) {
        if (rowStatus[r] == LoadedPortfolio.CHARGED_OFF) {
          chargedOff = true;
          t[2] += rowChargeOff[r];
          t[3] += rowRecovery[r];
        }
      }
      if (chargedOff) {
        t[1]++;
      }
    }
    List<CohortRecovery> out = new ArrayList<>(byCohort.size());
    byCohort.forEach(
        (c, t) -> out.add(new CohortRecovery(Months.of(c), (int) t[0], (int) t[1], t[2], t[3])));
    return out;
  }

  private static Tally[] newTallies() {
    Tally[] t = new Tally[ActionType.values().length];
    for (int i = 0; i < t.length; i++) {
      t[i] = new Tally();
    }
    return t;
  }

  private static final class Tally {
    int actions;
    int contacted;
    int promises;
    int paid;
    long recoveredCents;

    void add(ActionGroup a) {
      int n = Math.toIntExact(a.actions());
      actions += n;
      ActionOutcome o = a.outcome();
      if (o != ActionOutcome.NO_CONTACT) {
        contacted += n;
      }
      if (o == ActionOutcome.PROMISE_TO_PAY) {
        promises += n;
      }
      if (o == ActionOutcome.PAID) {
        paid += n;
      }
      recoveredCents += a.recoveredCents();
    }

    ActionStats stats() {
      return new ActionStats(actions, contacted, promises, paid, recoveredCents);
    }
  }
}
