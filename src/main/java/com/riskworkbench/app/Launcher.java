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
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    if (args.length == 0) {
      javafx.application.Application.launch(WorkbenchApplication.class, args);
      return;
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(Cli.run(args, out, err));
  }
}
