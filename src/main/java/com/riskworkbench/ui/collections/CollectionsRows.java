package com.riskworkbench.ui.collections;

import com.riskworkbench.analysis.CollectionsResult.ActionStats;
import com.riskworkbench.analysis.CollectionsResult.CohortRecovery;
import com.riskworkbench.analysis.CollectionsResult.MonthTypeStats;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts the Collections screen shows, made by {@link CollectionsViewModel}: rows of the tables,
 * the key figures and the chart's series.
 */
public final class CollectionsRows {
  private CollectionsRows() {}

  /**
   * Collection measures of a month and action type, or of an action type over every month ({@code
   * month} empty).
   */
  public record StatsRow(
      String month,
      String type,
      String actions,
      String contacted,
      String contactRate,
      String promises,
      String promiseRate,
      String paid,
      String recovered) {

    static StatsRow of(String month, String type, ActionStats s, Formats f) {
      return new StatsRow(
          month,
          type,
          f.count(s.actions()),
          f.count(s.contacted()),
          f.percent(s.contactRate(), 1),
          f.count(s.promises()),
          f.percent(s.promiseRate(), 1),
          f.count(s.paid()),
          f.amount(s.amountRecoveredCents() / 100.0));
    }
  }

  /** Recoveries of one origination cohort. */
  public record CohortRow(
      String cohort,
      String loans,
      String chargedOffLoans,
      String chargedOff,
      String recoveries,
      String recoveryRate) {

    static CohortRow of(CohortRecovery r, Formats f) {
      return new CohortRow(
          f.month(r.cohort()),
          f.count(r.loans()),
          f.count(r.chargedOffLoans()),
          f.amount(r.chargedOffCents() / 100.0),
          f.amount(r.recoveriesCents() / 100.0),
          f.percent(r.recoveryRate(), 1));
    }
  }

  /** The key figures above the tables; all "—" while nothing is computed. */
  public record Kpis(
      String actions,
      String contactRate,
      String promiseRate,
      String recovered,
      String recoveryRate,
      String recoveryRateNote,
      String scope) {
    public static final Kpis NONE =
        new Kpis(Formats.NONE, Formats.NONE, Formats.NONE, Formats.NONE, Formats.NONE, "", "");
  }

  /** One point of the chart: a month's count of actions and its tooltip. */
  public record Point(String month, long actions, String tooltip) {}

  /** One stacked series of the chart: an action type. */
  public record Series(String name, List<Point> points) {}

  /** Actions by month, one series per action type in declared order. */
  public record Chart(List<String> months, List<Series> series) {
    public static final Chart NONE = new Chart(List.of(), List.of());

    static Chart of(List<MonthTypeStats> cells, Formats f, Labels labels) {
      Set<String> months = new LinkedHashSet<>();
      Map<ActionType, List<Point>> points = new EnumMap<>(ActionType.class);
      for (MonthTypeStats c : cells) {
        String m = f.month(c.month());
        months.add(m);
        long n = c.stats().actions();
        points
            .computeIfAbsent(c.actionType(), t -> new ArrayList<>())
            .add(new Point(m, n, labels.of(c.actionType()) + " · " + m + ": " + f.count(n)));
      }
      List<Series> series = new ArrayList<>();
      points.forEach((type, list) -> series.add(new Series(labels.of(type), List.copyOf(list))));
      return new Chart(List.copyOf(months), List.copyOf(series));
    }
  }
}
