package com.riskworkbench.analysis.pushdown;

import static com.riskworkbench.analysis.pushdown.PushDownContract.asOf;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameExtras;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameTable;
import static com.riskworkbench.analysis.pushdown.PushDownContract.buckets;
import static com.riskworkbench.analysis.pushdown.PushDownContract.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EclAnalysis;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.analysis.ScorecardParams;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SingleBorrowerLimits;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forward-looking analyses (PD, ECL with every scenario and {@code --by}, provisions, forecast,
 * backtest) run inside the database equal the in-memory ones, table by table and JSON field by JSON
 * field, bootstrap intervals included, on the contract's books: as-of months (monthsBack as in
 * {@link PushDownContract}; 99 = the first month, whose window is empty), filters (age band,
 * co-lending partner and group among them), bucket edges, windows, horizons and scenarios.
 */
public interface ForwardPushDown {
  List<PushDownContract.Book> books();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                              | 1,30,60,90         | 12 | 12 | base
          5  |                              | 1,30,60,90         | 6  | 24 | adverse
          -1 | age_band=<25,55+,unknown     | 1,30,60,90         | 12 | 12 | severe
          -1 | funding_partner=(own),Bank Hua | 1,30,60,90       | 12 | 6  | worst-month
          7  | group=(none)                 | 1,60,120           | 3  | 12 | base
          -1 | region=Henan;risk_grade=D,E  | 1,30,60,90,120,180 | 12 | 12 | worst-month
          -1 | product=No such product      | 1,30,60,90         | 12 | 12 | base
          99 |                              | 1,30,60,90         | 12 | 3  | base
          """)
  default void pdEqualsTheInMemoryCurves(
      int monthsBack, String filters, String edges, int window, int horizon, String scenario) {
    Analyses.Params p =
        params(edges, window, horizon, scenario, Dimension.PRODUCT, "regulatory-2023");
    same(Analyses.Kind.PD, monthsBack, filters, p);
  }

  /** Every scenario and {@code --by} dimension; the 1,000-draw bootstrap interval to the cent. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                             | 1,30,60,90         | 12 | base        | product         | regulatory-2023
          -1 |                             | 1,30,60,90         | 12 | adverse     | channel         | regulatory-2023
          6  |                             | 1,30,60,90         | 6  | severe      | region          | credit-card
          -1 | age_band=25-34,35-44        | 1,30,60,90         | 12 | worst-month | age_band        | regulatory-2023
          -1 | channel=Partner A,Partner B | 1,30,60,90         | 12 | base        | funding_partner | regulatory-2023
          3  | group=(none)                | 1,60,120           | 12 | severe      | group           | credit-card
          12 | risk_grade=D,E              | 1,30,60,90,120,180 | 24 | adverse     | risk_grade      | regulatory-2023
          -1 | borrower_type=INDIVIDUAL    | 1,30,60,90         | 12 | worst-month | industry        | regulatory-2023
          -1 | product=No such product     | 1,30,60,90         | 12 | base        | product         | regulatory-2023
          99 |                             | 1,30,60,90         | 12 | base        | borrower_type   | regulatory-2023
          """)
  default void eclEqualsTheInMemoryStagesAndSegments(
      int monthsBack,
      String filters,
      String edges,
      int window,
      String scenario,
      String by,
      String rule) {
    Analyses.Params p = params(edges, window, 12, scenario, Dimension.parse(by), rule);
    for (PushDownContract.Book b : books()) {
      String where = b.name() + " " + monthsBack + " " + filters + " " + scenario + " by " + by;
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      EclAnalysis.EclResult memory =
          (EclAnalysis.EclResult)
              Analyses.run(Analyses.Kind.ECL, AnalysisScope.of(b.memory(), asOf, filter), p);
      EclAnalysis.EclResult database =
          (EclAnalysis.EclResult) b.database().run(Analyses.Kind.ECL, asOf, filter, p);
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameTable(database.bySegment(), memory.bySegment(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
      assertThat(database.intervalCents()).as(where).isEqualTo(memory.intervalCents());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                | regulatory-2023 | 12
          -1 |                                | credit-card     | 6
          9  | age_band=<25,25-34             | regulatory-2023 | 12
          -1 | funding_partner=(own),Bank Hua | regulatory-2023 | 12
          -1 | group=(none)                   | credit-card     | 24
          99 |                                | regulatory-2023 | 12
          -1 | product=No such product        | regulatory-2023 | 12
          """)
  default void provisionsEqualTheInMemoryOnes(
      int monthsBack, String filters, String rule, int window) {
    Analyses.Params p = params("1,30,60,90", window, 12, "base", Dimension.PRODUCT, rule);
    same(Analyses.Kind.PROVISIONS, monthsBack, filters, p);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                | 1,30,60,90         | 12 | 12 | base
          -1 |                                | 1,30,60,90         | 12 | 24 | adverse
          4  | age_band=35-44,45-54           | 1,30,60,90         | 6  | 12 | severe
          -1 | funding_partner=(own),Bank Hua | 1,30,60,90         | 12 | 6  | worst-month
          -1 | group=(none);channel=Own app   | 1,60,120           | 12 | 12 | base
          -1 | region=Henan;risk_grade=D,E    | 1,30,60,90,120,180 | 24 | 12 | worst-month
          -1 | product=No such product        | 1,30,60,90         | 12 | 12 | base
          99 |                                | 1,30,60,90         | 12 | 3  | adverse
          """)
  default void forecastEqualsTheInMemoryRunOff(
      int monthsBack, String filters, String edges, int window, int horizon, String scenario) {
    Analyses.Params p =
        params(edges, window, horizon, scenario, Dimension.PRODUCT, "regulatory-2023");
    same(Analyses.Kind.FORECAST, monthsBack, filters, p);
  }

  /** The loans at the origin are filtered there (age band then), the later ones at as-of. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                | 1,30,60,90         | 12 | 12
          -1 |                                | 1,30,60,90         | 6  | 3
          2  | age_band=<25,25-34             | 1,30,60,90         | 12 | 6
          -1 | funding_partner=(own),Bank Hua | 1,30,60,90         | 12 | 12
          -1 | group=(none)                   | 1,60,120           | 3  | 9
          -1 | region=Henan;risk_grade=D,E    | 1,30,60,90,120,180 | 12 | 12
          -1 | product=No such product        | 1,30,60,90         | 12 | 12
          """)
  default void backtestEqualsTheInMemoryOne(
      int monthsBack, String filters, String edges, int window, int horizon) {
    Analyses.Params p =
        params(edges, window, horizon, "base", Dimension.PRODUCT, "regulatory-2023");
    same(Analyses.Kind.BACKTEST, monthsBack, filters, p);
  }

  /** A horizon reaching before the data: both engines refuse it with the same reason. */
  @ParameterizedTest
  @CsvSource({"99, 1", "2, 400"})
  default void backtestBeforeTheDataIsRefusedAlike(int monthsBack, int horizon) {
    Analyses.Params p =
        params("1,30,60,90", 12, horizon, "base", Dimension.PRODUCT, "regulatory-2023");
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      String reason =
          catchMessage(
              () ->
                  Analyses.run(
                      Analyses.Kind.BACKTEST,
                      AnalysisScope.of(b.memory(), asOf, SegmentFilter.NONE),
                      p));
      assertThat(reason).as(b.name()).contains("choose a horizon of at most");
      assertThatThrownBy(
              () -> b.database().run(Analyses.Kind.BACKTEST, asOf, SegmentFilter.NONE, p))
          .as(b.name())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(reason);
    }
  }

  private static String catchMessage(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("no IllegalArgumentException");
  }

  /** Both engines' result of {@code kind}: every table and JSON field equal. */
  private void same(Analyses.Kind kind, int monthsBack, String filters, Analyses.Params p) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      String where = b.name() + " " + kind.cliName() + " " + monthsBack + " " + filters + " " + p;
      AnalysisResult memory = Analyses.run(kind, AnalysisScope.of(b.memory(), asOf, filter), p);
      AnalysisResult database = b.database().run(kind, asOf, filter, p);
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  private static Analyses.Params params(
      String edges, int window, int horizon, String scenario, Dimension by, String rule) {
    return new Analyses.Params(
        by,
        30,
        Optional.of(window),
        "amount",
        "month",
        FiveCategoryRule.preset(rule),
        buckets(edges),
        SingleBorrowerLimits.DEFAULT,
        Optional.of(horizon),
        Scenario.parse(scenario),
        Optional.empty(),
        ScorecardParams.DEFAULT);
  }
}
