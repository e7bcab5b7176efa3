package com.riskworkbench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Runs tasks on a small pool of daemon threads, so an unfinished task never keeps the JVM up. */
public final class ExecutorBackgroundRunner implements BackgroundRunner, AutoCloseable {
  private final ExecutorService executor;

  public ExecutorBackgroundRunner() {
    AtomicInteger n = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "workbench-background-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void run(Task<?> task) {
    executor.execute(task);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
