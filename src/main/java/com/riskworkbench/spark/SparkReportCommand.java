package com.riskworkbench.spark;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisRunner;
import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.analysis.FraudResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.cli.Cli;
import com.riskworkbench.app.files.AuditLog;
import com.riskworkbench.common.AppVersion;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.report.CommitteePack;
import com.riskworkbench.report.PackInputs;
import com.riskworkbench.report.PackLabels;
import com.riskworkbench.service.AuditTrail;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code report} of the desktop command line as a Spark job: the committee pack of the book's
 * tables, every analysis computed by the cluster and finished on the driver, which writes the
 * workbook to {@code --out} (a path on the driver). The cover names the source and a fingerprint of
 * the tables' content; an unmasked pack is recorded in the audit log first, as the desktop does.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Writes the Excel committee pack of the book (a path on the driver).")
final class SparkReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand SparkJob job;

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
  public Integer call() throws Exception {
    if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      throw new IllegalArgumentException("the output must be an .xlsx file, got " + out);
    }
    long start = System.nanoTime();
    SegmentFilter filter = SegmentFilter.parse(filters);
    PackLabels labels = PackLabels.of(lang);
    TableSource tables = source.source(job.spark());
    SparkBook book = SparkBook.read(tables);
    DatabaseEngine engine = SparkEngine.of(book);
    AnalysisRunner analyses =
        AnalysisRunner.inDatabase(
            engine, SparkPackInputs.facts(book), Optional.ofNullable(asOf), filter);
    String fingerprint = SparkPackInputs.fingerprint(book);
    if (unmasked) {
      // Recorded before the file exists: an unmasked pack never appears without its entry.
      AuditLog.standard()
          .record(
              AuditTrail.UNMASKED_PACK,
              tables.describe(),
              fingerprint,
              out.toAbsolutePath().toString());
    }
    Set<String> borrowers =
        ((FraudResult) analyses.run(Analyses.Kind.FRAUD, Analyses.Params.defaults()))
            .cases().stream()
                .map(FraudCase::borrowerId)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    PackInputs inputs =
        PackInputs.builder()
            .analyses(analyses)
            .params(Analyses.Params.defaults())
            .portfolio(tables.describe())
            .portfolioSha256(fingerprint)
            .programVersion(AppVersion.get())
            .preparer(System.getProperty("user.name", "unknown"))
            .generatedAt(Clock.systemUTC().instant())
            .dataQuality(SparkPackInputs.dataQuality(book, tables, 100))
            .identities(SparkPackInputs.identities(book, borrowers))
            .unmasked(unmasked)
            .labels(labels)
            .build();
    try {
      CommitteePack.write(inputs, out, Progress.NONE);
    } catch (IOException | RuntimeException e) {
      if (unmasked) {
        // The entry above says an export was started; this one says it wrote nothing.
        AuditLog.standard()
            .record(
                AuditTrail.UNMASKED_PACK + " failed",
                tables.describe(),
                fingerprint,
                out.toAbsolutePath() + ": nothing was written");
      }
      throw e instanceof IOException io
          ? new IOException("Cannot write " + out + ": " + io.getMessage(), io)
          : (RuntimeException) e;
    }
    spec.commandLine()
        .getOut()
        .printf("Wrote %s in %.1f s%n", out.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
    return Cli.OK;
  }
}
