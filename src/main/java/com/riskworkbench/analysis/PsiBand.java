package com.riskworkbench.analysis;

import java.util.Locale;

/**
 * The stability band of a population stability index (docs/methodology.md §16): below 0.10 stable,
 * 0.10 to 0.25 (both included) watch, above 0.25 shifted.
 */
public enum PsiBand {
  STABLE,
  WATCH,
  SHIFTED;

  /** The lowest PSI in the watch band. */
  public static final double WATCH_FROM = 0.10;

  /** The highest PSI in the watch band; anything above is shifted. */
  public static final double SHIFTED_ABOVE = 0.25;

  public static PsiBand of(double psi) {
    if (Double.isNaN(psi)) {
      throw new IllegalArgumentException("PSI is not a number");
    }
    if (psi < WATCH_FROM) {
      return STABLE;
    }
    return psi <= SHIFTED_ABOVE ? WATCH : SHIFTED;
  }

  /** The command-line and JSON name: {@code stable}, {@code watch} or {@code shifted}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
