package com.riskworkbench.ui.rollrate;

import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.HeatCell;
import com.riskworkbench.ui.common.HeatScale;
import com.riskworkbench.ui.common.Toggles;
import com.riskworkbench.ui.common.ValueAxes;
import com.riskworkbench.ui.rollrate.RollRateViewModel.Basis;
import com.riskworkbench.ui.rollrate.RollRateViewModel.FlowPoint;
import com.riskworkbench.ui.rollrate.RollRateViewModel.FlowSeries;
import com.riskworkbench.ui.rollrate.RollRateViewModel.MatrixCell;
import com.riskworkbench.ui.rollrate.RollRateViewModel.MatrixRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The Roll rates screen's controller: binds to {@link RollRateViewModel} and nothing more. */
public final class RollRateView {
  private static final double HEADER_FONT_SIZE = 12;

  /** Wide enough for "100.00%" with the cell's padding. */
  private static final double MIN_CELL_WIDTH = 66;

  private static final double HEADER_PADDING = 18;

  private final RollRateViewModel model;

  @FXML private ToggleGroup basisGroup;
  @FXML private ToggleButton countToggle;
  @FXML private ToggleButton balanceToggle;
  @FXML private ComboBox<Integer> windowBox;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Label busyLabel;
  @FXML private Label scopeLabel;
  @FXML private Label captionLabel;
  @FXML private Label placeholderLabel;
  @FXML private Node body;
  @FXML private TableView<MatrixRow> matrixTable;
  @FXML private TableColumn<MatrixRow, String> fromColumn;
  @FXML private TableColumn<MatrixRow, String> totalColumn;
  @FXML private TableColumn<MatrixRow, MatrixCell> toColumn;
  @FXML private TableColumn<MatrixRow, String> rollForwardColumn;
  @FXML private TableColumn<MatrixRow, String> cureColumn;
  @FXML private LineChart<Number, Number> flowChart;
  @FXML private NumberAxis monthAxis;
  @FXML private NumberAxis flowAxis;
  @FXML private CheckBox lastBucketCheck;

  public RollRateView(RollRateViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    scopeLabel.textProperty().bind(model.scopeTextProperty());
    model.shownOnScreenProperty().bind(windowBox.sceneProperty().isNotNull());
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
    Columns.fill(fromColumn, MatrixRow::label, false);
    Columns.fill(totalColumn, MatrixRow::total, true);
    totalColumn.textProperty().bind(model.totalHeaderProperty());
    model.toStates().addListener((ListChangeListener<String>) c -> rebuildToColumns());
    rebuildToColumns();
    matrixTable.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            TablePosition<?, ?> focused = matrixTable.getFocusModel().getFocusedCell();
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
      TableColumn<MatrixRow, MatrixCell> column = new TableColumn<>();
      fitHeader(column, model.stateLabel(states.get(i)), null);
      column.setUserData(index);
      column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().cells().get(index)));
      column.setCellFactory(
          c ->
              new HeatCell<>(
                  // sqrt: a 2 % roll forward is worth seeing next to a 95 % stay
                  cell ->
                      cell.transitions() == 0
                          ? ""
                          : HeatScale.style(Math.sqrt(cell.share()), ramp(cell.direction())),
                  cell -> model.drillDown(cell.from(), cell.to())));
      column.setSortable(false);
      column.setReorderable(false);
      columns.add(column);
    }
    toColumn.getColumns().setAll(columns);
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
    Columns.fill(rollForwardColumn, MatrixRow::rollForward, true);
    Columns.fill(cureColumn, MatrixRow::cure, true);
    fitHeader(
        rollForwardColumn,
        model.label("rollrate.column.rollForward"),
        model.label("rollrate.column.rollForward.tip"));
    fitHeader(
        cureColumn, model.label("rollrate.column.cure"), model.label("rollrate.column.cure.tip"));
  }

  /**
   * Keeps a column at least as wide as its header (bold, plus padding), so that a narrow window
   * scrolls the table rather than clipping a state's name. With a tip, the header says how the
   * column is computed on hover.
   */
  private static void fitHeader(TableColumn<?, ?> column, String text, String tip) {
    // The default font may lack CJK glyphs: measure the rest, count each ideograph as one em.
    StringBuilder latin = new StringBuilder();
    int wide = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= '\uFF00') {
        wide++;
      } else {
        latin.append(c);
      }
    }
    Text probe = new Text(latin.toString());
    probe.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, HEADER_FONT_SIZE));
    double width = probe.getLayoutBounds().getWidth() + wide * HEADER_FONT_SIZE;
    // A header label as graphic sits beside the column's (empty) text: allow for the gap.
    double padding = HEADER_PADDING + (tip == null ? 0 : 14);
    column.setMinWidth(Math.max(MIN_CELL_WIDTH, Math.ceil(width + padding)));
    if (tip == null) {
      column.setText(text);
      return;
    }
    Label header = new Label(text);
    Tooltip tooltip = new Tooltip(tip);
    tooltip.setShowDelay(Duration.millis(200));
    header.setTooltip(tooltip);
    column.setText("");
    column.setGraphic(header);
  }

  private void setUpFlowChart() {
    ValueAxes.fit(flowChart, flowAxis, 100, false, model.formats()::percent);
    // The x axis counts months of the series; its ticks show the month.
    monthAxis.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number n) {
            int i = (int) Math.round(n.doubleValue());
            List<String> months = model.flowMonths();
            return Math.abs(n.doubleValue() - i) < 1e-9 && i >= 0 && i < months.size()
                ? months.get(i)
                : "";
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
    List<String> months = model.flowMonths();
    int last = Math.max(1, months.size() - 1);
    monthAxis.setUpperBound(last);
    monthAxis.setTickUnit(Math.max(1, Math.ceil(last / 10.0)));
    List<XYChart.Series<Number, Number>> out = new ArrayList<>();
    for (FlowSeries s : model.flowSeries()) {
      XYChart.Series<Number, Number> series = new XYChart.Series<>();
      series.setName(s.label());
      for (int i = 0; i < s.points().size(); i++) {
        FlowPoint p = s.points().get(i);
        if (!Double.isNaN(p.rate())) {
          XYChart.Data<Number, Number> d = new XYChart.Data<>(i, p.drawn());
          // hover: the rate with its numerator and denominator; a clipped month is marked
          d.nodeProperty()
              .addListener(
                  (o, was, node) -> {
                    if (node != null) {
                      Tooltip.install(node, new Tooltip(p.tip()));
                      if (p.clipped()) {
                        // inline, so that the series' own colour does not win over the mark
                        node.setStyle("-fx-background-color: #d1242f, white;");
                      }
                    }
                  });
          series.getData().add(d);
        }
      }
      out.add(series);
    }
    flowChart.setCreateSymbols(true); // the symbols carry the hover texts and the clip marks
    flowChart.getData().setAll(out);
  }
}
