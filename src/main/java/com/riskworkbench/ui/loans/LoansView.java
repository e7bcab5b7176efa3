package com.riskworkbench.ui.loans;

import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.ValueAxes;
import com.riskworkbench.ui.loans.LoansRows.HistoryRow;
import com.riskworkbench.ui.loans.LoansRows.LoanRow;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The Loans view's controller: binds to {@link LoansViewModel} and nothing more. */
public final class LoansView {
  private final LoansViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private Label loansTitle;
  @FXML private Label loansCount;
  @FXML private Label exportedLabel;
  @FXML private TextField searchField;
  @FXML private Button allButton;
  @FXML private Button exportButton;
  @FXML private TableView<Integer> loansTable;
  @FXML private TableView<HistoryRow> historyTable;
  @FXML private LineChart<String, Number> historyChart;
  @FXML private NumberAxis balanceAxis;

  public LoansView(LoansViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    loansTitle.textProperty().bind(model.titleProperty());
    // A wrapping label in a row of controls is given one line's height unless it asks for the
    // height its text needs at the width it got: a long drill-down title wraps, never elides.
    InvalidationListener fitTitle =
        o -> loansTitle.setMinHeight(loansTitle.prefHeight(loansTitle.getWidth()));
    loansTitle.widthProperty().addListener(fitTitle);
    loansTitle.textProperty().addListener(fitTitle);
    loansCount.textProperty().bind(model.countProperty());
    exportedLabel.textProperty().bind(model.exportedProperty());
    searchField.textProperty().bindBidirectional(model.searchProperty());
    allButton.visibleProperty().bind(model.drilledProperty());
    allButton.managedProperty().bind(model.drilledProperty());
    exportButton.disableProperty().bind(model.nothingShownBinding());

    loansTable.setItems(model.shownLoans());
    loansTable.setPlaceholder(new Label(resources.getString("loans.empty")));
    loansTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    var loans = loansTable.getColumns();
    loans.add(loanText("loans.col.loan", 95, LoanRow::loanId));
    loans.add(loanText("loans.col.borrower", 90, LoanRow::borrowerId));
    loans.add(loanText("loans.col.product", 150, LoanRow::product));
    loans.add(loanText("loans.col.channel", 85, LoanRow::channel));
    loans.add(loanText("loans.col.grade", 55, LoanRow::grade));
    loans.add(loanText("loans.col.originated", 95, LoanRow::originated));
    loans.add(loanNumber("loans.col.principal", 105, LoanRow::principal));
    loans.add(loanNumber("loans.col.rate", 70, LoanRow::rate));
    loans.add(loanText("loans.col.status", 100, LoanRow::status));
    loans.add(loanNumber("loans.col.balance", 105, LoanRow::balance));
    loans.add(loanNumber("loans.col.dpd", 75, LoanRow::daysPastDue));
    loansTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> model.select(now));

    historyTable.setItems(model.history());
    historyTable.setPlaceholder(new Label(resources.getString("loans.history.empty")));
    historyTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    var history = historyTable.getColumns();
    history.add(Columns.text(title("loans.col.month"), 80, HistoryRow::month));
    history.add(Columns.number(title("loans.col.balance"), 105, HistoryRow::balance));
    history.add(Columns.number(title("loans.col.dpd"), 75, HistoryRow::daysPastDue));
    history.add(Columns.text(title("loans.col.status"), 100, HistoryRow::status));
    history.add(Columns.number(title("loans.col.chargeOff"), 100, HistoryRow::chargeOff));
    history.add(Columns.number(title("loans.col.recovery"), 100, HistoryRow::recovery));
    historyChart.visibleProperty().bind(model.hasHistoryBinding());
    ValueAxes.fit(historyChart, balanceAxis, 1, false, model::axisAmount);
    model.history().addListener((ListChangeListener<HistoryRow>) c -> fillChart());
  }

  private void fillChart() {
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    for (HistoryRow m : model.history()) {
      series.getData().add(new XYChart.Data<>(m.month(), m.balanceAmount()));
    }
    historyChart.getData().setAll(List.of(series));
  }

  private String title(String key) {
    return resources.getString(key);
  }

  /** A sortable column of text of each loan. */
  private TableColumn<Integer, String> loanText(
      String key, double width, Function<LoanRow, String> value) {
    return Columns.sortableText(title(key), width, loan -> value.apply(model.row(loan)));
  }

  /** A right-aligned, unsortable column of a figure of each loan. */
  private TableColumn<Integer, String> loanNumber(
      String key, double width, Function<LoanRow, String> value) {
    return Columns.number(title(key), width, loan -> value.apply(model.row(loan)));
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
