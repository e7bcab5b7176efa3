package com.riskworkbench.ui.common;

import com.riskworkbench.common.Progress;
import javafx.concurrent.Task;

/** A JavaFX task whose work reports through {@link Progress}, the toolkit-free interface. */
public abstract class ProgressTask<T> extends Task<T> {

  /** Work that reports progress and may be cancelled. */
  @FunctionalInterface
  public interface Work<T> {
    T compute(Progress progress) throws Exception;
  }

  protected abstract T compute(Progress progress) throws Exception;

  public static <T> ProgressTask<T> of(Work<T> work) {
    return new ProgressTask<>() {
      @Override
      protected T compute(Progress progress) throws Exception {
        return work.compute(progress);
      }
    };
  }

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
