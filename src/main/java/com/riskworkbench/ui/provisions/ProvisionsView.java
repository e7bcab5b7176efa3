package com.riskworkbench.ui.provisions;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.Converters;
import com.riskworkbench.ui.common.DrillRows;
import com.riskworkbench.ui.provisions.ProvisionsRows.BacktestRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.BasisRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.Point;
import com.riskworkbench.ui.provisions.ProvisionsRows.SegmentRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.Series;
import com.riskworkbench.ui.provisions.ProvisionsRows.StageRow;
import com.riskworkbench.ui.provisions.ProvisionsRows.Tile;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The Provisions &amp; forecast screen's controller: binds to {@link ProvisionsViewModel}. */
public final class ProvisionsView {
  private static final List<String> RAG = List.of("rag-red", "rag-amber", "rag-green");

  private final ProvisionsViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private Label scopeLabel;
  @FXML private ComboBox<Scenario> scenarioBox;
  @FXML private VBox coverageTile;
  @FXML private Label coverageValue;
  @FXML private Label coverageBand;
  @FXML private VBox loanTile;
  @FXML private Label loanValue;
  @FXML private Label loanBand;
  @FXML private Label eclValue;
  @FXML private Label eclInterval;
  @FXML private Label eclTitle;
  @FXML private Label shortfallLabel;
  @FXML private Hyperlink shortfallLink;
  @FXML private TabPane provisionsTabs;
  @FXML private Label emptyLabel;
  @FXML private TableView<BasisRow> basesTable;
  @FXML private TableView<StageRow> stagesTable;
  @FXML private ComboBox<Dimension> dimensionBox;
  @FXML private TableView<SegmentRow> segmentsTable;
  @FXML private XYChart<String, Number> pdChart;
  @FXML private NumberAxis forecastAxis;
  @FXML private Label forecastSummary;
  @FXML private XYChart<String, Number> forecastChart;
  @FXML private Label backtestNote;
  @FXML private XYChart<String, Number> backtestChart;
  @FXML private NumberAxis backtestAxis;
  @FXML private TableView<BacktestRow> backtestTable;

  public ProvisionsView(ProvisionsViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    model.shownOnScreenProperty().bind(scopeLabel.sceneProperty().isNotNull());
    scopeLabel.textProperty().bind(model.scopeTextProperty());
    scenarioBox.getItems().setAll(ProvisionsViewModel.scenarios());
    scenarioBox.setConverter(Converters.showing(model::scenarioName));
    scenarioBox.valueProperty().bindBidirectional(model.scenarioProperty());
    provisionsTabs.visibleProperty().bind(model.hasResultProperty());
    emptyLabel.visibleProperty().bind(model.hasResultProperty().not());
    emptyLabel.textProperty().bind(model.emptyTextProperty());

    tile(model.coverageProperty(), coverageTile, coverageValue, coverageBand);
    tile(model.provisionToLoanProperty(), loanTile, loanValue, loanBand);
    eclValue
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.stageRows().isEmpty()
                        ? ""
                        : model.stageRows().get(model.stageRows().size() - 1).ecl(),
                model.stageRows()));
    eclInterval.textProperty().bind(model.eclIntervalProperty());
    eclTitle.textProperty().bind(model.eclTitleProperty());
    shortfallLabel.textProperty().bind(model.shortfallTextProperty());
    shortfallLink.visibleProperty().bind(model.canDrillShortfallProperty());
    shortfallLink.managedProperty().bind(model.canDrillShortfallProperty());

    var b = basesTable.getColumns();
    b.add(text("provisions.col.basis", 140, BasisRow::basis));
    b.add(number("provisions.col.provisions", 130, BasisRow::provisions));
    b.add(number("provisions.col.coverage", 100, BasisRow::coverage));
    b.add(text("provisions.col.coverageBand", 100, BasisRow::coverageBand));
    b.add(number("provisions.col.provisionToLoan", 130, BasisRow::provisionToLoan));
    b.add(text("provisions.col.loanBand", 100, BasisRow::loanBand));
    b.add(text("provisions.col.note", 300, BasisRow::note));
    basesTable.setItems(model.bases());

    var s = stagesTable.getColumns();
    s.add(text("provisions.col.stage", 190, StageRow::name));
    s.add(number("provisions.col.loans", 90, StageRow::loans));
    s.add(number("provisions.col.balance", 150, StageRow::balance));
    s.add(number("provisions.col.ecl", 140, StageRow::ecl));
    s.add(number("provisions.col.eclCoverage", 110, StageRow::coverage));
    s.add(number("provisions.col.averagePd", 110, StageRow::averagePd));
    stagesTable.setItems(model.stageRows());
    DrillRows.of(stagesTable, model::drillStage)
        .when(StageRow::drillable)
        .tooltip(resources.getString("provisions.drill.tip"))
        .install();

    dimensionBox.getItems().setAll(ProvisionsViewModel.dimensions());
    dimensionBox.setConverter(Converters.showing(model::dimensionName));
    dimensionBox.valueProperty().bindBidirectional(model.dimensionProperty());
    var g = segmentsTable.getColumns();
    g.add(text("provisions.col.segment", 200, SegmentRow::segment));
    g.add(number("provisions.col.loans", 90, SegmentRow::loans));
    g.add(number("provisions.col.balance", 150, SegmentRow::balance));
    g.add(number("provisions.col.ecl", 140, SegmentRow::ecl));
    g.add(number("provisions.col.eclCoverage", 110, SegmentRow::coverage));
    g.add(number("provisions.col.averagePd", 110, SegmentRow::averagePd));
    segmentsTable.setItems(model.segmentRows());
    DrillRows.of(segmentsTable, model::drillSegment)
        .tooltip(resources.getString("provisions.drill.segmentTip"))
        .install();

    var t = backtestTable.getColumns();
    t.add(text("provisions.col.month", 80, BacktestRow::month));
    t.add(number("provisions.col.forecast", 120, BacktestRow::forecast));
    t.add(number("provisions.col.actual", 120, BacktestRow::actual));
    t.add(number("provisions.col.ratio", 80, BacktestRow::ratio));
    backtestTable.setItems(model.backtest());
    for (TableView<?> table : List.of(basesTable, stagesTable, segmentsTable, backtestTable)) {
      table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    forecastSummary.textProperty().bind(model.forecastSummaryProperty());
    backtestNote.textProperty().bind(model.backtestNoteProperty());
    forecastAxis.labelProperty().bind(model.unitAxisProperty());
    backtestAxis.labelProperty().bind(model.unitAxisProperty());
    chart(pdChart, model.pdCurves());
    chart(forecastChart, model.forecast());
    chart(backtestChart, model.backtestBars());
  }

  @FXML
  private void onShortfall() {
    model.drillShortfall();
  }

  private static void tile(ObservableValue<Tile> tile, VBox box, Label value, Label band) {
    value.textProperty().bind(Bindings.createStringBinding(() -> tile.getValue().value(), tile));
    band.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> join(tile.getValue().band(), tile.getValue().note()), tile));
    Runnable colour =
        () -> {
          box.getStyleClass().removeAll(RAG);
          String c = tile.getValue().colour();
          if (!c.isEmpty()) {
            box.getStyleClass().add("rag-" + c);
          }
        };
    tile.addListener((o, was, now) -> colour.run());
    colour.run();
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
  }

  /** Keeps a chart's series equal to the model's, each point with its tooltip. */
  private static void chart(XYChart<String, Number> chart, ObservableList<Series> series) {
    Runnable fill =
        () -> {
          List<XYChart.Series<String, Number>> all = new ArrayList<>();
          for (Series s : series) {
            XYChart.Series<String, Number> x = new XYChart.Series<>();
            x.setName(s.name());
            for (Point p : s.points()) {
              x.getData().add(new XYChart.Data<>(p.x(), p.y()));
            }
            all.add(x);
          }
          chart.getData().setAll(all);
          for (int i = 0; i < all.size(); i++) {
            List<Point> points = series.get(i).points();
            for (int j = 0; j < points.size(); j++) {
              var node = all.get(i).getData().get(j).getNode();
              if (node != null) {
                Tooltip.install(node, new Tooltip(points.get(j).tooltip()));
              }
            }
          }
        };
    series.addListener((ListChangeListener<Series>) c -> fill.run());
    fill.run();
  }

  private <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
    return Columns.text(resources.getString(key), width, value);
  }

  private <T> TableColumn<T, String> number(String key, double width, Function<T, String> value) {
    return Columns.number(resources.getString(key), width, value);
  }
}
