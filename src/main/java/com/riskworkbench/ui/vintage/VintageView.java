package com.riskworkbench.ui.vintage;

import com.riskworkbench.analysis.VintageParams.CohortPeriod;
import com.riskworkbench.analysis.VintageParams.Weight;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.HeatCell;
import com.riskworkbench.ui.common.HeatScale;
import com.riskworkbench.ui.common.Toggles;
import com.riskworkbench.ui.common.ValueAxes;
import com.riskworkbench.ui.vintage.VintageViewModel.Curve;
import com.riskworkbench.ui.vintage.VintageViewModel.GridCell;
import com.riskworkbench.ui.vintage.VintageViewModel.GridRow;
import com.riskworkbench.ui.vintage.VintageViewModel.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The Vintage screen's controller: binds to {@link VintageViewModel} and nothing more. */
public final class VintageView {
  private final VintageViewModel model;

  @FXML private ToggleGroup measureGroup;
  @FXML private ToggleGroup weightGroup;
  @FXML private ToggleGroup periodGroup;
  @FXML private ToggleButton dpd30Toggle;
  @FXML private ToggleButton dpd60Toggle;
  @FXML private ToggleButton dpd90Toggle;
  @FXML private ToggleButton netChargeOffToggle;
  @FXML private ToggleButton amountToggle;
  @FXML private ToggleButton countToggle;
  @FXML private ToggleButton monthToggle;
  @FXML private ToggleButton quarterToggle;
  @FXML private HBox weightBox;
  @FXML private CheckBox unobservedCheck;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Label busyLabel;
  @FXML private Label scopeLabel;
  @FXML private Label captionLabel;
  @FXML private Label placeholderLabel;
  @FXML private Node body;
  @FXML private TableView<GridRow> gridTable;
  @FXML private TableColumn<GridRow, String> cohortColumn;
  @FXML private TableColumn<GridRow, String> loansColumn;
  @FXML private TableColumn<GridRow, String> principalColumn;
  @FXML private TableColumn<GridRow, GridCell> mobColumn;
  @FXML private ListView<CohortChoice> cohortList;
  @FXML private LineChart<Number, Number> curveChart;
  @FXML private NumberAxis mobAxis;
  @FXML private NumberAxis rateAxis;

  public VintageView(VintageViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    scopeLabel.textProperty().bind(model.scopeTextProperty());
    model.shownOnScreenProperty().bind(scopeLabel.sceneProperty().isNotNull());
    Toggles.bind(
        measureGroup,
        Map.of(
            dpd30Toggle, Measure.DPD_30,
            dpd60Toggle, Measure.DPD_60,
            dpd90Toggle, Measure.DPD_90,
            netChargeOffToggle, Measure.NET_CHARGE_OFF),
        model.measureProperty());
    Toggles.bind(
        weightGroup,
        Map.of(amountToggle, Weight.AMOUNT, countToggle, Weight.COUNT),
        model.weightProperty());
    Toggles.bind(
        periodGroup,
        Map.of(monthToggle, CohortPeriod.MONTH, quarterToggle, CohortPeriod.QUARTER),
        model.periodProperty());
    unobservedCheck.selectedProperty().bindBidirectional(model.includeUnobservedProperty());
    unobservedCheck.textProperty().bind(model.unobservedLabelProperty());
    // Net charge-off is always over principal: the weight does not apply.
    weightBox.disableProperty().bind(netChargeOffToggle.selectedProperty());

    busyIndicator.visibleProperty().bind(model.busyProperty());
    busyLabel.visibleProperty().bind(model.busyProperty());
    captionLabel.textProperty().bind(model.captionProperty());
    placeholderLabel.textProperty().bind(model.placeholderProperty());
    placeholderLabel.visibleProperty().bind(model.placeholderProperty().isNotEmpty());
    body.visibleProperty().bind(model.placeholderProperty().isEmpty());

    setUpGrid();
    setUpChart();
  }

  private void setUpGrid() {
    gridTable.setItems(model.rows());
    gridTable.setPlaceholder(new Label(model.label("vintage.empty.grid")));
    gridTable.getSelectionModel().setCellSelectionEnabled(true);
    Columns.fill(cohortColumn, GridRow::cohort, false);
    Columns.fill(loansColumn, GridRow::loansText, true);
    Columns.fill(principalColumn, GridRow::principalText, true);
    principalColumn.textProperty().bind(model.principalHeaderProperty());
    model.mobsProperty().addListener(o -> rebuildMobColumns());
    model.scaleMaxProperty().addListener(o -> gridTable.refresh());
    if (!gridTable.getItems().isEmpty()) {
      gridTable.scrollTo(gridTable.getItems().size() - 1);
    }
    // The newest cohorts, with the blank cells they have not reached yet, come into view first.
    model
        .rows()
        .addListener(
            (ListChangeListener<GridRow>)
                c -> {
                  if (!gridTable.getItems().isEmpty()) {
                    gridTable.scrollTo(gridTable.getItems().size() - 1);
                  }
                });
    rebuildMobColumns();
    gridTable.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            TablePosition<?, ?> focused = gridTable.getFocusModel().getFocusedCell();
            if (focused != null
                && focused.getRow() >= 0
                && focused.getTableColumn() != null
                && focused.getTableColumn().getUserData() instanceof Integer mob) {
              model.drillDown(gridTable.getItems().get(focused.getRow()).cohort(), mob);
              e.consume();
            }
          }
        });
  }

  private void rebuildMobColumns() {
    List<TableColumn<GridRow, ?>> columns = new ArrayList<>();
    for (int k = 0; k < model.mobsProperty().get(); k++) {
      int mob = k;
      TableColumn<GridRow, GridCell> column = new TableColumn<>(Integer.toString(k));
      column.setUserData(mob);
      column.setCellValueFactory(
          d -> new ReadOnlyObjectWrapper<>(d.getValue().cell(mob).orElse(null)));
      // An empty cell is a cohort not yet this long on book, not a zero.
      column.setCellFactory(
          c ->
              new HeatCell<>(
                  cell -> {
                    double max = model.scaleMaxProperty().get();
                    return HeatScale.style(max > 0 ? cell.value() / max : 0, HeatScale.Ramp.RISK);
                  },
                  cell -> model.drillDown(cell.cohort(), cell.mob())));
      column.setSortable(false);
      column.setReorderable(false);
      column.setPrefWidth(66);
      columns.add(column);
    }
    mobColumn.getColumns().setAll(columns);
  }

  private void setUpChart() {
    cohortList.setItems(model.cohorts());
    cohortList.setCellFactory(
        CheckBoxListCell.forListView(
            CohortChoice::chosenProperty,
            new StringConverter<>() {
              @Override
              public String toString(CohortChoice c) {
                return c == null ? "" : c.cohort();
              }

              @Override
              public CohortChoice fromString(String s) {
                throw new UnsupportedOperationException();
              }
            }));
    curveChart.titleProperty().bind(model.chartTitleProperty());
    curveChart.setLegendSide(Side.RIGHT);
    rateAxis.labelProperty().bind(model.valueAxisLabelProperty());
    ValueAxes.fit(curveChart, rateAxis, 100, false, model.formats()::percent);
    model.curves().addListener((ListChangeListener<Curve>) c -> drawCurves());
    drawCurves();
  }

  private void drawCurves() {
    // The axis ends at the longest curve drawn, not at the oldest cohort of the grid.
    int longest = model.curves().stream().mapToInt(c -> c.values().length - 1).max().orElse(0);
    int last = Math.max(1, longest);
    mobAxis.setUpperBound(last);
    mobAxis.setTickUnit(Math.max(1, Math.ceil(last / 12.0)));
    List<XYChart.Series<Number, Number>> series = new ArrayList<>();
    for (Curve curve : model.curves()) {
      XYChart.Series<Number, Number> s = new XYChart.Series<>();
      s.setName(curve.cohort());
      for (int k = 0; k < curve.values().length; k++) {
        if (!Double.isNaN(curve.values()[k])) {
          s.getData().add(new XYChart.Data<>(k, curve.values()[k]));
        }
      }
      series.add(s);
    }
    curveChart.setCreateSymbols(last <= 18);
    curveChart.getData().setAll(series);
  }
}
