package com.riskworkbench.report;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.xmlbeans.XmlCursor;

/**
 * Native Excel charts and colour scales. Every series gets explicit fill and line properties:
 * LibreOffice draws line series without them as one-colour markers (TOOLCHAIN.md).
 */
final class PackCharts {
  /** A palette that prints distinguishably in colour and stays apart in grey. */
  private static final byte[][] PALETTE = {
    {0x1f, 0x4e, 0x79},
    {(byte) 0xc0, 0x50, 0x4d},
    {(byte) 0x9b, (byte) 0xbb, 0x59},
    {(byte) 0x80, 0x64, (byte) 0xa2},
    {0x4b, (byte) 0xac, (byte) 0xc6},
    {(byte) 0xf7, (byte) 0x96, 0x46},
    {0x2c, 0x4d, 0x75},
    {0x77, 0x2c, 0x2a}
  };

  private PackCharts() {}

  private static XDDFColor colour(int i) {
    return XDDFColor.from(PALETTE[i % PALETTE.length]);
  }

  private static XSSFChart chart(
      XSSFSheet sheet, String title, int col1, int row1, int col2, int row2) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    return chart;
  }

  static void bar(
      XSSFSheet sheet,
      String title,
      String categoryTitle,
      String valueTitle,
      CellRangeAddress categories,
      CellRangeAddress values,
      int col1,
      int row1,
      int col2,
      int row2) {
    XSSFChart chart = chart(sheet, title, col1, row1, col2, row2);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setTitle(categoryTitle);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(valueTitle);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setNumberFormat("0%");
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
    XDDFNumericalDataSource<Double> vals =
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, values);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(cats, vals);
    series.setTitle(valueTitle, null);
    XDDFShapeProperties props = new XDDFShapeProperties();
    props.setFillProperties(new XDDFSolidFillProperties(colour(0)));
    series.setShapeProperties(props);
    chart.plot(data);
  }

  /**
   * A waterfall: stacked columns over string categories whose first series, {@code base}, is drawn
   * without fill or line (and left out of the legend), so that each visible bar starts where the
   * running total stands. The visible series take the palette's colours 0, 1, 2 …: a total, an
   * increase, a decrease.
   */
  static void waterfall(
      XSSFSheet sheet,
      String title,
      CellRangeAddress categories,
      CellRangeAddress base,
      List<CellRangeAddress> series,
      List<String> names,
      int col1,
      int row1,
      int col2,
      int row2) {
    XSSFChart chart = chart(sheet, title, col1, row1, col2, row2);
    XDDFChartLegend legend = chart.getOrAddLegend();
    legend.setPosition(LegendPosition.BOTTOM);
    var baseEntry = legend.addEntry();
    baseEntry.setIndex(0);
    baseEntry.setDelete(true);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setNumberFormat("#,##0");
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(BarGrouping.STACKED);
    data.setGapWidth(60);
    data.setVaryColors(false);
    XDDFBarChartData.Series invisible =
        (XDDFBarChartData.Series)
            data.addSeries(cats, XDDFDataSourcesFactory.fromNumericCellRange(sheet, base));
    invisible.setTitle("", null);
    XDDFShapeProperties none = new XDDFShapeProperties();
    none.setFillProperties(new XDDFNoFillProperties());
    none.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
    invisible.setShapeProperties(none);
    for (int i = 0; i < series.size(); i++) {
      solidSeries(data, cats, sheet, series.get(i), names.get(i), colour(i));
    }
    chart.plot(data);
    overlapFully(chart);
  }

  /**
   * Stacked columns over string categories, one colour per series as given (rgb triples): a value
   * that belongs to one series at a time (a PSI in its band's column, zero in the others) shows as
   * one bar in that series' colour, and the legend names the series.
   */
  static void stackedBars(
      XSSFSheet sheet,
      String title,
      String categoryTitle,
      String valueTitle,
      CellRangeAddress categories,
      List<CellRangeAddress> series,
      List<String> names,
      List<byte[]> colours,
      int col1,
      int row1,
      int col2,
      int row2) {
    XSSFChart chart = chart(sheet, title, col1, row1, col2, row2);
    chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setTitle(categoryTitle);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(valueTitle);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setNumberFormat("0.00");
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(BarGrouping.STACKED);
    data.setGapWidth(40);
    data.setVaryColors(false);
    for (int i = 0; i < series.size(); i++) {
      solidSeries(data, cats, sheet, series.get(i), names.get(i), XDDFColor.from(colours.get(i)));
    }
    chart.plot(data);
    overlapFully(chart);
  }

  /** Adds a series of bars filled with one solid colour, named in the legend. */
  private static void solidSeries(
      XDDFBarChartData data,
      XDDFDataSource<String> cats,
      XSSFSheet sheet,
      CellRangeAddress values,
      String name,
      XDDFColor colour) {
    XDDFBarChartData.Series s =
        (XDDFBarChartData.Series)
            data.addSeries(cats, XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
    s.setTitle(name, null);
    XDDFShapeProperties props = new XDDFShapeProperties();
    props.setFillProperties(new XDDFSolidFillProperties(colour));
    s.setShapeProperties(props);
  }

  /**
   * Stacks the columns on one another: Excel shifts a stacked series without {@code <c:overlap
   * val="100"/>}, whose typed setter needs {@code poi-ooxml-full} (absent from the lite schemas),
   * so the element is written untyped, where the schema wants it: before the axis ids.
   */
  private static void overlapFully(XSSFChart chart) {
    var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
    try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
      cursor.beginElement(
          new QName("http://schemas.openxmlformats.org/drawingml/2006/chart", "overlap"));
      cursor.insertAttributeWithValue("val", "100");
    }
  }

  static void lines(
      XSSFSheet sheet,
      String title,
      String categoryTitle,
      String valueTitle,
      CellRangeAddress categories,
      List<CellRangeAddress> series,
      List<String> names,
      int col1,
      int row1,
      int col2,
      int row2) {
    lines(
        sheet,
        title,
        categoryTitle,
        valueTitle,
        "0%",
        categories,
        series,
        names,
        col1,
        row1,
        col2,
        row2);
  }

  /** Line series over string categories, the value axis in {@code valueFormat} (e.g. #,##0). */
  static void lines(
      XSSFSheet sheet,
      String title,
      String categoryTitle,
      String valueTitle,
      String valueFormat,
      CellRangeAddress categories,
      List<CellRangeAddress> series,
      List<String> names,
      int col1,
      int row1,
      int col2,
      int row2) {
    if (series.isEmpty()) {
      return;
    }
    XSSFChart chart = chart(sheet, title, col1, row1, col2, row2);
    // An immature vintage cell is blank: draw a gap there, not a drop to zero.
    chart
        .getCTChart()
        .addNewDispBlanksAs()
        .setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
    XDDFChartLegend legend = chart.getOrAddLegend();
    legend.setPosition(LegendPosition.RIGHT);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setTitle(categoryTitle);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(valueTitle);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setNumberFormat(valueFormat);
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    data.setVaryColors(false);
    for (int i = 0; i < series.size(); i++) {
      XDDFNumericalDataSource<Double> vals =
          XDDFDataSourcesFactory.fromNumericCellRange(sheet, series.get(i));
      XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(cats, vals);
      s.setTitle(names.get(i), null);
      s.setSmooth(false);
      s.setMarkerStyle(MarkerStyle.NONE);
      XDDFSolidFillProperties fill = new XDDFSolidFillProperties(colour(i));
      XDDFLineProperties line = new XDDFLineProperties(fill);
      line.setWidth(2.0);
      XDDFShapeProperties props = new XDDFShapeProperties();
      props.setFillProperties(fill);
      props.setLineProperties(line);
      s.setShapeProperties(props);
    }
    chart.plot(data);
  }

  /** Green (low) – yellow – red (high) colour scale over a block of ratios. */
  static void colourScale(XSSFSheet sheet, CellRangeAddress range) {
    XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.setNumControlPoints(3);
    scale.getThresholds()[0].setRangeType(RangeType.MIN);
    scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
    scale.getThresholds()[1].setValue(50d);
    scale.getThresholds()[2].setRangeType(RangeType.MAX);
    scale.setColors(
        new XSSFColor[] {
          new XSSFColor(new byte[] {0x63, (byte) 0xbe, 0x7b}, null),
          new XSSFColor(new byte[] {(byte) 0xff, (byte) 0xeb, (byte) 0x84}, null),
          new XSSFColor(new byte[] {(byte) 0xf8, 0x69, 0x6b}, null)
        });
    cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }
}
