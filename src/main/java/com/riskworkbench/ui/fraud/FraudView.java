package com.riskworkbench.ui.fraud;

import com.riskworkbench.analysis.FraudResult.CaseTotals;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.fraud.CaseDetail.HistoryRow;
import com.riskworkbench.ui.fraud.CaseDetail.LoanFacts;
import com.riskworkbench.ui.fraud.FraudRows.CaseRow;
import com.riskworkbench.ui.fraud.FraudRows.DaysRow;
import com.riskworkbench.ui.fraud.FraudRows.RateRow;
import com.riskworkbench.ui.fraud.FraudRows.SummaryRow;
import java.io.File;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The Fraud screen's controller: binds to {@link FraudViewModel} and nothing more. */
public final class FraudView {
  private final FraudViewModel model;
  private Formats formats;
  private Labels labels;

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
    formats = model.formats();
    labels = model.labels();
    var hasRows =
        Bindings.createBooleanBinding(
            () -> model.rowsProperty().get().isPresent(), model.rowsProperty());
    fraudTabs.visibleProperty().bind(hasRows);
    emptyLabel.visibleProperty().bind(hasRows.not());
    emptyLabel.textProperty().bind(model.emptyTextProperty());
    model.rowsProperty().addListener((o, was, now) -> showFigures(now));
    showFigures(model.rowsProperty().get());

    summaryTable(
        typeStatusTable, true, model.byTypeStatus(), resources.getString("fraud.tab.typeStatus"));
    summaryTable(channelTable, false, model.byChannel(), resources.getString("fraud.tab.channel"));
    summaryTable(
        rootCauseTable, false, model.byRootCause(), resources.getString("fraud.tab.rootCause"));
    rateTable(
        rateChannelTable,
        "fraud.column.loanChannel",
        model.rateByChannel(),
        "fraud.rateByChannel.title");
    rateTable(
        rateCohortTable, "fraud.column.cohort", model.rateByCohort(), "fraud.cohortChart.title");
    daysTable();
    model.rateByCohort().addListener((ListChangeListener<RateRow>) c -> fillChart());
    fillChart();
    caseList();
    detailPane();
  }

  private void showFigures(Optional<FraudRows> rows) {
    if (rows.isEmpty()) {
      for (Label l :
          List.of(casesValue, exposureValue, lossValue, recoveredValue, netLossValue, rateValue)) {
        l.setText(Formats.NONE);
      }
      casesNote.setText("");
      rateNote.setText("");
      scopeLabel.setText("");
      return;
    }
    FraudRows r = rows.get();
    CaseTotals t = r.result().totals();
    String cur = r.currency();
    casesValue.setText(formats.count(t.cases()));
    casesNote.setText(
        MessageFormat.format(
            resources.getString("fraud.kpi.dismissed"), formats.count(t.dismissed())));
    exposureValue.setText(formats.moneyShort(t.exposureCents(), cur));
    lossValue.setText(formats.moneyShort(t.lossCents(), cur));
    recoveredValue.setText(formats.moneyShort(t.recoveredCents(), cur));
    netLossValue.setText(formats.moneyShort(t.netLossCents(), cur));
    rateValue.setText(formats.percent(r.result().confirmedRate().rate(), 2));
    rateNote.setText(
        MessageFormat.format(
            resources.getString("fraud.kpi.rateNote"),
            formats.count(r.result().confirmedRate().fraudLoans()),
            formats.count(r.result().confirmedRate().loans())));
    scopeLabel.setText(
        MessageFormat.format(resources.getString("fraud.scope"), formats.month(r.asOf()), cur));
  }

  // Summary tables

  private void summaryTable(
      TableView<SummaryRow> table, boolean withStatus, List<SummaryRow> items, String what) {
    table.setId(table.getId());
    if (withStatus) {
      table.getColumns().add(text("fraud.column.type", 230, SummaryRow::label));
      table.getColumns().add(text("fraud.column.status", 95, SummaryRow::status));
    } else {
      table
          .getColumns()
          .add(
              text(
                  table == channelTable ? "fraud.column.channel" : "fraud.column.rootCause",
                  260,
                  SummaryRow::label));
    }
    table
        .getColumns()
        .add(
            number(
                "fraud.column.cases",
                70,
                r -> r.totals().cases(),
                n -> formats.count(n.longValue())));
    table
        .getColumns()
        .add(
            number(
                "fraud.column.loans",
                70,
                SummaryRow::loanCount,
                n -> formats.count(n.longValue())));
    table.getColumns().add(money("fraud.column.exposure", r -> r.totals().exposureCents()));
    table.getColumns().add(money("fraud.column.loss", r -> r.totals().lossCents()));
    table.getColumns().add(money("fraud.column.recovered", r -> r.totals().recoveredCents()));
    table.getColumns().add(money("fraud.column.netLoss", r -> r.totals().netLossCents()));
    table.setItems((javafx.collections.ObservableList<SummaryRow>) items);
    table
        .placeholderProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> new Label(model.emptyTextProperty().get()), model.emptyTextProperty()));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setFixedCellSize(32);
    drillRows(
        table, row -> model.drillDown(row, what), r -> r.dismissed() ? "dismissed-row" : null);
  }

  private void rateTable(
      TableView<RateRow> table, String keyColumn, List<RateRow> items, String titleKey) {
    table.getColumns().add(text(keyColumn, 120, RateRow::label));
    table
        .getColumns()
        .add(
            number(
                "fraud.column.loansOriginated",
                90,
                r -> r.rate().loans(),
                n -> formats.count(n.longValue())));
    table
        .getColumns()
        .add(
            number(
                "fraud.column.fraudLoans",
                90,
                r -> r.rate().fraudLoans(),
                n -> formats.count(n.longValue())));
    table
        .getColumns()
        .add(
            number(
                "fraud.column.rate",
                90,
                r -> r.rate().rate(),
                v -> formats.percent(v.doubleValue(), 2)));
    table.setItems((javafx.collections.ObservableList<RateRow>) items);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label(resources.getString("fraud.empty.table")));
    String what = resources.getString(titleKey);
    drillRows(table, row -> model.drillDown(row, what), r -> null);
  }

  private void daysTable() {
    daysTable.getColumns().add(text("fraud.column.type", 170, DaysRow::type));
    daysTable
        .getColumns()
        .add(
            number(
                "fraud.column.cases",
                70,
                r -> r.days().cases(),
                n -> formats.count(n.longValue())));
    daysTable
        .getColumns()
        .add(
            number(
                "fraud.column.meanDays",
                90,
                r -> r.days().meanDays(),
                v -> formats.decimal(v.doubleValue(), 1)));
    daysTable
        .getColumns()
        .add(
            number(
                "fraud.column.medianDays",
                90,
                r -> r.days().medianDays(),
                v -> formats.decimal(v.doubleValue(), 1)));
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
        XYChart.Data<String, Number> d = new XYChart.Data<>(r.label(), rate * 100);
        series.getData().add(d);
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

  // Case list

  private void caseList() {
    typeBox.getItems().add(null);
    typeBox.getItems().addAll(FraudType.values());
    typeBox.setConverter(converter("fraud.filter.allTypes"));
    typeBox.valueProperty().bindBidirectional(model.typeFilterProperty());
    statusBox.getItems().add(null);
    statusBox.getItems().addAll(FraudStatus.values());
    statusBox.setConverter(converter("fraud.filter.allStatuses"));
    statusBox.valueProperty().bindBidirectional(model.statusFilterProperty());
    channelBox.getItems().add(null);
    channelBox.getItems().addAll(DetectionChannel.values());
    channelBox.setConverter(converter("fraud.filter.allChannels"));
    channelBox.valueProperty().bindBidirectional(model.channelFilterProperty());
    allCells(typeBox);
    allCells(statusBox);
    allCells(channelBox);
    fromPicker.valueProperty().bindBidirectional(model.fromProperty());
    toPicker.valueProperty().bindBidirectional(model.toProperty());
    searchField.textProperty().bindBidirectional(model.searchProperty());
    caseCount
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    MessageFormat.format(
                        resources.getString("fraud.caseCount"),
                        formats.count(model.cases().size()),
                        formats.count(model.allCases().size())),
                model.cases(),
                model.allCases()));

    caseTable.getColumns().add(text("fraud.column.caseId", 100, r -> r.fraudCase().caseId()));
    TableColumn<CaseRow, ?> reported =
        text("fraud.column.reported", 100, r -> formats.date(r.fraudCase().reportedDate()));
    caseTable.getColumns().add(reported);
    caseTable.getColumns().add(text("fraud.column.type", 200, CaseRow::type));
    caseTable.getColumns().add(text("fraud.column.status", 90, CaseRow::status));
    caseTable.getColumns().add(text("fraud.column.channel", 130, CaseRow::channel));
    caseTable.getColumns().add(text("fraud.column.loan", 100, CaseRow::loanId));
    caseTable.getColumns().add(identity("fraud.column.name", 90, model::name));
    caseTable.getColumns().add(identity("fraud.column.idNumber", 160, model::idNumber));
    caseTable.getColumns().add(money("fraud.column.exposure", r -> r.fraudCase().exposureCents()));
    caseTable.getColumns().add(money("fraud.column.loss", r -> r.fraudCase().lossCents()));
    caseTable
        .getColumns()
        .add(money("fraud.column.recovered", r -> r.fraudCase().recoveredCents()));
    caseTable.getColumns().add(text("fraud.column.rootCause", 200, CaseRow::rootCause));
    SortedList<CaseRow> sorted = new SortedList<>(model.cases());
    sorted.comparatorProperty().bind(caseTable.comparatorProperty());
    caseTable.setItems(sorted);
    caseTable
        .placeholderProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    new Label(
                        model.allCases().isEmpty()
                            ? model.emptyTextProperty().get()
                            : resources.getString("fraud.empty.filtered")),
                model.emptyTextProperty(),
                model.allCases()));
    caseTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> model.select(now));

    revealButton.setSelected(model.revealedProperty().get());
    model
        .revealedProperty()
        .addListener(
            (o, was, now) -> {
              revealButton.setSelected(now);
              revealButton.setText(resources.getString(now ? "fraud.hide" : "fraud.reveal"));
              caseTable.refresh();
            });
    revealButton.setOnAction(e -> onReveal());
    exportButton.disableProperty().bind(Bindings.isEmpty(model.cases()));
    messageLabel.textProperty().bind(model.messageProperty());
  }

  private void onReveal() {
    // The toggle follows the model: it turns on only once the reveal is recorded.
    revealButton.setSelected(model.revealedProperty().get());
    if (model.revealedProperty().get()) {
      model.hide();
      return;
    }
    if (model.revealNeedsConfirmation()) {
      Alert confirm =
          new Alert(
              Alert.AlertType.CONFIRMATION,
              resources.getString("fraud.reveal.confirm.text"),
              ButtonType.OK,
              ButtonType.CANCEL);
      confirm.setTitle(resources.getString("fraud.reveal.confirm.title"));
      confirm.setHeaderText(resources.getString("fraud.reveal.confirm.header"));
      confirm.initOwner(caseTable.getScene().getWindow());
      confirm
          .getDialogPane()
          .getStylesheets()
          .setAll(caseTable.getScene().getRoot().getStylesheets());
      confirm.getDialogPane().setId("revealConfirmation");
      confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.reveal());
    } else {
      model.reveal();
    }
  }

  @FXML
  private void onExport() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(resources.getString("fraud.export.title"));
    chooser.setInitialFileName("fraud-cases.csv");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(resources.getString("fraud.export.filter"), "*.csv"));
    File f = chooser.showSaveDialog(caseTable.getScene().getWindow());
    if (f != null) {
      model.exportCases(
          f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
              ? f.toPath()
              : f.toPath().resolveSibling(f.getName() + ".csv"));
    }
  }

  // Detail pane

  private void detailPane() {
    historyTable.getColumns().add(text("fraud.column.month", 80, r -> formats.month(r.month())));
    historyTable.getColumns().add(money("fraud.column.balance", HistoryRow::balanceCents));
    historyTable
        .getColumns()
        .add(number("fraud.column.dpd", 60, HistoryRow::dpd, n -> formats.count(n.longValue())));
    historyTable.getColumns().add(text("fraud.column.loanStatus", 100, r -> labels.of(r.status())));
    historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    historyTable.setPlaceholder(new Label(resources.getString("fraud.detail.noLoan")));
    borrowerLoansTable.getColumns().add(text("fraud.column.loan", 100, LoanFacts::loanId));
    borrowerLoansTable.getColumns().add(text("fraud.column.product", 110, LoanFacts::product));
    borrowerLoansTable.getColumns().add(money("fraud.column.principal", LoanFacts::principalCents));
    borrowerLoansTable
        .getColumns()
        .add(text("fraud.column.originated", 95, l -> formats.date(l.originated())));
    borrowerLoansTable
        .getColumns()
        .add(
            text(
                "fraud.column.loanStatus",
                100,
                l -> l.state().map(labels::of).orElse(Formats.NONE)));
    borrowerLoansTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    borrowerLoansTable.setPlaceholder(new Label(resources.getString("fraud.detail.noBorrower")));
    detailContent.managedProperty().bind(detailContent.visibleProperty());
    detailEmpty.managedProperty().bind(detailEmpty.visibleProperty());
    model.detailProperty().addListener((o, was, now) -> showDetail(now));
    model.revealedProperty().addListener((o, was, now) -> showDetail(model.detailProperty().get()));
    showDetail(model.detailProperty().get());
  }

  private void showDetail(Optional<CaseDetail> detail) {
    detailContent.setVisible(detail.isPresent());
    detailEmpty.setVisible(detail.isEmpty());
    detailGrid.getChildren().clear();
    if (detail.isEmpty()) {
      historyTable.getItems().clear();
      borrowerLoansTable.getItems().clear();
      return;
    }
    CaseDetail d = detail.get();
    CaseRow row = d.row();
    var c = row.fraudCase();
    String cur = model.rowsProperty().get().map(FraudRows::currency).orElse("");
    detailTitle.setText(
        MessageFormat.format(resources.getString("fraud.detail.title"), c.caseId(), row.type()));
    detailSummary.setText(c.summary().orElse(""));
    int r = 0;
    r = field(r, "fraud.column.status", row.status());
    r = field(r, "fraud.column.channel", row.channel());
    r = field(r, "fraud.column.reported", formats.date(c.reportedDate()));
    r = field(r, "fraud.column.rootCause", row.rootCause());
    r = field(r, "fraud.column.exposure", formats.money(c.exposureCents(), cur));
    r = field(r, "fraud.column.loss", formats.money(c.lossCents(), cur));
    r = field(r, "fraud.column.recovered", formats.money(c.recoveredCents(), cur));
    r =
        field(
            r,
            "fraud.column.borrower",
            row.borrowerId().isEmpty() ? Formats.NONE : row.borrowerId());
    r = field(r, "fraud.column.name", orNone(model.name(row)));
    r = field(r, "fraud.column.idNumber", orNone(model.idNumber(row)));
    if (d.loan().isPresent()) {
      LoanFacts l = d.loan().get();
      r = field(r, "fraud.column.loan", l.loanId());
      r = field(r, "fraud.column.product", l.product());
      r = field(r, "fraud.column.loanChannel", l.channel());
      r = field(r, "fraud.column.principal", formats.money(l.principalCents(), cur));
      field(r, "fraud.column.originated", formats.date(l.originated()));
    }
    historyTable.getItems().setAll(d.history());
    borrowerLoansTable.getItems().setAll(d.borrowerLoans());
  }

  private static String orNone(String s) {
    return s.isEmpty() ? Formats.NONE : s;
  }

  private int field(int row, String key, String value) {
    Label name = new Label(resources.getString(key));
    name.getStyleClass().add("text-muted");
    Label v = new Label(value);
    v.setWrapText(true);
    detailGrid.addRow(row, name, v);
    return row + 1;
  }

  // Columns

  private <T> StringConverter<T> converter(String allKey) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? resources.getString(allKey) : labels.of((Enum<?>) value);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  private <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(resources.getString(key));
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setCellValueFactory(f -> Bindings.createStringBinding(() -> value.apply(f.getValue())));
    return c;
  }

  private <T> TableColumn<T, String> identity(String key, double width, Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(resources.getString(key));
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setCellValueFactory(
        f ->
            Bindings.createStringBinding(
                () -> value.apply(f.getValue()), model.revealedProperty()));
    return c;
  }

  private <T> TableColumn<T, Number> number(
      String key, double width, Function<T, Number> value, Function<Number, String> format) {
    TableColumn<T, Number> c = new TableColumn<>(resources.getString(key));
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setCellValueFactory(
        f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    c.setCellFactory(
        col ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : format.apply(n));
              }
            });
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    c.setComparator(Comparator.comparingDouble(Number::doubleValue));
    return c;
  }

  private <T> TableColumn<T, Number> money(String key, Function<T, Long> cents) {
    return number(key, 115, r -> cents.apply(r), n -> formats.amount(n.longValue() / 100.0));
  }

  private <T> void drillRows(
      TableView<T> table, Consumer<T> drill, Function<T, String> styleClass) {
    Tooltip tip = new Tooltip(resources.getString("fraud.drill.tooltip"));
    table.setRowFactory(
        t -> {
          TableRow<T> row =
              new TableRow<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                  super.updateItem(item, empty);
                  getStyleClass().removeAll("drill", "dismissed-row");
                  setTooltip(empty || item == null ? null : tip);
                  if (!empty && item != null) {
                    getStyleClass().add("drill");
                    String extra = styleClass.apply(item);
                    if (extra != null) {
                      getStyleClass().add(extra);
                    }
                  }
                }
              };
          row.setOnMouseClicked(
              e -> {
                if (e.getButton() == MouseButton.PRIMARY
                    && !row.isEmpty()
                    && row.getItem() != null) {
                  drill.accept(row.getItem());
                }
              });
          return row;
        });
    table.setOnKeyPressed(
        e -> {
          T selected = table.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && selected != null) {
            drill.accept(selected);
          }
        });
  }

  /** Cells that show the converter's text for the "all" (null) choice too. */
  private static <T> void allCells(ComboBox<T> box) {
    javafx.util.Callback<javafx.scene.control.ListView<T>, javafx.scene.control.ListCell<T>> cells =
        list ->
            new javafx.scene.control.ListCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : box.getConverter().toString(item));
              }
            };
    box.setCellFactory(cells);
    box.setButtonCell(cells.call(null));
    box.setPromptText(box.getConverter().toString(null));
  }
}
