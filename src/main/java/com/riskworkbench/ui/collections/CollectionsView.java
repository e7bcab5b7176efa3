package com.riskworkbench.ui.collections;

import com.riskworkbench.ui.collections.CollectionsRows.Chart;
import com.riskworkbench.ui.collections.CollectionsRows.CohortRow;
import com.riskworkbench.ui.collections.CollectionsRows.Kpis;
import com.riskworkbench.ui.collections.CollectionsRows.Point;
import com.riskworkbench.ui.collections.CollectionsRows.Series;
import com.riskworkbench.ui.collections.CollectionsRows.StatsRow;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.ValueAxes;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The Collections screen's controller: binds to {@link CollectionsViewModel} and nothing more. */
public final class CollectionsView {
  private final CollectionsViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private Label scopeLabel;
  @FXML private Label actionsValue;
  @FXML private Label contactValue;
  @FXML private Label promiseValue;
  @FXML private Label recoveredValue;
  @FXML private Label recoveryRateValue;
  @FXML private Label recoveryRateNote;
  @FXML private TabPane collectionsTabs;
  @FXML private Label emptyLabel;
  @FXML private StackedBarChart<String, Number> actionsChart;
  @FXML private CategoryAxis monthAxis;
  @FXML private NumberAxis actionsAxis;
  @FXML private TableView<StatsRow> monthTable;
  @FXML private TableView<StatsRow> typeTable;
  @FXML private TableView<CohortRow> cohortTable;

  public CollectionsView(CollectionsViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    collectionsTabs.visibleProperty().bind(model.hasResultProperty());
    model.shownOnScreenProperty().bind(emptyLabel.sceneProperty().isNotNull());
    emptyLabel.visibleProperty().bind(model.hasResultProperty().not());
    emptyLabel.textProperty().bind(model.emptyTextProperty());
    var kpis = model.kpisProperty();
    actionsValue.textProperty().bind(kpiText(kpis, Kpis::actions));
    contactValue.textProperty().bind(kpiText(kpis, Kpis::contactRate));
    promiseValue.textProperty().bind(kpiText(kpis, Kpis::promiseRate));
    recoveredValue.textProperty().bind(kpiText(kpis, Kpis::recovered));
    recoveryRateValue.textProperty().bind(kpiText(kpis, Kpis::recoveryRate));
    recoveryRateNote.textProperty().bind(kpiText(kpis, Kpis::recoveryRateNote));
    scopeLabel.textProperty().bind(kpiText(kpis, Kpis::scope));

    monthTable.getColumns().add(text("collections.column.month", 75, StatsRow::month));
    monthTable.getColumns().add(text("collections.column.actionType", 90, StatsRow::type));
    measures(monthTable);
    monthTable.setItems(model.cells());
    typeTable.getColumns().add(text("collections.column.actionType", 120, StatsRow::type));
    measures(typeTable);
    typeTable.setItems(model.byType());
    cohortTable.getColumns().add(text("collections.column.cohort", 90, CohortRow::cohort));
    cohortTable.getColumns().add(number("collections.column.loans", 90, CohortRow::loans));
    cohortTable
        .getColumns()
        .add(number("collections.column.chargedOffLoans", 130, CohortRow::chargedOffLoans));
    cohortTable
        .getColumns()
        .add(number("collections.column.chargedOff", 150, CohortRow::chargedOff));
    cohortTable
        .getColumns()
        .add(number("collections.column.recoveries", 150, CohortRow::recoveries));
    cohortTable
        .getColumns()
        .add(number("collections.column.recoveryRate", 110, CohortRow::recoveryRate));
    cohortTable.setItems(model.recoveries());
    for (TableView<?> t : List.of(monthTable, typeTable, cohortTable)) {
      t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
      // one row height, whatever a cell holds: rows no longer jump while scrolling
      t.setFixedCellSize(32);
      t.placeholderProperty()
          .bind(
              Bindings.createObjectBinding(
                  () -> new Label(model.emptyTextProperty().get()), model.emptyTextProperty()));
    }
    ValueAxes.fit(actionsChart, actionsAxis, 1, true, model::axisCount);
    model.chartProperty().addListener((o, was, now) -> fillChart(now));
    fillChart(model.chartProperty().get());
  }

  private static StringBinding kpiText(ObservableValue<Kpis> kpis, Function<Kpis, String> part) {
    return Bindings.createStringBinding(() -> part.apply(kpis.getValue()), kpis);
  }

  /** Actions by month, one stacked series per action type. */
  private void fillChart(Chart chart) {
    monthAxis.getCategories().setAll(chart.months());
    List<XYChart.Series<String, Number>> all = new ArrayList<>();
    for (Series s : chart.series()) {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName(s.name());
      for (Point p : s.points()) {
        series.getData().add(new XYChart.Data<>(p.month(), p.actions()));
      }
      all.add(series);
    }
    actionsChart.getData().setAll(all);
    for (int i = 0; i < all.size(); i++) {
      List<Point> points = chart.series().get(i).points();
      for (int j = 0; j < points.size(); j++) {
        var node = all.get(i).getData().get(j).getNode();
        if (node != null) {
          Tooltip.install(node, new Tooltip(points.get(j).tooltip()));
        }
      }
    }
  }

  private void measures(TableView<StatsRow> table) {
    var c = table.getColumns();
    c.add(number("collections.column.actions", 70, StatsRow::actions));
    c.add(number("collections.column.contacted", 90, StatsRow::contacted));
    c.add(number("collections.column.contactRate", 100, StatsRow::contactRate));
    c.add(number("collections.column.promises", 90, StatsRow::promises));
    c.add(number("collections.column.promiseRate", 120, StatsRow::promiseRate));
    c.add(number("collections.column.paid", 55, StatsRow::paid));
    c.add(number("collections.column.recovered", 140, StatsRow::recovered));
  }

  private <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
    return Columns.text(resources.getString(key), width, value);
  }

  private <T> TableColumn<T, String> number(String key, double width, Function<T, String> value) {
    return Columns.number(resources.getString(key), width, value);
  }
}
