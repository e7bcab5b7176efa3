package com.riskworkbench.ui.common;

import java.util.Locale;

/**
 * Inline styles that colour a heat-map cell from its value. The colours are light tints with dark
 * text, so that the figure stays readable in the light and the dark theme alike.
 */
public final class HeatScale {
  /** Colour ramps, from the tint of the lowest value to that of the highest. */
  public enum Ramp {
    /** Green → amber → red: low is good, high is bad (bad rates). */
    RISK(new int[][] {{220, 242, 224}, {252, 230, 168}, {242, 160, 150}}),
    /** White → red: moves to a worse state. */
    WORSE(new int[][] {{253, 246, 245}, {242, 160, 150}}),
    /** White → green: cures. */
    BETTER(new int[][] {{245, 252, 246}, {150, 214, 165}}),
    /** White → blue: staying in the same state. */
    SAME(new int[][] {{245, 248, 253}, {160, 196, 240}}),
    /** White → grey: no row the next month. */
    MUTED(new int[][] {{248, 248, 248}, {200, 200, 200}});

    private final int[][] stops;

    Ramp(int[][] stops) {
      this.stops = stops;
    }
  }

  private static final String TEXT = "#1f2328";

  private HeatScale() {}

  /**
   * The style of a cell whose value is at {@code position} (0–1, clamped) along the ramp; an empty
   * string for NaN, so that an undefined value has no colour.
   */
  public static String style(double position, Ramp ramp) {
    if (Double.isNaN(position)) {
      return "";
    }
    double t = Math.max(0, Math.min(1, position));
    int[][] stops = ramp.stops;
    double scaled = t * (stops.length - 1);
    int i = Math.min((int) scaled, stops.length - 2);
    double f = scaled - i;
    int[] a = stops[i];
    int[] b = stops[i + 1];
    return String.format(
        Locale.ROOT,
        "-fx-background-color: rgb(%d,%d,%d); -fx-text-fill: %s;",
        mix(a[0], b[0], f),
        mix(a[1], b[1], f),
        mix(a[2], b[2], f),
        TEXT);
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }
}
