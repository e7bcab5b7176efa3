package com.riskworkbench.service;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The headline facts of an opened portfolio, as the window first shows them. {@code location} is
 * the file's absolute path or the database URL without password: what the window shows and
 * remembers, and what it passes back to the services.
 */
public record PortfolioOverview(
    String location,
    String name,
    String currency,
    Optional<YearMonth> asOf,
    int months,
    long loans,
    long activeLoans,
    long outstandingCents) {

  public PortfolioOverview {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * The first month with data: the portfolio's months counted back from its latest (they run
   * without a gap); empty without data.
   */
  public Optional<YearMonth> firstMonth() {
    return asOf.map(last -> last.minusMonths(Math.max(months, 1) - 1L));
  }

  /** The portfolio's file; empty for a team database. */
  public Optional<Path> file() {
    return isDatabase() ? Optional.empty() : Optional.of(Path.of(location));
  }

  /** True for a team database (a {@code jdbc:postgresql:} URL, shown without its password). */
  public boolean isDatabase() {
    return location.regionMatches(true, 0, "jdbc:", 0, 5);
  }
}
