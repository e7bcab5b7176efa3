package com.riskworkbench.report;

import com.riskworkbench.analysis.EclAnalysis.EclResult;
import com.riskworkbench.analysis.ProvisionAnalysis.ProvisionResult;
import com.riskworkbench.analysis.ProvisionAnalysis.Rates;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import tech.tablesaw.api.Table;

/**
 * Provisions on the three bases side by side — held (booked), ECL-based and regulatory-rate — with
 * provision coverage and provision-to-loan coloured against the supervisory bands, and ECL by
 * stage. Every figure is read from the analyses' rows as the command line prints them, so the held
 * basis shows its figures as soon as {@code ProvisionAnalysis} has them; until then its cells are a
 * dash and a note says why, never 0.
 */
final class ProvisionsSheet {
  private static final String[] BASES = {"held", "ecl", "regulatory"};

  private ProvisionsSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    ProvisionResult provisions = c.provisions();
    TableWriter w = c.newSheet("provisions");
    Rates rates = provisions.rates();
    w.text(
        2,
        0,
        l.get("prov.caption")
            .replace("{window}", Integer.toString(PackContext.FORWARD_WINDOW))
            .replace("{coverage}", band(rates.coverageFloor(), rates.coverageCeiling(), 0, l))
            .replace("{to_loan}", band(rates.loanFloor(), rates.loanCeiling(), 1, l)),
        null);
    int r = 4;
    w.text(r++, 0, l.get("prov.ratios"), styles.subtitle);
    r = ratios(c, w, r, provisions.rows());
    r += 1;
    w.text(r++, 0, l.get("prov.ecl_by_stage"), styles.subtitle);
    eclByStage(c, w, r, c.ecl());
    w.fitColumns(30);
    w.sheet().setColumnWidth(0, 30 * 256);
  }

  /** The bases as rows, ratios coloured by band; returns the row after the table and its note. */
  private static int ratios(PackContext c, TableWriter w, int r, Table rows) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    String[] headers = {
      "prov.basis",
      "provisions",
      "npl_balance",
      "outstanding",
      "prov.coverage",
      "prov.against_band",
      "prov.to_loan",
      "prov.against_band"
    };
    for (int i = 0; i < headers.length; i++) {
      w.text(r, i, l.get(headers[i]), styles.header);
    }
    w.row(r).setHeightInPoints(30);
    boolean heldMissing = false;
    for (String basis : BASES) {
      r++;
      int row = rowOf(rows, basis);
      double amount = rows.doubleColumn("provisions").getDouble(row);
      w.text(r, 0, l.get("prov.basis." + basis), styles.text);
      w.number(r, 2, rows.doubleColumn("npl_balance").getDouble(row), styles.amount);
      w.number(r, 3, rows.doubleColumn("outstanding").getDouble(row), styles.amount);
      if (Double.isNaN(amount)) {
        // not available: a dash, never 0, with the reason in the note below the table
        heldMissing |= basis.equals("held");
        for (int col : new int[] {1, 4, 5, 6, 7}) {
          w.text(r, col, "—", styles.dash);
        }
        continue;
      }
      w.number(r, 1, amount, styles.amount);
      double coverage = rows.doubleColumn("coverage").getDouble(row);
      double toLoan = rows.doubleColumn("provision_to_loan").getDouble(row);
      ratio(c, w, r, 4, coverage, bandOf(rows, row, 0), "none");
      ratio(c, w, r, 6, toLoan, bandOf(rows, row, 1), "no_outstanding");
    }
    r++;
    if (heldMissing) {
      w.text(r++, 0, l.get("prov.held_note"), null);
    }
    return r;
  }

  /** The coverage or provision-to-loan band of a row: red, amber, green, or empty. */
  private static String bandOf(Table rows, int row, int which) {
    return rows.stringColumn(which == 0 ? "coverage_band" : "provision_to_loan_band").get(row);
  }

  /**
   * A ratio coloured by its band and the band in words beside it, for print in black and white;
   * when not available, a dash and why ({@code prov.band.<why>}).
   */
  private static void ratio(
      PackContext c, TableWriter w, int r, int col, double value, String band, String why) {
    PackStyles s = c.styles;
    if (Double.isNaN(value)) {
      w.text(r, col, "—", s.dash);
      w.text(r, col + 1, c.l.get("prov.band." + why), s.text);
      return;
    }
    XSSFCellStyle style =
        switch (band) {
          case "red" -> s.ratioRed;
          case "amber" -> s.ratioAmber;
          case "green" -> s.ratioGreen;
          default -> s.ratio;
        };
    w.number(r, col, value, style);
    w.text(r, col + 1, c.l.get("prov.band." + band), s.text);
  }

  private static int rowOf(Table rows, String basis) {
    for (int i = 0; i < rows.rowCount(); i++) {
      if (rows.stringColumn("basis").get(i).equals(basis)) {
        return i;
      }
    }
    throw new IllegalStateException("the provisions have no " + basis + " row");
  }

  /** Stages 1, 2, 3 and all: loans, balance, ECL, coverage, average PD and LGD; then the band. */
  private static void eclByStage(PackContext c, TableWriter w, int r, EclResult ecl) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    Table t = ecl.rows();
    String[] headers = {"loans", "balance", "ecl", "coverage_ecl", "avg_pd", "lgd"};
    w.text(r, 0, l.get("prov.stage"), styles.header);
    for (int i = 0; i < headers.length; i++) {
      w.text(r, 1 + i, l.get("prov." + headers[i]), styles.header);
    }
    w.row(r).setHeightInPoints(30);
    for (int i = 0; i < t.rowCount(); i++) {
      r++;
      w.text(r, 0, l.get("prov.stage." + t.stringColumn("stage").get(i)), styles.text);
      w.number(r, 1, t.intColumn("loans").getInt(i), styles.count);
      w.number(r, 2, t.doubleColumn("balance").getDouble(i), styles.amount);
      w.number(r, 3, t.doubleColumn("ecl").getDouble(i), styles.amount);
      w.number(r, 4, t.doubleColumn("coverage").getDouble(i), styles.ratio);
      w.number(r, 5, t.doubleColumn("avg_pd").getDouble(i), styles.ratio);
      w.number(r, 6, t.doubleColumn("lgd").getDouble(i), styles.ratio);
    }
    r += 2;
    w.text(r, 0, l.get("prov.ecl_interval"), styles.header);
    w.text(r, 1, l.get("prov.interval_low"), styles.header);
    w.text(r, 2, l.get("prov.interval_high"), styles.header);
    w.row(r).setHeightInPoints(30);
    r++;
    w.text(r, 0, l.get("prov.stage.ALL"), styles.text);
    double[] interval = ecl.intervalCents();
    if (interval == null) {
      w.text(r, 1, "—", styles.dash);
      w.text(r, 2, "—", styles.dash);
      w.text(r + 1, 0, l.get("prov.no_interval"), null);
    } else {
      w.number(r, 1, interval[0] / 100.0, styles.amount);
      w.number(r, 2, interval[1] / 100.0, styles.amount);
    }
  }

  /** A band as text, e.g. "120 %–150 %" or "1.5 %–2.5 %" (in Chinese "120%–150%"). */
  private static String band(double floor, double ceiling, int decimals, PackLabels l) {
    // Chinese writes the per-cent sign without a space
    String f = "%." + decimals + (l.locale().getLanguage().equals("zh") ? "f%%" : "f %%");
    return String.format(Locale.ROOT, f, floor * 100)
        + "–"
        + String.format(Locale.ROOT, f, ceiling * 100);
  }
}
