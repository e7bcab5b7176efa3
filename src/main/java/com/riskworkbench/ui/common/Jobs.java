package com.riskworkbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * All background work of the window, started through the one injected {@link BackgroundRunner}. The
 * status bar binds to {@link #busyProperty()}, {@link #progressProperty()} and {@link
 * #messageProperty()} (those of the newest running task); Cancel calls {@link #cancelAll()}. Each
 * screen takes a {@link Slot}: submitting to a slot cancels the slot's stale task, so a filter
 * change never lets an old result overwrite a new one. Call from the FX thread only.
 */
public final class Jobs {
  /** {@code -Driskworkbench.traceJobs=true} prints each task's time (for benchmarks). */
  private static final boolean TRACE = Boolean.getBoolean("riskworkbench.traceJobs");

  private final BackgroundRunner runner;
  private final List<Task<?>> running = new ArrayList<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public Jobs(BackgroundRunner runner) {
    this.runner = runner;
  }

  /** One line of work whose newest task replaces the older ones. */
  public final class Slot {
    private Task<?> current;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    private void setCurrent(Task<?> task) {
      current = task;
      running.set(task != null);
    }

    /** True while this slot's newest task runs. */
    public ReadOnlyBooleanProperty runningProperty() {
      return running.getReadOnlyProperty();
    }

    /**
     * Cancels this slot's previous task and runs {@code work}; {@code onResult} and {@code
     * onFailure} are called on the FX thread, and only for the newest task of the slot.
     */
    public <T> void submit(
        String label,
        ProgressTask.Work<T> work,
        Consumer<? super T> onResult,
        Consumer<Throwable> onFailure) {
      cancel();
      ProgressTask<T> task = ProgressTask.of(work);
      setCurrent(task);
      start(
          task,
          label,
          value -> {
            if (current == task) {
              setCurrent(null);
              onResult.accept(value);
            }
          },
          error -> {
            if (current == task) {
              setCurrent(null);
              onFailure.accept(error);
            }
          },
          () -> {
            if (current == task) {
              setCurrent(null);
            }
          });
    }

    public void cancel() {
      if (current != null) {
        Task<?> stale = current;
        setCurrent(null);
        stale.cancel();
      }
    }

    public boolean isRunning() {
      return current != null;
    }
  }

  public Slot slot() {
    return new Slot();
  }

  /** Cancels every running task (the status bar's Cancel button). */
  public void cancelAll() {
    for (Task<?> t : List.copyOf(running)) {
      t.cancel();
    }
  }

  private <T> void start(
      Task<T> task,
      String label,
      Consumer<? super T> onResult,
      Consumer<Throwable> onFailure,
      Runnable onCancelled) {
    running.add(task);
    long started = System.nanoTime();
    if (TRACE) {
      task.stateProperty()
          .addListener(
              (o, was, now) -> {
                if (task.isDone()) {
                  System.err.printf(
                      "job %-45s %-9s %7.2f s%n", label, now, (System.nanoTime() - started) / 1e9);
                }
              });
    }
    task.messageProperty()
        .addListener(
            (o, was, now) -> {
              if (isNewest(task) && now != null && !now.isEmpty()) {
                message.set(now);
              }
            });
    task.progressProperty()
        .addListener(
            (o, was, now) -> {
              if (isNewest(task)) {
                progress.set(now.doubleValue());
              }
            });
    task.setOnSucceeded(
        e -> {
          done(task);
          onResult.accept(task.getValue());
        });
    task.setOnFailed(
        e -> {
          done(task);
          onFailure.accept(task.getException());
        });
    task.setOnCancelled(
        e -> {
          done(task);
          onCancelled.run();
        });
    message.set(label);
    progress.set(-1);
    busy.set(true);
    runner.run(task);
  }

  private boolean isNewest(Task<?> task) {
    return !running.isEmpty() && running.get(running.size() - 1) == task;
  }

  private void done(Task<?> task) {
    running.remove(task);
    busy.set(!running.isEmpty());
    if (running.isEmpty()) {
      progress.set(0);
      message.set("");
    } else {
      Task<?> newest = running.get(running.size() - 1);
      progress.set(newest.getProgress());
      message.set(newest.getMessage() == null ? "" : newest.getMessage());
    }
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Progress of the newest running task, 0–1, or -1 while indeterminate. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What the newest running task is doing; empty when idle. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
