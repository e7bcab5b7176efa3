package com.riskworkbench.ui.common;

import com.riskworkbench.common.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

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
  private final List<Running> running = new ArrayList<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  private final Function<Message, String> words;

  /** Jobs whose messages are shown in English. */
  public Jobs(BackgroundRunner runner) {
    this(runner, Message::english);
  }

  /** Jobs whose messages are shown in the language of {@code messages}, the window's bundle. */
  public Jobs(BackgroundRunner runner, ResourceBundle messages) {
    this(runner, m -> m.format(messages));
  }

  private Jobs(BackgroundRunner runner, Function<Message, String> words) {
    this.runner = runner;
    this.words = words;
  }

  /** A piece of work started and not yet done: how to cancel it and what it last reported. */
  private static final class Running {
    private Runnable cancel = () -> {};
    private boolean cancelled;
    private double progress = -1;
    private String message = "";

    void cancel() {
      cancelled = true;
      cancel.run();
    }
  }

  /** Work that may hand over a first result ({@code early}) before its last. */
  @FunctionalInterface
  public interface Staged<E, T> {
    T compute(com.riskworkbench.common.Progress progress, Consumer<E> early) throws Exception;
  }

  /** One line of work whose newest task replaces the older ones. */
  public final class Slot {
    private Running current;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    private void setCurrent(Running job) {
      current = job;
      running.set(job != null);
    }

    /** True while this slot's newest task runs. */
    public ReadOnlyBooleanProperty runningProperty() {
      return running.getReadOnlyProperty();
    }

    /**
     * Cancels this slot's previous task and runs {@code work}; {@code onResult} and {@code
     * onFailure} are called on the FX thread, and only for the newest task of the slot: a stale
     * task's result is dropped even when it arrives after all.
     */
    public <T> void submit(
        String label,
        ProgressTask.Work<T> work,
        Consumer<? super T> onResult,
        Consumer<Throwable> onFailure) {
      submitFor(label, job -> work, onResult, onFailure);
    }

    /**
     * Like {@link #submit(String, ProgressTask.Work, Consumer, Consumer)} for work that hands over
     * a first result before its last: {@code onEarly} sees it on the FX thread while this task is
     * still the slot's newest and not cancelled.
     */
    public <E, T> void submit(
        String label,
        Staged<E, T> work,
        Consumer<? super E> onEarly,
        Consumer<? super T> onResult,
        Consumer<Throwable> onFailure) {
      submitFor(
          label,
          job ->
              progress ->
                  work.compute(
                      progress,
                      early ->
                          runner.post(
                              () -> {
                                if (current == job && !job.cancelled) {
                                  onEarly.accept(early);
                                }
                              })),
          onResult,
          onFailure);
    }

    private <T> void submitFor(
        String label,
        Function<Running, ProgressTask.Work<T>> work,
        Consumer<? super T> onResult,
        Consumer<Throwable> onFailure) {
      cancel();
      Running job = new Running();
      setCurrent(job);
      start(
          job,
          work.apply(job),
          label,
          value -> {
            if (current == job) {
              setCurrent(null);
              onResult.accept(value);
            }
          },
          error -> {
            if (current == job) {
              setCurrent(null);
              onFailure.accept(error);
            }
          },
          () -> {
            if (current == job) {
              setCurrent(null);
            }
          });
    }

    public void cancel() {
      if (current != null) {
        Running stale = current;
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
    for (Running t : List.copyOf(running)) {
      t.cancel();
    }
  }

  private <T> void start(
      Running job,
      ProgressTask.Work<T> work,
      String label,
      Consumer<? super T> onResult,
      Consumer<Throwable> onFailure,
      Runnable onCancelled) {
    running.add(job);
    long started = System.nanoTime();
    message.set(label);
    progress.set(-1);
    busy.set(true);
    Runnable cancel =
        runner.start(
            work,
            new BackgroundRunner.Events<T>() {
              @Override
              public void progress(double now) {
                job.progress = now;
                if (isNewest(job)) {
                  progress.set(now);
                }
              }

              @Override
              public void message(Message reported) {
                String now = reported == null ? "" : words.apply(reported);
                job.message = now;
                if (isNewest(job) && now != null && !now.isEmpty()) {
                  message.set(now);
                }
              }

              @Override
              public void succeeded(T value) {
                done(job, label, "SUCCEEDED", started);
                onResult.accept(value);
              }

              @Override
              public void failed(Throwable error) {
                done(job, label, "FAILED", started);
                onFailure.accept(error);
              }

              @Override
              public void cancelled() {
                done(job, label, "CANCELLED", started);
                onCancelled.run();
              }
            });
    if (running.contains(job)) {
      job.cancel = cancel;
      if (job.cancelled) {
        cancel.run();
      }
    }
  }

  private boolean isNewest(Running job) {
    return !running.isEmpty() && running.get(running.size() - 1) == job;
  }

  private void done(Running job, String label, String how, long started) {
    if (TRACE) {
      System.err.printf(
          "job %-45s %-9s %7.2f s%n", label, how, (System.nanoTime() - started) / 1e9);
    }
    running.remove(job);
    busy.set(!running.isEmpty());
    if (running.isEmpty()) {
      progress.set(0);
      message.set("");
    } else {
      Running newest = running.get(running.size() - 1);
      progress.set(newest.progress);
      message.set(newest.message);
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
