package com.riskworkbench.spark;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.analysis.ScorecardParams;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.cli.Cli;
import com.riskworkbench.app.cli.ResultWriter;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code analyze} of the desktop command line (app.cli.AnalyzeCommand) as a Spark job: the same
 * analysis options and output, the book from {@link SourceOptions} instead of {@code --portfolio}.
 * Every analysis runs as Spark plans, finished on the driver by the database engine's code.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Runs an analysis over the book's tables and prints it to standard output (definitions:"
          + " docs/methodology.md); the options of the desktop's analyze."
    })
final class SparkAnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand SparkJob job;

  @Mixin SourceOptions source;

  @Parameters(index = "0", paramLabel = "ANALYSIS", description = "Which analysis.")
  String analysis;

  @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "The as-of month.")
  YearMonth asOf;

  @Option(names = "--by", paramLabel = "DIMENSION", description = "Concentration dimension.")
  String by;

  @Option(names = "--threshold", paramLabel = "X", description = "Days past due that make bad.")
  Integer threshold;

  @Option(names = "--mob", paramLabel = "K", description = "Scorecard performance window.")
  Integer mob;

  @Option(names = "--window", paramLabel = "W", description = "Months of transitions or shown.")
  Integer window;

  @Option(names = "--horizon", paramLabel = "H", description = "Months ahead or back.")
  Integer horizon;

  @Option(names = "--from", paramLabel = "YYYY-MM", description = "Start month of the period.")
  YearMonth from;

  @Option(names = "--scenario", defaultValue = "base", description = "Stress scenario.")
  String scenario;

  @Option(names = "--weight", defaultValue = "amount", description = "amount or count.")
  String weight;

  @Option(names = "--cohort", defaultValue = "month", description = "month or quarter.")
  String cohort;

  @Option(
      names = "--five-category",
      defaultValue = "regulatory-2023",
      description = "regulatory-2023 or credit-card (default ${DEFAULT-VALUE}).")
  String fiveCategory;

  @Option(names = "--filter", paramLabel = "DIM=V[,V]", description = "Segment filter; repeatable.")
  List<String> filters = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or json (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("csv") && !format.equals("json")) {
      throw new IllegalArgumentException("unknown format '" + format + "'; expected csv or json");
    }
    Analyses.Kind kind = Analyses.Kind.parse(analysis);
    SegmentFilter filter = SegmentFilter.parse(filters);
    FiveCategoryRule rule = FiveCategoryRule.preset(fiveCategory);
    Dimension dimension =
        by != null
            ? Dimension.parse(by)
            : kind == Analyses.Kind.LORENZ ? Dimension.BORROWER : Dimension.PRODUCT;
    Analyses.Params params =
        Analyses.Params.defaults()
            .withDimension(dimension)
            .withThreshold(threshold == null ? 30 : threshold)
            .withWindow(Optional.ofNullable(window))
            .withWeight(weight)
            .withCohort(cohort)
            .withFiveCategory(rule)
            .withHorizon(Optional.ofNullable(horizon))
            .withScenario(Scenario.parse(scenario))
            .withFrom(Optional.ofNullable(from))
            .withScorecard(
                new ScorecardParams(
                    mob == null ? ScorecardParams.DEFAULT.mob() : mob,
                    threshold == null ? ScorecardParams.DEFAULT.threshold() : threshold));
    AnalysisResult result =
        SparkEngine.of(source.source(job.spark()))
            .run(kind, Optional.ofNullable(asOf), filter, params);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("csv")) {
      ResultWriter.csv(result, out);
    } else {
      ResultWriter.json(result, out);
    }
    return Cli.OK;
  }
}
