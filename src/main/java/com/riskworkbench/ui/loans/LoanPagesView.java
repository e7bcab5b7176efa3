package com.riskworkbench.ui.loans;

import com.riskworkbench.ui.loans.LoansRows.HistoryRow;
import com.riskworkbench.ui.loans.LoansRows.LoanRow;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * The controller of the Loans view of a book left in its database: binds to {@link
 * LoanPagesViewModel}.
 */
public final class LoanPagesView {
  private final LoanPagesViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private Label pagesTitle;
  @FXML private Label pageLabel;
  @FXML private Label pagesError;
  @FXML private Label pagesNote;
  @FXML private Button previousButton;
  @FXML private Button nextButton;
  @FXML private Button pagesAllButton;
  @FXML private Button retryButton;
  @FXML private TableView<LoanRow> pagesTable;
  @FXML private TableView<HistoryRow> pagesHistoryTable;
  @FXML private LineChart<String, Number> pagesHistoryChart;
  @FXML private NumberAxis pagesBalanceAxis;

  public LoanPagesView(LoanPagesViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    pagesTitle.textProperty().bind(model.titleProperty());
    pageLabel.textProperty().bind(model.pageTextProperty());
    pagesError.textProperty().bind(model.errorProperty());
    pagesError.visibleProperty().bind(model.errorProperty().isNotEmpty());
    pagesError.managedProperty().bind(pagesError.visibleProperty());
    pagesNote.setText(model.note());
    model.shownOnScreenProperty().bind(pagesTable.sceneProperty().isNotNull());
    retryButton.visibleProperty().bind(model.errorProperty().isNotEmpty());
    retryButton.managedProperty().bind(retryButton.visibleProperty());
    retryButton.disableProperty().bind(model.busyBinding());
    previousButton
        .disableProperty()
        .bind(model.hasPreviousProperty().not().or(model.busyBinding()));
    nextButton.disableProperty().bind(model.hasNextProperty().not().or(model.busyBinding()));
    pagesAllButton.visibleProperty().bind(model.drilledProperty());
    pagesAllButton.managedProperty().bind(model.drilledProperty());

    pagesTable.setItems(model.rows());
    LoanTables.loans(pagesTable, resources, row -> row, false);
    pagesTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> model.select(now));

    pagesHistoryChart.visibleProperty().bind(model.hasHistoryBinding());
    LoanTables.history(
        pagesHistoryTable,
        pagesHistoryChart,
        pagesBalanceAxis,
        model.history(),
        resources,
        model::axisAmount);
  }

  @FXML
  private void onPrevious() {
    model.previousPage();
  }

  @FXML
  private void onNext() {
    model.nextPage();
  }

  @FXML
  private void onRetry() {
    model.retry();
  }

  @FXML
  private void onShowAll() {
    model.showAll();
  }
}
