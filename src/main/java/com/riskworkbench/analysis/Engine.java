package com.riskworkbench.analysis;

import java.util.Locale;

/**
 * Where an analysis runs (docs/methodology.md, "Engines"): in memory over the loaded book, or
 * inside the database, which sends back only results.
 */
public enum Engine {
  MEMORY,
  DATABASE;

  /**
   * The size of a team database's book, in loan months, from which the database engine is the
   * default.
   */
  public static final long DEFAULT_MIN_LOAN_MONTHS = 20_000_000L;

  /** The system property that moves {@link #DEFAULT_MIN_LOAN_MONTHS}. */
  public static final String MIN_LOAN_MONTHS_PROPERTY = "rw.engine.database.minLoanMonths";

  public static Engine parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "memory" -> MEMORY;
      case "database" -> DATABASE;
      default ->
          throw new IllegalArgumentException(
              "unknown engine '" + text + "'; expected memory or database");
    };
  }

  /**
   * The engine used when none is asked for: memory for a file; for a team database, the database
   * engine when its book holds more than {@code minLoanMonths} loan months.
   */
  public static Engine defaultFor(boolean server, long loanMonths, long minLoanMonths) {
    return server && loanMonths > minLoanMonths ? DATABASE : MEMORY;
  }

  /** {@link #MIN_LOAN_MONTHS_PROPERTY} when set to a whole number, else the default. */
  public static long minLoanMonths(String property) {
    if (property == null || property.isBlank()) {
      return DEFAULT_MIN_LOAN_MONTHS;
    }
    try {
      return Long.parseLong(property.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          MIN_LOAN_MONTHS_PROPERTY
              + " must be a whole number of loan months, got '"
              + property
              + "'");
    }
  }
}
