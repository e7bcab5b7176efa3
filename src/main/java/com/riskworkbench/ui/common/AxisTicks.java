package com.riskworkbench.ui.common;

import java.math.BigDecimal;

/**
 * The ticks of a value axis: bounds on a readable step (1, 2, 2.5 or 5 × 10^k) that enclose the
 * data, and the number of decimals that keeps neighbouring tick labels apart. Works in the units
 * the labels show (percent points for a percentage axis), so that "2.5" gets its decimal.
 *
 * @param lower the first tick, at or below the smallest value
 * @param upper the last tick, at or above the largest value
 * @param step the distance between ticks
 * @param decimals how many decimals a tick label needs so that no two ticks read the same
 */
public record AxisTicks(double lower, double upper, double step, int decimals) {
  private static final String[] MANTISSAS = {"1", "2", "2.5", "5"};

  /**
   * Ticks for values from {@code min} to {@code max} with at most {@code maxSteps} steps between
   * the bounds. A flat range (one value) gets a step around it; no data (NaN) gets 0 to 1.
   */
  public static AxisTicks of(double min, double max, int maxSteps) {
    return ticks(min, max, maxSteps, Integer.MIN_VALUE);
  }

  /** Ticks for counts: as {@link #of}, but never a step below 1 (no "0.5 loans"). */
  public static AxisTicks whole(double min, double max, int maxSteps) {
    return ticks(min, max, maxSteps, 0);
  }

  private static AxisTicks ticks(double min, double max, int maxSteps, int minExponent) {
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      return ticks(0, 1, maxSteps, minExponent);
    }
    double low = Math.min(min, max);
    double high = Math.max(min, max);
    if (high == low) {
      // one value: ±10 % around it, or 0 to 1 for zero itself
      double pad = Math.abs(low) * 0.1;
      return low == 0
          ? ticks(0, 1, maxSteps, minExponent)
          : ticks(low - pad, low + pad, maxSteps, minExponent);
    }
    int steps = Math.max(1, maxSteps);
    int exponent = Math.max(minExponent, (int) Math.floor(Math.log10((high - low) / steps)));
    for (int e = exponent; ; e++) {
      for (String mantissa : MANTISSAS) {
        BigDecimal step = new BigDecimal(mantissa).scaleByPowerOfTen(e);
        double s = step.doubleValue();
        // a value a hair above a tick (floating-point dust) still sits on that tick
        long first = (long) Math.floor(low / s + 1e-9);
        long last = (long) Math.ceil(high / s - 1e-9);
        if (last - first <= steps) {
          return new AxisTicks(
              step.multiply(BigDecimal.valueOf(first)).doubleValue(),
              step.multiply(BigDecimal.valueOf(last)).doubleValue(),
              s,
              Math.max(0, step.stripTrailingZeros().scale()));
        }
      }
    }
  }
}
