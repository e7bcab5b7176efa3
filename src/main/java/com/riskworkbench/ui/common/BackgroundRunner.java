package com.riskworkbench.ui.common;

import javafx.concurrent.Task;

/** Runs tasks off the FX thread. Tests inject {@link #sameThread()} to stay deterministic. */
public interface BackgroundRunner {

  void run(Task<?> task);

  /** Runs each task at once on the calling thread. */
  static BackgroundRunner sameThread() {
    return Task::run;
  }
}
