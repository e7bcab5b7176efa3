package com.riskworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart's value axis fitted by {@link ValueAxes}: the ticks a reader sees, as they read. */
@ExtendWith(ApplicationExtension.class)
class ValueAxesTest {
  final Formats formats = new Formats(Locale.ENGLISH);

  /** Room for five steps of 45 px on the value axis of a chart in it. */
  final StackPane root = new StackPane();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(root, 600, 400));
    stage.show();
  }

  private static List<String> ticks(NumberAxis axis) {
    WaitForAsyncUtils.waitForFxEvents();
    return axis.getTickMarks().stream()
        .map(t -> axis.getTickLabelFormatter().toString(t.getValue()))
        .toList();
  }

  @Test
  void smallRatiosReadAsDistinctPercentagesUpToTheLastTick(FxRobot robot) {
    NumberAxis rates = new NumberAxis();
    LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), rates);
    robot.interact(
        () -> {
          ValueAxes.fit(chart, rates, 100, false, formats::percent);
          XYChart.Series<String, Number> s = new XYChart.Series<>();
          s.getData().add(new XYChart.Data<>("2026-01", 0.0009));
          s.getData().add(new XYChart.Data<>("2026-02", 0.0013));
          chart.getData().add(s);
          root.getChildren().setAll(chart);
        });

    // 0 to 0.13 %, at most 5 steps: 0.01 needs 13, 0.02 needs 7, 0.025 needs 6, 0.05 needs 3;
    // two decimals keep them apart (JavaFX's own range read "0.1% 0.1% 0.1%")
    assertThat(ticks(rates)).containsExactly("0.00%", "0.05%", "0.10%", "0.15%");

    // new data, as the screens give it (a new series): the axis follows, 0 to 7.5 %: 1 needs 8
    // steps, 2 needs 4
    robot.interact(
        () -> {
          XYChart.Series<String, Number> s = new XYChart.Series<>();
          s.getData().add(new XYChart.Data<>("2026-01", 0.075));
          chart.getData().setAll(List.of(s));
        });
    assertThat(ticks(rates)).containsExactly("0%", "2%", "4%", "6%", "8%");
  }

  @Test
  void stackedBarsRangeToTheTallestStackInWholeSteps(FxRobot robot) {
    NumberAxis actions = new NumberAxis();
    StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), actions);
    robot.interact(
        () -> {
          ValueAxes.fit(chart, actions, 1, true, formats::decimal);
          XYChart.Series<String, Number> calls = new XYChart.Series<>();
          calls.getData().add(new XYChart.Data<>("2026-01", 2));
          calls.getData().add(new XYChart.Data<>("2026-02", 1));
          XYChart.Series<String, Number> visits = new XYChart.Series<>();
          visits.getData().add(new XYChart.Data<>("2026-01", 1));
          chart.getData().setAll(List.of(calls, visits));
          root.getChildren().setAll(chart);
        });

    // 2026-01 stacks 2 + 1 = 3 actions; counts step by whole numbers: 0, 1, 2, 3
    assertThat(ticks(actions)).containsExactly("0", "1", "2", "3");
  }
}
