package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.ActionType;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link CollectionsAnalysis} returns; the definitions are in its Javadoc. Amounts in the
 * typed accessors are exact cents; in the tables they are currency units.
 */
public final class CollectionsResult implements AnalysisResult {

  /** The measures of a set of collection actions. */
  public record ActionStats(
      int actions, int contacted, int promises, int paid, long amountRecoveredCents) {
    public static final ActionStats NONE = new ActionStats(0, 0, 0, 0, 0);

    /** contacted / actions, NaN without actions. */
    public double contactRate() {
      return ratio(contacted, actions);
    }

    /** promises / actions, NaN without actions. */
    public double promiseRate() {
      return ratio(promises, actions);
    }
  }

  /** One row of the main table. */
  public record MonthTypeStats(YearMonth month, ActionType actionType, ActionStats stats) {}

  /** Recoveries against charged-off balance for one origination cohort. */
  public record CohortRecovery(
      YearMonth cohort,
      int loans,
      int chargedOffLoans,
      long chargedOffCents,
      long recoveriesCents) {

    /** recoveries / charged_off, NaN when nothing was charged off. */
    public double recoveryRate() {
      return ratio(recoveriesCents, chargedOffCents);
    }
  }

  private final List<MonthTypeStats> cells;
  private final Map<ActionType, ActionStats> byType;
  private final ActionStats total;
  private final List<CohortRecovery> recoveries;

  CollectionsResult(
      List<MonthTypeStats> cells,
      Map<ActionType, ActionStats> byType,
      ActionStats total,
      List<CohortRecovery> recoveries) {
    this.cells = List.copyOf(cells);
    this.byType = Collections.unmodifiableMap(new EnumMap<>(byType));
    this.total = total;
    this.recoveries = List.copyOf(recoveries);
  }

  /** The rows of the main table, by month then action type. */
  public List<MonthTypeStats> cells() {
    return cells;
  }

  /** The measures of one month and action type, or empty when there was no such action. */
  public Optional<ActionStats> cell(YearMonth month, ActionType type) {
    return cells.stream()
        .filter(c -> c.month().equals(month) && c.actionType() == type)
        .map(MonthTypeStats::stats)
        .findFirst();
  }

  /** Measures per action type over all months; only types with actions, in declared order. */
  public Map<ActionType, ActionStats> totalsByType() {
    return byType;
  }

  /** Measures of every counted action. */
  public ActionStats total() {
    return total;
  }

  /** Recoveries against charged-off balance, by cohort ascending. */
  public List<CohortRecovery> recoveriesByCohort() {
    return recoveries;
  }

  public Optional<CohortRecovery> recoveries(YearMonth cohort) {
    return recoveries.stream().filter(r -> r.cohort().equals(cohort)).findFirst();
  }

  /** {@code month,action_type,actions,contacted,contact_rate,promises,promise_rate,paid,...}. */
  @Override
  public Table rows() {
    StringColumn month = StringColumn.create("month");
    StringColumn type = StringColumn.create("action_type");
    Table t = Table.create("collections", month, type);
    MeasureColumns m = new MeasureColumns(t);
    for (MonthTypeStats c : cells) {
      month.append(c.month().toString());
      type.append(c.actionType().name());
      m.append(c.stats());
    }
    return t;
  }

  @Override
  public Map<String, Object> extras() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("by_action_type", byTypeTable());
    out.put("recoveries_by_cohort", recoveriesTable());
    out.put("actions", total.actions());
    out.put("contacted", total.contacted());
    out.put("contact_rate", total.contactRate());
    out.put("promises", total.promises());
    out.put("promise_rate", total.promiseRate());
    out.put("paid", total.paid());
    out.put("amount_recovered", amount(total.amountRecoveredCents()));
    long chargedOff = recoveries.stream().mapToLong(CohortRecovery::chargedOffCents).sum();
    long recovered = recoveries.stream().mapToLong(CohortRecovery::recoveriesCents).sum();
    out.put("charged_off", amount(chargedOff));
    out.put("recoveries", amount(recovered));
    out.put("recovery_rate", ratio(recovered, chargedOff));
    return out;
  }

  private Table byTypeTable() {
    StringColumn type = StringColumn.create("action_type");
    Table t = Table.create("by_action_type", type);
    MeasureColumns m = new MeasureColumns(t);
    byType.forEach(
        (k, v) -> {
          type.append(k.name());
          m.append(v);
        });
    return t;
  }

  private Table recoveriesTable() {
    StringColumn cohort = StringColumn.create("cohort");
    IntColumn loans = IntColumn.create("loans");
    IntColumn chargedOffLoans = IntColumn.create("charged_off_loans");
    DoubleColumn chargedOff = DoubleColumn.create("charged_off");
    DoubleColumn recovered = DoubleColumn.create("recoveries");
    DoubleColumn rate = DoubleColumn.create("recovery_rate");
    for (CohortRecovery r : recoveries) {
      cohort.append(r.cohort().toString());
      loans.append(r.loans());
      chargedOffLoans.append(r.chargedOffLoans());
      chargedOff.append(amount(r.chargedOffCents()));
      recovered.append(amount(r.recoveriesCents()));
      rate.append(r.recoveryRate());
    }
    return Table.create(
        "recoveries_by_cohort", cohort, loans, chargedOffLoans, chargedOff, recovered, rate);
  }

  /** The measure columns shared by the main table and the per-type totals. */
  private static final class MeasureColumns {
    final IntColumn actions = IntColumn.create("actions");
    final IntColumn contacted = IntColumn.create("contacted");
    final DoubleColumn contactRate = DoubleColumn.create("contact_rate");
    final IntColumn promises = IntColumn.create("promises");
    final DoubleColumn promiseRate = DoubleColumn.create("promise_rate");
    final IntColumn paid = IntColumn.create("paid");
    final DoubleColumn recovered = DoubleColumn.create("amount_recovered");

    MeasureColumns(Table t) {
      t.addColumns(actions, contacted, contactRate, promises, promiseRate, paid, recovered);
    }

    void append(ActionStats s) {
      actions.append(s.actions());
      contacted.append(s.contacted());
      contactRate.append(s.contactRate());
      promises.append(s.promises());
      promiseRate.append(s.promiseRate());
      paid.append(s.paid());
      recovered.append(amount(s.amountRecoveredCents()));
    }
  }
}
