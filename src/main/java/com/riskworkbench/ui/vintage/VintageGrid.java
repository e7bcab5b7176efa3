package com.riskworkbench.ui.vintage;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.VintageAnalysis;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.VintageParams.CohortPeriod;
import com.riskworkbench.analysis.VintageParams.Weight;
import com.riskworkbench.analysis.VintageResult;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.vintage.VintageViewModel.GridCell;
import com.riskworkbench.ui.vintage.VintageViewModel.GridRow;
import com.riskworkbench.ui.vintage.VintageViewModel.Measure;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Builds the Vintage grid in the background: runs {@link VintageAnalysis} and turns its cells into
 * the display rows (texts and tooltips) of {@link VintageViewModel}.
 */
final class VintageGrid {
  /** The grid of one scope and setting, ready to show. */
  record Computed(
      VintageResult result,
      Measure measure,
      String currency,
      List<GridRow> rows,
      int mobs,
      double max,
      int hidden,
      String firstMonth) {}

  private final Formats formats;
  private final ResourceBundle messages;

  VintageGrid(Formats formats, ResourceBundle messages) {
    this.formats = formats;
    this.messages = messages;
  }

  Computed compute(WorkbenchState.Scope s, VintageParams params, Measure m, boolean unobserved) {
    VintageResult r = VintageAnalysis.run(s.resolve(), params);
    return of(r, s.portfolio().book().firstMonth(), s.currency(), m, unobserved);
  }

  /** The grid of a book left in its database, computed there at {@code asOf}. */
  Computed inDatabase(
      PortfolioService service,
      PortfolioPreview kept,
      YearMonth asOf,
      Analyses.Params shared,
      SegmentFilter filter,
      VintageParams params,
      Measure m,
      boolean unobserved,
      Progress progress)
      throws PortfolioException {
    Analyses.Params p =
        shared
            .withThreshold(params.threshold())
            .withWeight(params.weight().name().toLowerCase(Locale.ROOT))
            .withCohort(params.cohortPeriod().name().toLowerCase(Locale.ROOT));
    VintageResult r =
        (VintageResult)
            service.analyzeInDatabase(
                kept.overview().location(), Analyses.Kind.VINTAGE, asOf, filter, p, progress);
    return of(r, kept.overview().firstMonth(), kept.overview().currency(), m, unobserved);
  }

  /**
   * The grid of a computed result ({@code firstMonth}: the data's first month, before which a
   * cohort was never seen at its first months on book).
   */
  Computed of(
      VintageResult r,
      Optional<YearMonth> firstMonth,
      String currency,
      Measure m,
      boolean unobserved) {
    VintageParams params = r.params();
    String measureName = text(m.key());
    List<GridRow> out = new ArrayList<>();
    int mobCount = 0;
    double max = 0;
    int hidden = 0;
    YearMonth firstData = firstMonth.orElse(r.asOf());
    int months = params.cohortPeriod() == CohortPeriod.QUARTER ? 3 : 1;
    for (String cohort : r.cohorts()) {
      // A cohort born before the data starts was never seen at its first months on book: its
      // early cells would read 0 % for want of rows (as the committee pack, hidden by default).
      YearMonth born = r.cohortMonth(cohort).orElseThrow().minusMonths(months - 1);
      if (!unobserved && born.isBefore(firstData)) {
        hidden++;
        continue;
      }
      int last = r.maxMob(cohort).orElse(-1);
      mobCount = Math.max(mobCount, last + 1);
      List<GridCell> cells = new ArrayList<>(last + 1);
      int loans = 0;
      long principal = 0;
      for (int k = 0; k <= last; k++) {
        VintageResult.Cell c = r.cell(cohort, k).orElseThrow();
        loans = c.loans();
        principal = c.principalCents();
        GridCell cell =
            m.isNetChargeOff() ? chargeOffCell(r, c, currency) : badCell(c, measureName, currency);
        if (!Double.isNaN(cell.value())) {
          max = Math.max(max, cell.value());
        }
        cells.add(cell);
      }
      out.add(
          new GridRow(
              cohort,
              loans,
              principal,
              formats.count(loans),
              formats.amount(principal / 100.0),
              List.copyOf(cells)));
    }
    return new Computed(
        r, m, currency, List.copyOf(out), mobCount, max, hidden, formats.month(firstData));
  }

  private GridCell badCell(VintageResult.Cell c, String measureName, String currency) {
    String tooltip =
        MessageFormat.format(
            text("vintage.cell.bad"),
            c.cohort(),
            c.mob(),
            measureName,
            formats.count(c.badLoans()),
            formats.count(c.loans()),
            formats.percent(ratio(c.badLoans(), c.loans())),
            formats.money(c.badPrincipalCents(), currency),
            formats.money(c.principalCents(), currency),
            formats.percent(ratio(c.badPrincipalCents(), c.principalCents())));
    return new GridCell(
        c.cohort(),
        c.mob(),
        c.rate(),
        formats.percent(c.rate()),
        tooltip + "\n" + clickHint(c.badLoans()),
        c.badLoans());
  }

  private GridCell chargeOffCell(VintageResult r, VintageResult.Cell c, String currency) {
    int loans = r.chargeOffLoans(c.cohort(), c.mob());
    String tooltip =
        MessageFormat.format(
            text("vintage.cell.netChargeOff"),
            c.cohort(),
            c.mob(),
            formats.money(c.netChargeOffCents(), currency),
            formats.money(c.principalCents(), currency),
            formats.percent(c.netChargeOffRate()),
            formats.count(loans));
    return new GridCell(
        c.cohort(),
        c.mob(),
        c.netChargeOffRate(),
        formats.percent(c.netChargeOffRate()),
        tooltip + "\n" + clickHint(loans),
        loans);
  }

  private String clickHint(int loans) {
    return loans == 0
        ? text("vintage.cell.noLoans")
        : MessageFormat.format(text("vintage.cell.click"), formats.count(loans));
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }

  private String text(String key) {
    return messages.getString(key);
  }

  /** The caption of a grid: its measure, weight, cohorts, month and colour scale. */
  String caption(VintageResult r, Measure m) {
    return MessageFormat.format(
            text(m.isNetChargeOff() ? "vintage.caption.netChargeOff" : "vintage.caption.bad"),
            text(m.key()),
            text(r.params().weight() == Weight.AMOUNT ? "vintage.by.amount" : "vintage.by.count"),
            text(
                r.params().cohortPeriod() == CohortPeriod.MONTH
                    ? "vintage.cohorts.month"
                    : "vintage.cohorts.quarter"),
            formats.month(r.asOf()))
        + " "
        + MessageFormat.format(text("vintage.scale"), formats.percent(m.redAt(), 0));
  }

  /**
   * Of the cohorts shown, the latest {@value VintageViewModel#DEFAULT_CURVES} with {@value
   * VintageViewModel#MATURE_MOB} months on book (or as long as the longest, when none is that old).
   */
  static Set<String> defaultChoice(VintageResult r, List<String> names) {
    int longest = 0;
    for (String c : names) {
      longest = Math.max(longest, r.maxMob(c).orElse(0));
    }
    int need = Math.min(VintageViewModel.MATURE_MOB, longest);
    Set<String> chosen = new HashSet<>();
    for (int i = names.size() - 1; i >= 0 && chosen.size() < VintageViewModel.DEFAULT_CURVES; i--) {
      if (r.maxMob(names.get(i)).orElse(-1) >= need) {
        chosen.add(names.get(i));
      }
    }
    return chosen;
  }
}
