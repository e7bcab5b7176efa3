package com.riskworkbench.report;

import com.riskworkbench.analysis.ClassificationChecks;
import com.riskworkbench.analysis.FiveCategory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The Data quality sheet's classification exceptions (docs/methodology.md §15.4): loans booked
 * better than the rule's category by days past due, by count and balance; the deviation (偏离度) of
 * the balance more than 90 and more than 60 days past due over the NPL balance; and the booked ×
 * rule table by count and balance. Without booked categories one line says why.
 */
final class ClassificationSection {
  private ClassificationSection() {}

  /** Writes the section from row {@code r}; returns the row after it. */
  static int write(PackContext c, TableWriter w, int r) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    ClassificationChecks.Result checks = c.classification();
    w.text(
        r++,
        0,
        l.format("cls.title", c.asOf(), c.fiveCategoryName(c.in.params().fiveCategory())),
        s.subtitle);
    w.text(r, 0, l.get("cls.check"), s.header);
    w.text(r, 1, l.get("cls.loans"), s.header);
    w.text(r, 2, l.get("cls.balance"), s.header);
    w.text(r, 3, l.get("cls.ratio"), s.header);
    r++;
    w.text(r, 0, l.get("cls.under_classified"), s.text);
    if (checks.available()) {
      w.number(r, 1, checks.underLoans(), s.count);
      w.number(r, 2, checks.underCents() / 100.0, s.amount);
      var rows = checks.rows();
      w.number(r, 3, rows.doubleColumn("ratio").get(0), s.ratio);
    } else {
      for (int col = 1; col <= 3; col++) {
        w.text(r, col, PeriodTable.DASH, s.dash);
      }
    }
    r++;
    deviation(
        c,
        w,
        r++,
        "cls.deviation_90",
        checks.dpd90Loans(),
        checks.dpd90Cents(),
        checks.deviation90());
    deviation(
        c,
        w,
        r++,
        "cls.deviation_60",
        checks.dpd60Loans(),
        checks.dpd60Cents(),
        checks.deviation60());
    w.text(r++, 0, l.format("cls.npl_balance", money(checks.nplCents())), s.note);
    if (!checks.available()) {
      w.text(r++, 0, l.get("cls.not_available"), s.note);
      return r;
    }
    r++;
    w.text(r++, 0, l.get("cls.table_loans"), s.subtitle);
    r = table(c, w, r, checks, false) + 1;
    w.text(r++, 0, l.get("cls.table_balance"), s.subtitle);
    r = table(c, w, r, checks, true);
    w.text(r++, 0, l.get("cls.table_note"), s.note);
    return r;
  }

  private static void deviation(
      PackContext c, TableWriter w, int r, String key, long loans, long cents, double ratio) {
    PackStyles s = c.styles;
    w.text(r, 0, c.l.get(key), s.text);
    w.number(r, 1, loans, s.count);
    w.number(r, 2, cents / 100.0, s.amount);
    if (Double.isNaN(ratio)) {
      w.text(r, 3, PeriodTable.DASH, s.dash);
    } else {
      // above 100 % the NPL is short of the loans past due: red, as the regulator reads it
      w.number(r, 3, ratio, ratio > 1 ? s.ratioRed : s.ratio);
    }
  }

  /** Booked category (rows) × rule category (columns); under-classified cells tinted red. */
  private static int table(
      PackContext c, TableWriter w, int r, ClassificationChecks.Result checks, boolean balance) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    w.text(r, 0, l.get("cls.booked_rule"), s.header);
    for (FiveCategory rule : FiveCategory.values()) {
      w.text(r, 1 + rule.ordinal(), l.get("value." + rule.name()), s.header);
    }
    w.row(r).setHeightInPoints(30);
    for (FiveCategory booked : FiveCategory.values()) {
      r++;
      w.text(r, 0, l.get("value." + booked.name()), s.text);
      for (FiveCategory rule : FiveCategory.values()) {
        double v = balance ? checks.cents(booked, rule) / 100.0 : checks.loans(booked, rule);
        XSSFCellStyle style = balance ? s.amount : s.count;
        if (booked.ordinal() < rule.ordinal() && v > 0) {
          style = s.worse(style);
        }
        w.number(r, 1 + rule.ordinal(), v, style);
      }
    }
    return r + 1;
  }

  private static String money(long cents) {
    return String.format(java.util.Locale.ROOT, "%,.2f", cents / 100.0);
  }
}
