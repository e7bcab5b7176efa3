package com.riskworkbench.ui.regulatory;

import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.analysis.ReportingMonth;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.DrillRows;
import com.riskworkbench.ui.regulatory.RegulatoryRows.BookedRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.Cell;
import com.riskworkbench.ui.regulatory.RegulatoryRows.MatrixRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.PeriodRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.RateKey;
import com.riskworkbench.ui.regulatory.RegulatoryRows.RateRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.Tone;
import com.riskworkbench.ui.regulatory.RegulatoryRows.WalkBar;
import com.riskworkbench.ui.regulatory.RegulatoryRows.WalkRow;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The Regulatory screen's controller: binds to {@link RegulatoryViewModel}. */
public final class RegulatoryView {
  private static final List<String> TONES = List.of("change-worse", "change-better", "drill");

  private final RegulatoryViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private Label scopeLabel;
  @FXML private TabPane regulatoryTabs;
  @FXML private Label emptyLabel;
  @FXML private TableView<PeriodRow> periodTable;
  @FXML private ComboBox<ReportingMonth> migrationPeriodBox;
  @FXML private ComboBox<ReportingMonth> walkPeriodBox;
  @FXML private Label migrationNote;
  @FXML private Label walkNote;
  @FXML private VBox migrationContent;
  @FXML private VBox walkContent;
  @FXML private TableView<RateRow> ratesTable;
  @FXML private ToggleGroup matrixGroup;
  @FXML private ToggleButton countToggle;
  @FXML private ToggleButton balanceToggle;
  @FXML private TableView<MatrixRow> matrixTable;
  @FXML private XYChart<String, Number> walkChart;
  @FXML private NumberAxis walkAxis;
  @FXML private TableView<WalkRow> walkTable;
  @FXML private Label checksNote;
  @FXML private VBox checksContent;
  @FXML private Label underLabel;
  @FXML private Hyperlink underLink;
  @FXML private Label deviation90Label;
  @FXML private Label deviation60Label;
  @FXML private TableView<BookedRow> bookedTable;

  public RegulatoryView(RegulatoryViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    model.shownOnScreenProperty().bind(scopeLabel.sceneProperty().isNotNull());
    scopeLabel.textProperty().bind(model.scopeTextProperty());
    regulatoryTabs.visibleProperty().bind(model.hasResultProperty());
    emptyLabel.visibleProperty().bind(model.hasResultProperty().not());
    emptyLabel.textProperty().bind(model.emptyTextProperty());

    setUpPeriod();
    for (ComboBox<ReportingMonth> box : List.of(migrationPeriodBox, walkPeriodBox)) {
      box.setItems(model.periodStarts());
      box.setConverter(
          new StringConverter<>() {
            @Override
            public String toString(ReportingMonth m) {
              return model.periodName(m);
            }

            @Override
            public ReportingMonth fromString(String text) {
              return null;
            }
          });
      box.valueProperty().bindBidirectional(model.periodStartProperty());
      box.disableProperty().bind(model.hasPeriodProperty().not());
    }
    migrationNote.textProperty().bind(model.periodNoteProperty());
    walkNote.textProperty().bind(model.periodNoteProperty());
    for (VBox content : List.of(migrationContent, walkContent)) {
      content.visibleProperty().bind(model.hasPeriodProperty());
      content.managedProperty().bind(model.hasPeriodProperty());
    }

    var r = ratesTable.getColumns();
    r.add(text("regulatory.col.rate", 260, RateRow::name));
    r.add(number("regulatory.col.numerator", 150, RateRow::numerator));
    r.add(number("regulatory.col.denominator", 150, RateRow::denominator));
    r.add(number("regulatory.col.rateValue", 100, RateRow::value));
    ratesTable.setItems(model.rates());
    DrillRows.of(ratesTable, (RateRow row) -> model.drill(new RateKey(row.rate())))
        .tooltip(resources.getString("regulatory.drill.rateTip"))
        .install();

    matrixGroup
        .selectedToggleProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                was.setSelected(true);
              }
            });
    balanceToggle.selectedProperty().bindBidirectional(model.byBalanceProperty());
    countToggle.setSelected(!model.byBalanceProperty().get());
    model.byBalanceProperty().addListener((o, was, now) -> countToggle.setSelected(!now));
    matrixTable.getColumns().add(text("regulatory.col.fromTo", 150, MatrixRow::from));
    List<String> states = model.stateNames();
    for (int i = 0; i < states.size(); i++) {
      int at = i;
      matrixTable.getColumns().add(cells(states.get(i), 105, row -> row.cells().get(at)));
    }
    matrixTable.setItems(model.matrix());
    cellKeys(matrixTable);

    var w = walkTable.getColumns();
    w.add(text("regulatory.col.component", 200, WalkRow::name));
    w.add(number("regulatory.col.amount", 150, WalkRow::amount));
    w.add(number("regulatory.col.loans", 90, WalkRow::loans));
    walkTable.setItems(model.walkRows());
    DrillRows.of(walkTable, (WalkRow row) -> model.drillWalk(row.component()))
        .when(row -> row.count() > 0)
        .tooltip(resources.getString("regulatory.drill.walkTip"))
        .install();
    walkAxis.labelProperty().bind(model.unitAxisProperty());
    waterfall(model.walkBars());

    checksNote.textProperty().bind(model.checksNoteProperty());
    checksContent.visibleProperty().bind(model.checksAvailableProperty());
    underLabel.textProperty().bind(model.underTextProperty());
    underLink.visibleProperty().bind(model.canDrillUnderProperty());
    deviation90Label.textProperty().bind(model.deviation90Property());
    deviation60Label.textProperty().bind(model.deviation60Property());
    bookedTable.getColumns().add(text("regulatory.col.bookedRule", 170, BookedRow::booked));
    List<String> categories = model.categoryNames();
    for (int i = 0; i < categories.size(); i++) {
      int at = i;
      bookedTable.getColumns().add(cells(categories.get(i), 110, row -> row.cells().get(at)));
    }
    bookedTable.setItems(model.bookedRows());
    cellKeys(bookedTable);

    for (TableView<?> table : List.of(ratesTable, walkTable)) {
      table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
  }

  @FXML
  private void onUnderClassified() {
    model.drillUnderClassified();
  }

  private void setUpPeriod() {
    periodTable.getColumns().add(text("regulatory.col.figure", 170, PeriodRow::figure));
    for (int i = 0; i < RegulatoryRows.EARLIER.size() + 1; i++) {
      int at = i;
      periodTable.getColumns().add(cells("", i == 0 ? 125 : 168, row -> row.cells().get(at)));
    }
    Runnable headers =
        () -> {
          for (int i = 0; i < model.periodHeaders().size(); i++) {
            periodTable.getColumns().get(i + 1).setText(model.periodHeaders().get(i));
          }
        };
    model.periodHeaders().addListener((ListChangeListener<String>) c -> headers.run());
    headers.run();
    periodTable.setItems(model.periodRows());
    cellKeys(periodTable);
  }

  /** Enter on a selected cell drills down, like a double-click. */
  private <S> void cellKeys(TableView<S> table) {
    table.getSelectionModel().setCellSelectionEnabled(true);
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() != KeyCode.ENTER || table.getFocusModel().getFocusedCell() == null) {
            return;
          }
          TablePosition<?, ?> at = table.getFocusModel().getFocusedCell();
          if (at.getTableColumn() != null
              && at.getRow() >= 0
              && at.getTableColumn().getCellData(at.getRow()) instanceof Cell cell
              && cell.drillable()) {
            model.drill(cell.key());
            e.consume();
          }
        });
  }

  /** A column of cells that colour their change and drill down on a double-click. */
  private <S> TableColumn<S, Cell> cells(String title, double width, Function<S, Cell> value) {
    TableColumn<S, Cell> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setReorderable(false);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setCellFactory(c -> new DrillCell<>());
    return column;
  }

  private final class DrillCell<S> extends TableCell<S, Cell> {
    private final Tooltip tooltip = new Tooltip();
    private final Label value = new Label();
    private final Label change = new Label();
    private final VBox lines = new VBox(value, change);

    DrillCell() {
      lines.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
      change.getStyleClass().add("text-small");
      getStyleClass().add("heat-cell");
      tooltip.setShowDelay(Duration.millis(300));
      tooltip.setShowDuration(Duration.seconds(30));
      setOnMouseClicked(
          e -> {
            Cell cell = getItem();
            if (e.getButton() == MouseButton.PRIMARY
                && e.getClickCount() == 2
                && cell != null
                && cell.drillable()) {
              model.drill(cell.key());
            }
          });
    }

    @Override
    protected void updateItem(Cell cell, boolean empty) {
      super.updateItem(cell, empty);
      getStyleClass().removeAll(TONES);
      change.getStyleClass().removeAll(TONES);
      if (empty || cell == null) {
        setText(null);
        setGraphic(null);
        setTooltip(null);
        return;
      }
      setText(cell.text());
      if (cell.change().isEmpty()) {
        setGraphic(null);
        setContentDisplay(javafx.scene.control.ContentDisplay.TEXT_ONLY);
      } else {
        // two lines: the value, and under it its change, coloured
        value.setText(cell.text());
        change.setText(cell.change());
        setGraphic(lines);
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
      }
      if (cell.tooltip().isEmpty()) {
        setTooltip(null);
      } else {
        tooltip.setText(cell.tooltip());
        setTooltip(tooltip);
      }
      var toned = cell.change().isEmpty() ? getStyleClass() : change.getStyleClass();
      if (cell.tone() == Tone.WORSE) {
        toned.add("change-worse");
      } else if (cell.tone() == Tone.BETTER) {
        toned.add("change-better");
      }
      if (cell.drillable()) {
        getStyleClass().add("drill");
      }
    }
  }

  /** The walk's waterfall: an invisible base series under the visible bars; a bar drills down. */
  private void waterfall(ObservableList<WalkBar> bars) {
    Runnable fill =
        () -> {
          XYChart.Series<String, Number> base = new XYChart.Series<>();
          XYChart.Series<String, Number> value = new XYChart.Series<>();
          for (WalkBar b : bars) {
            base.getData().add(new XYChart.Data<>(b.name(), b.base()));
            value.getData().add(new XYChart.Data<>(b.name(), b.value()));
          }
          walkChart.getData().setAll(List.of(base, value));
          for (int i = 0; i < bars.size(); i++) {
            WalkBar b = bars.get(i);
            Node hidden = base.getData().get(i).getNode();
            if (hidden != null) {
              hidden.getStyleClass().add("walk-base");
            }
            Node bar = value.getData().get(i).getNode();
            if (bar != null) {
              bar.getStyleClass()
                  .add(
                      switch (b.tone()) {
                        case WORSE -> "walk-up";
                        case BETTER -> "walk-down";
                        default -> "walk-total";
                      });
              bar.getStyleClass().add("drill");
              Component c = b.component();
              bar.setOnMouseClicked(e -> model.drillWalk(c));
              Tooltip.install(bar, new Tooltip(b.tooltip()));
            }
          }
        };
    bars.addListener((ListChangeListener<WalkBar>) c -> fill.run());
    fill.run();
  }

  private <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
    return Columns.text(resources.getString(key), width, value);
  }

  private <T> TableColumn<T, String> number(String key, double width, Function<T, String> value) {
    return Columns.number(resources.getString(key), width, value);
  }
}
