package com.riskworkbench.ui.loans;

import com.riskworkbench.ui.loans.LoansRows.HistoryRow;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
    LoanTables.loans(loansTable, resources, model::row, true);
    loansTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> model.select(now));

    historyChart.visibleProperty().bind(model.hasHistoryBinding());
    LoanTables.history(
        historyTable, historyChart, balanceAxis, model.history(), resources, model::axisAmount);
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
