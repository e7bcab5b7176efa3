package com.riskworkbench.report;

import com.riskworkbench.analysis.FlowRateResult;
import com.riskworkbench.analysis.RollRateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import tech.tablesaw.api.Table;

/**
 * Transition matrices (loans and balance, counts and row shares), roll-forward and cure rates, and
 * flow rates by month with their chart.
 */
final class RollRatesSheet {
  private RollRatesSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    RollRateResult roll = c.roll();
    TableWriter w = c.newSheet("roll");
    w.text(
        2,
        0,
        l.get("roll.caption").replace("{window}", Integer.toString(roll.window()))
            + " "
            + roll.months().stream().findFirst().map(Object::toString).orElse("")
            + " – "
            + c.asOf(),
        null);
    int r = 4;
    r = matrix(c, w, r, roll, "roll.count_matrix", false, false);
    r = matrix(c, w, r, roll, "roll.count_share_matrix", false, true);
    r = matrix(c, w, r, roll, "roll.balance_matrix", true, false);
    r = matrix(c, w, r, roll, "roll.balance_share_matrix", true, true);
    w.text(r++, 0, l.get("roll.rates"), styles.subtitle);
    r = w.table(r, 0, (Table) roll.extras().get("rates")) + 1;

    FlowRateResult flow = c.flow();
    w.text(r++, 0, l.get("roll.flow"), styles.subtitle);
    List<String> buckets = flow.buckets();
    w.text(r, 0, l.get("month"), styles.header);
    for (int b = 1; b < buckets.size(); b++) {
      w.text(r, b, l.get("value." + buckets.get(b)), styles.header);
    }
    int header = r;
    for (var m : flow.months()) {
      r++;
      w.text(r, 0, m.toString(), styles.text);
      for (int b = 1; b < buckets.size(); b++) {
        OptionalDouble f = flow.flowRate(m, buckets.get(b));
        w.number(r, b, f.isPresent() ? f.getAsDouble() : Double.NaN, styles.ratio);
      }
    }
    w.fitColumns(16);
    w.sheet().setColumnWidth(0, 16 * 256);
    if (r == header) {
      return;
    }
    List<CellRangeAddress> series = new ArrayList<>();
    List<String> names = new ArrayList<>();
    // The open-ended last bucket would dwarf the rest.
    for (int b = 1; b < buckets.size() - 1; b++) {
      series.add(new CellRangeAddress(header + 1, r, b, b));
      names.add(l.get("value." + buckets.get(b)));
    }
    PackCharts.lines(
        w.sheet(),
        l.get("roll.flow_chart_title"),
        l.get("month"),
        l.get("flow_rate"),
        new CellRangeAddress(header + 1, r, 0, 0),
        series,
        names,
        buckets.size() + 1,
        header,
        buckets.size() + 13,
        header + 22);
  }

  /**
   * One from-state × to-state matrix of loans or balance, as counts or row shares; shares get a
   * colour scale. Returns the row after it and a blank row.
   */
  private static int matrix(
      PackContext c,
      TableWriter w,
      int r,
      RollRateResult roll,
      String key,
      boolean balance,
      boolean share) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    w.text(r++, 0, l.get(key), styles.subtitle);
    List<String> from = roll.fromStates();
    List<String> to = roll.toStates();
    w.text(r, 0, l.get("roll.from_to"), styles.header);
    for (int j = 0; j < to.size(); j++) {
      w.text(r, 1 + j, l.get("value." + to.get(j)), styles.header);
    }
    XSSFCellStyle style = share ? styles.ratio : balance ? styles.amount : styles.count;
    int first = r + 1;
    for (String f : from) {
      r++;
      w.text(r, 0, l.get("value." + f), styles.text);
      for (int j = 0; j < to.size(); j++) {
        double v;
        if (share) {
          OptionalDouble s =
              balance ? roll.balanceShare(f, to.get(j)) : roll.loanShare(f, to.get(j));
          v = s.isPresent() ? s.getAsDouble() : Double.NaN;
        } else {
          v = balance ? roll.balanceCents(f, to.get(j)) / 100.0 : roll.loans(f, to.get(j));
        }
        w.number(r, 1 + j, v, style);
      }
    }
    if (share) {
      PackCharts.colourScale(w.sheet(), new CellRangeAddress(first, r, 1, to.size()));
    }
    return r + 2;
  }
}
