package com.riskworkbench.ui.rollrate;

import com.riskworkbench.ui.common.HeatScale;
import com.riskworkbench.ui.common.Toggles;
import com.riskworkbench.ui.rollrate.RollRateViewModel.Basis;
import com.riskworkbench.ui.rollrate.RollRateViewModel.FlowPoint;
import com.riskworkbench.ui.rollrate.RollRateViewModel.FlowSeries;
import com.riskworkbench.ui.rollrate.RollRateViewModel.MatrixCell;
import com.riskworkbench.ui.rollrate.RollRateViewModel.MatrixRow;
import com.riskworkbench.ui.rollrate.RollRateViewModel.RateRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The Roll rates screen's controller: binds to {@link RollRateViewModel} and nothing more. */
public final class RollRateView {
  private static final String RIGHT = "-fx-alignment: center-right;";

  private final RollRateViewModel model;

  @FXML private ToggleGroup basisGroup;
  @FXML private ToggleButton countToggle;
  @FXML private ToggleButton balanceToggle;
  @FXML private ComboBox<Integer> windowBox;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Label busyLabel;
  @FXML private Label captionLabel;
  @FXML private Label placeholderLabel;
  @FXML private Node body;
  @FXML private TableView<MatrixRow> matrixTable;
  @FXML private TableColumn<MatrixRow, String> fromColumn;
  @FXML private TableColumn<MatrixRow, String> totalColumn;
  @FXML private TableColumn<MatrixRow, MatrixCell> toColumn;
  @FXML private TableView<RateRow> ratesTable;
  @FXML private TableColumn<RateRow, String> rateFromColumn;
  @FXML private TableColumn<RateRow, String> rateTransitionsColumn;
  @FXML private TableColumn<RateRow, String> rateBalanceColumn;
  @FXML private TableColumn<RateRow, String> rollForwardColumn;
  @FXML private TableColumn<RateRow, String> cureColumn;
  @FXML private LineChart<String, Number> flowChart;
  @FXML private CategoryAxis monthAxis;
  @FXML private NumberAxis flowAxis;
  @FXML private CheckBox lastBucketCheck;

  public RollRateView(RollRateViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    windowBox.getItems().setAll(RollRateViewModel.WINDOWS);
    windowBox.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Integer months) {
            return model.windowLabel(months);
          }

          @Override
          public Integer fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    windowBox.valueProperty().bindBidirectional(model.windowProperty());
    Toggles.bind(
        basisGroup,
        Map.of(countToggle, Basis.COUNT, balanceToggle, Basis.BALANCE),
        model.basisProperty());
    lastBucketCheck.selectedProperty().bindBidirectional(model.showLastBucketProperty());

    busyIndicator.visibleProperty().bind(model.busyProperty());
    busyLabel.visibleProperty().bind(model.busyProperty());
    captionLabel.textProperty().bind(model.captionProperty());
    placeholderLabel.textProperty().bind(model.placeholderProperty());
    placeholderLabel.visibleProperty().bind(model.placeholderProperty().isNotEmpty());
    body.visibleProperty().bind(model.placeholderProperty().isEmpty());

    setUpMatrix();
    setUpRates();
    setUpFlowChart();
  }

  private void setUpMatrix() {
    matrixTable.setItems(model.rows());
    matrixTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    matrixTable.setPlaceholder(new Label(model.label("rollrate.empty.matrix")));
    matrixTable.getSelectionModel().setCellSelectionEnabled(true);
    fromColumn.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().label()));
    totalColumn.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().total()));
    totalColumn.setStyle(RIGHT);
    totalColumn.textProperty().bind(model.totalHeaderProperty());
    model.toStates().addListener((ListChangeListener<String>) c -> rebuildToColumns());
    rebuildToColumns();
    matrixTable.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            TablePosition<MatrixRow, ?> focused = matrixTable.getFocusModel().getFocusedCell();
            if (focused != null
                && focused.getRow() >= 0
                && focused.getTableColumn() != null
                && focused.getTableColumn().getUserData() instanceof Integer to) {
              MatrixCell cell = matrixTable.getItems().get(focused.getRow()).cells().get(to);
              model.drillDown(cell.from(), cell.to());
              e.consume();
            }
          }
        });
  }

  private void rebuildToColumns() {
    List<TableColumn<MatrixRow, ?>> columns = new ArrayList<>();
    List<String> states = model.toStates();
    for (int i = 0; i < states.size(); i++) {
      int index = i;
      TableColumn<MatrixRow, MatrixCell> column =
          new TableColumn<>(model.stateLabel(states.get(i)));
      column.setUserData(index);
      column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().cells().get(index)));
      column.setCellFactory(c -> new HeatCell());
      column.setSortable(false);
      column.setReorderable(false);
      column.setPrefWidth(92);
      columns.add(column);
    }
    toColumn.getColumns().setAll(columns);
  }

  /** A matrix cell: the row percentage on its colour, the figures on hover, click to drill. */
  private final class HeatCell extends TableCell<MatrixRow, MatrixCell> {
    private final Tooltip tooltip = new Tooltip();

    HeatCell() {
      getStyleClass().add("heat-cell");
      tooltip.setShowDelay(Duration.millis(300));
      tooltip.setShowDuration(Duration.seconds(30));
      setOnMouseClicked(
          e -> {
            MatrixCell cell = getItem();
            if (e.getButton() == MouseButton.PRIMARY && cell != null && cell.loans() > 0) {
              model.drillDown(cell.from(), cell.to());
            }
          });
    }

    @Override
    protected void updateItem(MatrixCell cell, boolean empty) {
      super.updateItem(cell, empty);
      getStyleClass().remove("drill");
      if (empty || cell == null) {
        setText(null);
        setStyle("");
        setTooltip(null);
        return;
      }
      setText(cell.text());
      // sqrt: a 2 % roll forward is worth seeing next to a 95 % stay
      setStyle(
          cell.transitions() == 0
              ? ""
              : HeatScale.style(Math.sqrt(cell.share()), ramp(cell.direction())));
      tooltip.setText(cell.tooltip());
      setTooltip(tooltip);
      if (cell.loans() > 0) {
        getStyleClass().add("drill");
      }
    }
  }

  private static HeatScale.Ramp ramp(RollRateViewModel.Direction d) {
    return switch (d) {
      case SAME -> HeatScale.Ramp.SAME;
      case BETTER -> HeatScale.Ramp.BETTER;
      case WORSE -> HeatScale.Ramp.WORSE;
      case MISSING -> HeatScale.Ramp.MUTED;
    };
  }

  private void setUpRates() {
    ratesTable.setItems(model.rates());
    ratesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    ratesTable.setPlaceholder(new Label(model.label("rollrate.empty.matrix")));
    column(rateFromColumn, RateRow::label, false);
    column(rateTransitionsColumn, RateRow::transitions, true);
    column(rateBalanceColumn, RateRow::balance, true);
    column(rollForwardColumn, RateRow::rollForward, true);
    column(cureColumn, RateRow::cure, true);
    rateBalanceColumn.textProperty().bind(model.balanceHeaderProperty());
    rollForwardColumn.setGraphic(hint("rollrate.column.rollForward.tip"));
    cureColumn.setGraphic(hint("rollrate.column.cure.tip"));
  }

  /** An info mark in a column header whose tooltip says how the column is computed. */
  private Label hint(String key) {
    Label mark = new Label("ⓘ");
    mark.getStyleClass().add("text-muted");
    Tooltip tip = new Tooltip(model.label(key));
    tip.setShowDelay(Duration.millis(200));
    mark.setTooltip(tip);
    return mark;
  }

  private static <T> void column(
      TableColumn<T, String> column, Function<T, String> value, boolean right) {
    column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    if (right) {
      column.setStyle(RIGHT);
    }
  }

  private void setUpFlowChart() {
    flowAxis.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number n) {
            return model.formats().percent(n.doubleValue(), 1);
          }

          @Override
          public Number fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    Tooltip definition = new Tooltip(model.label("rollrate.flow.tip"));
    definition.setShowDelay(Duration.millis(400));
    Tooltip.install(flowChart, definition);
    model.flowSeries().addListener((ListChangeListener<FlowSeries>) c -> drawFlows());
    drawFlows();
  }

  private void drawFlows() {
    monthAxis.getCategories().setAll(model.flowMonths());
    List<XYChart.Series<String, Number>> out = new ArrayList<>();
    for (FlowSeries s : model.flowSeries()) {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName(s.label());
      for (FlowPoint p : s.points()) {
        if (!Double.isNaN(p.rate())) {
          series.getData().add(new XYChart.Data<>(p.month(), p.rate()));
        }
      }
      out.add(series);
    }
    flowChart.setCreateSymbols(model.flowMonths().size() <= 18);
    flowChart.getData().setAll(out);
  }
}
