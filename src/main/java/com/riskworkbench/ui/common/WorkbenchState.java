package com.riskworkbench.ui.common;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioPreview;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every screen shares: the open portfolio, the as-of month and the segment filter, combined
 * into one {@link Scope} that screens watch and recompute from; and the drill-down request that
 * takes the analyst to the loans behind a number.
 */
public final class WorkbenchState {

  /**
   * The inputs of every analysis on screen. {@link #resolve()} builds the analysis scope (a pass
   * over the loans): call it off the FX thread.
   */
  public record Scope(OpenedPortfolio portfolio, YearMonth asOf, SegmentFilter filter) {
    public AnalysisScope resolve() {
      return AnalysisScope.of(portfolio.book(), Optional.of(asOf), filter);
    }

    public String currency() {
      return portfolio.overview().currency();
    }
  }

  private final ReadOnlyObjectWrapper<Optional<OpenedPortfolio>> portfolio =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ObjectProperty<YearMonth> asOf = new SimpleObjectProperty<>();
  private final ObjectProperty<SegmentFilter> filter =
      new SimpleObjectProperty<>(SegmentFilter.NONE);
  private final ReadOnlyObjectWrapper<Optional<Scope>> scope =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<LoanSelection> drillDown = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Optional<PortfolioPreview>> preview =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<PortfolioPreview> loadRequest = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<Analyses.Params> params =
      new SimpleObjectProperty<>(Analyses.Params.defaults());
  private boolean updating;

  public WorkbenchState() {
    asOf.addListener(o -> updateScope());
    filter.addListener(o -> updateScope());
    params.addListener(o -> updateScope());
  }

  /** Shows a newly opened portfolio at its latest month, with no filter. */
  public void setPortfolio(Optional<OpenedPortfolio> opened) {
    updating = true;
    try {
      preview.set(Optional.empty());
      portfolio.set(opened);
      filter.set(SegmentFilter.NONE);
      asOf.set(opened.flatMap(p -> p.book().lastMonth()).orElse(null));
    } finally {
      updating = false;
    }
    updateScope();
  }

  /** The months of the open portfolio, oldest first: the choices of the as-of selector. */
  public List<YearMonth> months() {
    return portfolio.get().map(p -> months(p.book())).orElse(List.of());
  }

  /** The months of a book, oldest first. */
  public static List<YearMonth> months(com.riskworkbench.portfolio.book.LoadedPortfolio book) {
    List<YearMonth> months = new ArrayList<>();
    if (book.rows() > 0) {
      for (YearMonth m = book.firstMonth().orElseThrow();
          !m.isAfter(book.lastMonth().orElseThrow());
          m = m.plusMonths(1)) {
        months.add(m);
      }
    }
    return months;
  }

  /** Asks the shell to show the Loans view with these loans. */
  public void drillDown(LoanSelection selection) {
    drillDown.set(null); // the same selection twice must notify twice
    drillDown.set(selection);
  }

  private void updateScope() {
    if (updating) {
      return;
    }
    Optional<OpenedPortfolio> p = portfolio.get();
    scope.set(
        p.isPresent() && asOf.get() != null
            ? Optional.of(new Scope(p.get(), asOf.get(), filter.get()))
            : Optional.empty());
  }

  public ReadOnlyObjectProperty<Optional<OpenedPortfolio>> portfolioProperty() {
    return portfolio.getReadOnlyProperty();
  }

  public ObjectProperty<YearMonth> asOfProperty() {
    return asOf;
  }

  public ObjectProperty<SegmentFilter> filterProperty() {
    return filter;
  }

  /** The analysis parameters (five-category rule, buckets, limits) every screen uses. */
  public ObjectProperty<Analyses.Params> paramsProperty() {
    return params;
  }

  public Analyses.Params params() {
    return params.get();
  }

  /** Portfolio, as-of month and filter together; empty when no portfolio is open. */
  public ReadOnlyObjectProperty<Optional<Scope>> scopeProperty() {
    return scope.getReadOnlyProperty();
  }

  public Optional<Scope> scope() {
    return scope.get();
  }

  /**
   * Shows what a portfolio being opened stored of its months while its book loads: the portfolio
   * shown before is closed. Ends when a portfolio is set, or with an empty preview.
   */
  public void setPreview(Optional<PortfolioPreview> shown) {
    if (shown.isPresent()) {
      setPortfolio(Optional.empty());
    }
    preview.set(shown);
  }

  /** The preview of the portfolio being opened; empty when none is (or once its book is shown). */
  public ReadOnlyObjectProperty<Optional<PortfolioPreview>> previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** Asks the shell to load the book of a portfolio whose analyses stayed in its database. */
  public void requestLoad(PortfolioPreview shown) {
    loadRequest.set(null); // the same request twice must notify twice
    loadRequest.set(shown);
  }

  /** The newest request to load a book left in its database; null before the first. */
  public ReadOnlyObjectProperty<PortfolioPreview> loadRequestProperty() {
    return loadRequest.getReadOnlyProperty();
  }

  /** The newest drill-down request; null before the first. */
  public ReadOnlyObjectProperty<LoanSelection> drillDownProperty() {
    return drillDown.getReadOnlyProperty();
  }
}
