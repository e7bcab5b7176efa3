package com.riskworkbench.ui.common;

import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;

/**
 * A {@link BackgroundRunner} that runs each piece of work at once on the calling thread and reports
 * before {@code start} returns. Needs no FX toolkit (a {@link Task} does), so view models can be
 * driven in plain unit tests; inside the window it runs on the FX thread, as a test wants.
 */
final class SameThreadRunner implements BackgroundRunner {

  @Override
  public void post(Runnable action) {
    action.run();
  }

  @Override
  public void run(Task<?> task) {
    task.run();
  }

  @Override
  public <T> Runnable start(ProgressTask.Work<T> work, Events<T> events) {
    AtomicBoolean cancelled = new AtomicBoolean();
    T value;
    try {
      value =
          work.compute(
              new Progress() {
                @Override
                public void update(long done, long total, Message message) {
                  events.progress(
                      done < 0 || total <= 0 ? -1 : Math.min(done, total) / (double) total);
                  if (message != null) {
                    events.message(message);
                  }
                }

                @Override
                public void update(long done, long total, String message) {
                  update(done, total, message == null ? null : Message.plain(message));
                }

                @Override
                public boolean isCancelled() {
                  return cancelled.get();
                }
              });
    } catch (CancellationException e) {
      events.cancelled();
      return () -> {};
    } catch (Exception e) {
      events.failed(e);
      return () -> {};
    }
    events.succeeded(value);
    return () -> cancelled.set(true);
  }
}
