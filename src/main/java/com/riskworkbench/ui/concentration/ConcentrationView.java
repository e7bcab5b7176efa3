package com.riskworkbench.ui.concentration;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.DrillRows;
import com.riskworkbench.ui.common.ValueAxes;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.Bar;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.BreachRow;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.SegmentRow;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Concentration screen's controller: binds to {@link ConcentrationViewModel} and nothing more.
 * Sorting the segment table is handed to the view model (a sort policy), which sorts in the
 * background: the borrower dimension has too many rows to sort on the FX thread.
 */
public final class ConcentrationView {
  private final ConcentrationViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private VBox content;
  @FXML private VBox emptyState;
  @FXML private Label subtitleLabel;
  @FXML private Label errorLabel;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private ComboBox<Dimension> dimensionBox;
  @FXML private Label totalExposureValue;
  @FXML private Label segmentsValue;
  @FXML private Label hhiValue;
  @FXML private Label hhi10000Value;
  @FXML private Label effectiveNumberValue;
  @FXML private Label topSharesValue;
  @FXML private TableView<SegmentRow> segmentTable;
  @FXML private TableColumn<SegmentRow, SegmentRow> rankColumn;
  @FXML private TableColumn<SegmentRow, SegmentRow> segmentColumn;
  @FXML private TableColumn<SegmentRow, SegmentRow> loansColumn;
  @FXML private TableColumn<SegmentRow, SegmentRow> exposureColumn;
  @FXML private TableColumn<SegmentRow, SegmentRow> shareColumn;
  @FXML private TableColumn<SegmentRow, SegmentRow> par30Column;
  @FXML private TableColumn<SegmentRow, SegmentRow> nplColumn;
  @FXML private TableColumn<SegmentRow, SegmentRow> rateColumn;
  @FXML private TableColumn<SegmentRow, SegmentRow> drillColumn;
  @FXML private BarChart<Number, String> shareChart;
  @FXML private NumberAxis shareAxis;
  @FXML private Label breachSummaryLabel;
  @FXML private TableView<BreachRow> breachTable;
  @FXML private TableColumn<BreachRow, String> breachBorrowerColumn;
  @FXML private TableColumn<BreachRow, String> breachExposureColumn;
  @FXML private TableColumn<BreachRow, String> breachTypeColumn;
  @FXML private TableColumn<BreachRow, String> breachLimitColumn;
  @FXML private TableColumn<BreachRow, String> breachRuleColumn;
  @FXML private TableColumn<BreachRow, BreachRow> breachDrillColumn;

  public ConcentrationView(ConcentrationViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    content.visibleProperty().bind(model.hasPortfolioProperty());
    model.shownOnScreenProperty().bind(content.sceneProperty().isNotNull());
    emptyState.visibleProperty().bind(model.hasPortfolioProperty().not());
    subtitleLabel.textProperty().bind(model.subtitleProperty());
    errorLabel.textProperty().bind(model.errorProperty());
    errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
    errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    busyIndicator.visibleProperty().bind(model.busyBinding());
    totalExposureValue.textProperty().bind(model.totalExposureProperty());
    segmentsValue.textProperty().bind(model.segmentCountProperty());
    hhiValue.textProperty().bind(model.hhiProperty());
    hhi10000Value.textProperty().bind(model.hhi10000Property());
    effectiveNumberValue.textProperty().bind(model.effectiveNumberProperty());
    topSharesValue.textProperty().bind(model.topSharesProperty());
    breachSummaryLabel.textProperty().bind(model.breachSummaryProperty());

    setUpDimensions();
    setUpSegmentTable();
    setUpChart();
    setUpBreachTable();
  }

  private void setUpDimensions() {
    dimensionBox.getItems().setAll(model.dimensions());
    StringConverter<Dimension> names =
        new StringConverter<>() {
          @Override
          public String toString(Dimension d) {
            return model.dimensionLabel(d);
          }

          @Override
          public Dimension fromString(String s) {
            throw new UnsupportedOperationException();
          }
        };
    dimensionBox.setConverter(names);
    dimensionBox.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(Dimension d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty ? null : model.dimensionLabel(d));
          }
        });
    dimensionBox.valueProperty().bindBidirectional(model.dimensionProperty());
  }

  private void setUpSegmentTable() {
    segmentTable.setItems(model.rows());
    Label placeholder = new Label();
    // while the figures are computed (seconds, in a database) the table says so, not "no loans"
    placeholder
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.busyBinding())
                .then(resources.getString("concentration.computingSegments"))
                .otherwise(resources.getString("concentration.noSegments")));
    segmentTable.setPlaceholder(placeholder);
    segmentTable.setTooltip(new Tooltip(resources.getString("concentration.drillHint")));
    Columns.fillRow(rankColumn, r -> model.count(r.rank()), true);
    Columns.fillRow(segmentColumn, SegmentRow::label, false);
    // A long segment name is cut to the column: the full name is one hover away.
    segmentColumn.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(SegmentRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.label());
                setTooltip(empty || row == null ? null : new Tooltip(row.label()));
              }
            });
    Columns.fillRow(loansColumn, r -> model.count(r.segment().loans()), true);
    Columns.fillRow(exposureColumn, r -> model.amount(r.segment().exposureCents()), true);
    Columns.fillRow(shareColumn, r -> model.percent(r.segment().share()), true);
    Columns.fillRow(par30Column, r -> model.percent(r.segment().par30Ratio()), true);
    Columns.fillRow(nplColumn, r -> model.percent(r.segment().nplRatio()), true);
    Columns.fillRow(rateColumn, r -> model.percent(r.segment().averageRate()), true);
    drillColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    drillColumn.setCellFactory(
        c -> linkCell(resources.getString("concentration.showLoans"), model::drillDown));

    Map<TableColumn<SegmentRow, ?>, SortKey> keys =
        Map.of(
            rankColumn, SortKey.RANK,
            segmentColumn, SortKey.SEGMENT,
            loansColumn, SortKey.LOANS,
            exposureColumn, SortKey.EXPOSURE,
            shareColumn, SortKey.SHARE,
            par30Column, SortKey.PAR30,
            nplColumn, SortKey.NPL,
            rateColumn, SortKey.RATE);
    segmentTable.setSortPolicy(
        table -> {
          List<TableColumn<SegmentRow, ?>> order = new ArrayList<>(table.getSortOrder());
          if (order.isEmpty()) {
            model.sort(SortKey.RANK, true);
          } else {
            TableColumn<SegmentRow, ?> first = order.get(0);
            model.sort(
                keys.getOrDefault(first, SortKey.RANK),
                first.getSortType() == TableColumn.SortType.ASCENDING);
          }
          return true;
        });
    DrillRows.of(segmentTable, model::drillDown).click(DrillRows.Click.DOUBLE).install();
  }

  /** A link-like icon that drills down: visible in every row, with the action as its tooltip. */
  static <R> TableCell<R, R> linkCell(String text, Consumer<R> drill) {
    return new TableCell<>() {
      private final Hyperlink link = new Hyperlink(null, new FontIcon("fth-list"));

      {
        link.setTooltip(new Tooltip(text));
        link.setAccessibleText(text);
        link.getStyleClass().add("drill");
      }

      @Override
      protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
          setGraphic(null);
        } else {
          link.setOnAction(e -> drill.accept(row));
          setGraphic(link);
        }
      }
    };
  }

  private void setUpChart() {
    shareChart.titleProperty().bind(model.chartTitleProperty());
    ValueAxes.fit(shareChart, shareAxis, 1, false, model::axisPercent);
    Runnable show =
        () -> {
          XYChart.Series<Number, String> series = new XYChart.Series<>();
          List<Bar> bars = model.bars();
          // A category axis on the left lists its first category at the bottom: largest on top.
          for (int i = bars.size() - 1; i >= 0; i--) {
            series
                .getData()
                .add(new XYChart.Data<>(bars.get(i).sharePercent(), bars.get(i).label()));
          }
          // Few segments would make slabs of bars: keep them slim.
          shareChart.setCategoryGap(bars.size() <= 5 ? 56 : bars.size() <= 10 ? 20 : 2);
          shareChart.getData().setAll(java.util.List.of(series));
        };
    model.bars().addListener((ListChangeListener<Bar>) c -> show.run());
    show.run();
  }

  private void setUpBreachTable() {
    breachTable.setItems(model.breaches());
    breachTable.setPlaceholder(new Label(resources.getString("concentration.noBreaches")));
    Columns.fill(breachBorrowerColumn, BreachRow::borrowerId, false);
    Columns.fill(breachExposureColumn, BreachRow::exposure, true);
    Columns.fill(breachTypeColumn, BreachRow::type, false);
    Columns.fill(breachLimitColumn, BreachRow::limit, true);
    Columns.fill(breachRuleColumn, BreachRow::rule, false);
    breachDrillColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    breachDrillColumn.setCellFactory(
        c -> linkCell(resources.getString("concentration.showBorrowerLoans"), model::drillDown));
    DrillRows.of(breachTable, model::drillDown).click(DrillRows.Click.DOUBLE).install();
  }
}
