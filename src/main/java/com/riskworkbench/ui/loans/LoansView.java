package com.riskworkbench.ui.loans;

import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The Loans view's controller: binds to {@link LoansViewModel} and nothing more. */
public final class LoansView {
  private final LoansViewModel model;
  private final Formats formats;
  private final Labels labels;

  @FXML private ResourceBundle resources;
  @FXML private Label loansTitle;
  @FXML private Label loansCount;
  @FXML private Label exportedLabel;
  @FXML private TextField searchField;
  @FXML private Button allButton;
  @FXML private Button exportButton;
  @FXML private TableView<Integer> loansTable;
  @FXML private TableView<LoanListing.MonthLine> historyTable;
  @FXML private LineChart<String, Number> historyChart;

  public LoansView(LoansViewModel model, Formats formats, Labels labels) {
    this.model = model;
    this.formats = formats;
    this.labels = labels;
  }

  @FXML
  private void initialize() {
    loansTitle.textProperty().bind(model.titleProperty());
    loansCount.textProperty().bind(model.countProperty());
    exportedLabel.textProperty().bind(model.exportedProperty());
    searchField.textProperty().bindBidirectional(model.searchProperty());
    allButton.visibleProperty().bind(model.drilledProperty());
    allButton.managedProperty().bind(model.drilledProperty());
    exportButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.shownLoans()));

    loansTable.setItems(model.shownLoans());
    loansTable.setPlaceholder(new Label(resources.getString("loans.empty")));
    loansTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    loansTable.getColumns().add(text("loans.col.loan", LoanListing.LoanLine::loanId));
    loansTable.getColumns().add(text("loans.col.borrower", LoanListing.LoanLine::borrowerId));
    loansTable.getColumns().add(text("loans.col.product", LoanListing.LoanLine::product));
    loansTable.getColumns().add(text("loans.col.channel", LoanListing.LoanLine::channel));
    loansTable.getColumns().add(text("loans.col.grade", LoanListing.LoanLine::riskGrade));
    loansTable.getColumns().add(text("loans.col.originated", l -> formats.date(l.originated())));
    loansTable
        .getColumns()
        .add(number("loans.col.principal", l -> formats.amount(l.principalCents() / 100.0)));
    loansTable
        .getColumns()
        .add(number("loans.col.rate", l -> formats.percent(l.interestRate(), 2)));
    loansTable
        .getColumns()
        .add(text("loans.col.status", l -> l.status().map(labels::of).orElse("")));
    loansTable
        .getColumns()
        .add(
            number(
                "loans.col.balance",
                l -> l.status().isPresent() ? formats.amount(l.balanceCents() / 100.0) : ""));
    loansTable
        .getColumns()
        .add(
            number(
                "loans.col.dpd",
                l -> l.status().isPresent() ? formats.count(l.daysPastDue()) : ""));
    double[] widths = {95, 90, 150, 85, 55, 95, 105, 70, 75, 105, 75};
    for (int i = 0; i < widths.length; i++) {
      loansTable.getColumns().get(i).setPrefWidth(widths[i]);
    }
    loansTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> model.select(now));

    historyTable.setItems(model.history());
    historyTable.setPlaceholder(new Label(resources.getString("loans.history.empty")));
    historyTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    historyTable.getColumns().add(historyText("loans.col.month", m -> formats.month(m.month())));
    historyTable
        .getColumns()
        .add(historyNumber("loans.col.balance", m -> formats.amount(m.balanceCents() / 100.0)));
    historyTable
        .getColumns()
        .add(historyNumber("loans.col.dpd", m -> formats.count(m.daysPastDue())));
    historyTable.getColumns().add(historyText("loans.col.status", m -> labels.of(m.status())));
    historyTable
        .getColumns()
        .add(
            historyNumber(
                "loans.col.chargeOff",
                m -> m.chargeOffCents() == 0 ? "" : formats.amount(m.chargeOffCents() / 100.0)));
    historyTable
        .getColumns()
        .add(
            historyNumber(
                "loans.col.recovery",
                m -> m.recoveryCents() == 0 ? "" : formats.amount(m.recoveryCents() / 100.0)));
    double[] historyWidths = {80, 105, 75, 85, 100, 100};
    for (int i = 0; i < historyWidths.length; i++) {
      historyTable.getColumns().get(i).setPrefWidth(historyWidths[i]);
    }
    historyChart.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.history()));
    model
        .history()
        .addListener(
            (javafx.collections.ListChangeListener<LoanListing.MonthLine>)
                c -> {
                  XYChart.Series<String, Number> series = new XYChart.Series<>();
                  for (LoanListing.MonthLine m : model.history()) {
                    series
                        .getData()
                        .add(
                            new XYChart.Data<>(formats.month(m.month()), m.balanceCents() / 100.0));
                  }
                  historyChart.getData().setAll(java.util.List.of(series));
                });
  }

  private TableColumn<Integer, String> text(
      String key, Function<LoanListing.LoanLine, String> value) {
    TableColumn<Integer, String> c = new TableColumn<>(resources.getString(key));
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(model.line(f.getValue()))));
    return c;
  }

  private TableColumn<Integer, String> number(
      String key, Function<LoanListing.LoanLine, String> value) {
    TableColumn<Integer, String> c = text(key, value);
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    c.setSortable(false);
    return c;
  }

  private TableColumn<LoanListing.MonthLine, String> historyText(
      String key, Function<LoanListing.MonthLine, String> value) {
    TableColumn<LoanListing.MonthLine, String> c = new TableColumn<>(resources.getString(key));
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    c.setSortable(false);
    return c;
  }

  private TableColumn<LoanListing.MonthLine, String> historyNumber(
      String key, Function<LoanListing.MonthLine, String> value) {
    TableColumn<LoanListing.MonthLine, String> c = historyText(key, value);
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    return c;
  }

  @FXML
  private void onShowAll() {
    model.showAll();
  }

  @FXML
  private void onExport() {
    model.chooseAndExportCsv();
  }
}
