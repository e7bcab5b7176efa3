package com.riskworkbench.service;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.Objects;

/** An open portfolio: its headline facts and the book loaded for analysis. */
public record OpenedPortfolio(PortfolioOverview overview, LoadedPortfolio book) {

  public OpenedPortfolio {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(book, "book");
  }
}
