package com.riskworkbench.app.cli;

import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.common.CsvCells;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes analysis results as the README's "Command line" promises: plain numbers ({@code .}
 * decimal, no thousands separators), ratios as fractions, amounts to the cent; an undefined value
 * is an empty CSV field or JSON {@code null}. Public for the Spark job, which prints the same.
 */
public final class ResultWriter {
  private static final MathContext RATIO_DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

  private ResultWriter() {}

  /** The result's rows as CSV: one header row, then a line per row. */
  public static void csv(AnalysisResult result, PrintWriter out) {
    Table t = result.rows();
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < t.columnCount(); c++) {
      line.append(c == 0 ? "" : ",").append(t.column(c).name());
    }
    out.println(line);
    for (int r = 0; r < t.rowCount(); r++) {
      line.setLength(0);
      for (int c = 0; c < t.columnCount(); c++) {
        if (c > 0) {
          line.append(',');
        }
        Column<?> col = t.column(c);
        if (col.type() == ColumnType.STRING) {
          line.append(CsvCells.text(col.getString(r)));
        } else {
          line.append(number(result.isAmount(col.name(), r), col.get(r)));
        }
      }
      out.println(line);
    }
    out.flush();
  }

  /** The result as one JSON object: its rows under {@code rows}, then its extra fields. */
  public static void json(AnalysisResult result, PrintWriter out) {
    StringBuilder sb = new StringBuilder("{\"rows\":");
    table(sb, result.rows(), result);
    for (Map.Entry<String, Object> e : result.extras().entrySet()) {
      sb.append(',');
      string(sb, e.getKey());
      sb.append(':');
      value(sb, e.getKey(), e.getValue());
    }
    sb.append('}');
    out.println(sb);
    out.flush();
  }

  /** A number as text: amounts with two decimals, other decimals plainly; NaN as "". */
  static String number(String name, Object value) {
    return number(AnalysisResult.AMOUNT_COLUMNS.contains(name), value);
  }

  /** As {@link #number(String, Object)}, told whether the value is an amount. */
  static String number(boolean isAmount, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return "";
      }
      if (isAmount) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString();
      }
      BigDecimal b = new BigDecimal(d).round(RATIO_DIGITS).stripTrailingZeros();
      return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
    if (value instanceof Float f) {
      return number(isAmount, f.doubleValue());
    }
    return value.toString();
  }

  private static void table(StringBuilder sb, Table t) {
    table(sb, t, null);
  }

  /** A table; {@code owner}, when given, says which of its cells are amounts. */
  private static void table(StringBuilder sb, Table t, AnalysisResult owner) {
    sb.append('[');
    for (int r = 0; r < t.rowCount(); r++) {
      sb.append(r == 0 ? "{" : ",{");
      for (int c = 0; c < t.columnCount(); c++) {
        Column<?> col = t.column(c);
        if (c > 0) {
          sb.append(',');
        }
        string(sb, col.name());
        sb.append(':');
        if (col.type() == ColumnType.STRING) {
          string(sb, col.getString(r));
        } else {
          String n =
              owner == null
                  ? number(col.name(), col.get(r))
                  : number(owner.isAmount(col.name(), r), col.get(r));
          sb.append(n.isEmpty() ? "null" : n);
        }
      }
      sb.append('}');
    }
    sb.append(']');
  }

  private static void value(StringBuilder sb, String name, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Table t) {
      table(sb, t);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        string(sb, String.valueOf(e.getKey()));
        sb.append(':');
        value(sb, String.valueOf(e.getKey()), e.getValue());
      }
      sb.append('}');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        value(sb, name, list.get(i));
      }
      sb.append(']');
    } else if (v instanceof Number n) {
      String s = number(name, n);
      sb.append(s.isEmpty() ? "null" : s);
    } else if (v instanceof Boolean b) {
      sb.append(b);
    } else {
      string(sb, v.toString());
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
