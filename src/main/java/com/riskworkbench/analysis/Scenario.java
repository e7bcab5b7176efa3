package com.riskworkbench.analysis;

import java.util.List;
import java.util.Locale;

/**
 * A stress scenario on the monthly transition matrix (docs/methodology.md §14): every probability
 * of moving to a worse state is multiplied by {@code factor}, the added mass taken from the row's
 * stay-and-cure cells in proportion; {@code worstMonth} estimates the matrix from the single month
 * of the window with the highest CURRENT → 1–29 balance roll rate instead of the whole window.
 */
public record Scenario(String name, double factor, boolean worstMonth) {
  public static final Scenario BASE = new Scenario("base", 1.0, false);
  public static final Scenario ADVERSE = new Scenario("adverse", 1.25, false);
  public static final Scenario SEVERE = new Scenario("severe", 1.5, false);
  public static final Scenario WORST_MONTH = new Scenario("worst-month", 1.0, true);

  public static final List<Scenario> PRESETS = List.of(BASE, ADVERSE, SEVERE, WORST_MONTH);

  public Scenario {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("a scenario factor must be above 0, got " + factor);
    }
  }

  public static Scenario parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Scenario s : PRESETS) {
      if (s.name.equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown scenario '" + text + "'; expected base, adverse, severe or worst-month");
  }
}
