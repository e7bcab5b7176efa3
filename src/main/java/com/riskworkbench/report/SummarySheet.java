package com.riskworkbench.report;

import com.riskworkbench.analysis.EarlyWarnings;
import com.riskworkbench.analysis.SummaryAnalysis.SummaryResult;
import com.riskworkbench.portfolio.book.Months;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Key figures against the previous month, the five-category and bucket tables, and the early
 * warnings with their traffic lights.
 */
final class SummarySheet {
  private SummarySheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    SummaryResult s = c.summary();
    TableWriter w = c.newSheet("summary");
    int r = 3;
    w.text(r, 0, l.get("summary.metric"), styles.header);
    w.text(r, 1, c.scope().asOf().toString(), styles.header);
    w.text(
        r,
        2,
        s.previousMonth()
            .map(p -> Months.of(p.month()).toString())
            .orElse(l.get("summary.previous")),
        styles.header);
    w.text(r, 3, l.get("summary.change"), styles.header);
    r++;
    var now = s.asOf();
    var prev = s.previousMonth();
    r = keyFigure(c, w, r, "loans", now.loans(), prev.map(x -> (double) x.loans()), styles.count);
    r =
        keyFigure(
            c,
            w,
            r,
            "outstanding",
            now.outstandingCents() / 100.0,
            prev.map(x -> x.outstandingCents() / 100.0),
            styles.amount);
    r =
        keyFigure(
            c, w, r, "par30_ratio", now.par30Ratio(), prev.map(x -> x.par30Ratio()), styles.ratio);
    r = keyFigure(c, w, r, "npl_ratio", now.nplRatio(), prev.map(x -> x.nplRatio()), styles.ratio);
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
    w.sheet().setColumnWidth(6, 70 * 256);
    w.fitColumns(60);
    w.sheet().setColumnWidth(6, 70 * 256);
    for (int i = 0; i < warnings.indicators().size(); i++) {
      w.fitHeight(first + i);
    }
  }

  /**
   * An indicator's value and thresholds in the unit its kind reads in, like the key figures: ratios
   * (the provision ratios too) as percentages, PAR30's change in percentage points, HHI as a
   * decimal, breaches as a count and the cohort indicator as a multiple.
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
          case HHI -> s.decimal;
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

  /** One key figure: as-of value, previous month's, and the change; returns the next row. */
  private static int keyFigure(
      PackContext c,
      TableWriter w,
      int r,
      String key,
      double now,
      Optional<Double> prev,
      XSSFCellStyle style) {
    w.text(r, 0, c.l.get(key), c.styles.text);
    w.number(r, 1, now, style);
    w.number(r, 2, prev.orElse(Double.NaN), style);
    if (style == c.styles.ratio) {
      // a change of a ratio reads in percentage points: 1.20 % → 1.45 % is +0.25 pp
      w.number(r, 3, prev.map(p -> (now - p) * 100).orElse(Double.NaN), c.styles.points);
    } else {
      w.number(r, 3, prev.map(p -> now - p).orElse(Double.NaN), style);
    }
    return r + 1;
  }
}
