package com.riskworkbench.ui.dashboard;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EarlyWarnings;
import com.riskworkbench.analysis.EarlyWarnings.Indicator;
import com.riskworkbench.analysis.EarlyWarnings.WarningsResult;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SummaryAnalysis;
import com.riskworkbench.analysis.SummaryAnalysis.Snapshot;
import com.riskworkbench.analysis.SummaryAnalysis.SummaryResult;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.dashboard.DashboardViewModel.CategoryRow;
import com.riskworkbench.ui.dashboard.DashboardViewModel.TrendPoint;
import com.riskworkbench.ui.dashboard.DashboardViewModel.WarningTile;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The dashboard's figures, worked out off the FX thread and formatted for {@link
 * DashboardViewModel}: from the loaded book (summary, early warnings, the loans behind each
 * figure), or, while the book loads, from the months a portfolio stored ({@link PortfolioPreview}).
 */
final class DashboardFigures {

  /** Everything the screen shows; {@code trend} is present when it came with the figures. */
  record Figures(
      SummaryResult summary,
      List<CategoryRow> categories,
      List<WarningTile> tiles,
      String currency,
      String subtitle,
      String source,
      Optional<List<TrendPoint>> trend) {}

  private final Formats formats;
  private final Labels labels;
  private final ResourceBundle messages;

  DashboardFigures(ScreenContext context) {
    this.formats = context.formats();
    this.labels = context.labels();
    this.messages = context.messages();
  }

  /** The figures of the loaded book at the scope's month, with the loans behind each. */
  Figures compute(WorkbenchState.Scope s, Analyses.Params params) {
    AnalysisScope scope = s.resolve();
    SummaryResult summary = (SummaryResult) Analyses.run(Analyses.Kind.SUMMARY, scope, params);
    WarningsResult warnings = (WarningsResult) Analyses.run(Analyses.Kind.WARNINGS, scope, params);
    YearMonth asOf = scope.asOf();
    List<WarningTile> tiles =
        tiles(warnings, Optional.of(scope), k -> Optional.empty(), params, asOf);
    return new Figures(
        summary,
        categories(
            summary.asOf(),
            asOf,
            (c, title) -> new LoanSelection(title, summary.loansIn(scope, c), asOf)),
        tiles,
        s.currency(),
        subtitle(
            asOf,
            scope.filter(),
            s.portfolio().overview().name(),
            s.currency(),
            s.portfolio().book().hasBookedCategories(),
            params),
        format("dashboard.sourceMemory", formats.count(s.portfolio().book().rows())),
        Optional.empty());
  }

  /**
   * The figures of a portfolio's month {@code asOf} and its trend from the groups it stored, before
   * (or without) its book: no warnings and no loans behind the figures.
   */
  Figures preview(PortfolioPreview p, YearMonth asOf, Analyses.Params params) {
    // a preview of the latest months only (a database that stored no groups) trends over those
    YearMonth first = p.months().isEmpty() ? asOf : p.months().get(0);
    List<TrendPoint> trend = new ArrayList<>();
    Snapshot before = null;
    Snapshot now = null;
    for (YearMonth m = first; !m.isAfter(asOf); m = m.plusMonths(1)) {
      before = now;
      now =
          SummaryAnalysis.snapshot(
              Months.ordinal(m), p.groupsOf(m), params.buckets(), params.fiveCategory());
      trend.add(
          new TrendPoint(formats.month(m), now.outstandingCents() / 100.0, now.par30Ratio() * 100));
    }
    SummaryResult summary =
        new SummaryResult(
            now, Optional.ofNullable(before), params.fiveCategory(), params.buckets(), Map.of());
    String currency = p.overview().currency();
    return new Figures(
        summary,
        categories(now, asOf, (c, title) -> new LoanSelection(title, new int[0], asOf)),
        List.of(),
        currency,
        subtitle(
            asOf,
            SegmentFilter.NONE,
            p.overview().name(),
            currency,
            p.hasBookedCategories(),
            params),
        p.inDatabase()
            ? format("dashboard.sourceDatabase", formats.count(p.loanMonths()))
            : messages.getString("dashboard.sourceStored"),
        Optional.of(trend));
  }

  /**
   * The figures of a book left in its database, computed there at the month of {@code stored} (its
   * preview's figures): the summary and the early warnings, without the loans behind them.
   */
  Figures inDatabase(
      PortfolioPreview p,
      Figures stored,
      SummaryResult summary,
      WarningsResult warnings,
      Analyses.Params params,
      SegmentFilter filter) {
    YearMonth asOf = Months.of(summary.asOf().month());
    return new Figures(
        summary,
        categories(
            summary.asOf(),
            asOf,
            (c, title) ->
                summary.asOf().categoryLoans()[c.ordinal()] == 0
                    ? new LoanSelection(title, new int[0], asOf)
                    : LoanSelection.inDatabase(
                        title, DatabaseLoans.category(asOf, filter, c, params.fiveCategory()))),
        tiles(
            warnings,
            Optional.empty(),
            i -> inDatabase(i, filter, params, asOf).filter(q -> hasLoans(i, summary.asOf())),
            params,
            asOf),
        stored.currency(),
        filter.isEmpty()
            ? stored.subtitle()
            : subtitle(
                asOf,
                filter,
                p.overview().name(),
                stored.currency(),
                summary.asOf().bookedLoans() > 0,
                params),
        filter.isEmpty()
            ? stored.source()
            : format("dashboard.sourceDatabaseFiltered", formats.count(p.loanMonths())),
        Optional.empty());
  }

  /**
   * True when the figures computed from the loan months agree with the stored ones: the as-of
   * month, and the month before when both have it (a preview may start at the as-of month).
   */
  static boolean agree(SummaryResult computed, SummaryResult stored) {
    Optional<Snapshot> before = stored.previousMonth();
    return same(computed.asOf(), stored.asOf())
        && computed.previousMonth().flatMap(m -> before.map(b -> same(m, b))).orElse(true);
  }

  /** True when two months' figures agree: loans, outstanding, PAR30 and every category. */
  private static boolean same(Snapshot a, Snapshot b) {
    return a.month() == b.month()
        && a.loans() == b.loans()
        && a.outstandingCents() == b.outstandingCents()
        && a.par30Cents() == b.par30Cents()
        && java.util.Arrays.equals(a.categoryLoans(), b.categoryLoans())
        && java.util.Arrays.equals(a.categoryCents(), b.categoryCents());
  }

  private List<CategoryRow> categories(
      Snapshot now, YearMonth asOf, BiFunction<FiveCategory, String, LoanSelection> behind) {
    String month = formats.month(asOf);
    List<CategoryRow> rows = new ArrayList<>();
    for (FiveCategory c : FiveCategory.values()) {
      double share =
          now.outstandingCents() == 0
              ? Double.NaN
              : (double) now.categoryCents()[c.ordinal()] / now.outstandingCents();
      rows.add(
          new CategoryRow(
              c,
              labels.of(c),
              formats.count(now.categoryLoans()[c.ordinal()]),
              formats.amount(now.categoryCents()[c.ordinal()] / 100.0),
              formats.percent(share),
              Double.isNaN(share) ? 0 : share,
              behind.apply(c, format("dashboard.drillTitle", labels.of(c), month))));
    }
    return rows;
  }

  private String subtitle(
      YearMonth asOf,
      SegmentFilter filter,
      String name,
      String currency,
      boolean booked,
      Analyses.Params params) {
    String rule = labels.fiveCategoryRule(params.fiveCategory().name());
    return format(
        "dashboard.subtitle",
        new ScopeText(messages, labels, formats).line(asOf, filter),
        labels.portfolioName(name),
        currency,
        booked ? format("dashboard.booked", rule) : rule);
  }

  /**
   * The early-warning tiles, red first, then amber, then green, each in the analysis' order (what
   * needs attention leads); with the loans behind each when the book's {@code scope} is given.
   */
  List<WarningTile> tiles(
      WarningsResult warnings,
      Optional<AnalysisScope> scope,
      Function<Indicator, Optional<DatabaseLoans.Figure>> queried,
      Analyses.Params params,
      YearMonth asOf) {
    String month = formats.month(asOf);
    List<WarningTile> tiles = new ArrayList<>();
    for (Indicator i : warnings.indicators()) {
      tiles.add(tile(scope, warnings, i, queried, params, month, asOf));
    }
    tiles.sort(java.util.Comparator.comparingInt(t -> attention(t.status())));
    return tiles;
  }

  private WarningTile tile(
      Optional<AnalysisScope> scope,
      WarningsResult warnings,
      Indicator i,
      Function<Indicator, Optional<DatabaseLoans.Figure>> queried,
      Analyses.Params params,
      String month,
      YearMonth asOf) {
    EarlyWarnings.Kind kind = i.kind();
    String name = kind.code();
    String detail = detail(i);
    String title =
        detail.isEmpty() ? labels.indicator(kind) : labels.indicator(kind) + " — " + detail;
    Optional<int[]> behind =
        scope.flatMap(
            sc ->
                warnings.loansBehind(
                    sc, i, params.buckets(), params.fiveCategory(), params.limits()));
    String drillTitle = format("dashboard.drillTitle", title, month);
    Optional<LoanSelection> selection =
        scope.isPresent()
            ? behind.filter(l -> l.length > 0).map(l -> new LoanSelection(drillTitle, l, asOf))
            : queried.apply(i).map(q -> LoanSelection.inDatabase(drillTitle, q));
    return new WarningTile(
        i.dimension().isEmpty()
            ? name
            : name + "-" + i.dimension().replaceAll("[^A-Za-z0-9_]+", "_"),
        title,
        value(kind, i.value()),
        format(
            lowerIsWorse(kind)
                ? "dashboard.thresholdsBelow"
                : kind == EarlyWarnings.Kind.SCORE_PSI
                    ? "dashboard.thresholdsAbove"
                    : "dashboard.thresholds",
            value(kind, i.amber()),
            value(kind, i.red())),
        labels.rule(kind),
        i.status(),
        labels.of(i.status()),
        selection,
        selection
            .map(
                sel ->
                    sel.query().isPresent()
                        ? messages.getString("dashboard.drillPages")
                        : format("dashboard.drillLoans", formats.count(sel.size())))
            .orElse(""));
  }

  /**
   * Without the book, the loans behind PAR30, the NPL ratio, the current-to-1–29 roll rate, a
   * flagged cohort and a PSI cohort come from the database a page at a time; the largest segment,
   * the borrowers over the limit, HHI and the provision ratios list none there.
   */
  private static Optional<DatabaseLoans.Figure> inDatabase(
      Indicator i, SegmentFilter filter, Analyses.Params params, YearMonth asOf) {
    // a cohort's indicator names it first: "2025-01 …"
    Optional<YearMonth> cohort =
        i.dimension().isEmpty()
                || (i.kind() != EarlyWarnings.Kind.COHORT_VS_PREVIOUS_SIX
                    && i.kind() != EarlyWarnings.Kind.SCORE_PSI)
            ? Optional.empty()
            : Optional.of(YearMonth.parse(i.dimension().split(" ")[0]));
    List<String> buckets = params.buckets().labels();
    return switch (i.kind()) {
      case PAR30_RATIO, PAR30_CHANGE -> Optional.of(DatabaseLoans.par30(asOf, filter));
      case NPL_RATIO ->
          Optional.of(DatabaseLoans.nonPerforming(asOf, filter, params.fiveCategory()));
      case CURRENT_ROLL_RATE ->
          Optional.of(
              new DatabaseLoans.RollRateCell(
                  asOf, filter, params.buckets(), 1, buckets.get(0), buckets.get(1), asOf));
      case COHORT_VS_PREVIOUS_SIX -> cohort.map(c -> DatabaseLoans.cohort(asOf, filter, c));
      case SCORE_PSI -> cohort.map(c -> DatabaseLoans.scoredCohort(asOf, filter, c));
      default -> Optional.empty();
    };
  }

  /** Whether a figure drilled in the database has loans behind it. */
  private static boolean hasLoans(Indicator i, Snapshot now) {
    return switch (i.kind()) {
      case NPL_RATIO -> now.nplCents() > 0;
      case PAR30_RATIO, PAR30_CHANGE -> now.par30Cents() > 0;
      case CURRENT_ROLL_RATE -> i.value() > 0;
      default -> true;
    };
  }

  /** The provision ratios are bad when low: amber up to the band's ceiling, red below its floor. */
  private static boolean lowerIsWorse(EarlyWarnings.Kind kind) {
    return kind == EarlyWarnings.Kind.PROVISION_COVERAGE
        || kind == EarlyWarnings.Kind.PROVISION_TO_LOAN;
  }

  private String detail(Indicator i) {
    if (i.dimension().isEmpty()) {
      return "";
    }
    if (lowerIsWorse(i.kind())) {
      // the provisions the ratio is of: held when booked, else ECL-based
      return messages.getString(
          i.dimension().equals("held") ? "dashboard.basisHeld" : "dashboard.basisEcl");
    }
    if (i.kind() == EarlyWarnings.Kind.COHORT_VS_PREVIOUS_SIX) {
      String[] parts = i.dimension().split(" MOB ");
      return parts.length == 2 ? format("dashboard.cohortAt", parts[0], parts[1]) : i.dimension();
    }
    if (i.kind() == EarlyWarnings.Kind.SCORE_PSI) {
      return format("dashboard.psiCohort", i.dimension());
    }
    try {
      return labels.dimension(Dimension.parse(i.dimension()));
    } catch (IllegalArgumentException e) {
      // expected: some indicators name a segment or a cohort here, not a dimension
      return i.dimension();
    }
  }

  private String value(EarlyWarnings.Kind kind, double v) {
    return switch (kind) {
      case PAR30_CHANGE -> formats.points(v);
      case HHI -> formats.decimal(v, 3);
      case SINGLE_BORROWER_BREACHES -> Double.isNaN(v) ? Formats.NONE : formats.count((long) v);
      case COHORT_VS_PREVIOUS_SIX -> Double.isNaN(v) ? Formats.NONE : formats.decimal(v, 2) + "×";
      case SCORE_PSI -> formats.decimal(v, 3);
      case PAR30_RATIO,
              NPL_RATIO,
              CURRENT_ROLL_RATE,
              LARGEST_SEGMENT_SHARE,
              PROVISION_COVERAGE,
              PROVISION_TO_LOAN ->
          formats.percent(v);
    };
  }

  /** The tiles' order: red, amber, green, then those that cannot be computed. */
  private static int attention(EarlyWarnings.Status s) {
    return switch (s) {
      case RED -> 0;
      case AMBER -> 1;
      case GREEN -> 2;
      case NOT_AVAILABLE -> 3;
    };
  }

  private String format(String key, Object... args) {
    return MessageFormat.format(messages.getString(key), args);
  }
}
