package com.riskworkbench.report;

import com.riskworkbench.analysis.BookFacts;
import com.riskworkbench.analysis.PeriodResult;
import com.riskworkbench.analysis.PeriodResult.Figure;
import com.riskworkbench.analysis.PeriodResult.Unit;
import com.riskworkbench.analysis.ReportingMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The Summary's opening table, the period comparison of docs/methodology.md §15.1: every key figure
 * at the as-of month, then for each earlier reporting month its value and the as-of value's change
 * against it — amounts and counts in value and %, ratios in basis points — coloured red for the
 * worse and green for the better. A figure that is not available is a dash with a note under the
 * table, never 0.
 */
final class PeriodTable {
  /** The columns after the as-of month, each with value, change and change %. */
  static final List<ReportingMonth> EARLIER =
      List.of(
          ReportingMonth.PREVIOUS_MONTH,
          ReportingMonth.PREVIOUS_QUARTER_END,
          ReportingMonth.START_OF_YEAR,
          ReportingMonth.YEAR_AGO);

  /** What the pack shows for a figure that is not available. */
  static final String DASH = "—";

  /** Which way a figure moves for the worse, as a risk analyst reads it. */
  enum Direction {
    UP_WORSE,
    UP_BETTER,
    /** Growth or shrinkage of the book is neither good nor bad in itself: not coloured. */
    NEITHER
  }

  private PeriodTable() {}

  static Direction direction(Figure f) {
    return switch (f) {
      case OUTSTANDING, LOANS -> Direction.NEITHER;
      // more NPL, arrears, special mention, 90+ beyond NPL or expected loss per unit: worse
      case NPL_BALANCE, PAR30_RATIO, NPL_RATIO, SPECIAL_MENTION_SHARE, DPD90_TO_NPL, ECL_COVERAGE ->
          Direction.UP_WORSE;
      // more provisions against the NPL and the book: a thicker cushion
      case PROVISION_COVERAGE, PROVISION_TO_LOAN -> Direction.UP_BETTER;
    };
  }

  /** Writes the table and its notes from row {@code r}; returns the row after them. */
  static int write(PackContext c, TableWriter w, int r) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    PeriodResult p = c.period();
    header(c, w, r, p);
    r += 2;
    boolean undefined = false;
    for (Figure f : Figure.values()) {
      w.text(r, 0, l.get("period.figure." + f.key()), s.text);
      undefined |= value(c, w, r, 1, f, p.value(f, ReportingMonth.AS_OF));
      for (int i = 0; i < EARLIER.size(); i++) {
        ReportingMonth m = EARLIER.get(i);
        int col = 2 + 3 * i;
        if (p.figures(m).isEmpty()) {
          for (int k = 0; k < 3; k++) {
            w.text(r, col + k, DASH, s.dash);
          }
          continue;
        }
        undefined |= value(c, w, r, col, f, p.value(f, m));
        double d = p.change(f, m).orElse(0);
        undefined |= change(c, w, r, col + 1, f, p.change(f, m), false, d);
        if (f.unit() == Unit.RATIO) {
          w.text(r, col + 2, "", s.text); // a ratio's change reads in basis points only
        } else {
          undefined |= change(c, w, r, col + 2, f, p.changeShare(f, m), true, d);
        }
      }
      r++;
    }
    w.text(r, 0, l.get("period.provision_basis"), s.text);
    basis(c, w, r, 1, ReportingMonth.AS_OF);
    for (int i = 0; i < EARLIER.size(); i++) {
      basis(c, w, r, 2 + 3 * i, EARLIER.get(i));
      w.text(r, 3 + 3 * i, "", s.text);
      w.text(r, 4 + 3 * i, "", s.text);
    }
    r++;
    for (String note : notes(c, p, undefined)) {
      w.text(r++, 0, note, s.note);
    }
    return r;
  }

  private static void header(PackContext c, TableWriter w, int r, PeriodResult p) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    w.text(r, 0, l.get("summary.metric"), s.header);
    w.text(r + 1, 0, "", s.header);
    merge(w, r, r + 1, 0, 0);
    w.text(r, 1, l.get("period.as_of") + "\n" + p.month(ReportingMonth.AS_OF), s.header);
    w.text(r + 1, 1, l.get("period.value"), s.header);
    for (int i = 0; i < EARLIER.size(); i++) {
      ReportingMonth m = EARLIER.get(i);
      int col = 2 + 3 * i;
      w.text(r, col, l.get("period." + m.column()) + " · " + p.month(m), s.header);
      w.text(r, col + 1, "", s.header);
      w.text(r, col + 2, "", s.header);
      merge(w, r, r, col, col + 2);
      w.text(r + 1, col, l.get("period.value"), s.header);
      w.text(r + 1, col + 1, l.get("period.change"), s.header);
      w.text(r + 1, col + 2, l.get("period.change_pct"), s.header);
    }
    w.row(r).setHeightInPoints(30);
  }

  private static void merge(TableWriter w, int r1, int r2, int c1, int c2) {
    w.sheet().addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
  }

  /** A figure's value in its unit, or a dash; returns whether it was a dash. */
  private static boolean value(
      PackContext c, TableWriter w, int r, int col, Figure f, OptionalDouble v) {
    PackStyles s = c.styles;
    if (v.isEmpty()) {
      w.text(r, col, DASH, s.dash);
      return true;
    }
    XSSFCellStyle style =
        switch (f.unit()) {
          case AMOUNT -> s.amount;
          case COUNT -> s.count;
          case RATIO -> s.ratio;
        };
    w.number(r, col, v.getAsDouble(), style);
    return false;
  }

  /**
   * A change in the figure's unit (basis points for a ratio) or, when {@code share}, in % of the
   * earlier value; coloured by the sign of the change {@code d}; a dash when not available, and
   * then returns true.
   */
  private static boolean change(
      PackContext c,
      TableWriter w,
      int r,
      int col,
      Figure f,
      OptionalDouble v,
      boolean share,
      double d) {
    PackStyles s = c.styles;
    if (v.isEmpty()) {
      w.text(r, col, DASH, s.dash);
      return true;
    }
    XSSFCellStyle style =
        share
            ? s.shareChange
            : switch (f.unit()) {
              case AMOUNT -> s.amountChange;
              case COUNT -> s.countChange;
              case RATIO -> s.basisPoints(c.l.get("period.bp"));
            };
    Direction dir = direction(f);
    if (dir != Direction.NEITHER && Math.abs(d) >= 0.005) {
      boolean worse = (d > 0) == (dir == Direction.UP_WORSE);
      style = worse ? s.worse(style) : s.better(style);
    }
    w.number(r, col, v.getAsDouble(), style);
    return false;
  }

  private static void basis(PackContext c, TableWriter w, int r, int col, ReportingMonth m) {
    var figures = c.period().figures(m);
    if (figures.isEmpty()) {
      w.text(r, col, DASH, c.styles.dash);
      return;
    }
    String basis = figures.get().provisionBasis().name().toLowerCase(Locale.ROOT);
    w.text(r, col, c.l.get("summary.basis." + basis), c.styles.text);
  }

  /** The notes under the table: the months without data, undefined ratios, the colours. */
  private static List<String> notes(PackContext c, PeriodResult p, boolean undefined) {
    PackLabels l = c.l;
    BookFacts book = c.book();
    List<String> notes = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (ReportingMonth m : EARLIER) {
      if (p.figures(m).isEmpty() && !outside.contains(p.month(m).toString())) {
        outside.add(p.month(m).toString());
      }
    }
    if (!outside.isEmpty()) {
      notes.add(
          l.format(
              "period.note.outside",
              String.join(", ", outside),
              book.hasData() ? book.firstMonth().orElseThrow() : DASH,
              book.hasData() ? book.lastMonth().orElseThrow() : DASH));
    }
    if (undefined) {
      notes.add(l.get("period.note.undefined"));
    }
    notes.add(l.get("period.note.colours"));
    return notes;
  }
}
