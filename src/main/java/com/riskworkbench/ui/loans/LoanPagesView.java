package com.riskworkbench.ui.loans;

import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.ValueAxes;
import com.riskworkbench.ui.loans.LoansRows.HistoryRow;
import com.riskworkbench.ui.loans.LoansRows.LoanRow;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
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
    previousButton
        .disableProperty()
        .bind(model.hasPreviousProperty().not().or(model.busyBinding()));
    nextButton.disableProperty().bind(model.hasNextProperty().not().or(model.busyBinding()));
    pagesAllButton.visibleProperty().bind(model.drilledProperty());
    pagesAllButton.managedProperty().bind(model.drilledProperty());

    pagesTable.setItems(model.rows());
    pagesTable.setPlaceholder(new Label(resources.getString("loans.empty")));
    pagesTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    var loans = pagesTable.getColumns();
    loans.add(Columns.text(title("loans.col.loan"), 95, LoanRow::loanId));
    loans.add(Columns.text(title("loans.col.borrower"), 90, LoanRow::borrowerId));
    loans.add(Columns.text(title("loans.col.product"), 150, LoanRow::product));
    loans.add(Columns.text(title("loans.col.channel"), 85, LoanRow::channel));
    loans.add(Columns.text(title("loans.col.grade"), 55, LoanRow::grade));
    loans.add(Columns.text(title("loans.col.originated"), 95, LoanRow::originated));
    loans.add(Columns.number(title("loans.col.principal"), 105, LoanRow::principal));
    loans.add(Columns.number(title("loans.col.rate"), 70, LoanRow::rate));
    loans.add(Columns.text(title("loans.col.status"), 100, LoanRow::status));
    loans.add(Columns.number(title("loans.col.balance"), 105, LoanRow::balance));
    loans.add(Columns.number(title("loans.col.dpd"), 75, LoanRow::daysPastDue));
    pagesTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> model.select(now));

    pagesHistoryTable.setItems(model.history());
    pagesHistoryTable.setPlaceholder(new Label(resources.getString("loans.history.empty")));
    pagesHistoryTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    var history = pagesHistoryTable.getColumns();
    history.add(Columns.text(title("loans.col.month"), 80, HistoryRow::month));
    history.add(Columns.number(title("loans.col.balance"), 105, HistoryRow::balance));
    history.add(Columns.number(title("loans.col.dpd"), 75, HistoryRow::daysPastDue));
    history.add(Columns.text(title("loans.col.status"), 100, HistoryRow::status));
    history.add(Columns.number(title("loans.col.chargeOff"), 100, HistoryRow::chargeOff));
    history.add(Columns.number(title("loans.col.recovery"), 100, HistoryRow::recovery));
    pagesHistoryChart.visibleProperty().bind(model.hasHistoryBinding());
    ValueAxes.fit(pagesHistoryChart, pagesBalanceAxis, 1, false, model::axisAmount);
    model.history().addListener((ListChangeListener<HistoryRow>) c -> fillChart());
  }

  private void fillChart() {
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    for (HistoryRow m : model.history()) {
      series.getData().add(new XYChart.Data<>(m.month(), m.balanceAmount()));
    }
    pagesHistoryChart.getData().setAll(List.of(series));
  }

  private String title(String key) {
    return resources.getString(key);
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
  private void onShowAll() {
    model.showAll();
  }
}
