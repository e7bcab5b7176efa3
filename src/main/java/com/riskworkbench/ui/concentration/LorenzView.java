package com.riskworkbench.ui.concentration;

import com.riskworkbench.ui.common.OnScreen;
import com.riskworkbench.ui.concentration.LorenzViewModel.Point;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.util.StringConverter;

/** The Lorenz tab of the Concentration screen: binds to {@link LorenzViewModel}. */
public final class LorenzView {
  private final LorenzViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private RadioButton borrowerChoice;
  @FXML private RadioButton segmentChoice;
  @FXML private ProgressIndicator lorenzBusy;
  @FXML private Label lorenzError;
  @FXML private Label unitsValue;
  @FXML private Label giniValue;
  @FXML private Label top1Value;
  @FXML private Label top5Value;
  @FXML private Label top10Value;
  @FXML private LineChart<Number, Number> lorenzChart;
  @FXML private NumberAxis populationAxis;
  @FXML private NumberAxis exposureAxis;

  public LorenzView(LorenzViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    model.shownOnScreenProperty().bind(OnScreen.of(borrowerChoice));
    borrowerChoice.setSelected(model.byBorrowerProperty().get());
    segmentChoice.setSelected(!model.byBorrowerProperty().get());
    borrowerChoice.selectedProperty().bindBidirectional(model.byBorrowerProperty());
    model.byBorrowerProperty().addListener((o, was, now) -> segmentChoice.setSelected(!now));
    segmentChoice.textProperty().bind(model.segmentChoiceProperty());
    lorenzBusy.visibleProperty().bind(model.busyBinding());
    lorenzError.textProperty().bind(model.errorProperty());
    lorenzError.visibleProperty().bind(model.errorProperty().isNotEmpty());
    lorenzError.managedProperty().bind(lorenzError.visibleProperty());
    unitsValue.textProperty().bind(model.unitsProperty());
    giniValue.textProperty().bind(model.giniProperty());
    top1Value.textProperty().bind(model.top1Property());
    top5Value.textProperty().bind(model.top5Property());
    top10Value.textProperty().bind(model.top10Property());
    lorenzChart.titleProperty().bind(model.chartTitleProperty());
    for (NumberAxis axis : List.of(populationAxis, exposureAxis)) {
      axis.setTickLabelFormatter(
          new StringConverter<>() {
            @Override
            public String toString(Number n) {
              return model.axisPercent(n.doubleValue(), 0);
            }

            @Override
            public Number fromString(String s) {
              throw new UnsupportedOperationException();
            }
          });
    }
    model.points().addListener((ListChangeListener<Point>) c -> show());
    show();
  }

  private void show() {
    XYChart.Series<Number, Number> curve = new XYChart.Series<>();
    curve.setName(resources.getString("lorenz.seriesCurve"));
    for (Point p : model.points()) {
      curve.getData().add(new XYChart.Data<>(p.populationPercent(), p.exposurePercent()));
    }
    XYChart.Series<Number, Number> equality = new XYChart.Series<>();
    equality.setName(resources.getString("lorenz.seriesEquality"));
    if (!model.points().isEmpty()) {
      equality.getData().add(new XYChart.Data<>(0, 0));
      equality.getData().add(new XYChart.Data<>(100, 100));
    }
    lorenzChart.getData().setAll(List.of(curve, equality));
  }
}
