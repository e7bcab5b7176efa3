package com.riskworkbench.ui.provisions;

import com.riskworkbench.analysis.BacktestAnalysis.BacktestResult;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EclAnalysis.EclResult;
import com.riskworkbench.analysis.ForecastAnalysis.ForecastResult;
import com.riskworkbench.analysis.PdAnalysis.PdResult;
import com.riskworkbench.analysis.ProvisionAnalysis.ProvisionResult;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import tech.tablesaw.api.Table;

/**
 * The texts and points of the Provisions &amp; forecast screen, made from the analyses' results on
 * a background thread; the view only binds them.
 */
final class ProvisionsRows {
  private ProvisionsRows() {}

  /** One basis of provisions (held, ECL, regulatory) with its two ratios and their bands. */
  record BasisRow(
      String basis,
      String provisions,
      String coverage,
      String provisionToLoan,
      String coverageBand,
      String loanBand,
      String note) {}

  /** A headline ratio against its supervisory band: value, band text, colour (red/amber/green). */
  record Tile(String value, String band, String colour, String note) {
    static final Tile NONE = new Tile(Formats.NONE, "", "", "");
  }

  /** One stage with its ECL; {@code stage} 1, 2, 3, or 0 for the total. */
  record StageRow(
      int stage,
      String name,
      String loans,
      String balance,
      String ecl,
      String coverage,
      String averagePd,
      boolean drillable) {}

  /**
   * One segment of a dimension with its ECL: {@code key} the segment's value, {@code code} its code
   * in the loaded book's keys (-1 without a loaded book).
   */
  record SegmentRow(
      int code,
      String key,
      String segment,
      String loans,
      String balance,
      String ecl,
      String coverage,
      String averagePd) {}

  /** A named series of (x, y) points for a chart. */
  record Series(String name, List<Point> points) {}

  record Point(String x, double y, String tooltip) {}

  /** One month of the backtest: forecast and actual charged-off balance. */
  record BacktestRow(String month, String forecast, String actual, String ratio) {}

  static List<BasisRow> bases(ProvisionResult r, Formats f, ResourceBundle m) {
    Table t = r.rows();
    List<BasisRow> rows = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      String basis = t.stringColumn("basis").get(i);
      double provisions = t.doubleColumn("provisions").getDouble(i);
      boolean known = !Double.isNaN(provisions);
      rows.add(
          new BasisRow(
              text(m, basisKey(basis)),
              known ? f.amount(provisions) : Formats.NONE,
              percentOrDash(t.doubleColumn("coverage").getDouble(i), f),
              percentOrDash(t.doubleColumn("provision_to_loan").getDouble(i), f),
              band(t.stringColumn("coverage_band").get(i), m),
              band(t.stringColumn("provision_to_loan_band").get(i), m),
              known ? "" : text(m, "provisions.basis.held.missing")));
    }
    return rows;
  }

  /**
   * The headline tiles: the held basis when the portfolio books provisions, else the ECL basis; the
   * note says which.
   */
  static Tile[] tiles(ProvisionResult r, Formats f, ResourceBundle m) {
    Table t = r.rows();
    int row = 0;
    if (Double.isNaN(t.doubleColumn("provisions").getDouble(0))) {
      row = 1; // held is not available: ECL-based provisions stand in
    }
    String basis = text(m, basisKey(t.stringColumn("basis").get(row)));
    String note = MessageFormat.format(text(m, "provisions.tile.basis"), basis);
    var rates = r.rates();
    return new Tile[] {
      new Tile(
          percentOrDash(t.doubleColumn("coverage").getDouble(row), f),
          MessageFormat.format(
              text(m, "provisions.tile.band"),
              f.percent(rates.coverageFloor(), 0),
              f.percent(rates.coverageCeiling(), 0)),
          t.stringColumn("coverage_band").get(row),
          note),
      new Tile(
          percentOrDash(t.doubleColumn("provision_to_loan").getDouble(row), f),
          MessageFormat.format(
              text(m, "provisions.tile.band"),
              f.percent(rates.loanFloor(), 1),
              f.percent(rates.loanCeiling(), 1)),
          t.stringColumn("provision_to_loan_band").get(row),
          note)
    };
  }

  static List<StageRow> stages(EclResult r, Formats f, ResourceBundle m) {
    Table t = r.rows();
    List<StageRow> rows = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      String code = t.stringColumn("stage").get(i);
      int stage = code.equals("ALL") ? 0 : Integer.parseInt(code);
      int loans = t.intColumn("loans").getInt(i);
      rows.add(
          new StageRow(
              stage,
              text(m, stageKey(stage)),
              f.count(loans),
              f.amount(t.doubleColumn("balance").getDouble(i)),
              f.amount(t.doubleColumn("ecl").getDouble(i)),
              percentOrDash(t.doubleColumn("coverage").getDouble(i), f),
              percentOrDash(t.doubleColumn("avg_pd").getDouble(i), f),
              stage > 0 && loans > 0));
    }
    return rows;
  }

  /** ECL by segment, largest balance first; each row keeps its segment's code for the drill. */
  static List<SegmentRow> segments(
      EclResult r, List<String> codes, Dimension d, Labels labels, Formats f) {
    Table t = r.bySegment();
    List<SegmentRow> rows = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      String segment = t.stringColumn("segment").get(i);
      rows.add(
          new SegmentRow(
              codes.indexOf(segment),
              segment,
              labels.segment(d, segment),
              f.count(t.intColumn("loans").getInt(i)),
              f.amount(t.doubleColumn("balance").getDouble(i)),
              f.amount(t.doubleColumn("ecl").getDouble(i)),
              percentOrDash(t.doubleColumn("coverage").getDouble(i), f),
              percentOrDash(t.doubleColumn("avg_pd").getDouble(i), f)));
    }
    return rows;
  }

  /** The ECL's bootstrap interval in words, or empty when it was not drawn. */
  static String eclInterval(EclResult r, Formats f, ResourceBundle m) {
    double[] i = r.intervalCents();
    return i == null
        ? ""
        : MessageFormat.format(
            text(m, "provisions.ecl.interval"), f.amount(i[0] / 100), f.amount(i[1] / 100));
  }

  /** Cumulative PD by horizon, one series per starting state that has loans. */
  static List<Series> pdCurves(PdResult r, Labels labels, Formats f) {
    Table t = r.rows();
    Map<String, List<Point>> byState = new LinkedHashMap<>();
    for (int i = 0; i < t.rowCount(); i++) {
      double pd = t.doubleColumn("pd").getDouble(i);
      if (Double.isNaN(pd)) {
        continue;
      }
      String state = t.stringColumn("from_state").get(i);
      String k = Integer.toString(t.intColumn("horizon").getInt(i));
      byState
          .computeIfAbsent(state, s -> new ArrayList<>())
          .add(new Point(k, pd * 100, labels.state(state) + " · " + k + " · " + f.percent(pd)));
    }
    List<Series> series = new ArrayList<>();
    byState.forEach((s, points) -> series.add(new Series(labels.state(s), points)));
    return series;
  }

  /**
   * Forecast balances by state and month (in the unit of {@code unit} cents), paid-off balances
   * left out: they would dwarf what is still at risk.
   */
  static List<Series> forecastAreas(ForecastResult r, Labels labels, Formats f, double unit) {
    Table t = r.rows();
    Map<String, List<Point>> byState = new LinkedHashMap<>();
    for (int i = 0; i < t.rowCount(); i++) {
      String state = t.stringColumn("state").get(i);
      if (state.equals("PAID_OFF")) {
        continue;
      }
      double balance = t.doubleColumn("balance").getDouble(i);
      String k = Integer.toString(t.intColumn("month").getInt(i));
      byState
          .computeIfAbsent(state, s -> new ArrayList<>())
          .add(
              new Point(
                  k,
                  balance * 100 / unit,
                  labels.state(state) + " · " + k + " · " + f.amount(balance)));
    }
    List<Series> series = new ArrayList<>();
    byState.forEach((s, points) -> series.add(new Series(labels.state(s), points)));
    return series;
  }

  /** "Cumulative net loss CNY 1.2 m (0.56 % of the book) · 90 % band 1.0 m – 1.4 m". */
  static String forecastSummary(ForecastResult r, String currency, Formats f, ResourceBundle m) {
    Map<String, Object> x = r.extras();
    String text =
        MessageFormat.format(
            text(m, "provisions.forecast.summary"),
            currency + " " + f.amount(number(x, "cumulative_net_loss")),
            f.percent(number(x, "loss_rate")),
            r.horizon());
    if (x.containsKey("cumulative_loss_low")) {
      text +=
          " · "
              + MessageFormat.format(
                  text(m, "provisions.forecast.band"),
                  f.amount(number(x, "cumulative_loss_low")),
                  f.amount(number(x, "cumulative_loss_high")));
    }
    return text;
  }

  static List<BacktestRow> backtest(BacktestResult r, Formats f) {
    Table t = r.rows();
    List<BacktestRow> rows = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      rows.add(
          new BacktestRow(
              t.stringColumn("month").get(i),
              f.amount(t.doubleColumn("forecast_balance").getDouble(i)),
              f.amount(t.doubleColumn("actual_balance").getDouble(i)),
              percentOrDash(t.doubleColumn("ratio").getDouble(i), f)));
    }
    return rows;
  }

  /** Forecast and actual charged-off balance by month, as two bar series in {@code unit} cents. */
  static List<Series> backtestBars(BacktestResult r, Formats f, ResourceBundle m, double unit) {
    Table t = r.rows();
    List<Point> forecast = new ArrayList<>();
    List<Point> actual = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      String month = t.stringColumn("month").get(i);
      double fc = t.doubleColumn("forecast_balance").getDouble(i);
      double ac = t.doubleColumn("actual_balance").getDouble(i);
      forecast.add(new Point(month, fc * 100 / unit, month + " · " + f.amount(fc)));
      actual.add(new Point(month, ac * 100 / unit, month + " · " + f.amount(ac)));
    }
    return List.of(
        new Series(text(m, "provisions.backtest.forecast"), forecast),
        new Series(text(m, "provisions.backtest.actual"), actual));
  }

  private static double number(Map<String, Object> extras, String key) {
    Object v = extras.get(key);
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static String band(String colour, ResourceBundle m) {
    if (colour == null || colour.isEmpty()) {
      return Formats.NONE;
    }
    return text(
        m,
        switch (colour) {
          case "red" -> "provisions.band.red";
          case "amber" -> "provisions.band.amber";
          default -> "provisions.band.green";
        });
  }

  private static String basisKey(String basis) {
    return switch (basis) {
      case "held" -> "provisions.basis.held";
      case "ecl" -> "provisions.basis.ecl";
      default -> "provisions.basis.regulatory";
    };
  }

  private static String stageKey(int stage) {
    return switch (stage) {
      case 1 -> "provisions.stage.1";
      case 2 -> "provisions.stage.2";
      case 3 -> "provisions.stage.3";
      default -> "provisions.stage.0";
    };
  }

  private static String percentOrDash(double ratio, Formats f) {
    return Double.isNaN(ratio) ? Formats.NONE : f.percent(ratio);
  }

  private static String text(ResourceBundle m, String key) {
    return m.getString(key);
  }
}
