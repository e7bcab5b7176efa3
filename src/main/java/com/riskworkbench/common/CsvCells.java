package com.riskworkbench.common;

/**
 * A text cell of a CSV file that spreadsheets open safely, as OWASP recommends against CSV
 * injection: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a line
 * break would be read as a formula, so it gets a leading apostrophe (shown as text, the value
 * otherwise unchanged) and is quoted; any cell with a comma, quote or line break is quoted, its
 * quotes doubled. Numbers are written by their callers as plain numbers and never pass here.
 */
public final class CsvCells {
  private static final String FORMULA_STARTS = "=+-@\t\r\n";

  private CsvCells() {}

  public static String text(String text) {
    boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    String t = formula ? "'" + text : text;
    if (formula
        || t.indexOf(',') >= 0
        || t.indexOf('"') >= 0
        || t.indexOf('\n') >= 0
        || t.indexOf('\r') >= 0) {
      return '"' + t.replace("\"", "\"\"") + '"';
    }
    return t;
  }
}
