package com.riskworkbench.report;

import com.riskworkbench.analysis.EarlyWarnings;
import com.riskworkbench.analysis.SummaryAnalysis.SummaryResult;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The period comparison of the key figures (as of, previous month, previous quarter end, start of
 * the year, a year ago), the five-category and bucket tables, and the early warnings with their
 * traffic lights.
 */
final class SummarySheet {
  private SummarySheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    SummaryResult s = c.summary();
    TableWriter w = c.newSheet("summary");
    int r = PeriodTable.write(c, w, 3);
    var now = s.asOf();
    r += 1;
    w.text(
        r++,
        0,
        l.get("summary.five_category") + " (" + c.fiveCategoryName(s.rule()) + ")",
        styles.subtitle);
    r = w.table(r, 0, SummaryResult.fiveCategoryTable(now)) + 1;
    w.text(r++, 0, l.get("summary.buckets"), styles.subtitle);
    r = w.table(r, 0, s.bucketTable()) + 1;
    w.text(r++, 0, l.get("summary.warnings"), styles.subtitle);
    var warnings = c.warnings();
    int first = r + 1;
    w.table(r, 0, warnings.rows());
    for (int i = 0; i < warnings.indicators().size(); i++) {
      XSSFCellStyle fill =
          switch (warnings.indicators().get(i).status()) {
            case GREEN -> styles.green;
            case AMBER -> styles.amber;
            case RED -> styles.red;
            case NOT_AVAILABLE -> styles.grey;
          };
      w.row(first + i).getCell(5).setCellStyle(fill);
      var indicator = warnings.indicators().get(i);
      formatValues(c, w, first + i, indicator);
      String name = indicator.kind().code();
      w.text(first + i, 0, l.get("indicator." + name), styles.text);
      String rule = l.get("rule." + name);
      // A rule without a label of its own is shown as the analysis states it.
      w.text(first + i, 6, rule.startsWith("Rule.") ? indicator.rule() : rule, styles.wrapped);
    }
    // The period table sets the columns: 14 of even width. An indicator's rule spans the table's
    // last eight, and its row is as high as the rule's lines there.
    w.sheet().setColumnWidth(0, 30 * 256);
    for (int col = 1; col <= LAST_COLUMN; col++) {
      w.sheet().setColumnWidth(col, COLUMN_CHARS * 256);
    }
    int ruleChars = (LAST_COLUMN - 5) * COLUMN_CHARS - 1;
    for (int i = 0; i < warnings.indicators().size(); i++) {
      int row = first + i;
      for (int col = 7; col <= LAST_COLUMN; col++) {
        w.text(row, col, "", styles.wrapped);
      }
      w.sheet().addMergedRegion(new CellRangeAddress(row, row, 6, LAST_COLUMN));
      String rule = w.row(row).getCell(6).getStringCellValue();
      int lines = Math.max(1, (TableWriter.displayWidth(rule) + ruleChars - 1) / ruleChars);
      w.row(row).setHeightInPoints(Math.min(409, lines * 13f + 3));
    }
    w.text(first - 1, 6, w.row(first - 1).getCell(6).getStringCellValue(), styles.header);
    for (int col = 7; col <= LAST_COLUMN; col++) {
      w.text(first - 1, col, "", styles.header);
    }
    w.sheet().addMergedRegion(new CellRangeAddress(first - 1, first - 1, 6, LAST_COLUMN));
  }

  /** The period table's last column: figure, as-of value, then three per earlier month. */
  private static final int LAST_COLUMN = 1 + 3 * PeriodTable.EARLIER.size();

  private static final int COLUMN_CHARS = 14;

  /**
   * An indicator's value and thresholds in the unit its kind reads in, like the key figures: ratios
   * (the provision ratios too) as percentages, PAR30's change in percentage points, HHI as a
   * decimal (the score PSI too), breaches as a count and the cohort indicator as a multiple.
   */
  private static void formatValues(
      PackContext c, TableWriter w, int row, EarlyWarnings.Indicator indicator) {
    PackStyles s = c.styles;
    XSSFCellStyle style =
        switch (indicator.kind()) {
          case PAR30_RATIO,
                  NPL_RATIO,
                  CURRENT_ROLL_RATE,
                  LARGEST_SEGMENT_SHARE,
                  PROVISION_COVERAGE,
                  PROVISION_TO_LOAN ->
              s.ratio;
          case PAR30_CHANGE -> s.points;
          case HHI, SCORE_PSI -> s.decimal;
          case SINGLE_BORROWER_BREACHES -> s.count;
          case COHORT_VS_PREVIOUS_SIX -> s.factor;
        };
    if (c.l.has("dimension." + indicator.dimension())) {
      w.text(row, 1, c.l.get("dimension." + indicator.dimension()), s.text);
    }
    if (indicator.kind() == EarlyWarnings.Kind.PROVISION_COVERAGE
        || indicator.kind() == EarlyWarnings.Kind.PROVISION_TO_LOAN) {
      // the provisions the ratio is of: held when booked, else ECL-based
      w.text(row, 1, c.l.get("summary.basis." + indicator.dimension()), s.text);
    }
    double scale = indicator.kind() == EarlyWarnings.Kind.PAR30_CHANGE ? 100 : 1;
    w.number(row, 2, indicator.value() * scale, style);
    w.number(row, 3, indicator.amber() * scale, style);
    w.number(row, 4, indicator.red() * scale, style);
  }
}
