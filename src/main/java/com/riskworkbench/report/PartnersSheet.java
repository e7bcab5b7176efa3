package com.riskworkbench.report;

import com.riskworkbench.analysis.CoLendingAnalysis.BelowMinimum;
import com.riskworkbench.analysis.CoLendingAnalysis.Partner;
import com.riskworkbench.analysis.CoLendingAnalysis.Rule;
import com.riskworkbench.analysis.CoLendingResult;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.GroupAnalysis;
import com.riskworkbench.analysis.GroupAnalysis.Group;
import com.riskworkbench.analysis.GroupAnalysis.GroupResult;
import com.riskworkbench.analysis.LimitCheck;
import com.riskworkbench.analysis.LorenzAnalysis.LorenzResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The Lorenz curve and Gini coefficient across borrowers and the segments of every dimension, the
 * largest related-party groups against their limit, and the co-lending partners with the three
 * limits, at full balance and at the holder's share (docs/methodology.md §6.6–§6.8).
 */
final class PartnersSheet {
  /** Points of the drawn curve: every 5 % of the units. */
  private static final int CURVE_POINTS = 21;

  /** Loans below the minimum own share listed; the count says how many there are in all. */
  private static final int BELOW_LISTED = 50;

  private PartnersSheet() {}

  static void write(PackContext c) {
    TableWriter w = c.newSheet("partners");
    int r = lorenz(c, w, 3);
    r = groups(c, w, r + 1);
    List<Integer> wrappedRows = new ArrayList<>();
    coLending(c, w, r + 1, wrappedRows);
    w.fitColumns(28);
    w.sheet().setColumnWidth(0, 30 * 256);
    // Only now are the columns as wide as they will be: the rules' rows get the lines they need.
    wrappedRows.forEach(w::fitHeight);
  }

  private static int lorenz(PackContext c, TableWriter w, int r) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    w.text(r++, 0, l.get("partners.lorenz_title"), s.subtitle);
    String[] headers = {"dimension", "units", "gini", "top1pct_share", "top5pct_share"};
    for (int i = 0; i < headers.length; i++) {
      w.text(r, i, l.get(headers[i]), s.header);
    }
    w.text(r, headers.length, l.get("top10pct_share"), s.header);
    w.row(r++).setHeightInPoints(30);
    List<Dimension> dimensions = new ArrayList<>();
    dimensions.add(Dimension.BORROWER);
    dimensions.addAll(PackContext.CONCENTRATION_DIMENSIONS);
    for (Dimension d : dimensions) {
      LorenzResult lr = c.lorenz(d);
      w.text(r, 0, l.get("dimension." + d.cliName()), s.text);
      num(w, s, r, 1, lr.units(), s.count);
      num(w, s, r, 2, lr.gini(), s.decimal);
      num(w, s, r, 3, lr.topShare(1), s.ratio);
      num(w, s, r, 4, lr.topShare(5), s.ratio);
      num(w, s, r++, 5, lr.topShare(10), s.ratio);
    }
    r++;
    LorenzResult borrowers = c.lorenz(Dimension.BORROWER);
    if (borrowers.units() == 0) {
      return r;
    }
    int header = r;
    w.text(r, 0, l.get("population_share"), s.header);
    w.text(r, 1, l.get("exposure_share"), s.header);
    w.text(r, 2, l.get("partners.equality"), s.header);
    w.row(r++).setHeightInPoints(30); // room for two-line headers
    double[][] xy = borrowers.reducedCurve(CURVE_POINTS);
    for (int i = 0; i < xy[0].length; i++) {
      // The category axis takes text: the population share as a label, exactly as computed.
      w.text(r, 0, String.format(java.util.Locale.ROOT, "%.1f%%", xy[0][i] * 100), s.text);
      num(w, s, r, 1, xy[1][i], s.ratio);
      num(w, s, r++, 2, xy[0][i], s.ratio);
    }
    PackCharts.lines(
        w.sheet(),
        l.get("partners.curve_title"),
        l.get("population_share"),
        l.get("exposure_share"),
        new CellRangeAddress(header + 1, r - 1, 0, 0),
        List.of(
            new CellRangeAddress(header + 1, r - 1, 1, 1),
            new CellRangeAddress(header + 1, r - 1, 2, 2)),
        List.of(l.get("partners.curve"), l.get("partners.equality")),
        4,
        header,
        10,
        header + CURVE_POINTS + 1);
    return r;
  }

  private static int groups(PackContext c, TableWriter w, int r) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    GroupResult g = c.groups();
    w.text(r++, 0, l.get("partners.groups_title"), s.subtitle);
    w.text(
        r++,
        0,
        g.limitCents().isPresent()
            ? l.format(
                "partners.groups_limit_note",
                percent(g.limit().netAssetsShare()),
                money(g.netAssetsCents().getAsLong()),
                money(g.limitCents().getAsLong()))
            : l.format("partners.groups_no_net_assets", percent(g.limit().netAssetsShare())),
        s.note);
    if (g.groups().isEmpty()) {
      w.text(r++, 0, l.get("partners.groups_none"), null);
      return r;
    }
    String[] headers = {
      "group",
      "borrowers",
      "loans",
      "exposure",
      "share_of_outstanding",
      "share_of_net_assets",
      "limit",
      "group_check"
    };
    header(w, s, r++, l, headers);
    for (int i = 0; i < g.groups().size(); i++) {
      Group x = g.groups().get(i);
      if (i >= GroupAnalysis.TOP && x.check() != LimitCheck.BREACH) {
        continue;
      }
      w.text(r, 0, x.groupId(), s.text);
      num(w, s, r, 1, x.borrowers(), s.count);
      num(w, s, r, 2, x.loans(), s.count);
      num(w, s, r, 3, x.exposureCents() / 100.0, s.amount);
      num(w, s, r, 4, x.shareOfOutstanding(), s.ratio);
      num(w, s, r, 5, x.shareOfNetAssets(), s.ratio);
      num(
          w,
          s,
          r,
          6,
          g.limitCents().isPresent() ? g.limitCents().getAsLong() / 100.0 : Double.NaN,
          s.amount);
      w.text(r++, 7, check(l, x.check()), s.text);
    }
    return r;
  }

  private static void coLending(PackContext c, TableWriter w, int r, List<Integer> wrappedRows) {
    PackLabels l = c.l;
    PackStyles s = c.styles;
    CoLendingResult co = c.coLending();
    w.text(r++, 0, l.get("partners.co_title"), s.subtitle);
    w.text(
        r++,
        0,
        co.partnerLimitCents().isPresent()
            ? l.format(
                "partners.tier1_note",
                money(co.tier1NetCapitalCents().getAsLong()),
                money(co.partnerLimitCents().getAsLong()))
            : l.get("partners.no_tier1"),
        s.note);
    if (co.partners().isEmpty()) {
      w.text(r++, 0, l.get("partners.co_none"), null);
    } else {
      String[] headers = {
        "partner",
        "loans",
        "balance",
        "own_balance",
        "share_of_outstanding",
        "own_share_of_outstanding",
        "own_share_min",
        "tier1_share",
        "loans_below_min_share",
        "check",
        "check_own"
      };
      header(w, s, r++, l, headers);
      double tier1 =
          co.tier1NetCapitalCents().isPresent()
              ? co.tier1NetCapitalCents().getAsLong()
              : Double.NaN;
      for (Partner p : co.partnersAndTotal()) {
        boolean total = p == co.total();
        w.text(r, 0, total ? l.get("partners.all") : p.partner(), total ? s.label : s.text);
        num(w, s, r, 1, p.loans(), s.count);
        num(w, s, r, 2, p.balanceCents() / 100.0, s.amount);
        num(w, s, r, 3, p.ownBalanceCents() / 100.0, s.amount);
        num(w, s, r, 4, ratio(p.balanceCents(), co.outstandingCents()), s.ratio);
        num(w, s, r, 5, ratio(p.ownBalanceCents(), co.ownOutstandingCents()), s.ratio);
        num(w, s, r, 6, p.minOwnShare(), s.ratio);
        num(w, s, r, 7, p.balanceCents() / tier1, s.ratio);
        num(w, s, r, 8, p.loansBelowMinimum(), s.count);
        w.text(r, 9, check(l, total ? co.totalCheck(false) : co.check(p, false)), s.text);
        w.text(r++, 10, check(l, total ? co.totalCheck(true) : co.check(p, true)), s.text);
      }
    }
    r++;
    header(
        w,
        s,
        r++,
        l,
        new String[] {"rule", "limit_share", "value", "value_own", "check", "check_own"});
    for (Rule rule : co.rules()) {
      w.text(r, 0, l.get("partners.rule." + rule.code()), s.wrapped);
      num(w, s, r, 1, rule.limit(), s.ratio);
      num(w, s, r, 2, rule.value(), s.ratio);
      num(w, s, r, 3, rule.ownValue(), s.ratio);
      w.text(r, 4, check(l, rule.full()), s.text);
      w.text(r, 5, check(l, rule.own()), s.text);
      wrappedRows.add(r++);
    }
    if (co.belowMinimum().isEmpty()) {
      return;
    }
    r++;
    w.text(
        r++,
        0,
        l.format(
            "partners.below_title",
            co.belowMinimum().size(),
            Math.min(BELOW_LISTED, co.belowMinimum().size())),
        s.subtitle);
    header(w, s, r++, l, new String[] {"loan_id", "partner", "balance", "own_share"});
    List<BelowMinimum> largest =
        co.belowMinimum().stream()
            .sorted(
                Comparator.comparingLong(BelowMinimum::balanceCents)
                    .reversed()
                    .thenComparing(BelowMinimum::loanId))
            .limit(BELOW_LISTED)
            .toList();
    for (BelowMinimum b : largest) {
      w.text(r, 0, b.loanId(), s.text);
      w.text(r, 1, b.partner(), s.text);
      num(w, s, r, 2, b.balanceCents() / 100.0, s.amount);
      num(w, s, r++, 3, b.ownShare(), s.ratio);
    }
  }

  private static void header(TableWriter w, PackStyles s, int r, PackLabels l, String[] keys) {
    Stream.iterate(0, i -> i + 1)
        .limit(keys.length)
        .forEach(i -> w.text(r, i, l.get(keys[i]), s.header));
    w.row(r).setHeightInPoints(30); // room for two-line headers
  }

  /** A check in the pack's language; not available is a dash, the note above says why. */
  private static String check(PackLabels l, LimitCheck c) {
    return c == LimitCheck.NOT_AVAILABLE ? "—" : l.get("value." + c.name());
  }

  /** A figure, or a dash where it is not available (the note above the table says why). */
  private static void num(
      TableWriter w, PackStyles s, int r, int c, double value, XSSFCellStyle style) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      w.text(r, c, "—", s.dash);
    } else {
      w.number(r, c, value, style);
    }
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String money(long cents) {
    return String.format(java.util.Locale.ROOT, "%,.2f", cents / 100.0);
  }
}
