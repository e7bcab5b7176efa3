package com.riskworkbench.report;

import com.riskworkbench.analysis.AnalysisResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes cells of one sheet. Tables follow the result conventions of {@link AnalysisResult}:
 * amounts get {@code #,##0.00}, ratios {@code 0.00%}, counts {@code #,##0}; an undefined value is a
 * blank cell. Text is always a string cell, never a formula, whatever it starts with. Remembers the
 * widest text per column for the column widths.
 */
final class TableWriter {
  /** Decimal columns that are not fractions (printed as numbers, not percentages). */
  private static final Set<String> PLAIN_DECIMALS =
      Set.of(
          "value",
          "amber_threshold",
          "red_threshold",
          "mean_days",
          "median_days",
          "mob",
          "hhi_10000",
          "effective_number",
          "factor",
          "forecast_loans");

  private final XSSFSheet sheet;
  private final PackStyles styles;
  private final PackLabels labels;
  private final Map<Integer, Integer> widths = new HashMap<>();

  TableWriter(XSSFSheet sheet, PackStyles styles, PackLabels labels) {
    this.sheet = sheet;
    this.styles = styles;
    this.labels = labels;
  }

  XSSFSheet sheet() {
    return sheet;
  }

  Row row(int r) {
    Row row = sheet.getRow(r);
    return row != null ? row : sheet.createRow(r);
  }

  /** A string cell: text from data is never interpreted as a formula. */
  Cell text(int r, int c, String value, XSSFCellStyle style) {
    Cell cell = row(r).createCell(c);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
    note(c, value == null ? 0 : value.length());
    return cell;
  }

  Cell number(int r, int c, double value, XSSFCellStyle style) {
    Cell cell = row(r).createCell(c);
    if (!Double.isNaN(value) && !Double.isInfinite(value)) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
    note(c, 12);
    return cell;
  }

  /** A label and a value on one row. */
  void field(int r, String label, String value) {
    text(r, 0, label, styles.label);
    text(r, 1, value, null);
  }

  void field(int r, String label, double value, XSSFCellStyle style) {
    text(r, 0, label, styles.label);
    number(r, 1, value, style);
  }

  /**
   * Sets a row's height to fit its wrapped cells: neither POI nor LibreOffice sizes rows for
   * wrapped text, so long text would overlap the next row.
   */
  void fitHeight(int r) {
    Row row = sheet.getRow(r);
    if (row == null) {
      return;
    }
    int lines = 1;
    for (Cell cell : row) {
      if (cell.getCellStyle().getWrapText()
          && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
        int widthChars = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
        lines =
            Math.max(
                lines, (displayWidth(cell.getStringCellValue()) + widthChars - 1) / widthChars);
      }
    }
    row.setHeightInPoints(Math.min(409, lines * 13f + 3));
  }

  /**
   * The width of text in character cells: a Chinese character or full-width sign takes two, so that
   * a Chinese rule gets the lines it needs.
   */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += text.charAt(i) >= '\u2e80' ? 2 : 1;
    }
    return width;
  }

  /** Writes the table with a header row at {@code r}; returns the row after its last row. */
  int table(int r, int c0, Table t) {
    for (int c = 0; c < t.columnCount(); c++) {
      text(r, c0 + c, labels.get(t.column(c).name()), styles.header);
    }
    row(r).setHeightInPoints(30); // room for two-line headers
    for (int i = 0; i < t.rowCount(); i++) {
      for (int c = 0; c < t.columnCount(); c++) {
        Column<?> col = t.column(c);
        int rr = r + 1 + i;
        if (col.type() == ColumnType.STRING) {
          String v = col.getString(i);
          text(rr, c0 + c, translate(col.name(), v), styles.text);
        } else {
          Object v = col.get(i);
          double d = v == null ? Double.NaN : ((Number) v).doubleValue();
          number(rr, c0 + c, d, styleFor(col));
        }
      }
    }
    return r + 1 + t.rowCount();
  }

  /** Enum-like values (statuses, categories, buckets) in the pack's language. */
  private String translate(String column, String value) {
    return switch (column) {
      case "status",
              "category",
              "from_state",
              "to_state",
              "bucket",
              "action_type",
              "fraud_type",
              "detection_channel",
              "borrower_type" ->
          labels.get("value." + value);
      // Single-borrower limit rules and the age band without a birth date, as the analyses name
      // them.
      case "rule", "segment" ->
          labels.has(column + "." + value.replace(' ', '_'))
              ? labels.get(column + "." + value.replace(' ', '_'))
              : value;
      default -> value;
    };
  }

  XSSFCellStyle styleFor(Column<?> col) {
    String name = col.name();
    if (col.type() == ColumnType.INTEGER
        || col.type() == ColumnType.LONG
        || col.type() == ColumnType.SHORT) {
      return styles.count;
    }
    if (AnalysisResult.AMOUNT_COLUMNS.contains(name)) {
      return styles.amount;
    }
    if (PLAIN_DECIMALS.contains(name)) {
      return styles.decimal;
    }
    return styles.ratio;
  }

  private void note(int c, int length) {
    widths.merge(c, length, Math::max);
  }

  /** Sets column widths from the widest text seen, within sensible bounds. */
  void fitColumns(int maxChars) {
    widths.forEach(
        (c, w) -> sheet.setColumnWidth(c, Math.min(maxChars, Math.max(10, w + 2)) * 256));
  }
}
