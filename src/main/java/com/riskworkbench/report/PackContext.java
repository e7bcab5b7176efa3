package com.riskworkbench.report;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.BacktestAnalysis.BacktestResult;
import com.riskworkbench.analysis.BookFacts;
import com.riskworkbench.analysis.ClassificationChecks;
import com.riskworkbench.analysis.CoLendingResult;
import com.riskworkbench.analysis.CollectionsResult;
import com.riskworkbench.analysis.ConcentrationAnalysis.ConcentrationResult;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EarlyWarnings;
import com.riskworkbench.analysis.EclAnalysis.EclResult;
import com.riskworkbench.analysis.FlowRateResult;
import com.riskworkbench.analysis.ForecastAnalysis.ForecastResult;
import com.riskworkbench.analysis.FraudResult;
import com.riskworkbench.analysis.GroupAnalysis;
import com.riskworkbench.analysis.LorenzAnalysis.LorenzResult;
import com.riskworkbench.analysis.MigrationResult;
import com.riskworkbench.analysis.NplWalkResult;
import com.riskworkbench.analysis.PeriodResult;
import com.riskworkbench.analysis.ProvisionAnalysis.ProvisionResult;
import com.riskworkbench.analysis.ReportingMonth;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SummaryAnalysis.SummaryResult;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.VintageResult;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the sheets of one pack share: the workbook and its styles, the labels, the inputs, the
 * analyses' results and the page layout every sheet has.
 *
 * <p>Each analysis runs the first time a sheet asks for it, not all up front: the progress shown
 * then names the sheet whose figures take the time, and a cancelled export skips the analyses of
 * the sheets it never reaches.
 */
final class PackContext {
  static final List<Dimension> CONCENTRATION_DIMENSIONS =
      List.of(
          Dimension.PRODUCT,
          Dimension.CHANNEL,
          Dimension.REGION,
          Dimension.INDUSTRY,
          Dimension.RISK_GRADE,
          Dimension.BORROWER_TYPE,
          Dimension.AGE_BAND,
          Dimension.FUNDING_PARTNER,
          Dimension.GROUP);
  static final int ROLL_WINDOW = 6;

  /** Months of transitions behind the ECL, provisions, forecast and backtest matrices (§14). */
  static final int FORWARD_WINDOW = 12;

  final PackInputs in;
  final PackLabels l;
  final XSSFWorkbook wb;
  final PackStyles styles;

  private final Once<SummaryResult> summary =
      new Once<>(() -> (SummaryResult) run(Analyses.Kind.SUMMARY, params()));
  private final Once<EarlyWarnings.WarningsResult> warnings =
      new Once<>(() -> (EarlyWarnings.WarningsResult) run(Analyses.Kind.WARNINGS, params()));
  private final Map<Dimension, ConcentrationResult> concentration = new EnumMap<>(Dimension.class);
  private final Map<Dimension, LorenzResult> lorenz = new EnumMap<>(Dimension.class);
  private final Once<GroupAnalysis.GroupResult> groups =
      new Once<>(() -> (GroupAnalysis.GroupResult) run(Analyses.Kind.GROUPS, params()));
  private final Once<CoLendingResult> coLending =
      new Once<>(() -> (CoLendingResult) run(Analyses.Kind.CO_LENDING, params()));
  private final Once<VintageResult> vintage =
      new Once<>(
          () ->
              (VintageResult)
                  run(
                      Analyses.Kind.VINTAGE,
                      params()
                          .withThreshold(VintageParams.DEFAULT.threshold())
                          .withWeight("amount")
                          .withCohort("month")));
  private final Once<RollRateResult> roll = new Once<>(() -> rollRate(ROLL_WINDOW));
  private final Once<FlowRateResult> flow =
      // the flow rates' default window is every month of the data
      new Once<>(
          () ->
              (FlowRateResult) run(Analyses.Kind.FLOW_RATE, params().withWindow(Optional.empty())));
  private final Once<CollectionsResult> collections =
      new Once<>(() -> (CollectionsResult) run(Analyses.Kind.COLLECTIONS, params()));
  private final Once<FraudResult> fraud =
      new Once<>(() -> (FraudResult) run(Analyses.Kind.FRAUD, params()));
  private final Once<RollRateResult> rollAllMonths = new Once<>(() -> rollRate(monthsOfData()));
  private final Once<ProvisionResult> provisions =
      new Once<>(() -> (ProvisionResult) run(Analyses.Kind.PROVISIONS, forward()));
  private final Once<EclResult> ecl =
      new Once<>(() -> (EclResult) run(Analyses.Kind.ECL, forward().withScenario(Scenario.BASE)));
  private final Map<Scenario, ForecastResult> forecasts = new HashMap<>();
  private final Once<Optional<BacktestResult>> backtest = new Once<>(this::runBacktest);
  private final Once<PeriodResult> period =
      new Once<>(() -> (PeriodResult) run(Analyses.Kind.PERIOD, forward()));
  private final Once<ClassificationChecks.Result> classification =
      new Once<>(() -> (ClassificationChecks.Result) run(Analyses.Kind.CLASSIFICATION, params()));
  private final Once<ScorecardResult> scorecard =
      new Once<>(() -> (ScorecardResult) run(Analyses.Kind.SCORECARD, params()));
  private final Map<Integer, MigrationResult> migrations = new HashMap<>();
  private final Map<Integer, NplWalkResult> walks = new HashMap<>();

  PackContext(PackInputs in, XSSFWorkbook wb) {
    this.in = in;
    this.l = in.labels();
    this.wb = wb;
    this.styles = new PackStyles(wb);
  }

  /** The analysed book's name, currency and months. */
  BookFacts book() {
    return in.analyses().book();
  }

  YearMonth asOf() {
    return in.analyses().asOf();
  }

  /** The as-of month as an ordinal. */
  int asOfMonth() {
    return in.analyses().asOfMonth();
  }

  SegmentFilter filter() {
    return in.analyses().filter();
  }

  private AnalysisResult run(Analyses.Kind kind, Analyses.Params p) {
    return in.analyses().run(kind, p);
  }

  /** Months from the first month of the data to the as-of month: a window over all of them. */
  private int monthsOfData() {
    return book().hasData() ? Math.max(1, asOfMonth() - book().firstMonthOrdinal() + 1) : 1;
  }

  private RollRateResult rollRate(int window) {
    return (RollRateResult) run(Analyses.Kind.ROLL_RATE, params().withWindow(Optional.of(window)));
  }

  // Through methods rather than the field: the results' initialisers run before the constructor
  // assigns it, and only their lambdas, called later, may read it.
  private Analyses.Params params() {
    return in.params();
  }

  /** The parameters with the forward-looking window, which the sheets state. */
  private Analyses.Params forward() {
    return params().withWindow(Optional.of(FORWARD_WINDOW));
  }

  SummaryResult summary() {
    return summary.get();
  }

  EarlyWarnings.WarningsResult warnings() {
    return warnings.get();
  }

  ConcentrationResult concentration(Dimension d) {
    return concentration.computeIfAbsent(
        d, x -> (ConcentrationResult) run(Analyses.Kind.CONCENTRATION, params().withDimension(x)));
  }

  /** The Lorenz curve across the units of {@code d}. */
  LorenzResult lorenz(Dimension d) {
    return lorenz.computeIfAbsent(
        d, x -> (LorenzResult) run(Analyses.Kind.LORENZ, params().withDimension(x)));
  }

  GroupAnalysis.GroupResult groups() {
    return groups.get();
  }

  CoLendingResult coLending() {
    return coLending.get();
  }

  VintageResult vintage() {
    return vintage.get();
  }

  /** Transitions within the last {@link #ROLL_WINDOW} months. */
  RollRateResult roll() {
    return roll.get();
  }

  FlowRateResult flow() {
    return flow.get();
  }

  CollectionsResult collections() {
    return collections.get();
  }

  FraudResult fraud() {
    return fraud.get();
  }

  /** Transitions over every month of the data: what the data-quality sheet counts. */
  RollRateResult rollAllMonths() {
    return rollAllMonths.get();
  }

  /** Provisions held, ECL-based and regulatory-rate, with the analyses' default window. */
  ProvisionResult provisions() {
    return provisions.get();
  }

  /** ECL by stage under the base scenario, with its bootstrap interval. */
  EclResult ecl() {
    return ecl.get();
  }

  /** The run-off forecast under {@code s}, with the analyses' default window and horizon. */
  ForecastResult forecast(Scenario s) {
    return forecasts.computeIfAbsent(
        s, x -> (ForecastResult) run(Analyses.Kind.FORECAST, forward().withScenario(x)));
  }

  /**
   * The backtest of the forecast made a default horizon before the as-of month; empty when the data
   * do not reach back that far.
   */
  Optional<BacktestResult> backtest() {
    return backtest.get();
  }

  /** The key figures at the as-of month and the four months a regulator compares it with. */
  PeriodResult period() {
    return period.get();
  }

  /** The checks of the booked five-category classification at the as-of month. */
  ClassificationChecks.Result classification() {
    return classification.get();
  }

  /** Scorecard monitoring at the parameters' window and threshold (by default K = 12, 90+). */
  ScorecardResult scorecard() {
    return scorecard.get();
  }

  /** The migration from {@code start} (a month of the data before the as-of month) to the as-of. */
  MigrationResult migration(int start) {
    return migrations.computeIfAbsent(
        start, s -> (MigrationResult) run(Analyses.Kind.MIGRATION, from(s)));
  }

  /** The NPL walk from {@code start} (a month of the data before the as-of month) to the as-of. */
  NplWalkResult nplWalk(int start) {
    return walks.computeIfAbsent(start, s -> (NplWalkResult) run(Analyses.Kind.NPL_WALK, from(s)));
  }

  private Analyses.Params from(int start) {
    return params().withFrom(Optional.of(Months.of(start)));
  }

  /**
   * The start of the pack's main period (methodology §15.2): the start of the year, or the first
   * month of the data when the year starts before it; empty when the as-of month is the first.
   */
  Optional<Integer> mainPeriodStart() {
    try {
      return Optional.of(ReportingMonth.defaultStart(book(), asOfMonth()));
    } catch (IllegalArgumentException e) {
      // expected at the first month of the data: the sheet says there is no period
      return Optional.empty();
    }
  }

  private Optional<BacktestResult> runBacktest() {
    try {
      return Optional.of((BacktestResult) run(Analyses.Kind.BACKTEST, forward()));
    } catch (IllegalArgumentException e) {
      // expected for a short history: the sheet says the backtest is not available, and why
      return Optional.empty();
    }
  }

  /** The scope as the pack states it: the filter, or that there is none. */
  String filters() {
    if (filter().isEmpty()) {
      return l.get("cover.no_filter");
    }
    return filter().allowed().entrySet().stream()
        .map(e -> l.get("dimension." + e.getKey().cliName()) + "=" + String.join(",", e.getValue()))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** The name of a five-category rule in the pack's language. */
  String fiveCategoryName(com.riskworkbench.analysis.FiveCategoryRule rule) {
    return l.has("five_rule." + rule.name()) ? l.get("five_rule." + rule.name()) : rule.name();
  }

  /** Whether the pack's personal data is masked, in words. */
  String personalData() {
    return in.unmasked() ? l.get("cover.unmasked") : l.get("cover.masked");
  }

  /**
   * A new sheet with the title and scope on its first two rows, which every printed page repeats.
   */
  TableWriter newSheet(String key) {
    XSSFSheet s = wb.createSheet(l.get("sheet." + key));
    TableWriter w = new TableWriter(s, styles, l);
    w.text(0, 0, l.get("sheet." + key), styles.title);
    w.text(
        1,
        0,
        book().name()
            + " · "
            + l.get("cover.as_of")
            + " "
            + asOf()
            + " · "
            + l.get("cover.filters")
            + ": "
            + filters(),
        styles.subtitle);
    printSetup(s);
    return w;
  }

  private void printSetup(XSSFSheet s) {
    PrintSetup ps = s.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    s.setFitToPage(true);
    s.setAutobreaks(true);
    s.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
    s.createFreezePane(0, 2);
    s.getHeader().setLeft(book().name());
    s.getHeader().setCenter("&A");
    s.getHeader().setRight(l.get("pack.confidential"));
    s.getFooter().setLeft(l.get("pack.title") + " " + asOf());
    s.getFooter().setRight(l.get("pack.page") + " " + "&P" + " / " + "&N");
    s.setMargin(PageMargin.LEFT, 0.4);
    s.setMargin(PageMargin.RIGHT, 0.4);
  }

  /** A result computed on first use and kept for the sheets after. */
  private static final class Once<T> {
    private final Supplier<T> compute;
    private T value;

    Once(Supplier<T> compute) {
      this.compute = compute;
    }

    T get() {
      if (value == null) {
        value = compute.get();
      }
      return value;
    }
  }
}
