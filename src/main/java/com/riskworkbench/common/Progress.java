package com.riskworkbench.common;

import java.util.concurrent.CancellationException;

/**
 * How long work reports how far it is and learns that it should stop. Free of any UI toolkit: the
 * window adapts it to a JavaFX task, the command line to a line on standard error.
 */
public interface Progress {

  /**
   * Reports {@code done} of {@code total} units (total ≤ 0 when unknown) and what is being done, in
   * the words of the bundle: the window shows it in its language. By default in English, through
   * {@link #update(long, long, String)}.
   */
  default void update(long done, long total, Message message) {
    update(done, total, message.english());
  }

  /**
   * Reports progress with a text already in words, shown as it is: for reporters that only print or
   * log (the command line, benchmarks, tests). Work reports through {@link #update(long, long,
   * Message)}.
   */
  void update(long done, long total, String message);

  boolean isCancelled();

  /** Throws {@link CancellationException} when the work has been cancelled; call it in loops. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancellationException("cancelled");
    }
  }

  /** Ignores reports and never cancels. */
  Progress NONE =
      new Progress() {
        @Override
        public void update(long done, long total, Message message) {}

        @Override
        public void update(long done, long total, String message) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };
}
