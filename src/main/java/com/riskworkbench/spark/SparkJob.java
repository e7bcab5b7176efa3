package com.riskworkbench.spark;

import com.riskworkbench.app.cli.Cli;
import com.riskworkbench.common.WriteFailures;
import com.riskworkbench.portfolio.PortfolioException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The analyses as a Spark job ({@code spark-submit --class com.riskworkbench.spark.SparkJob
 * risk-workbench-spark.jar analyze …}): the commands {@code analyze} and {@code report} with the
 * desktop command line's options and outputs, the book read from a data lake instead of {@code
 * --portfolio}. Exit 0 on success; 2 on bad arguments or input, with the reason on standard error;
 * 1 for a failure of the job itself.
 */
@Command(
    name = "risk-workbench-spark",
    mixinStandardHelpOptions = true,
    versionProvider = SparkJob.Version.class,
    description = "Risk Workbench's analyses as a Spark job over a book's tables in a data lake.",
    subcommands = {SparkAnalyzeCommand.class, SparkReportCommand.class})
public final class SparkJob {
  private final SparkSession spark;

  private SparkJob(SparkSession spark) {
    this.spark = spark;
  }

  /** The session the commands read with. */
  SparkSession spark() {
    return spark;
  }

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("risk-workbench").getOrCreate();
    int status;
    try {
      status =
          run(
              spark,
              args,
              new PrintWriter(System.out, true, StandardCharsets.UTF_8),
              new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** Runs the job's command line in {@code spark} and returns its exit status. */
  public static int run(SparkSession spark, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = Cli.commandLine(new SparkJob(spark), out, err);
    cl.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          PrintWriter w = cmd.getErr();
          if (e instanceof PortfolioException
              || e instanceof IllegalArgumentException
              || e instanceof AnalysisException) {
            // AnalysisException: a table or column the source lacks, said by Spark
            w.println("error: " + e.getMessage());
            return Cli.BAD_INPUT;
          }
          w.println("error: the job failed (" + WriteFailures.innermost(e) + ")");
          e.printStackTrace(w);
          return Cli.FAILURE;
        });
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Risk Workbench Spark job " + com.riskworkbench.common.AppVersion.get()};
    }
  }
}
