package com.riskworkbench.ui.shell;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.service.BookLookup;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.ScreenContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The values each filter box offers: the loaded book's, or, for a team database whose book stays in
 * the database, the values read from it (in the background, once per open).
 */
final class FilterChoices {
  private final ScreenContext context;
  private final Jobs.Slot slot;
  private final Map<Dimension, ObservableList<String>> choices = new EnumMap<>(Dimension.class);

  FilterChoices(ScreenContext context) {
    this.context = context;
    this.slot = context.jobs().slot();
    for (Dimension d : ShellTexts.FILTERS) {
      choices.put(d, FXCollections.observableArrayList());
    }
    context.state().previewProperty().addListener((o, was, now) -> inDatabase(now));
  }

  /** The choices of a loaded book, or none. */
  void show(Optional<OpenedPortfolio> p) {
    slot.cancel();
    for (Dimension d : ShellTexts.FILTERS) {
      choices.get(d).setAll(p.map(o -> BookLookup.filterValues(o.book(), d)).orElse(List.of()));
    }
  }

  private void inDatabase(Optional<PortfolioPreview> preview) {
    Optional<PortfolioPreview> kept = preview.filter(PortfolioPreview::inDatabase);
    if (kept.isEmpty()) {
      return; // a loaded book's choices come with it (show)
    }
    String where = kept.get().overview().location();
    slot.submit(
        context.messages().getString("filter.loadingInDatabase"),
        progress -> context.service().filterValuesInDatabase(where, ShellTexts.FILTERS),
        values -> values.forEach((d, v) -> choices.get(d).setAll(v)),
        e ->
            org.slf4j.LoggerFactory.getLogger(FilterChoices.class)
                .warn("Cannot read the filters' values from {}: {}", where, e.getMessage(), e));
  }

  ObservableList<String> of(Dimension d) {
    return choices.get(d);
  }
}
