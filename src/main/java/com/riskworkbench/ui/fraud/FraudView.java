package com.riskworkbench.ui.fraud;

import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.DrillRows;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.ValueAxes;
import com.riskworkbench.ui.fraud.CaseDetail.HistoryRow;
import com.riskworkbench.ui.fraud.CaseDetail.LoanFacts;
import com.riskworkbench.ui.fraud.FraudRows.CaseRow;
import com.riskworkbench.ui.fraud.FraudRows.DaysRow;
import com.riskworkbench.ui.fraud.FraudRows.RateRow;
import com.riskworkbench.ui.fraud.FraudRows.SummaryRow;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The Fraud screen's controller: binds the key figures, the summary tables and the cohort chart to
 * {@link FraudViewModel}; the case list and detail are bound by {@link FraudCasesPane}.
 */
public final class FraudView {
  private final FraudViewModel model;
  private Formats formats;

  @FXML private ResourceBundle resources;
  @FXML private Label scopeLabel;
  @FXML private Label casesValue;
  @FXML private Label casesNote;
  @FXML private Label exposureValue;
  @FXML private Label lossValue;
  @FXML private Label recoveredValue;
  @FXML private Label netLossValue;
  @FXML private Label rateValue;
  @FXML private Label rateNote;
  @FXML private TabPane fraudTabs;
  @FXML private Label emptyLabel;
  @FXML private TableView<SummaryRow> typeStatusTable;
  @FXML private TableView<SummaryRow> channelTable;
  @FXML private TableView<SummaryRow> rootCauseTable;
  @FXML private TableView<RateRow> rateChannelTable;
  @FXML private TableView<RateRow> rateCohortTable;
  @FXML private TableView<DaysRow> daysTable;
  @FXML private LineChart<String, Number> cohortChart;
  @FXML private NumberAxis rateAxis;
  @FXML private TextField searchField;
  @FXML private ComboBox<FraudType> typeBox;
  @FXML private ComboBox<FraudStatus> statusBox;
  @FXML private ComboBox<DetectionChannel> channelBox;
  @FXML private DatePicker fromPicker;
  @FXML private DatePicker toPicker;
  @FXML private Label caseCount;
  @FXML private ToggleButton revealButton;
  @FXML private Button exportButton;
  @FXML private TableView<CaseRow> caseTable;
  @FXML private Label detailEmpty;
  @FXML private VBox detailContent;
  @FXML private Label detailTitle;
  @FXML private Label detailSummary;
  @FXML private GridPane detailGrid;
  @FXML private TableView<HistoryRow> historyTable;
  @FXML private TableView<LoanFacts> borrowerLoansTable;
  @FXML private Label messageLabel;

  public FraudView(FraudViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    model.shownOnScreenProperty().bind(scopeLabel.sceneProperty().isNotNull());
    formats = model.formats();
    var hasRows =
        Bindings.createBooleanBinding(
            () -> model.rowsProperty().get().isPresent(), model.rowsProperty());
    fraudTabs.visibleProperty().bind(hasRows);
    emptyLabel.visibleProperty().bind(hasRows.not());
    emptyLabel.textProperty().bind(model.emptyTextProperty());
    model.figuresProperty().addListener((o, was, now) -> showFigures(now));
    showFigures(model.figuresProperty().get());

    summaryTable(
        typeStatusTable, "fraud.column.type", true, model.byTypeStatus(), "fraud.tab.typeStatus");
    summaryTable(
        channelTable, "fraud.column.channel", false, model.byChannel(), "fraud.tab.channel");
    summaryTable(
        rootCauseTable,
        "fraud.column.rootCause",
        false,
        model.byRootCause(),
        "fraud.tab.rootCause");
    rateTable(
        rateChannelTable,
        "fraud.column.loanChannel",
        model.rateByChannel(),
        "fraud.rateByChannel.title");
    rateTable(
        rateCohortTable, "fraud.column.cohort", model.rateByCohort(), "fraud.cohortChart.title");
    daysTable();
    ValueAxes.fit(cohortChart, rateAxis, 1, false, (v, d) -> formats.decimal(v, d));
    model.rateByCohort().addListener((ListChangeListener<RateRow>) c -> fillChart());
    fillChart();
    new FraudCasesPane(
        model,
        resources,
        new FraudCasesPane.Nodes(
            searchField,
            typeBox,
            statusBox,
            channelBox,
            fromPicker,
            toPicker,
            caseCount,
            revealButton,
            exportButton,
            caseTable,
            detailEmpty,
            detailContent,
            detailTitle,
            detailSummary,
            detailGrid,
            historyTable,
            borrowerLoansTable,
            messageLabel));
  }

  @FXML
  private void onExport() {
    model.export();
  }

  private void showFigures(FraudTexts.Figures f) {
    casesValue.setText(f.cases());
    casesNote.setText(f.casesNote());
    exposureValue.setText(f.exposure());
    lossValue.setText(f.loss());
    recoveredValue.setText(f.recovered());
    netLossValue.setText(f.netLoss());
    rateValue.setText(f.rate());
    rateNote.setText(f.rateNote());
    scopeLabel.setText(f.scope());
  }

  // Summary tables

  private void summaryTable(
      TableView<SummaryRow> table,
      String labelKey,
      boolean withStatus,
      ObservableList<SummaryRow> items,
      String tab) {
    table.getColumns().add(text(labelKey, withStatus ? 230 : 260, SummaryRow::label));
    if (withStatus) {
      table.getColumns().add(text("fraud.column.status", 95, SummaryRow::status));
    }
    table.getColumns().add(count("fraud.column.cases", r -> r.totals().cases()));
    table.getColumns().add(count("fraud.column.loans", SummaryRow::loanCount));
    table.getColumns().add(money("fraud.column.exposure", r -> r.totals().exposureCents()));
    table.getColumns().add(money("fraud.column.loss", r -> r.totals().lossCents()));
    table.getColumns().add(money("fraud.column.recovered", r -> r.totals().recoveredCents()));
    table.getColumns().add(money("fraud.column.netLoss", r -> r.totals().netLossCents()));
    table.setItems(items);
    table
        .placeholderProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> new Label(model.emptyTextProperty().get()), model.emptyTextProperty()));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setFixedCellSize(32);
    String what = resources.getString(tab);
    DrillRows.of(table, (SummaryRow row) -> model.drillDown(row, what))
        .click(DrillRows.Click.SINGLE)
        .tooltip(resources.getString("fraud.drill.tooltip"))
        .styleClass(r -> r.dismissed() ? "dismissed-row" : null, "dismissed-row")
        .install();
  }

  private void rateTable(
      TableView<RateRow> table, String keyColumn, ObservableList<RateRow> items, String title) {
    table.getColumns().add(text(keyColumn, 120, RateRow::label));
    table.getColumns().add(count("fraud.column.loansOriginated", r -> r.rate().loans(), 90));
    table.getColumns().add(count("fraud.column.fraudLoans", r -> r.rate().fraudLoans(), 90));
    table
        .getColumns()
        .add(
            Columns.percent(
                resources.getString("fraud.column.rate"), 90, r -> r.rate().rate(), 2, formats));
    table.setItems(items);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label(resources.getString("fraud.empty.table")));
    String what = resources.getString(title);
    DrillRows.of(table, (RateRow row) -> model.drillDown(row, what))
        .click(DrillRows.Click.SINGLE)
        .when(RateRow::drillable)
        .tooltip(resources.getString("fraud.drill.tooltip"))
        .install();
  }

  private void daysTable() {
    daysTable.getColumns().add(text("fraud.column.type", 170, DaysRow::type));
    daysTable.getColumns().add(count("fraud.column.cases", r -> r.days().cases()));
    daysTable
        .getColumns()
        .add(
            Columns.decimal(
                resources.getString("fraud.column.meanDays"),
                90,
                r -> r.days().meanDays(),
                1,
                formats));
    daysTable
        .getColumns()
        .add(
            Columns.decimal(
                resources.getString("fraud.column.medianDays"),
                90,
                r -> r.days().medianDays(),
                1,
                formats));
    daysTable.setItems(model.days());
    daysTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    daysTable.setPlaceholder(new Label(resources.getString("fraud.empty.table")));
  }

  private void fillChart() {
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    series.setName(resources.getString("fraud.cohortChart.y"));
    for (RateRow r : model.rateByCohort()) {
      double rate = r.rate().rate();
      if (!Double.isNaN(rate)) {
        series.getData().add(new XYChart.Data<>(r.label(), rate * 100));
      }
    }
    cohortChart.getData().setAll(List.of(series));
    for (XYChart.Data<String, Number> d : series.getData()) {
      if (d.getNode() != null) {
        Tooltip.install(
            d.getNode(),
            new Tooltip(
                d.getXValue() + ": " + formats.decimal(d.getYValue().doubleValue(), 2) + " %"));
      }
    }
  }

  // Columns

  private <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
    return Columns.sortableText(resources.getString(key), width, value);
  }

  private <T> TableColumn<T, T> count(String key, Function<T, ? extends Number> value) {
    return count(key, value, 70);
  }

  private <T> TableColumn<T, T> count(
      String key, Function<T, ? extends Number> value, double width) {
    return Columns.count(resources.getString(key), width, value, formats);
  }

  private <T> TableColumn<T, T> money(String key, Function<T, Long> cents) {
    return Columns.amount(resources.getString(key), 115, cents, formats);
  }
}
