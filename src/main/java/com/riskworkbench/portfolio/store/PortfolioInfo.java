package com.riskworkbench.portfolio.store;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** What {@code info} shows about a portfolio. */
public record PortfolioInfo(
    PortfolioLocation location,
    String name,
    int schemaVersion,
    String currency,
    Optional<YearMonth> firstMonth,
    Optional<YearMonth> lastMonth,
    int months,
    long borrowers,
    long loans,
    long loanMonths,
    long collectionActions,
    long fraudCases) {

  public PortfolioInfo {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(lastMonth, "lastMonth");
  }

  /**
   * The portfolio file.
   *
   * @throws IllegalStateException for a portfolio in a database; use {@link #location()}
   */
  public Path file() {
    if (location instanceof PortfolioLocation.File f) {
      return f.path();
    }
    throw new IllegalStateException("The portfolio is in a database, not a file: " + location);
  }
}
