package com.riskworkbench.report;

import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.portfolio.DataQualityReport;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.portfolio.MonthRows;

/**
 * The import's findings by kind, loans that vanish without a next month's row, the checks of the
 * booked five-category classification, rows per month, and the first findings in detail: how far
 * the committee can trust the figures before it.
 */
final class DataQualitySheet {
  private DataQualitySheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    RollRateResult allMonths = c.rollAllMonths();
    TableWriter w = c.newSheet("data_quality");
    int r = 3;
    DataQualityReport dq = c.in.dataQuality();
    w.text(r++, 0, l.get("dq.findings"), styles.subtitle);
    w.text(r, 0, l.get("dq.kind"), styles.header);
    w.text(r, 1, l.get("dq.count"), styles.header);
    w.text(r, 2, l.get("dq.meaning"), styles.header);
    for (FindingKind kind : FindingKind.values()) {
      r++;
      w.text(r, 0, l.get("value." + kind.name()), styles.text);
      w.number(r, 1, dq.counts().getOrDefault(kind, 0), styles.count);
      w.text(r, 2, l.get("dq." + kind.name()), styles.text);
    }
    r++;
    long missing = 0;
    for (String from : allMonths.fromStates()) {
      missing += allMonths.loans(from, RollRateResult.MISSING);
    }
    r++;
    w.field(r++, l.get("dq.missing_transitions"), missing, styles.count);
    r++;
    r = ClassificationSection.write(c, w, r) + 1;
    w.text(r++, 0, l.get("dq.months"), styles.subtitle);
    w.text(r, 0, l.get("month"), styles.header);
    w.text(r, 1, l.get("dq.loan_rows"), styles.header);
    w.text(r, 2, l.get("dq.active_loans"), styles.header);
    for (MonthRows m : dq.months()) {
      r++;
      w.text(r, 0, m.month().toString(), styles.text);
      w.number(r, 1, m.loanRows(), styles.count);
      w.number(r, 2, m.activeLoans(), styles.count);
    }
    r += 2;
    w.text(
        r++,
        0,
        l.get("dq.first_findings").replace("{n}", Integer.toString(dq.first().size())),
        styles.subtitle);
    w.text(r, 0, l.get("dq.kind"), styles.header);
    w.text(r, 1, l.get("loan_id"), styles.header);
    w.text(r, 2, l.get("dq.detail"), styles.header);
    for (var f : dq.first()) {
      r++;
      w.text(r, 0, l.get("value." + f.kind().name()), styles.text);
      w.text(r, 1, f.loanId().orElse(""), styles.text);
      w.text(r, 2, l.text(f.text()), styles.text);
    }
    w.fitColumns(60);
  }
}
