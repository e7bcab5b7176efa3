package com.riskworkbench.report;

import com.riskworkbench.analysis.PsiBand;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.analysis.ScorecardResult.Cohort;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Scorecard monitoring (docs/methodology.md §16) at the default window and threshold: per cohort
 * loans scored, bads, bad rate, KS, AUC, Gini and PSI with its band (the PSI and band cells filled
 * green, amber or red); a KS/AUC line chart and a PSI bar chart coloured by band; the baseline, its
 * decile cut points and bad rate by decile beside the latest measured cohort's; and the bad rate by
 * decile of every cohort past the window.
 */
final class ModelSheet {
  /** The columns the charts read: KS and AUC (blank where undefined), then PSI by band. */
  private static final int CHART_COLUMN = 11;

  private static final List<byte[]> BAND_COLOURS =
      List.of(
          new byte[] {0x63, (byte) 0xbe, 0x7b},
          new byte[] {(byte) 0xf2, (byte) 0xb1, 0x34},
          new byte[] {(byte) 0xe0, 0x4b, 0x4b});

  private ModelSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    ScorecardResult r = c.scorecard();
    TableWriter w = c.newSheet("model");
    w.text(2, 0, l.format("model.caption", r.params().mob(), r.params().threshold()), null);
    if (r.cohorts().isEmpty()) {
      w.text(4, 0, l.get("model.no_scores"), s.text);
      w.fitColumns(60);
      return;
    }
    // As the Vintage sheet, cohorts originated before the first month of data are left out: they
    // hold only the loans still on book when the data begins (methodology §16.3).
    YearMonth firstData = c.book().firstMonth().orElse(r.asOf());
    List<Cohort> shown = r.cohorts().stream().filter(x -> !x.month().isBefore(firstData)).toList();
    int r0 = 4;
    w.text(r0, 0, l.get("model.cohorts"), s.subtitle);
    int header = r0 + 1;
    int last = cohortTable(c, w, header, shown);
    int row = last + 1;
    if (shown.size() < r.cohorts().size()) {
      w.text(
          row++,
          0,
          l.format("model.note.early", r.cohorts().size() - shown.size(), firstData),
          s.note);
    }
    w.text(row++, 0, l.format("model.note.immature", r.params().mob(), r.asOf()), s.note);
    w.text(row++, 0, l.get("model.note.undefined"), s.note);
    w.text(row++, 0, l.get("model.note.bands"), s.note);
    // the charts and the deciles each start a page
    w.sheet().setRowBreak(row);
    if (last > header) {
      charts(c, w, header, last, row + 1);
    }
    int deciles = row + 1 + 2 * CHART_ROWS + 2;
    w.sheet().setRowBreak(deciles - 1);
    deciles(c, w, deciles, r, shown);
    // one width for the figures, whichever table a column holds
    w.sheet().setColumnWidth(0, 12 * 256);
    for (int col = 1; col <= CHART_COLUMN + 4; col++) {
      w.sheet().setColumnWidth(col, 12 * 256);
    }
  }

  private static final int CHART_ROWS = 20;

  /** The per-cohort table from {@code header}; returns its last row. */
  private static int cohortTable(PackContext c, TableWriter w, int header, List<Cohort> cohorts) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    XSSFCellStyle stat = s.statistic();
    List<String> titles =
        List.of(
            "model.col.cohort",
            "model.col.baseline",
            "model.col.loans",
            "model.col.bads",
            "model.col.bad_rate",
            "model.col.ks",
            "model.col.auc",
            "model.col.gini",
            "model.col.psi",
            "model.col.band");
    for (int i = 0; i < titles.size(); i++) {
      w.text(header, i, l.get(titles.get(i)), s.header);
    }
    w.text(header, CHART_COLUMN, l.get("model.col.ks"), s.header);
    w.text(header, CHART_COLUMN + 1, l.get("model.col.auc"), s.header);
    for (PsiBand b : PsiBand.values()) {
      w.text(header, CHART_COLUMN + 2 + b.ordinal(), bandRange(l, b), s.header);
    }
    w.row(header).setHeightInPoints(45);
    int row = header;
    for (Cohort co : cohorts) {
      row++;
      w.text(row, 0, co.cohort(), s.text);
      w.text(row, 1, co.baseline() ? l.get("model.in_baseline") : "", s.text);
      w.number(row, 2, co.loansScored(), s.count);
      figure(c, w, row, 3, co.mature() ? co.bads() : Double.NaN, s.count);
      figure(c, w, row, 4, co.badRate(), s.ratio);
      figure(c, w, row, 5, co.ks(), stat);
      figure(c, w, row, 6, co.auc(), stat);
      figure(c, w, row, 7, co.gini(), stat);
      w.number(row, 8, co.psi(), tint(s, stat, co.band()));
      w.text(row, 9, bandName(l, co.band()), tint(s, s.text, co.band()));
      w.number(row, CHART_COLUMN, co.ks(), stat);
      w.number(row, CHART_COLUMN + 1, co.auc(), stat);
      for (PsiBand b : PsiBand.values()) {
        w.number(row, CHART_COLUMN + 2 + b.ordinal(), b == co.band() ? co.psi() : 0, stat);
      }
    }
    return row;
  }

  /** A number, or a centred dash where it is undefined (the notes under the table say why). */
  private static void figure(
      PackContext c, TableWriter w, int row, int col, double v, XSSFCellStyle style) {
    if (Double.isNaN(v)) {
      w.text(row, col, PeriodTable.DASH, c.styles.dash);
    } else {
      w.number(row, col, v, style);
    }
  }

  private static XSSFCellStyle tint(PackStyles s, XSSFCellStyle base, PsiBand band) {
    return switch (band) {
      case STABLE -> s.better(base);
      case WATCH -> s.watch(base);
      case SHIFTED -> s.worse(base);
    };
  }

  private static void charts(PackContext c, TableWriter w, int header, int last, int top) {
    PackLabels l = c.l;
    CellRangeAddress cohorts = new CellRangeAddress(header + 1, last, 0, 0);
    PackCharts.lines(
        w.sheet(),
        l.get("model.chart.trend"),
        l.get("model.col.cohort"),
        l.get("model.chart.trend_axis"),
        "0.00",
        cohorts,
        List.of(
            new CellRangeAddress(header + 1, last, CHART_COLUMN, CHART_COLUMN),
            new CellRangeAddress(header + 1, last, CHART_COLUMN + 1, CHART_COLUMN + 1)),
        List.of(l.get("model.col.ks"), l.get("model.col.auc")),
        0,
        top,
        10,
        top + CHART_ROWS);
    List<CellRangeAddress> bands = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (PsiBand b : PsiBand.values()) {
      int col = CHART_COLUMN + 2 + b.ordinal();
      bands.add(new CellRangeAddress(header + 1, last, col, col));
      names.add(bandRange(l, b));
    }
    PackCharts.stackedBars(
        w.sheet(),
        l.get("model.chart.psi"),
        l.get("model.col.cohort"),
        l.get("model.col.psi"),
        cohorts,
        bands,
        names,
        BAND_COLOURS,
        0,
        top + CHART_ROWS + 1,
        10,
        top + 2 * CHART_ROWS + 1);
  }

  /**
   * The baseline's cohorts and decile cut points, its share and bad rate by decile beside the
   * latest measured cohort's, then the bad rate by decile of every cohort past the window.
   */
  private static void deciles(
      PackContext c, TableWriter w, int row, ScorecardResult r, List<Cohort> shown) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    List<String> base = r.baselineCohorts();
    int baseLoans = r.baseline().loans().stream().mapToInt(Integer::intValue).sum();
    w.text(row++, 0, l.get("model.baseline_title"), s.subtitle);
    w.text(row++, 0, l.format("model.baseline_cohorts", String.join(", ", base), baseLoans), null);
    Optional<Cohort> latest = r.latestMeasured();
    int header = row;
    w.text(header, 0, l.get("model.col.decile"), s.header);
    w.text(header, 1, l.get("model.col.scores"), s.header);
    w.text(header, 2, l.get("model.col.cut"), s.header);
    w.text(header, 3, l.get("model.col.baseline_share"), s.header);
    w.text(header, 4, l.get("model.col.baseline_bad_rate"), s.header);
    String name = latest.map(Cohort::cohort).orElse(PeriodTable.DASH);
    w.text(header, 5, l.format("model.col.cohort_share", name), s.header);
    w.text(header, 6, l.format("model.col.cohort_bad_rate", name), s.header);
    w.row(header).setHeightInPoints(45);
    List<Integer> cuts = r.cutPoints();
    for (int d = 0; d < ScorecardResult.DECILES; d++) {
      row++;
      w.number(row, 0, d + 1, s.count);
      w.text(row, 1, scores(l, cuts, d), s.text);
      if (d < cuts.size()) {
        w.number(row, 2, cuts.get(d), s.count);
      } else {
        w.text(row, 2, PeriodTable.DASH, s.dash);
      }
      w.number(row, 3, r.baseline().shares().get(d), s.ratio);
      figure(c, w, row, 4, r.baseline().badRates().get(d), s.ratio);
      if (latest.isPresent()) {
        w.number(row, 5, latest.get().deciles().shares().get(d), s.ratio);
        figure(c, w, row, 6, latest.get().deciles().badRates().get(d), s.ratio);
      } else {
        w.text(row, 5, PeriodTable.DASH, s.dash);
        w.text(row, 6, PeriodTable.DASH, s.dash);
      }
    }
    row++;
    w.text(row++, 0, l.get("model.note.cut"), s.note);
    row++;

    // Bad rate by decile of every cohort past the window, oldest first, with a colour scale.
    w.text(row++, 0, l.get("model.grid_title"), s.subtitle);
    int gridHeader = row;
    w.text(gridHeader, 0, l.get("model.col.cohort"), s.header);
    w.text(gridHeader, 1, l.get("model.col.loans"), s.header);
    for (int d = 0; d < ScorecardResult.DECILES; d++) {
      w.text(gridHeader, 2 + d, l.format("model.col.decile_n", d + 1), s.header);
    }
    int first = gridHeader + 1;
    for (Cohort co : shown) {
      if (!co.mature()) {
        continue;
      }
      row++;
      w.text(row, 0, co.cohort(), s.text);
      w.number(row, 1, co.loansScored(), s.count);
      for (int d = 0; d < ScorecardResult.DECILES; d++) {
        w.number(row, 2 + d, co.deciles().badRates().get(d), s.ratio);
      }
    }
    if (row >= first) {
      PackCharts.colourScale(
          w.sheet(), new CellRangeAddress(first, row, 2, 1 + ScorecardResult.DECILES));
    }
    w.text(row + 1, 0, l.get("model.note.grid"), s.note);
  }

  private static String scores(PackLabels l, List<Integer> cuts, int d) {
    if (d == 0) {
      return l.format("model.scores.up_to", cuts.get(0));
    }
    if (d == cuts.size()) {
      return l.format("model.scores.above", cuts.get(d - 1));
    }
    return l.format("model.scores.between", cuts.get(d - 1), cuts.get(d));
  }

  static String bandName(PackLabels l, PsiBand b) {
    return switch (b) {
      case STABLE -> l.get("model.band.stable");
      case WATCH -> l.get("model.band.watch");
      case SHIFTED -> l.get("model.band.shifted");
    };
  }

  private static String bandRange(PackLabels l, PsiBand b) {
    return switch (b) {
      case STABLE -> l.get("model.band.stable_range");
      case WATCH -> l.get("model.band.watch_range");
      case SHIFTED -> l.get("model.band.shifted_range");
    };
  }
}
