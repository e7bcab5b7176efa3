package com.riskworkbench.ui.common;

import com.riskworkbench.common.Progress;
import javafx.concurrent.Task;

/** A JavaFX task whose work reports through {@link Progress}, the toolkit-free interface. */
public abstract class ProgressTask<T> extends Task<T> {

  protected abstract T compute(Progress progress) throws Exception;

  @Override
  protected final T call() throws Exception {
    return compute(
        new Progress() {
          @Override
          public void update(long done, long total, String message) {
            updateProgress(done, total);
            updateMessage(message);
          }

          @Override
          public boolean isCancelled() {
            return ProgressTask.this.isCancelled();
          }
        });
  }
}
