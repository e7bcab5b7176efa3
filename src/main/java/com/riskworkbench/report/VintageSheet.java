package com.riskworkbench.report;

import com.riskworkbench.analysis.VintageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.poi.ss.util.CellRangeAddress;

/** Ever-X-days-past-due rates by cohort and months on book, with the curves of recent cohorts. */
final class VintageSheet {
  /** More curves than this make the chart unreadable. */
  private static final int MAX_CURVES = 8;

  private VintageSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    VintageResult v = c.vintage();
    TableWriter w = c.newSheet("vintage");
    String threshold = Integer.toString(v.params().threshold());
    w.text(2, 0, l.get("vintage.caption").replace("{threshold}", threshold), null);
    int r = 3;
    // Cohorts originated before the first month of data were never observed at their first
    // months on book: the committee sees only cohorts fully observed from MOB 0.
    String firstMonth = c.book().firstMonth().map(Object::toString).orElse("");
    List<String> cohorts = v.cohorts().stream().filter(x -> x.compareTo(firstMonth) >= 0).toList();
    int maxMob = 0;
    for (String cohort : cohorts) {
      maxMob = Math.max(maxMob, v.maxMob(cohort).orElse(0));
    }
    w.text(r, 0, l.get("cohort"), styles.header);
    w.text(r, 1, l.get("loans"), styles.header);
    w.text(r, 2, l.get("principal"), styles.header);
    for (int k = 0; k <= maxMob; k++) {
      w.text(r, 3 + k, "MOB " + k, styles.header);
    }
    int first = r + 1;
    for (String cohort : cohorts) {
      r++;
      w.text(r, 0, cohort, styles.text);
      var cell0 = v.cell(cohort, 0);
      w.number(r, 1, cell0.map(x -> (double) x.loans()).orElse(Double.NaN), styles.count);
      w.number(r, 2, cell0.map(x -> x.principalCents() / 100.0).orElse(Double.NaN), styles.amount);
      for (int k = 0; k <= maxMob; k++) {
        OptionalDouble rate = v.rate(cohort, k);
        w.number(r, 3 + k, rate.isPresent() ? rate.getAsDouble() : Double.NaN, styles.ratio);
      }
    }
    int last = r;
    w.fitColumns(14);
    w.sheet().setColumnWidth(2, 16 * 256);
    for (int k = 0; k <= maxMob; k++) {
      w.sheet().setColumnWidth(3 + k, 7 * 256);
    }
    w.sheet().createFreezePane(3, 4);
    if (last < first) {
      return;
    }
    PackCharts.colourScale(w.sheet(), new CellRangeAddress(first, last, 3, 3 + maxMob));
    // A cohort with fewer than two months on book would be a single point, not a curve.
    List<Integer> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = cohorts.size() - 1; i >= 0 && rows.size() < MAX_CURVES; i--) {
      OptionalInt m = v.maxMob(cohorts.get(i));
      if (m.isPresent() && m.getAsInt() >= 2) {
        rows.add(0, first + i);
        names.add(0, cohorts.get(i));
      }
    }
    int chartTop = last + 2;
    int lastColumn = 3 + maxMob;
    PackCharts.lines(
        w.sheet(),
        l.get("vintage.chart_title").replace("{threshold}", threshold),
        l.get("vintage.mob"),
        l.get("vintage.rate"),
        new CellRangeAddress(3, 3, 3, lastColumn),
        rows.stream().map(row -> new CellRangeAddress(row, row, 3, lastColumn)).toList(),
        names,
        0,
        chartTop,
        Math.min(3 + maxMob, 24),
        chartTop + 24);
  }
}
