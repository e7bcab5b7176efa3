package com.riskworkbench.app.cli;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EclAnalysis.EclResult;
import com.riskworkbench.analysis.Engine;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.analysis.ScorecardParams;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.files.AppDirs;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Runs an analysis and prints it to standard output (definitions: docs/methodology.md).",
      "ANALYSIS: summary, concentration, vintage, roll-rate, flow-rate, collections, fraud, warnings,",
      "pd, ecl, provisions, forecast, backtest,",
      "period (key figures against the previous month, quarter end, start of year, year ago),",
      "migration (regulatory migration rates), npl-walk (NPL opening to closing),",
      "classification (booked five-category against the rule: under-classified, deviation),",
      "lorenz (Lorenz curve, Gini and top 1/5/10 %% shares; --by, default borrower),",
      "groups (related-party groups against 15 %% of net assets),",
      "co-lending (partners, own share and the three co-lending limits),",
      "scorecard (per cohort: loans scored, bad rate, KS, AUC, Gini, PSI against the baseline)."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ANALYSIS", description = "Which analysis.")
  String analysis;

  @Option(
      names = "--portfolio",
      required = true,
      paramLabel = "FILE.mv.db|URL",
      converter = LocationConverter.class,
      description =
          "The portfolio file, or a team database jdbc:postgresql://host:port/db (user and"
              + " password from the URL or PGUSER/PGPASSWORD).")
  PortfolioLocation portfolio;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM",
      description = "The as-of month (default: the latest month in the data).")
  YearMonth asOf;

  @Option(
      names = "--by",
      paramLabel = "DIMENSION",
      description =
          "Concentration dimension: product, channel, region, industry, risk_grade, borrower_type, age_band, funding_partner, group, borrower (default product; lorenz: default borrower); ecl: one row per segment of it instead of per stage.")
  String by;

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description =
          "Vintage: days past due that make a loan bad (default 30); scorecard: the same within"
              + " its window (default 90).")
  Integer threshold;

  @Option(
      names = "--mob",
      paramLabel = "K",
      description =
          "Scorecard: the performance window, months on book within which a loan counts as bad"
              + " (default 12).")
  Integer mob;

  @Option(
      names = "--window",
      paramLabel = "W",
      description =
          "Roll rates: months of transitions ending at the as-of month (default 6); pd, ecl, forecast: the same for the transition matrix (default 12); flow rates: months shown (default all).")
  Integer window;

  @Option(
      names = "--horizon",
      paramLabel = "H",
      description =
          "pd and forecast: months ahead (default 12); backtest: months back to the forecast tested (default 12).")
  Integer horizon;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM",
      description =
          "migration, npl-walk: the start month of the period, before the as-of month and inside the data (default: December of the previous year, or the first month of the data when later).")
  YearMonth from;

  @Option(
      names = "--scenario",
      paramLabel = "base|adverse|severe|worst-month",
      defaultValue = "base",
      description = "pd, ecl, forecast: stress scenario (default ${DEFAULT-VALUE}).")
  String scenario;

  @Option(
      names = "--weight",
      paramLabel = "amount|count",
      defaultValue = "amount",
      description = "Vintage weighting (default ${DEFAULT-VALUE}).")
  String weight;

  @Option(
      names = "--cohort",
      paramLabel = "month|quarter",
      defaultValue = "month",
      description = "Vintage cohorts (default ${DEFAULT-VALUE}).")
  String cohort;

  @Option(
      names = "--five-category",
      paramLabel = "PRESET",
      defaultValue = "regulatory-2023",
      description = "regulatory-2023 or credit-card (default ${DEFAULT-VALUE}).")
  String fiveCategory;

  @Option(
      names = "--filter",
      paramLabel = "DIM=V[,V]",
      description = "Segment filter; repeatable, e.g. --filter channel=Partner A,Partner B.")
  List<String> filters = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "csv|json",
      defaultValue = "csv",
      description = "Output format (default ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--engine",
      paramLabel = "memory|database",
      description =
          "Where the analysis runs: memory (the book loaded into memory) or database (inside the"
              + " database, which sends back only the result). Default:"
              + " memory, and database for a team database whose book holds more loan months than the"
              + " system property rw.engine.database.minLoanMonths (default 20000000).")
  String engine;

  @Option(
      names = "--no-cache",
      description = "Load from the portfolio file even when a cached copy of its book exists.")
  boolean noCache;

  @Override
  public Integer call() throws PortfolioException {
    if (!format.equals("csv") && !format.equals("json")) {
      throw new IllegalArgumentException("unknown format '" + format + "'; expected csv or json");
    }
    SegmentFilter filter = SegmentFilter.parse(filters);
    FiveCategoryRule rule = FiveCategoryRule.preset(fiveCategory);
    Analyses.Kind kind = Analyses.Kind.parse(analysis);
    Scenario stress = Scenario.parse(scenario);
    if (horizon != null && horizon < 1) {
      throw new IllegalArgumentException(
          "--horizon must be a whole number of months of at least 1, got " + horizon + ".");
    }
    Dimension dimension =
        by != null
            ? Dimension.parse(by)
            : kind == Analyses.Kind.LORENZ ? Dimension.BORROWER : Dimension.PRODUCT;
    ScorecardParams scorecard = scorecardParams();
    Analyses.Params params =
        Analyses.Params.defaults()
            .withDimension(dimension)
            .withThreshold(threshold == null ? VINTAGE_THRESHOLD : threshold)
            .withWindow(Optional.ofNullable(window))
            .withWeight(weight)
            .withCohort(cohort)
            .withFiveCategory(rule)
            .withHorizon(Optional.ofNullable(horizon))
            .withScenario(stress)
            .withFrom(Optional.ofNullable(from))
            .withScorecard(scorecard);
    Optional<Engine> asked = Optional.ofNullable(engine).map(Engine::parse);
    ConsoleProgress progress = ConsoleProgress.forConsole();
    AnalysisResult result;
    try (PortfolioRepository repo = PortfolioRepository.open(portfolio)) {
      if (inDatabase(asked, repo)) {
        result = DatabaseEngine.of(repo).run(kind, Optional.ofNullable(asOf), filter, params);
      } else {
        LoadedPortfolio book =
            repo.load(progress, noCache ? Optional.empty() : Optional.of(AppDirs.cacheFolder()));
        progress.done();
        result =
            Analyses.run(kind, AnalysisScope.of(book, Optional.ofNullable(asOf), filter), params);
      }
    }
    progress.done();
    if (kind == Analyses.Kind.SCORECARD && ((ScorecardResult) result).cohorts().isEmpty()) {
      throw new IllegalArgumentException(
          "no loan in scope has a borrower with a credit score, so there is no scorecard to"
              + " monitor.");
    }
    if (kind == Analyses.Kind.ECL && by != null) {
      result = bySegment((EclResult) result);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("csv")) {
      ResultWriter.csv(result, out);
    } else {
      ResultWriter.json(result, out);
    }
    return Cli.OK;
  }

  /**
   * Whether the analysis runs inside the database: as asked, or by default when the portfolio is a
   * team database with a book larger than the setting.
   */
  private static boolean inDatabase(Optional<Engine> asked, PortfolioRepository repo)
      throws PortfolioException {
    if (asked.isPresent()) {
      return asked.get() == Engine.DATABASE;
    }
    if (!(repo.location() instanceof PortfolioLocation.Postgres)) {
      return false;
    }
    long min = Engine.minLoanMonths(System.getProperty(Engine.MIN_LOAN_MONTHS_PROPERTY));
    return Engine.defaultFor(true, repo.info().loanMonths(), min) == Engine.DATABASE;
  }

  /** The threshold of every analysis but the scorecard when --threshold is not given. */
  private static final int VINTAGE_THRESHOLD = 30;

  /** --mob and --threshold for the scorecard, each at the scorecard's default when not given. */
  private ScorecardParams scorecardParams() {
    int k = mob == null ? ScorecardParams.DEFAULT.mob() : mob;
    if (k < 1 || k > ScorecardParams.MAX_MOB) {
      throw new IllegalArgumentException(
          "--mob must be a whole number of months on book from 1 to "
              + ScorecardParams.MAX_MOB
              + ", got "
              + k
              + ".");
    }
    int x = threshold == null ? ScorecardParams.DEFAULT.threshold() : threshold;
    if (x < 1) {
      throw new IllegalArgumentException(
          "--threshold must be a whole number of days past due of at least 1, got " + x + ".");
    }
    return new ScorecardParams(k, x);
  }

  /**
   * {@code ecl --by DIM}: the same figures per segment, {@code segment} first (README "Command
   * line"); JSON keeps every field of the stage result and adds the stage rows as {@code by_stage}.
   */
  static AnalysisResult bySegment(EclResult ecl) {
    return new AnalysisResult() {
      @Override
      public Table rows() {
        return ecl.bySegment();
      }

      @Override
      public Map<String, Object> extras() {
        Map<String, Object> m = new LinkedHashMap<>(ecl.extras());
        m.put("by_stage", ecl.rows());
        return m;
      }
    };
  }
}
