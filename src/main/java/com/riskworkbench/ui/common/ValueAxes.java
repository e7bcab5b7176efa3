package com.riskworkbench.ui.common;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.beans.InvalidationListener;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Ranges a chart's value axis itself, on the readable steps of {@link AxisTicks}, whenever the
 * chart's data change, and labels each tick with the decimals the step needs. JavaFX's own auto
 * range picks steps such as 2.5 and leaves the labels to a fixed format, which reads "0% 2% 5% 8%".
 */
public final class ValueAxes {
  /** At most five steps: more crowd a chart of the window at 1280 × 800. */
  private static final int STEPS = 5;

  /**
   * The least room a step gets on screen; JavaFX hides a tick label that comes near its neighbour,
   * and on a short axis that was the top one.
   */
  private static final double STEP_PIXELS = 45;

  /** How a tick reads: the value in the axis's units, with {@code decimals} in label units. */
  @FunctionalInterface
  public interface TickLabel {
    String format(double value, int decimals);
  }

  private ValueAxes() {}

  /**
   * Fits {@code axis} (one of {@code chart}'s axes) to the chart's data from now on, zero included.
   *
   * @param scale label units per axis unit: 100 for a ratio 0–1 labelled in percent, else 1
   * @param wholeNumbers true for counts, whose steps are never below 1
   */
  public static void fit(
      XYChart<?, ?> chart, NumberAxis axis, double scale, boolean wholeNumbers, TickLabel label) {
    axis.setAutoRanging(false);
    // ranges set here jump to their readable ticks; an animated axis shows steps between them
    axis.setAnimated(false);
    axis.setMinorTickVisible(false);
    InvalidationListener refit = o -> refit(chart, axis, scale, wholeNumbers, label);
    Set<XYChart.Series<?, ?>> watched = Collections.newSetFromMap(new WeakHashMap<>());
    chart
        .getData()
        .addListener(
            (InvalidationListener)
                o -> {
                  for (XYChart.Series<?, ?> s : chart.getData()) {
                    if (watched.add(s)) {
                      s.getData().addListener(refit);
                    }
                  }
                  refit.invalidated(o);
                });
    (chart.getYAxis() == axis ? axis.heightProperty() : axis.widthProperty()).addListener(refit);
    refit(chart, axis, scale, wholeNumbers, label);
  }

  private static void refit(
      XYChart<?, ?> chart, NumberAxis axis, double scale, boolean wholeNumbers, TickLabel label) {
    boolean vertical = chart.getYAxis() == axis;
    boolean stacked = chart instanceof StackedBarChart || chart instanceof StackedAreaChart;
    double min = 0;
    double max = 0;
    Map<Object, double[]> stacks = new HashMap<>();
    for (XYChart.Series<?, ?> s : chart.getData()) {
      for (XYChart.Data<?, ?> d : s.getData()) {
        Object value = vertical ? d.getYValue() : d.getXValue();
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
          continue;
        }
        double v = n.doubleValue();
        if (stacked) {
          // a stack reaches the sum of its positive parts up and of its negative parts down
          double[] ends =
              stacks.computeIfAbsent(vertical ? d.getXValue() : d.getYValue(), k -> new double[2]);
          ends[v < 0 ? 0 : 1] += v;
          min = Math.min(min, ends[0]);
          max = Math.max(max, ends[1]);
        } else {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    double length = vertical ? axis.getHeight() : axis.getWidth();
    int steps = length > 0 ? (int) Math.max(2, Math.min(STEPS, length / STEP_PIXELS)) : STEPS;
    AxisTicks ticks =
        wholeNumbers
            ? AxisTicks.whole(min * scale, max * scale, steps)
            : AxisTicks.of(min * scale, max * scale, steps);
    if (ticks.equals(axis.getProperties().put(AxisTicks.class, ticks))) {
      return; // a new size that needs no new ticks: no new layout either
    }
    axis.setLowerBound(ticks.lower() / scale);
    axis.setUpperBound(ticks.upper() / scale);
    axis.setTickUnit(ticks.step() / scale);
    axis.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number n) {
            return n == null ? "" : label.format(n.doubleValue(), ticks.decimals());
          }

          @Override
          public Number fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
  }
}
