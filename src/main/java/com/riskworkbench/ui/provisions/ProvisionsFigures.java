package com.riskworkbench.ui.provisions;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.BacktestAnalysis;
import com.riskworkbench.analysis.BacktestAnalysis.BacktestResult;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EclAnalysis.EclResult;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.ForecastAnalysis.ForecastResult;
import com.riskworkbench.analysis.PdAnalysis.PdResult;
import com.riskworkbench.analysis.ProvisionAnalysis.ProvisionResult;
import com.riskworkbench.analysis.ProvisionShortfall;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SegmentKeys;
import com.riskworkbench.analysis.Stages;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.provisions.ProvisionsRows.BacktestRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.BasisRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.SegmentRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.Series;
import com.riskworkbench.ui.provisions.ProvisionsRows.StageRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.Tile;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The figures of the Provisions &amp; forecast screen for one scope and scenario, made off the FX
 * thread from the analyses' results, whether computed from a loaded book or inside a team database.
 */
final class ProvisionsFigures {
  private ProvisionsFigures() {}

  /** The analyses the screen shows; {@code backtest} is empty without a month to look back from. */
  record Results(
      ProvisionResult provisions,
      EclResult ecl,
      PdResult pd,
      ForecastResult forecast,
      Optional<BacktestResult> backtest,
      int backtestMonths) {}

  /**
   * Everything the screen shows for one scope and scenario. {@code inDatabase} is the filter of a
   * book left in its database (its loans are listed by query); {@code stages}, {@code keys} and
   * {@code shortfall} need a loaded book.
   */
  record Shown(
      YearMonth asOf,
      String currency,
      String scopeLine,
      FiveCategoryRule rule,
      Optional<SegmentFilter> inDatabase,
      Optional<Stages> stages,
      Optional<SegmentKeys> keys,
      Optional<ProvisionShortfall> shortfall,
      List<BasisRow> bases,
      String shortfallText,
      Tile coverage,
      Tile provisionToLoan,
      List<StageRow> stageRows,
      List<SegmentRow> segmentRows,
      String eclInterval,
      List<Series> pdCurves,
      List<Series> forecast,
      String forecastSummary,
      List<BacktestRow> backtest,
      List<Series> backtestBars,
      String backtestNote,
      String unitAxis) {}

  /** The months the backtest looks back: as far as {@code history} allows, up to its usual 12. */
  static int backtestMonths(int history) {
    return Math.min(BacktestAnalysis.DEFAULT_HORIZON, history);
  }

  /** The analyses of a loaded book's scope. */
  static Results inMemory(AnalysisScope scope, Analyses.Params params, Progress progress) {
    ProvisionResult provisions =
        (ProvisionResult) Analyses.run(Analyses.Kind.PROVISIONS, scope, params);
    progress.checkCancelled();
    EclResult ecl = (EclResult) Analyses.run(Analyses.Kind.ECL, scope, params, progress);
    progress.checkCancelled();
    PdResult pd = (PdResult) Analyses.run(Analyses.Kind.PD, scope, params);
    progress.checkCancelled();
    ForecastResult fc =
        (ForecastResult) Analyses.run(Analyses.Kind.FORECAST, scope, params, progress);
    progress.checkCancelled();
    int months = backtestMonths(scope.asOfMonth() - scope.portfolio().firstMonthOrdinal());
    Optional<BacktestResult> bt =
        months < 1
            ? Optional.empty()
            : Optional.of(
                (BacktestResult)
                    Analyses.run(
                        Analyses.Kind.BACKTEST, scope, params.withHorizon(Optional.of(months))));
    return new Results(provisions, ecl, pd, fc, bt, months);
  }

  /**
   * The same analyses asked of the team database at {@code where}, for the loans of {@code filter}
   * at {@code asOf}; {@code history} is the number of months before {@code asOf} it holds.
   */
  static Results inDatabase(
      PortfolioService service,
      String where,
      YearMonth asOf,
      SegmentFilter filter,
      Analyses.Params params,
      int history,
      Progress progress)
      throws PortfolioException {
    ProvisionResult provisions =
        (ProvisionResult)
            service.analyzeInDatabase(
                where, Analyses.Kind.PROVISIONS, asOf, filter, params, progress);
    progress.checkCancelled();
    EclResult ecl =
        (EclResult)
            service.analyzeInDatabase(where, Analyses.Kind.ECL, asOf, filter, params, progress);
    progress.checkCancelled();
    PdResult pd =
        (PdResult)
            service.analyzeInDatabase(where, Analyses.Kind.PD, asOf, filter, params, progress);
    progress.checkCancelled();
    ForecastResult fc =
        (ForecastResult)
            service.analyzeInDatabase(
                where, Analyses.Kind.FORECAST, asOf, filter, params, progress);
    progress.checkCancelled();
    int months = backtestMonths(history);
    Optional<BacktestResult> bt = Optional.empty();
    if (months >= 1) {
      bt =
          Optional.of(
              (BacktestResult)
                  service.analyzeInDatabase(
                      where,
                      Analyses.Kind.BACKTEST,
                      asOf,
                      filter,
                      params.withHorizon(Optional.of(months)),
                      progress));
    }
    return new Results(provisions, ecl, pd, fc, bt, months);
  }

  /** What the screen shows of {@code r}; the book's stages, keys and shortfall where loaded. */
  static Shown shown(
      ScreenContext context,
      Results r,
      YearMonth asOf,
      String currency,
      SegmentFilter filter,
      Dimension dimension,
      FiveCategoryRule rule,
      Optional<SegmentFilter> inDatabase,
      Optional<Stages> stages,
      Optional<SegmentKeys> keys,
      Optional<ProvisionShortfall> shortfall) {
    Formats f = context.formats();
    ResourceBundle m = context.messages();
    var labels = context.labels();
    double startCents = 100 * number(r.forecast().extras().get("starting_balance"));
    int exponent = exponent(startCents / 100, f);
    double unit = Math.pow(10, exponent) * 100;
    Tile[] tiles = ProvisionsRows.tiles(r.provisions(), f, m);
    Optional<BacktestResult> bt = r.backtest();
    return new Shown(
        asOf,
        currency,
        ScopeText.of(context).line(asOf, filter),
        rule,
        inDatabase,
        stages,
        keys,
        shortfall,
        ProvisionsRows.bases(r.provisions(), f, m),
        inDatabase.isPresent()
            ? m.getString("provisions.shortfall.inDatabase")
            : shortfallText(shortfall, currency, f, m),
        tiles[0],
        tiles[1],
        ProvisionsRows.stages(r.ecl(), f, m),
        ProvisionsRows.segments(
            r.ecl(),
            keys.map(k -> Arrays.asList(k.labels())).orElse(List.of()),
            dimension,
            labels,
            f),
        ProvisionsRows.eclInterval(r.ecl(), f, m),
        ProvisionsRows.pdCurves(r.pd(), labels, f),
        ProvisionsRows.forecastAreas(r.forecast(), labels, f, unit),
        ProvisionsRows.forecastSummary(r.forecast(), currency, f, m),
        bt.map(b -> ProvisionsRows.backtest(b, f)).orElse(List.of()),
        bt.map(b -> ProvisionsRows.backtestBars(b, f, m, unit)).orElse(List.of()),
        bt.map(
                b ->
                    MessageFormat.format(
                        m.getString("provisions.backtest.note"),
                        b.extras().get("forecast_made_at"),
                        r.backtestMonths()))
            .orElse(m.getString("provisions.backtest.noHistory")),
        exponent == 0
            ? MessageFormat.format(m.getString("provisions.axis.balancePlain"), currency)
            : MessageFormat.format(
                m.getString("provisions.axis.balance"),
                currency,
                m.getString(
                    switch (exponent) {
                      case 3 -> "provisions.unit3";
                      case 4 -> "provisions.unit4";
                      case 6 -> "provisions.unit6";
                      case 8 -> "provisions.unit8";
                      default -> "provisions.unit9";
                    })));
  }

  private static String shortfallText(
      Optional<ProvisionShortfall> shortfall, String currency, Formats f, ResourceBundle m) {
    return shortfall
        .map(
            x ->
                x.loans().length == 0
                    ? m.getString("provisions.shortfall.none")
                    : MessageFormat.format(
                        m.getString("provisions.shortfall"),
                        f.count(x.loans().length),
                        currency + " " + f.amount(x.shortCents() / 100.0),
                        x.loans().length))
        .orElse(m.getString("provisions.shortfall.notBooked"));
  }

  /** The power of ten that keeps an axis of this size short: m/bn in English, 万/亿 in Chinese. */
  private static int exponent(double units, Formats f) {
    boolean chinese = f.locale().getLanguage().equals("zh");
    return chinese
        ? (units >= 1e8 ? 8 : units >= 1e4 ? 4 : 0)
        : (units >= 1e9 ? 9 : units >= 1e6 ? 6 : units >= 1e3 ? 3 : 0);
  }

  private static double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : 0;
  }
}
