package com.riskworkbench.ui.common;

import com.riskworkbench.common.Message;
import javafx.concurrent.Task;

/**
 * Runs background work. The window's runner runs each piece as a JavaFX {@link Task} on a pool and
 * reports on the FX thread; tests inject {@link #sameThread()}, which runs it at once on the
 * calling thread and needs no FX toolkit, so that view models can be tested in plain JUnit.
 */
public interface BackgroundRunner {

  void run(Task<?> task);

  /** What a piece of work reports, in order; exactly one of the last three is called. */
  interface Events<T> {
    void progress(double progress);

    /** What the work is doing, in words of the bundle: the listener renders it. */
    void message(Message message);

    void succeeded(T value);

    void failed(Throwable error);

    void cancelled();
  }

  /**
   * Starts {@code work}, reporting to {@code events} on the FX thread; returns what cancels it. By
   * default as a {@link ProgressTask} handed to {@link #run(Task)}.
   */
  default <T> Runnable start(ProgressTask.Work<T> work, Events<T> events) {
    ProgressTask<T> task = ProgressTask.of(work);
    task.messageProperty().addListener((o, was, now) -> events.message(task.latestMessage()));
    task.progressProperty().addListener((o, was, now) -> events.progress(now.doubleValue()));
    task.setOnSucceeded(e -> events.succeeded(task.getValue()));
    task.setOnFailed(e -> events.failed(task.getException()));
    task.setOnCancelled(e -> events.cancelled());
    run(task);
    return task::cancel;
  }

  /**
   * Runs {@code action} on the thread events are reported on (the FX thread; at once for {@link
   * #sameThread()}): how work hands over a result before its last.
   */
  default void post(Runnable action) {
    javafx.application.Platform.runLater(action);
  }

  /** Runs each piece of work at once on the calling thread, without the FX toolkit. */
  static BackgroundRunner sameThread() {
    return new SameThreadRunner();
  }
}
