package com.riskworkbench.report;

import com.riskworkbench.analysis.CollectionsResult;
import tech.tablesaw.api.Table;

/** Collection actions by type, recoveries by cohort, and actions by month. */
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
    w.table(r, 0, cr.rows());
    w.fitColumns(24);
  }
}
