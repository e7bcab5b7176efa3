package com.riskworkbench.report;

import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.MigrationAnalysis;
import com.riskworkbench.analysis.MigrationAnalysis.Rate;
import com.riskworkbench.analysis.MigrationResult;
import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.analysis.NplWalkResult;
import com.riskworkbench.analysis.ReportingMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The regulator's migration rates (docs/methodology.md §15.2) from the start of the year, the
 * previous quarter end and the previous month to the as-of month, the category × state matrix
 * behind the first by count and by balance, and the NPL walk (§15.3) over the same period as a
 * table and a waterfall chart whose bars add up from the opening to the closing NPL balance.
 */
final class MigrationSheet {
  private MigrationSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    TableWriter w = c.newSheet("migration");
    w.text(2, 0, l.format("mig.caption", c.fiveCategoryName(c.in.params().fiveCategory())), null);
    Optional<Integer> start = c.mainPeriodStart();
    if (start.isEmpty()) {
      w.text(4, 0, l.get("mig.no_period"), s.text);
      w.fitColumns(60);
      return;
    }
    int r = 4;
    MigrationResult main = c.migration(start.get());
    w.text(r++, 0, l.get("mig.rates"), s.subtitle);
    r = rates(c, w, r, main) + 1;
    w.text(r++, 0, l.format("mig.matrix_loans", main.start(), main.end()), s.subtitle);
    r = matrix(c, w, r, main, false) + 1;
    w.text(r++, 0, l.format("mig.matrix_balance", main.start(), main.end()), s.subtitle);
    r = matrix(c, w, r, main, true) + 1;
    // the walk is a question of its own: it starts a page
    w.sheet().setRowBreak(r - 1);
    NplWalkResult walk = c.nplWalk(start.get());
    w.text(r++, 0, l.format("walk.title", walk.start(), walk.end()), s.subtitle);
    walk(c, w, r, walk);
    w.fitColumns(20);
    w.sheet().setColumnWidth(0, 40 * 256);
  }

  /** The five rates: numerator, denominator and rate of the main period, then the other two. */
  private static int rates(PackContext c, TableWriter w, int r, MigrationResult main) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    String period = main.start() + " → " + main.end();
    Map<ReportingMonth, Integer> starts = ReportingMonth.periodStarts(c.book(), c.asOfMonth());
    List<ReportingMonth> others =
        List.of(ReportingMonth.PREVIOUS_QUARTER_END, ReportingMonth.PREVIOUS_MONTH);
    w.text(r, 0, l.get("mig.rate"), s.header);
    w.text(r, 1, l.get("mig.numerator") + "\n" + period, s.header);
    w.text(r, 2, l.get("mig.denominator") + "\n" + period, s.header);
    w.text(r, 3, l.get("mig.rate_value") + "\n" + period, s.header);
    for (int i = 0; i < others.size(); i++) {
      ReportingMonth m = others.get(i);
      w.text(
          r,
          4 + i,
          l.get("period." + m.column()) + "\n" + m.yearMonth(c.asOfMonth()) + " → " + main.end(),
          s.header);
    }
    w.row(r).setHeightInPoints(45);
    boolean undefined = false;
    for (Rate rate : Rate.values()) {
      r++;
      w.text(r, 0, l.get("mig.rate." + rate.name()), s.text);
      w.number(r, 1, main.numeratorCents(rate) / 100.0, s.amount);
      w.number(r, 2, main.denominatorCents(rate) / 100.0, s.amount);
      undefined |= ratio(c, w, r, 3, Optional.of(main), rate);
      for (int i = 0; i < others.size(); i++) {
        Optional<MigrationResult> other =
            Optional.ofNullable(starts.get(others.get(i))).map(c::migration);
        undefined |= ratio(c, w, r, 4 + i, other, rate);
      }
    }
    r++;
    List<String> notes = new ArrayList<>();
    if (main.startMonth() != ReportingMonth.START_OF_YEAR.month(c.asOfMonth())) {
      notes.add(l.format("mig.note.first_month", main.start()));
    }
    for (ReportingMonth m : others) {
      if (!starts.containsKey(m)) {
        notes.add(
            l.format(
                "mig.note.outside", l.get("period." + m.column()), m.yearMonth(c.asOfMonth())));
      }
    }
    if (undefined) {
      notes.add(l.get("mig.note.undefined"));
    }
    for (String note : notes) {
      w.text(r++, 0, note, s.note);
    }
    return r;
  }

  /** A rate as a percentage, or a dash without a period or a denominator; true for a dash. */
  private static boolean ratio(
      PackContext c, TableWriter w, int r, int col, Optional<MigrationResult> m, Rate rate) {
    double v = m.map(x -> x.rate(rate)).orElse(Double.NaN);
    if (Double.isNaN(v)) {
      w.text(r, col, PeriodTable.DASH, c.styles.dash);
      return m.isPresent();
    }
    w.number(r, col, v, c.styles.ratio);
    return false;
  }

  /**
   * Category at the start × state at the end, by loans or by balance at the start, with the row
   * total; moves to a worse category are tinted red.
   */
  private static int matrix(
      PackContext c, TableWriter w, int r, MigrationResult m, boolean balance) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    w.text(r, 0, l.get("mig.from_to"), s.header);
    for (int state = 0; state < MigrationAnalysis.STATES; state++) {
      w.text(r, 1 + state, l.get("value." + MigrationResult.stateName(state)), s.header);
    }
    w.text(r, 1 + MigrationAnalysis.STATES, l.get("mig.total"), s.header);
    w.row(r).setHeightInPoints(30);
    for (FiveCategory from : FiveCategory.values()) {
      r++;
      w.text(r, 0, l.get("value." + from.name()), s.text);
      double total = 0;
      for (int state = 0; state < MigrationAnalysis.STATES; state++) {
        double v = balance ? m.startCents(from, state) / 100.0 : m.loans(from, state);
        total += v;
        var style = balance ? s.amount : s.count;
        boolean worse = state > from.ordinal() && state < MigrationAnalysis.PAID_OFF;
        w.number(r, 1 + state, v, worse && v > 0 ? s.worse(style) : style);
      }
      w.number(r, 1 + MigrationAnalysis.STATES, total, balance ? s.amount : s.count);
    }
    return r + 1;
  }

  /** The walk's table, its identity in words, and the waterfall chart. */
  private static void walk(PackContext c, TableWriter w, int r, NplWalkResult walk) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    int header = r;
    w.text(r, 0, l.get("walk.component"), s.header);
    w.text(r, 1, l.get("walk.amount"), s.header);
    w.text(r, 2, l.get("walk.loans"), s.header);
    w.text(r, 3, l.get("walk.balance_after"), s.header);
    // the chart's series: an invisible base carries each step's bar to where the walk stands
    w.text(r, 5, l.get("walk.chart.base"), s.header);
    w.text(r, 6, l.get("walk.chart.total"), s.header);
    w.text(r, 7, l.get("walk.chart.increase"), s.header);
    w.text(r, 8, l.get("walk.chart.decrease"), s.header);
    w.row(r).setHeightInPoints(30);
    long running = 0;
    StringBuilder identity = new StringBuilder();
    for (Component comp : Component.values()) {
      r++;
      long cents = walk.cents(comp);
      long before = running;
      running = comp == Component.CLOSING ? running : running + comp.sign() * cents;
      w.text(r, 0, l.get("walk." + comp.key()), s.text);
      double signed = comp == Component.CLOSING ? cents : comp.sign() * cents;
      boolean total = comp == Component.OPENING || comp == Component.CLOSING;
      w.number(r, 1, signed / 100.0, total ? s.amount : s.amountChange);
      w.number(r, 2, walk.loans(comp), s.count);
      w.number(r, 3, running / 100.0, s.amount);
      w.number(r, 5, total ? 0 : Math.min(before, running) / 100.0, s.amount);
      w.number(r, 6, total ? cents / 100.0 : 0, s.amount);
      w.number(r, 7, !total && comp.sign() > 0 ? cents / 100.0 : 0, s.amount);
      w.number(r, 8, !total && comp.sign() < 0 ? cents / 100.0 : 0, s.amount);
      if (comp != Component.OPENING) {
        identity.append(comp == Component.CLOSING ? " = " : comp.sign() > 0 ? " + " : " − ");
      }
      identity.append(l.get("walk." + comp.key())).append(' ').append(money(cents));
    }
    int last = r;
    r++;
    w.text(r++, 0, identity.toString(), s.note);
    w.text(r++, 0, l.get("walk.note.chart"), s.note);
    PackCharts.waterfall(
        w.sheet(),
        l.format("walk.chart.title", walk.start(), walk.end()),
        new CellRangeAddress(header + 1, last, 0, 0),
        new CellRangeAddress(header + 1, last, 5, 5),
        List.of(
            new CellRangeAddress(header + 1, last, 6, 6),
            new CellRangeAddress(header + 1, last, 7, 7),
            new CellRangeAddress(header + 1, last, 8, 8)),
        List.of(
            l.get("walk.chart.total"), l.get("walk.chart.increase"), l.get("walk.chart.decrease")),
        0,
        r + 1,
        9,
        r + 22);
  }

  private static String money(long cents) {
    return String.format(Locale.ROOT, "%,.2f", cents / 100.0);
  }
}
