package com.riskworkbench.service;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** The headline facts of an opened portfolio, as the window first shows them. */
public record PortfolioOverview(
    Path file,
    String name,
    String currency,
    Optional<YearMonth> asOf,
    int months,
    long loans,
    long activeLoans,
    long outstandingCents) {

  public PortfolioOverview {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(asOf, "asOf");
  }
}
