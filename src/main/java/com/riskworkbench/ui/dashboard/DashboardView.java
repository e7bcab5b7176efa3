package com.riskworkbench.ui.dashboard;

import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.DrillRows;
import com.riskworkbench.ui.common.ValueAxes;
import com.riskworkbench.ui.dashboard.DashboardViewModel.CategoryRow;
import com.riskworkbench.ui.dashboard.DashboardViewModel.TrendPoint;
import com.riskworkbench.ui.dashboard.DashboardViewModel.WarningTile;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Dashboard screen's controller: binds to {@link DashboardViewModel} and nothing more. */
public final class DashboardView {
  private final DashboardViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private ScrollPane content;
  @FXML private VBox emptyState;
  @FXML private Label subtitleLabel;
  @FXML private Label sourceLabel;
  @FXML private Hyperlink loadLink;
  @FXML private Label errorLabel;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Label outstandingValue;
  @FXML private Label outstandingChange;
  @FXML private Label loansValue;
  @FXML private Label loansChange;
  @FXML private Label par30Value;
  @FXML private Label par30Change;
  @FXML private Label nplValue;
  @FXML private Label nplChange;
  @FXML private TableView<CategoryRow> categoryTable;
  @FXML private TableColumn<CategoryRow, String> categoryColumn;
  @FXML private TableColumn<CategoryRow, String> categoryLoansColumn;
  @FXML private TableColumn<CategoryRow, String> categoryBalanceColumn;
  @FXML private TableColumn<CategoryRow, String> categoryShareColumn;
  @FXML private TableColumn<CategoryRow, CategoryRow> categoryDrillColumn;
  @FXML private BarChart<Number, String> categoryChart;
  @FXML private NumberAxis categoryShareAxis;
  @FXML private FlowPane warningTiles;
  @FXML private AreaChart<String, Number> outstandingChart;
  @FXML private NumberAxis outstandingAxis;
  @FXML private LineChart<String, Number> par30Chart;
  @FXML private NumberAxis par30Axis;

  public DashboardView(DashboardViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    content.visibleProperty().bind(model.hasPortfolioProperty());
    emptyState.visibleProperty().bind(model.hasPortfolioProperty().not());
    subtitleLabel.textProperty().bind(model.subtitleProperty());
    sourceLabel.textProperty().bind(model.sourceProperty());
    loadLink.visibleProperty().bind(model.canLoadProperty());
    loadLink.managedProperty().bind(loadLink.visibleProperty());
    errorLabel.textProperty().bind(model.errorProperty());
    errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
    errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    busyIndicator.visibleProperty().bind(model.busyBinding());
    outstandingValue.textProperty().bind(model.outstandingProperty());
    outstandingChange.textProperty().bind(model.outstandingChangeProperty());
    loansValue.textProperty().bind(model.loansProperty());
    loansChange.textProperty().bind(model.loansChangeProperty());
    par30Value.textProperty().bind(model.par30Property());
    par30Change.textProperty().bind(model.par30ChangeProperty());
    nplValue.textProperty().bind(model.nplProperty());
    nplChange.textProperty().bind(model.nplChangeProperty());

    setUpCategoryTable();
    setUpCategoryChart();
    model.warnings().addListener((ListChangeListener<WarningTile>) c -> showTiles());
    model.warningsNoteProperty().addListener((o, was, now) -> showTiles());
    showTiles();
    setUpTrend();
  }

  @FXML
  private void loadBook() {
    model.loadBook();
  }

  private void setUpCategoryTable() {
    categoryTable.setItems(model.categories());
    categoryTable.setPlaceholder(new Label(resources.getString("dashboard.noLoans")));
    categoryTable.setTooltip(new Tooltip(resources.getString("dashboard.drillHint")));
    Columns.fill(categoryColumn, CategoryRow::label, false);
    Columns.fill(categoryLoansColumn, CategoryRow::loans, true);
    Columns.fill(categoryBalanceColumn, CategoryRow::balance, true);
    Columns.fill(categoryShareColumn, CategoryRow::share, true);
    categoryDrillColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    categoryDrillColumn.setCellFactory(
        column ->
            new TableCell<>() {
              private final Hyperlink link =
                  new Hyperlink(resources.getString("dashboard.showLoans"));

              @Override
              protected void updateItem(CategoryRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                  setGraphic(null);
                } else {
                  link.setId("drill-" + row.category().name());
                  link.setOnAction(e -> model.drillDown(row));
                  link.setDisable(row.selection().isEmpty());
                  setGraphic(link);
                }
              }
            });
    DrillRows.of(categoryTable, model::drillDown).click(DrillRows.Click.DOUBLE).install();
  }

  private void setUpCategoryChart() {
    ValueAxes.fit(categoryChart, categoryShareAxis, 1, false, model::axisPercent);
    Runnable show =
        () -> {
          XYChart.Series<Number, String> series = new XYChart.Series<>();
          List<CategoryRow> rows = model.categories();
          // A category axis on the left lists its first category at the bottom: Normal on top.
          for (int i = rows.size() - 1; i >= 0; i--) {
            series
                .getData()
                .add(new XYChart.Data<>(rows.get(i).shareRatio() * 100, rows.get(i).label()));
          }
          categoryChart.getData().setAll(java.util.List.of(series));
        };
    model.categories().addListener((ListChangeListener<CategoryRow>) c -> show.run());
    show.run();
  }

  private void setUpTrend() {
    outstandingAxis.labelProperty().bind(model.outstandingAxisProperty());
    ValueAxes.fit(outstandingChart, outstandingAxis, 1, false, model::axisNumber);
    ValueAxes.fit(par30Chart, par30Axis, 1, false, model::axisPercent);
    Runnable show =
        () -> {
          XYChart.Series<String, Number> outstanding = new XYChart.Series<>();
          XYChart.Series<String, Number> par30 = new XYChart.Series<>();
          for (TrendPoint p : model.trend()) {
            outstanding.getData().add(new XYChart.Data<>(p.month(), p.outstanding()));
            if (!Double.isNaN(p.par30Percent())) {
              par30.getData().add(new XYChart.Data<>(p.month(), p.par30Percent()));
            }
          }
          outstandingChart.getData().setAll(java.util.List.of(outstanding));
          par30Chart.getData().setAll(java.util.List.of(par30));
        };
    model.trend().addListener((ListChangeListener<TrendPoint>) c -> show.run());
    show.run();
  }

  private void showTiles() {
    warningTiles.getChildren().clear();
    if (model.warnings().isEmpty() && !model.warningsNoteProperty().get().isEmpty()) {
      Label later = new Label(model.warningsNoteProperty().get());
      later.setId("warningsLater");
      later.getStyleClass().add("text-muted");
      warningTiles.getChildren().add(later);
    }
    for (WarningTile t : model.warnings()) {
      warningTiles.getChildren().add(tile(t));
    }
  }

  private VBox tile(WarningTile t) {
    Label title = new Label(t.title());
    title.setWrapText(true);
    title.getStyleClass().add("warning-title");
    Label value = new Label(t.value());
    value.setId("value-" + t.id());
    value.getStyleClass().add("kpi-value");
    Label status = new Label(t.statusText());
    status.getStyleClass().addAll("rag-badge", "rag-badge-" + t.status().name().toLowerCase());
    Pane spacer = new Pane();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox valueRow = new HBox(8, value, spacer, status);
    valueRow.setAlignment(Pos.BASELINE_LEFT);
    Label thresholds = new Label(t.thresholds());
    thresholds.setWrapText(true);
    thresholds.getStyleClass().addAll("text-small", "text-muted");
    Label rule = new Label(t.rule());
    rule.setWrapText(true);
    rule.getStyleClass().addAll("text-small", "text-muted");
    VBox box = new VBox(4, title, valueRow, thresholds, rule);
    if (t.selection().isPresent()) {
      Hyperlink drill = new Hyperlink(t.drillText());
      drill.setId("drill-" + t.id());
      drill.setOnAction(e -> model.drillDown(t));
      box.getChildren().add(drill);
    }
    box.setId("warning-" + t.id());
    box.getStyleClass().addAll("kpi-tile", "warning-tile", rag(t));
    box.setPrefWidth(252);
    box.setMinWidth(252);
    box.setMaxWidth(252);
    Tooltip.install(box, new Tooltip(t.rule()));
    return box;
  }

  private static String rag(WarningTile t) {
    return switch (t.status()) {
      case GREEN -> "rag-green";
      case AMBER -> "rag-amber";
      case RED -> "rag-red";
      case NOT_AVAILABLE -> "rag-na";
    };
  }
}
