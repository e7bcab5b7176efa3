package com.riskworkbench.app;

import com.riskworkbench.app.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The program's entry point. With no arguments it opens the window; with a command it runs the
 * command line headless. It does not extend {@code Application}, so that {@code java -jar} and
 * jpackage start it from the class path.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    // before anything can load the database library (docs/decisions/0006)
    com.riskworkbench.portfolio.store.PortfolioFiles.restrictDatabaseClasses();
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    if (args.length == 0) {
      try {
        javafx.application.Application.launch(WorkbenchApplication.class, args);
      } catch (RuntimeException | LinkageError e) {
        System.err.println(windowFailure(e));
        System.exit(1);
      }
      return;
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(Cli.run(args, out, err));
  }

  /**
   * One sentence for a window that cannot start: what to install or set, never JavaFX's stack trace
   * (the README says the same).
   */
  static String windowFailure(Throwable e) {
    String m = "";
    for (Throwable t = e; t != null; t = t.getCause()) {
      m += " " + t;
    }
    if (m.contains("Unable to open DISPLAY")) {
      return "The window cannot open: there is no display (DISPLAY is not set). Run it on a"
          + " desktop, or use the command line: java -jar risk-workbench.jar --help.";
    }
    if (m.contains("GTK") || m.contains("gtk") || m.contains("glass")) {
      return "The window cannot open: the GTK 3 library is missing. Install it (Debian or Ubuntu:"
          + " sudo apt-get install libgtk-3-0) and start it again.";
    }
    return "The window cannot open: "
        + e
        + ". The command line still works: java -jar"
        + " risk-workbench.jar --help.";
  }
}
