package com.riskworkbench.ui.common;

import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;

/**
 * A JavaFX task whose work reports through {@link Progress}, the toolkit-free interface. The work's
 * messages are keys of the bundle, not yet words: the task keeps the newest one for {@link
 * #latestMessage()} and changes its message property to say that a new one arrived, so that the
 * listener renders it in the window's language on the FX thread.
 */
public abstract class ProgressTask<T> extends Task<T> {

  /** Work that reports progress and may be cancelled. */
  @FunctionalInterface
  public interface Work<T> {
    T compute(Progress progress) throws Exception;
  }

  private final AtomicReference<Message> latest = new AtomicReference<>(Message.plain(""));
  private final AtomicLong reports = new AtomicLong();

  protected abstract T compute(Progress progress) throws Exception;

  public static <T> ProgressTask<T> of(Work<T> work) {
    return new ProgressTask<>() {
      @Override
      protected T compute(Progress progress) throws Exception {
        return work.compute(progress);
      }
    };
  }

  /** The newest message the work reported; plain and empty before the first. */
  public Message latestMessage() {
    return latest.get();
  }

  @Override
  protected final T call() throws Exception {
    return compute(
        new Progress() {
          @Override
          public void update(long done, long total, Message message) {
            updateProgress(done, total);
            if (message != null && !message.equals(latest.getAndSet(message))) {
              // A new value for each new message, so that the property tells its listener.
              updateMessage(Long.toString(reports.incrementAndGet()));
            }
          }

          @Override
          public void update(long done, long total, String message) {
            update(done, total, message == null ? null : Message.plain(message));
          }

          @Override
          public boolean isCancelled() {
            return ProgressTask.this.isCancelled();
          }
        });
  }
}
