package com.riskworkbench.report;

import com.riskworkbench.analysis.CollectionsResult;
import com.riskworkbench.analysis.CollectionsResult.ActionStats;
import com.riskworkbench.portfolio.ActionType;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Collection actions by type, recoveries by cohort, and the actions of each month by type as one
 * pivot table: a row per month, a column per action type, the month's total and amount recovered.
 */
final class CollectionsSheet {
  private CollectionsSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    CollectionsResult cr = c.collections();
    TableWriter w = c.newSheet("collections");
    int r = 3;
    w.text(r++, 0, l.get("collections.by_type"), styles.subtitle);
    r = w.table(r, 0, (Table) cr.extras().get("by_action_type")) + 1;
    w.text(r++, 0, l.get("collections.recoveries"), styles.subtitle);
    r = w.table(r, 0, (Table) cr.extras().get("recoveries_by_cohort")) + 1;
    w.text(r++, 0, l.get("collections.by_month"), styles.subtitle);
    pivot(c, w, r, cr);
    w.fitColumns(24);
  }

  private static void pivot(PackContext c, TableWriter w, int r, CollectionsResult cr) {
    PackStyles styles = c.styles;
    List<ActionType> types = List.of(ActionType.values());
    w.text(r, 0, c.l.get("collections.month"), styles.header);
    for (int t = 0; t < types.size(); t++) {
      w.text(r, 1 + t, c.l.get("value." + types.get(t).name()), styles.header);
    }
    w.text(r, 1 + types.size(), c.l.get("collections.actions_total"), styles.header);
    w.text(r, 2 + types.size(), c.l.get("collections.recovered_total"), styles.header);
    TreeSet<YearMonth> months = new TreeSet<>();
    cr.cells().forEach(cell -> months.add(cell.month()));
    for (YearMonth m : months) {
      r++;
      w.text(r, 0, m.toString(), styles.text);
      int actions = 0;
      long recovered = 0;
      for (int t = 0; t < types.size(); t++) {
        ActionStats s = cr.cell(m, types.get(t)).orElse(ActionStats.NONE);
        w.number(r, 1 + t, s.actions(), styles.count);
        actions += s.actions();
        recovered += s.amountRecoveredCents();
      }
      w.number(r, 1 + types.size(), actions, styles.count);
      w.number(r, 2 + types.size(), recovered / 100.0, styles.amount);
    }
  }
}
