package com.riskworkbench.ui.common;

import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.service.PortfolioPreview;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A team database's book the window left in its database, as a screen asks it for figures: where it
 * is, the as-of month on screen (its latest month until the analyst picks another) and the filter
 * bar's filter.
 */
public record KeptInDatabase(PortfolioOverview overview, YearMonth asOf, SegmentFilter filter) {

  /** The book of {@code state} left in its database; empty for a loaded book, or none. */
  public static Optional<KeptInDatabase> of(WorkbenchState state) {
    if (state.scope().isPresent()) {
      return Optional.empty();
    }
    Optional<PortfolioPreview> kept =
        state.previewProperty().get().filter(PortfolioPreview::inDatabase);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    PortfolioOverview o = kept.get().overview();
    Optional<YearMonth> asOf = Optional.ofNullable(state.asOfProperty().get()).or(o::asOf);
    return asOf.map(m -> new KeptInDatabase(o, m, state.filterProperty().get()));
  }

  /**
   * Has a screen compute again for a book left in its database: {@code recompute} runs when the
   * window's portfolio changes, and — while the book stays in its database — when the as-of month
   * or the filter changes, and when the screen comes on the window ({@code shown}) with nothing to
   * show ({@code missing}).
   */
  public static void follow(
      WorkbenchState state,
      ObservableBooleanValue shown,
      BooleanSupplier missing,
      Runnable recompute) {
    Runnable inDatabase =
        () -> {
          if (state.scope().isEmpty()) {
            recompute.run();
          }
        };
    state.previewProperty().addListener((o, was, now) -> recompute.run());
    state.asOfProperty().addListener(o -> inDatabase.run());
    state.filterProperty().addListener(o -> inDatabase.run());
    shown.addListener(
        (o, was, now) -> {
          if (now && missing.getAsBoolean()) {
            inDatabase.run();
          }
        });
  }

  /** The database's location, as the service takes it. */
  public String location() {
    return overview.location();
  }

  /** The book's currency. */
  public String currency() {
    return overview.currency();
  }
}
