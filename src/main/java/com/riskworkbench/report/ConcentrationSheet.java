package com.riskworkbench.report;

import com.riskworkbench.analysis.ConcentrationAnalysis.ConcentrationResult;
import com.riskworkbench.analysis.Dimension;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Exposure by each dimension of {@link PackContext#CONCENTRATION_DIMENSIONS} with HHI and top
 * shares, the single-borrower limit breaches, and a bar chart of the channels.
 */
final class ConcentrationSheet {
  private ConcentrationSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    TableWriter w = c.newSheet("concentration");
    int r = 3;
    // Limit breaches depend on borrowers' exposure only, so every dimension's result carries the
    // same list: take it from the last one rather than run a by-borrower analysis again.
    ConcentrationResult last = null;
    int chartRow = -1;
    int chartLast = -1;
    for (Dimension d : PackContext.CONCENTRATION_DIMENSIONS) {
      ConcentrationResult cr = c.concentration(d);
      last = cr;
      w.text(r++, 0, l.get("dimension." + d.cliName()), styles.subtitle);
      w.text(r, 0, l.get("total_exposure"), styles.label);
      w.number(r, 1, cr.totalExposureCents() / 100.0, styles.amount);
      w.text(r, 2, "HHI", styles.label);
      w.number(r, 3, cr.hhi(), styles.decimal);
      w.text(r, 4, "HHI × 10,000", styles.label);
      w.number(r, 5, cr.hhi() * 10_000, styles.count);
      w.text(r, 6, l.get("effective_number"), styles.label);
      w.number(r++, 7, cr.effectiveNumber(), styles.decimal);
      w.text(r, 0, l.get("top1_share"), styles.label);
      w.number(r, 1, cr.topShare(1), styles.ratio);
      w.text(r, 2, l.get("top5_share"), styles.label);
      w.number(r, 3, cr.topShare(5), styles.ratio);
      w.text(r, 4, l.get("top10_share"), styles.label);
      w.number(r++, 5, cr.topShare(10), styles.ratio);
      int header = r;
      r = w.table(r, 0, cr.rows());
      if (d == Dimension.BORROWER_TYPE) {
        // the segments of this dimension are codes: show them in the pack's language
        for (int row = header + 1; row < r; row++) {
          var cell = w.row(row).getCell(0);
          cell.setCellValue(l.get("value." + cell.getStringCellValue()));
        }
      }
      if (d == Dimension.CHANNEL && cr.segments().size() > 0) {
        chartRow = header;
        chartLast = r - 1;
      }
      r++;
    }
    w.text(r++, 0, l.get("concentration.breaches"), styles.subtitle);
    w.table(r, 0, last.breachTable());
    w.fitColumns(40);
    if (chartRow >= 0) {
      PackCharts.bar(
          w.sheet(),
          l.get("concentration.chart_title"),
          l.get("dimension.channel"),
          l.get("share"),
          new CellRangeAddress(chartRow + 1, chartLast, 0, 0),
          new CellRangeAddress(chartRow + 1, chartLast, 3, 3),
          9,
          3,
          17,
          22);
    }
  }
}
