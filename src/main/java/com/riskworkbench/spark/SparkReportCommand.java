package com.riskworkbench.spark;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report} of the desktop command line as a Spark job: the committee pack needs every
 * analysis, and only some run as Spark plans so far, so it exits 2 and says which; the options are
 * the desktop's, so that scripts written now keep working when the pack arrives.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Writes the Excel committee pack of the book (not yet in the Spark job).")
final class SparkReportCommand implements Callable<Integer> {
  @Mixin SourceOptions source;

  @Option(names = "--out", required = true, paramLabel = "PACK.xlsx", description = "The workbook.")
  Path out;

  @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "The as-of month.")
  YearMonth asOf;

  @Option(names = "--filter", paramLabel = "DIM=V[,V]", description = "Segment filter; repeatable.")
  List<String> filters = new ArrayList<>();

  @Option(names = "--lang", defaultValue = "en", description = "en or zh.")
  String lang;

  @Option(names = "--unmasked", description = "Show names and ID numbers in full.")
  boolean unmasked;

  @Override
  public Integer call() {
    throw new IllegalArgumentException(
        "the committee pack is not yet in the Spark job: it needs every analysis, and so far the"
            + " job runs "
            + SparkJob.soFar()
            + "; write it with the desktop's report.");
  }
}
