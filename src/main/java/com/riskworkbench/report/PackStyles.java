package com.riskworkbench.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pack's cell styles, made once per workbook. Header cells are styled explicitly: LibreOffice
 * ignores table styles.
 */
final class PackStyles {
  final XSSFCellStyle title;
  final XSSFCellStyle subtitle;
  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle wrapped;
  final XSSFCellStyle label;
  final XSSFCellStyle count;
  final XSSFCellStyle amount;
  final XSSFCellStyle ratio;
  final XSSFCellStyle decimal;

  /** A change of a ratio in percentage points: the cell holds points (0.5 for +0.5 pp). */
  final XSSFCellStyle points;

  /** A multiple, such as a cohort's rate against the mean of the six before it. */
  final XSSFCellStyle factor;

  final XSSFCellStyle green;
  final XSSFCellStyle amber;
  final XSSFCellStyle red;
  final XSSFCellStyle grey;

  /** Ratios with the colour of their band: below the floor red, within amber, above green. */
  final XSSFCellStyle ratioGreen;

  final XSSFCellStyle ratioAmber;
  final XSSFCellStyle ratioRed;

  /** A figure that is not available: a centred dash, the reason in a note beside the table. */
  final XSSFCellStyle dash;

  final XSSFCellStyle signLine;

  /** Signed changes: of an amount, of a count, and in % of the earlier value. */
  final XSSFCellStyle amountChange;

  final XSSFCellStyle countChange;
  final XSSFCellStyle shareChange;

  /** A note under a table: small, grey, on one line. */
  final XSSFCellStyle note;

  private final XSSFWorkbook wb;
  private final Map<String, XSSFCellStyle> derived = new HashMap<>();

  PackStyles(XSSFWorkbook wb) {
    this.wb = wb;
    XSSFFont bold = wb.createFont();
    bold.setBold(true);
    XSSFFont big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 16);
    big.setColor(new XSSFColor(new byte[] {0x1f, 0x3a, 0x5f}, null));
    XSSFFont white = wb.createFont();
    white.setBold(true);
    white.setColor(new XSSFColor(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff}, null));

    title = wb.createCellStyle();
    title.setFont(big);
    subtitle = wb.createCellStyle();
    subtitle.setFont(bold);
    header = wb.createCellStyle();
    header.setFont(white);
    header.setFillForegroundColor(new XSSFColor(new byte[] {0x1f, 0x3a, 0x5f}, null));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setAlignment(HorizontalAlignment.CENTER);
    border(header);
    text = bordered(wb);
    wrapped = bordered(wb);
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    label = wb.createCellStyle();
    label.setFont(bold);
    short fmtCount = wb.createDataFormat().getFormat("#,##0");
    short fmtAmount = wb.createDataFormat().getFormat("#,##0.00");
    short fmtRatio = wb.createDataFormat().getFormat("0.00%");
    short fmtDecimal = wb.createDataFormat().getFormat("#,##0.0000");
    count = bordered(wb);
    count.setDataFormat(fmtCount);
    amount = bordered(wb);
    amount.setDataFormat(fmtAmount);
    ratio = bordered(wb);
    ratio.setDataFormat(fmtRatio);
    decimal = bordered(wb);
    decimal.setDataFormat(fmtDecimal);
    points = bordered(wb);
    points.setDataFormat(wb.createDataFormat().getFormat("+0.00\" pp\";-0.00\" pp\";0.00\" pp\""));
    factor = bordered(wb);
    factor.setDataFormat(wb.createDataFormat().getFormat("0.00\"×\""));
    green = fill(wb, new byte[] {(byte) 0xc6, (byte) 0xef, (byte) 0xce});
    amber = fill(wb, new byte[] {(byte) 0xff, (byte) 0xeb, (byte) 0x9c});
    red = fill(wb, new byte[] {(byte) 0xff, (byte) 0xc7, (byte) 0xce});
    grey = fill(wb, new byte[] {(byte) 0xe7, (byte) 0xe6, (byte) 0xe6});
    ratioGreen = fill(wb, new byte[] {(byte) 0xc6, (byte) 0xef, (byte) 0xce});
    ratioGreen.setDataFormat(fmtRatio);
    ratioAmber = fill(wb, new byte[] {(byte) 0xff, (byte) 0xeb, (byte) 0x9c});
    ratioAmber.setDataFormat(fmtRatio);
    ratioRed = fill(wb, new byte[] {(byte) 0xff, (byte) 0xc7, (byte) 0xce});
    ratioRed.setDataFormat(fmtRatio);
    dash = bordered(wb);
    dash.setAlignment(HorizontalAlignment.CENTER);
    signLine = wb.createCellStyle();
    signLine.setBorderBottom(BorderStyle.THIN);
    amountChange = bordered(wb);
    amountChange.setDataFormat(wb.createDataFormat().getFormat("+#,##0.00;-#,##0.00;0.00"));
    countChange = bordered(wb);
    countChange.setDataFormat(wb.createDataFormat().getFormat("+#,##0;-#,##0;0"));
    shareChange = bordered(wb);
    shareChange.setDataFormat(wb.createDataFormat().getFormat("+0.00%;-0.00%;0.00%"));
    XSSFFont small = wb.createFont();
    small.setItalic(true);
    small.setFontHeightInPoints((short) 9);
    small.setColor(new XSSFColor(new byte[] {0x59, 0x59, 0x59}, null));
    note = wb.createCellStyle();
    note.setFont(small);
  }

  /**
   * A change of a ratio in basis points, the cell holding basis points (25 for +25), with the
   * unit's name in the pack's language after the number.
   */
  XSSFCellStyle basisPoints(String unit) {
    return derived.computeIfAbsent(
        "bp " + unit,
        k -> {
          XSSFCellStyle s = bordered(wb);
          String u = unit.replace("\"", "");
          s.setDataFormat(
              wb.createDataFormat().getFormat("+0\" " + u + "\";-0\" " + u + "\";0\" " + u + "\""));
          return s;
        });
  }

  /** {@code base} filled red: a change for the worse. */
  XSSFCellStyle worse(XSSFCellStyle base) {
    return tinted(base, "worse", new byte[] {(byte) 0xff, (byte) 0xc7, (byte) 0xce});
  }

  /** {@code base} filled amber: a figure to watch (a PSI in the watch band). */
  XSSFCellStyle watch(XSSFCellStyle base) {
    return tinted(base, "watch", new byte[] {(byte) 0xff, (byte) 0xeb, (byte) 0x9c});
  }

  /** A statistic shown to three decimals (KS, AUC, Gini, PSI). */
  XSSFCellStyle statistic() {
    return derived.computeIfAbsent(
        "statistic",
        k -> {
          XSSFCellStyle s = bordered(wb);
          s.setDataFormat(wb.createDataFormat().getFormat("0.000"));
          return s;
        });
  }

  /** {@code base} filled green: a change for the better. */
  XSSFCellStyle better(XSSFCellStyle base) {
    return tinted(base, "better", new byte[] {(byte) 0xc6, (byte) 0xef, (byte) 0xce});
  }

  private XSSFCellStyle tinted(XSSFCellStyle base, String name, byte[] rgb) {
    return derived.computeIfAbsent(
        name + " " + base.getIndex(),
        k -> {
          XSSFCellStyle s = wb.createCellStyle();
          s.cloneStyleFrom(base);
          s.setFillForegroundColor(new XSSFColor(rgb, null));
          s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          return s;
        });
  }

  private static XSSFCellStyle bordered(XSSFWorkbook wb) {
    XSSFCellStyle s = wb.createCellStyle();
    border(s);
    return s;
  }

  private static void border(CellStyle s) {
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
  }

  private static XSSFCellStyle fill(XSSFWorkbook wb, byte[] rgb) {
    XSSFCellStyle s = bordered(wb);
    s.setFillForegroundColor(new XSSFColor(rgb, null));
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return s;
  }
}
