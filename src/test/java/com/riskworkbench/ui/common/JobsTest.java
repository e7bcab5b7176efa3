package com.riskworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;

/** Jobs without the FX toolkit: a runner that holds work until the test lets it finish. */
class JobsTest {

  /** Holds each piece of work; the test computes and reports it when it likes. */
  static final class HeldWork implements BackgroundRunner {
    record Held(ProgressTask.Work<?> work, Events<?> events) {
      @SuppressWarnings("unchecked")
      void finish() throws Exception {
        ((Events<Object>) events).succeeded(work.compute(com.riskworkbench.common.Progress.NONE));
      }
    }

    final List<Held> held = new ArrayList<>();

    @Override
    public void run(Task<?> task) {
      throw new AssertionError("no FX task in this test");
    }

    @Override
    public void post(Runnable action) {
      action.run(); // this test's thread plays the FX thread
    }

    @Override
    public <T> Runnable start(ProgressTask.Work<T> work, Events<T> events) {
      held.add(new Held(work, events));
      return () -> {}; // a cancelled task that finishes anyway: its result must still be dropped
    }
  }

  @Test
  void aStaleResultOfASlotIsNeverDelivered() throws Exception {
    HeldWork runner = new HeldWork();
    Jobs jobs = new Jobs(runner);
    Jobs.Slot slot = jobs.slot();
    List<String> delivered = new ArrayList<>();

    slot.submit("first", p -> "old", delivered::add, e -> delivered.add("failed"));
    slot.submit("second", p -> "new", delivered::add, e -> delivered.add("failed"));
    // The first finishes after the second was submitted, then the second.
    runner.held.get(0).finish();
    assertThat(delivered).isEmpty();
    runner.held.get(1).finish();

    assertThat(delivered).containsExactly("new");
    assertThat(slot.isRunning()).isFalse();
    assertThat(jobs.busyProperty().get()).isFalse();
  }

  @Test
  void theSameThreadRunnerDeliversAtOnceWithoutTheToolkit() {
    Jobs jobs = new Jobs(BackgroundRunner.sameThread());
    List<Integer> delivered = new ArrayList<>();

    jobs.slot().submit("sum", p -> 2 + 3, delivered::add, e -> {});

    assertThat(delivered).containsExactly(5);
    assertThat(jobs.busyProperty().get()).isFalse();
  }

  @Test
  void anEarlyResultArrivesBeforeTheLastAndNeverFromAStaleTask() throws Exception {
    HeldWork runner = new HeldWork();
    Jobs.Slot slot = new Jobs(runner).slot();
    List<String> seen = new ArrayList<>();
    Jobs.Staged<String, String> first =
        (p, early) -> {
          early.accept("first's preview");
          return "first";
        };
    Jobs.Staged<String, String> second =
        (p, early) -> {
          early.accept("second's preview");
          return "second";
        };

    slot.submit("first", first, e -> seen.add("early: " + e), seen::add, e -> seen.add("failed"));
    slot.submit("second", second, e -> seen.add("early: " + e), seen::add, e -> seen.add("x"));
    // The first, replaced by the second, runs to its end anyway: neither of its results shows.
    runner.held.get(0).finish();
    assertThat(seen).isEmpty();
    runner.held.get(1).finish();

    assertThat(seen).containsExactly("early: second's preview", "second");
  }

  @Test
  void aCancelledTaskHandsOverNothingEarly() throws Exception {
    HeldWork runner = new HeldWork();
    Jobs.Slot slot = new Jobs(runner).slot();
    List<String> seen = new ArrayList<>();
    Jobs.Staged<String, String> work =
        (p, early) -> {
          early.accept("preview");
          return "book";
        };

    slot.submit("open", work, seen::add, seen::add, e -> seen.add("failed"));
    slot.cancel();
    runner.held.get(0).finish();

    assertThat(seen).isEmpty();
  }
}
