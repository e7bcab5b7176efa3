package com.riskworkbench.report;

import com.riskworkbench.analysis.BacktestAnalysis;
import com.riskworkbench.analysis.BacktestAnalysis.BacktestResult;
import com.riskworkbench.analysis.ForecastAnalysis.ForecastResult;
import com.riskworkbench.analysis.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import tech.tablesaw.api.Table;

/**
 * The run-off loss forecast per scenario (base and the stresses) with its bootstrap interval, the
 * cumulative net loss by month with a chart, the base scenario's balances by state, and the
 * backtest of the forecast made a horizon ago against what happened.
 */
final class ForecastSheet {
  private ForecastSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    TableWriter w = c.newSheet("forecast");
    List<ForecastResult> forecasts = new ArrayList<>();
    for (Scenario s : Scenario.PRESETS) {
      forecasts.add(c.forecast(s));
    }
    ForecastResult base = forecasts.get(0);
    Map<String, Object> notes = base.extras();
    w.text(
        2,
        0,
        l.get("fc.caption")
            .replace("{window}", Integer.toString(PackContext.FORWARD_WINDOW))
            .replace("{horizon}", Integer.toString(base.horizon()))
            .replace("{lgd}", percent(number(notes, "lgd"))),
        null);
    int r = 4;
    w.text(r++, 0, l.get("fc.by_scenario"), styles.subtitle);
    r = byScenario(c, w, r, forecasts) + 1;
    w.text(r++, 0, l.get("fc.cumulative"), styles.subtitle);
    r = cumulative(c, w, r, forecasts) + 1;
    w.text(r++, 0, l.get("fc.base_balances"), styles.subtitle);
    r = balances(c, w, r, base) + 1;
    // the backtest is a question of its own: it starts a page rather than splitting across two
    w.sheet().setRowBreak(r - 1);
    w.text(r++, 0, l.get("fc.backtest"), styles.subtitle);
    backtest(c, w, r, c.backtest());
    w.fitColumns(18);
    w.sheet().setColumnWidth(0, 24 * 256);
  }

  private static final String[] SCENARIO_COLUMNS = {
    "starting_balance",
    "cumulative_charge_off",
    "cumulative_charge_off_low",
    "cumulative_charge_off_high",
    "cumulative_net_loss",
    "cumulative_loss_low",
    "cumulative_loss_high",
    "loss_rate"
  };

  /** One row per scenario: the loss over the horizon and its 90 % interval where drawn. */
  private static int byScenario(
      PackContext c, TableWriter w, int r, List<ForecastResult> forecasts) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    w.text(r, 0, l.get("fc.scenario"), styles.header);
    for (int i = 0; i < SCENARIO_COLUMNS.length; i++) {
      w.text(r, 1 + i, l.get("fc." + SCENARIO_COLUMNS[i]), styles.header);
    }
    w.row(r).setHeightInPoints(45);
    boolean noInterval = false;
    for (int s = 0; s < forecasts.size(); s++) {
      r++;
      Map<String, Object> notes = forecasts.get(s).extras();
      w.text(r, 0, l.get("fc.scenario." + Scenario.PRESETS.get(s).name()), styles.text);
      for (int i = 0; i < SCENARIO_COLUMNS.length; i++) {
        double v = number(notes, SCENARIO_COLUMNS[i]);
        if (Double.isNaN(v)) {
          noInterval = true;
          w.text(r, 1 + i, "—", styles.dash);
        } else {
          w.number(r, 1 + i, v, i == SCENARIO_COLUMNS.length - 1 ? styles.ratio : styles.amount);
        }
      }
    }
    r++;
    w.text(r++, 0, l.get("fc.interval_note"), null);
    if (noInterval) {
      w.text(r++, 0, l.get("fc.no_interval"), null);
    }
    return r;
  }

  /** Cumulative net loss by month and scenario, with its line chart beside the table. */
  private static int cumulative(
      PackContext c, TableWriter w, int r, List<ForecastResult> forecasts) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    int header = r;
    w.text(r, 0, l.get("month"), styles.header);
    List<String> names = new ArrayList<>();
    for (int s = 0; s < forecasts.size(); s++) {
      names.add(l.get("fc.scenario." + Scenario.PRESETS.get(s).name()));
      w.text(r, 1 + s, names.get(s), styles.header);
    }
    w.row(r).setHeightInPoints(30);
    int horizon = forecasts.get(0).horizon();
    for (int k = 1; k <= horizon; k++) {
      r++;
      w.text(r, 0, c.asOf().plusMonths(k).toString(), styles.text);
      for (int s = 0; s < forecasts.size(); s++) {
        w.number(r, 1 + s, cumulativeNetLoss(forecasts.get(s), k), styles.amount);
      }
    }
    List<CellRangeAddress> series = new ArrayList<>();
    for (int s = 0; s < forecasts.size(); s++) {
      series.add(new CellRangeAddress(header + 1, r, 1 + s, 1 + s));
    }
    int chartRows = 20;
    PackCharts.lines(
        w.sheet(),
        l.get("fc.chart_title"),
        l.get("month"),
        l.get("fc.cumulative_net_loss"),
        "#,##0",
        new CellRangeAddress(header + 1, r, 0, 0),
        series,
        names,
        forecasts.size() + 2,
        header,
        forecasts.size() + 10,
        header + chartRows);
    return Math.max(r + 1, header + chartRows + 1);
  }

  /**
   * Cumulative net loss to month {@code k} in currency units: the rise of the charged-off balance
   * since the as-of month × LGD, as the forecast's own total is computed.
   */
  static double cumulativeNetLoss(ForecastResult f, int k) {
    int chargedOff = states(f).size() - 1;
    double lgd = number(f.extras(), "lgd");
    return Math.round((f.balanceCents(k, chargedOff) - f.balanceCents(0, chargedOff)) * lgd)
        / 100.0;
  }

  /** The states of the forecast in its order; the last is CHARGED_OFF. */
  private static List<String> states(ForecastResult f) {
    Table rows = f.rows();
    List<String> states = new ArrayList<>();
    for (int i = 0; i < rows.rowCount() && rows.intColumn("month").getInt(i) == 0; i++) {
      states.add(rows.stringColumn("state").get(i));
    }
    return states;
  }

  /** Month 0..H of the base scenario: balance by state, then the month's flows. */
  private static int balances(PackContext c, TableWriter w, int r, ForecastResult f) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    List<String> states = states(f);
    Table rows = f.rows();
    Table monthly = f.monthly();
    String[] flows = {"charge_off", "net_loss", "pay_down"};
    w.text(r, 0, l.get("month"), styles.header);
    for (int s = 0; s < states.size(); s++) {
      w.text(r, 1 + s, l.get("value." + states.get(s)), styles.header);
    }
    for (int i = 0; i < flows.length; i++) {
      w.text(r, 1 + states.size() + i, l.get("fc." + flows[i]), styles.header);
    }
    w.row(r).setHeightInPoints(30);
    for (int k = 0; k <= f.horizon(); k++) {
      r++;
      w.text(r, 0, c.asOf().plusMonths(k).toString(), styles.text);
      for (int s = 0; s < states.size(); s++) {
        w.number(
            r, 1 + s, rows.doubleColumn("balance").getDouble(k * states.size() + s), styles.amount);
      }
      for (int i = 0; i < flows.length; i++) {
        // month 0 is the as-of month: nothing has moved yet
        double v = k == 0 ? Double.NaN : monthly.doubleColumn(flows[i]).getDouble(k - 1);
        w.number(r, 1 + states.size() + i, v, styles.amount);
      }
    }
    return r + 1;
  }

  /** Forecast against actual charge-offs month by month, or why there is no backtest. */
  private static void backtest(
      PackContext c, TableWriter w, int r, Optional<BacktestResult> result) {
    PackLabels l = c.l;
    if (result.isEmpty()) {
      w.text(
          r,
          0,
          l.get("fc.backtest_unavailable")
              .replace("{horizon}", Integer.toString(BacktestAnalysis.DEFAULT_HORIZON))
              .replace(
                  "{month}", c.asOf().minusMonths(BacktestAnalysis.DEFAULT_HORIZON).toString()),
          null);
      return;
    }
    BacktestResult b = result.get();
    Map<String, Object> notes = b.extras();
    w.text(
        r++,
        0,
        l.get("fc.backtest_caption").replace("{origin}", (String) notes.get("forecast_made_at")),
        null);
    int header = r;
    r = w.table(r, 0, b.rows());
    PackCharts.lines(
        w.sheet(),
        l.get("fc.backtest_chart_title"),
        l.get("month"),
        l.get("fc.charge_off_balance"),
        "#,##0",
        new CellRangeAddress(header + 1, r - 1, 0, 0),
        List.of(
            new CellRangeAddress(header + 1, r - 1, 3, 3),
            new CellRangeAddress(header + 1, r - 1, 4, 4)),
        List.of(l.get("forecast_balance"), l.get("actual_balance")),
        7,
        header,
        15,
        header + 20);
    PackStyles styles = c.styles;
    w.text(r, 0, l.get("fc.total"), styles.label);
    w.number(r, 1, number(notes, "total_forecast_loans"), styles.decimal);
    w.number(r, 2, ((Number) notes.get("total_actual_loans")).doubleValue(), styles.count);
    w.number(r, 3, number(notes, "total_forecast_balance"), styles.amount);
    w.number(r, 4, number(notes, "total_actual_balance"), styles.amount);
    w.number(r, 5, number(notes, "total_ratio"), styles.ratio);
  }

  private static double number(Map<String, Object> notes, String key) {
    Object v = notes.get(key);
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static String percent(double v) {
    return Double.isNaN(v) ? "—" : String.format(java.util.Locale.ROOT, "%.1f %%", v * 100);
  }
}
