package com.riskworkbench.app.cli;

import com.riskworkbench.common.Progress;
import java.io.PrintStream;

/**
 * Progress on standard error for the command line: a line that redraws itself on a terminal,
 * nothing when output goes to a file or a pipe (so scripts and CI logs stay clean).
 */
final class ConsoleProgress implements Progress {
  private final PrintStream err;
  private final boolean interactive;
  private long lastDrawn;
  private boolean drew;

  ConsoleProgress(PrintStream err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  static ConsoleProgress forConsole() {
    return new ConsoleProgress(System.err, System.console() != null);
  }

  @Override
  public void update(long done, long total, String message) {
    if (!interactive) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDrawn < 200_000_000L) {
      return;
    }
    lastDrawn = now;
    String pct = total > 0 ? String.format(" %3d%%", Math.min(100, done * 100 / total)) : "";
    err.print("\r" + message + pct + "          ");
    drew = true;
  }

  /** Ends the progress line so the next output starts on a clean line. */
  void done() {
    if (drew) {
      err.print("\r" + " ".repeat(60) + "\r");
      drew = false;
    }
  }

  @Override
  public boolean isCancelled() {
    return false;
  }
}
