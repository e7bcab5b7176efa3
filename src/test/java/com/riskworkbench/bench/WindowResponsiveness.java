package com.riskworkbench.bench;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.service.FilePortfolioService;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.common.ExecutorBackgroundRunner;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.dashboard.DashboardViewModel;
import com.riskworkbench.ui.shell.Desktop;
import com.riskworkbench.ui.shell.MainView;
import com.riskworkbench.ui.shell.MainViewModel;
import com.riskworkbench.ui.shell.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the window behaves on a large portfolio, to run by hand (docs/benchmarks.md), not a unit
 * test: the real window (headless, Monocle) opens the portfolio with the real background runner
 * while a pulse timer measures the longest time the FX thread was busy (a frame the user would see
 * frozen). Reference in the same run: the same load and the eight analyses without a window.
 *
 * <pre>
 * docs/bench/window.sh target/bench/imported.mv.db
 * </pre>
 */
public final class WindowResponsiveness {
  private static final AtomicLong lastPulse = new AtomicLong();
  private static final AtomicLong worstGap = new AtomicLong();
  private static final AtomicLong progressUpdates = new AtomicLong();
  private static final AtomicLong opened = new AtomicLong();

  private WindowResponsiveness() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Path home = Files.createTempDirectory("rw-window-bench");
    System.out.println("| step | time | longest FX-thread stall |");
    System.out.println("|---|---|---|");

    // Reference: the engine alone, no window (cold: no book cache).
    long t0 = System.nanoTime();
    LoadedPortfolio book;
    try (PortfolioRepository repo = PortfolioRepository.open(file)) {
      book = repo.load(Progress.NONE, Optional.empty());
    }
    long t1 = System.nanoTime();
    AnalysisScope scope = AnalysisScope.all(book);
    for (Analyses.Kind k : Analyses.Kind.values()) {
      Analyses.run(k, scope, Analyses.Params.defaults());
    }
    long t2 = System.nanoTime();
    row("reference: load without a window (no cache)", t1 - t0, -1);
    row("reference: the eight analyses without a window", t2 - t1, -1);
    book = null;

    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    // The window's theme, as WorkbenchApplication sets it: the screens' colours look it up.
    onFx(
        () ->
            javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    ExecutorBackgroundRunner runner = new ExecutorBackgroundRunner();
    AtomicReference<AppContext> context = new AtomicReference<>();
    onFx(
        () -> {
          AppContext c =
              new AppContext(
                  new FilePortfolioService(
                      home,
                      TapeSource.classpath("sample-data"),
                      Optional.of(home.resolve("cache"))),
                  (f, out, asOf, filter, progress) -> {},
                  runner,
                  Locale.ENGLISH,
                  Desktop.none(),
                  UserSettings.inMemory());
          Stage stage = new Stage();
          stage.setScene(new Scene(c.views().load(MainView.class), 1280, 800));
          stage.show();
          c.screens().state().portfolioProperty().addListener(o -> opened.incrementAndGet());
          if (Boolean.getBoolean("bench.trace")) {
            long start = System.nanoTime();
            c.screens()
                .state()
                .scopeProperty()
                .addListener(
                    (o, was, now) ->
                        System.err.printf(
                            "%8.2f s  scope %s%n",
                            (System.nanoTime() - start) / 1e9,
                            now.map(x -> x.asOf() + " " + x.filter().describe()).orElse("none")));
            c.mainViewModel()
                .errorProperty()
                .addListener((o, was, now) -> System.err.println("error: " + now));
            c.screens()
                .jobs()
                .busyProperty()
                .addListener(
                    (o, was, now) ->
                        System.err.printf(
                            "%8.2f s  busy %s%n", (System.nanoTime() - start) / 1e9, now));
            c.screens()
                .jobs()
                .messageProperty()
                .addListener(
                    (o, was, now) ->
                        System.err.printf("%8.2f s  %s%n", (System.nanoTime() - start) / 1e9, now));
          }
          c.mainViewModel()
              .progressProperty()
              .addListener((o, was, now) -> progressUpdates.incrementAndGet());
          new AnimationTimer() {
            @Override
            public void handle(long now) {
              long last = lastPulse.getAndSet(now);
              if (last != 0) {
                worstGap.accumulateAndGet(now - last, Math::max);
              }
            }
          }.start();
          context.set(c);
        });
    MainViewModel main = context.get().mainViewModel();

    // Cancel during a cold open: how long until the window is idle again.
    resetStall();
    progressUpdates.set(0);
    onFx(() -> main.open(file));
    waitUntil(() -> progressUpdates.get() >= 5); // well into the load
    long c0 = System.nanoTime();
    onFx(main::cancel);
    waitUntil(() -> !main.busyProperty().get());
    row("Cancel pressed during a cold open → window idle", System.nanoTime() - c0, stall());

    // Cold open (no cache): the dashboard's stored figures first, then the book, then every
    // screen's figures computed in the background.
    resetStall();
    progressUpdates.set(0);
    long before = opened.get();
    DashboardViewModel dashboard = context.get().model(DashboardViewModel.class);
    if (Boolean.getBoolean("bench.dropCaches")) {
      // cold for the operating system too (root only): the file's pages leave the page cache
      new ProcessBuilder("sh", "-c", "sync; echo 3 > /proc/sys/vm/drop_caches")
          .inheritIO()
          .start()
          .waitFor();
    }
    long o0 = System.nanoTime();
    onFx(() -> main.open(file));
    waitUntil(() -> !dashboard.outstandingProperty().get().equals(Formats.NONE));
    long first = System.nanoTime();
    row("open, cold: the dashboard's first figures on screen", first - o0, stall());
    waitUntil(() -> opened.get() > before);
    long o1 = System.nanoTime();
    waitUntil(() -> !main.busyProperty().get());
    long o2 = System.nanoTime();
    row("open, cold (progress bar moved " + progressUpdates.get() + " times)", o1 - o0, stall());
    row("… then every screen's figures, in the background", o2 - o1, stall());

    // Warm open (book cache present).
    resetStall();
    long before2 = opened.get();
    long w0 = System.nanoTime();
    onFx(() -> main.open(file));
    waitUntil(() -> opened.get() > before2 && !main.busyProperty().get());
    row(
        "open again (book cache), figures of every screen included",
        System.nanoTime() - w0,
        stall());

    // Switching screens: the figures are there; the first visit loads the view.
    for (Screen s : Screen.values()) {
      resetStall();
      long s0 = System.nanoTime();
      onFx(() -> main.screenProperty().set(s));
      long s1 = System.nanoTime();
      onFx(() -> {}); // the next pulse lays the screen out
      row("switch to " + s + " (first visit)", s1 - s0, stall());
    }
    for (Screen s : List.of(Screen.DASHBOARD, Screen.VINTAGE, Screen.ROLL_RATES)) {
      resetStall();
      long s0 = System.nanoTime();
      onFx(() -> main.screenProperty().set(s));
      row("switch to " + s + " (again)", System.nanoTime() - s0, stall());
    }

    // A filter change recomputes every screen in the background.
    resetStall();
    long f0 = System.nanoTime();
    onFx(
        () ->
            main.setFilter(
                Dimension.CHANNEL, List.of(main.filterChoices(Dimension.CHANNEL).get(0))));
    waitUntil(() -> !main.busyProperty().get());
    row("filter by one channel → every screen recomputed", System.nanoTime() - f0, stall());

    runner.close();
    Platform.exit();
  }

  private static void row(String step, long nanos, long stallNanos) {
    System.out.printf(
        "| %s | %.2f s | %s |%n",
        step, nanos / 1e9, stallNanos < 0 ? "—" : String.format("%.0f ms", stallNanos / 1e6));
  }

  private static void resetStall() throws Exception {
    onFx(
        () -> {
          lastPulse.set(0);
          worstGap.set(0);
        });
  }

  private static long stall() {
    return worstGap.get();
  }

  private static void onFx(Runnable r) throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          try {
            r.run();
          } finally {
            done.countDown();
          }
        });
    if (!done.await(5, TimeUnit.MINUTES)) {
      throw new IllegalStateException("FX thread stuck");
    }
  }

  private static void waitUntil(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.MINUTES,
        () -> {
          AtomicReference<Boolean> ok = new AtomicReference<>(false);
          onFx(() -> ok.set(condition.getAsBoolean()));
          return ok.get();
        });
  }
}
