package com.riskworkbench.app.cli;

import com.riskworkbench.app.files.ErrorLog;
import com.riskworkbench.common.AppVersion;
import com.riskworkbench.common.WriteFailures;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.TapeImportException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line (README, "Command line"). Exit 0 on success; 2 on bad arguments or
 * input, with the reason on standard error; 1 only for a failure of the program itself.
 */
@Command(
    name = "risk-workbench",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description =
        "Risk Workbench: credit-risk analysis of loan portfolios.%nWith no command, opens the window.",
    subcommands = {
      ImportCommand.class,
      SampleCommand.class,
      InfoCommand.class,
      AnalyzeCommand.class,
      ReportCommand.class,
    })
public final class Cli {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int BAD_INPUT = 2;

  /**
   * The command line of {@code command} as every command line of this program reads it: months as
   * YYYY-MM, output to {@code out} and {@code err}, a bad option refused with one line that points
   * to --help and status {@link #BAD_INPUT}.
   */
  public static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(command);
    cl.registerConverter(java.time.YearMonth.class, Cli::month);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (e, a) -> {
          CommandLine cmd = e.getCommandLine();
          cmd.getErr()
              .println(
                  "error: "
                      + e.getMessage()
                      + " (see '"
                      + cmd.getCommandSpec().qualifiedName()
                      + " --help')");
          return BAD_INPUT;
        });
    return cl;
  }

  /** Runs the command line and returns its exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(new Cli(), out, err);
    cl.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          PrintWriter w = cmd.getErr();
          if (e instanceof TapeImportException t) {
            w.println("error: " + t.report());
            return BAD_INPUT;
          }
          if (e instanceof PortfolioException || e instanceof IllegalArgumentException) {
            w.println("error: " + e.getMessage());
            return BAD_INPUT;
          }
          if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            w.println("error: " + WriteFailures.innermost(e) + ".");
            return BAD_INPUT;
          }
          w.println(
              "error: unexpected failure ("
                  + WriteFailures.innermost(e)
                  + "); the details are in "
                  + ErrorLog.record(e)
                  + ".");
          return FAILURE;
        });
    int status;
    try {
      status = cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "error: the portfolio does not fit in the memory given to Java; start it with a larger"
              + " -Xmx.");
      status = FAILURE;
    }
    out.flush();
    err.flush();
    return status;
  }

  /** A month as YYYY-MM, with a message of ours rather than java.time's (also the Spark job's). */
  public static java.time.YearMonth month(String text) {
    try {
      java.time.YearMonth m = java.time.YearMonth.parse(text.strip());
      if (m.getYear() < 1900 || m.getYear() > 2099) {
        throw new CommandLine.TypeConversionException(
            "'" + text + "' is not a month from 1900-01 to 2099-12");
      }
      return m;
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a month; write it as YYYY-MM, such as 2026-10");
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Risk Workbench " + AppVersion.get()};
    }
  }
}
