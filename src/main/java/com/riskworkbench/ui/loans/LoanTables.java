package com.riskworkbench.ui.loans;

import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.ValueAxes;
import com.riskworkbench.ui.loans.LoansRows.HistoryRow;
import com.riskworkbench.ui.loans.LoansRows.LoanRow;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * The columns of the Loans screens' two tables and the history chart, the same whether the loans
 * come from a loaded book or a page from the database.
 */
final class LoanTables {
  private LoanTables() {}

  /**
   * The loan table's columns, each cell's texts from {@code row}; text columns sort by their text
   * when {@code sortable} (a loaded book's whole list; a page of a longer list does not sort).
   */
  static <T> void loans(
      TableView<T> table, ResourceBundle resources, Function<T, LoanRow> row, boolean sortable) {
    table.setPlaceholder(new Label(resources.getString("loans.empty")));
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    Columned<T> col = new Columned<>(table, resources, row, sortable);
    col.text("loans.col.loan", 95, LoanRow::loanId);
    col.text("loans.col.borrower", 90, LoanRow::borrowerId);
    col.text("loans.col.product", 150, LoanRow::product);
    col.text("loans.col.channel", 85, LoanRow::channel);
    col.text("loans.col.grade", 55, LoanRow::grade);
    col.text("loans.col.originated", 95, LoanRow::originated);
    col.number("loans.col.principal", 105, LoanRow::principal);
    col.number("loans.col.rate", 70, LoanRow::rate);
    col.text("loans.col.status", 100, LoanRow::status);
    col.number("loans.col.balance", 105, LoanRow::balance);
    col.number("loans.col.dpd", 75, LoanRow::daysPastDue);
  }

  /** Adds a loan table's columns: text (sortable or not) and figures (right-aligned). */
  private record Columned<T>(
      TableView<T> table, ResourceBundle resources, Function<T, LoanRow> row, boolean sortable) {
    void text(String key, double width, Function<LoanRow, String> value) {
      String title = resources.getString(key);
      Function<T, String> cell = t -> value.apply(row.apply(t));
      table
          .getColumns()
          .add(
              sortable
                  ? Columns.sortableText(title, width, cell)
                  : Columns.text(title, width, cell));
    }

    void number(String key, double width, Function<LoanRow, String> value) {
      table
          .getColumns()
          .add(Columns.number(resources.getString(key), width, t -> value.apply(row.apply(t))));
    }
  }

  /** The history table's columns, and the chart that follows {@code history}. */
  static void history(
      TableView<HistoryRow> table,
      LineChart<String, Number> chart,
      NumberAxis balanceAxis,
      ObservableList<HistoryRow> history,
      ResourceBundle resources,
      ValueAxes.TickLabel ticks) {
    table.setItems(history);
    table.setPlaceholder(new Label(resources.getString("loans.history.empty")));
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    var c = table.getColumns();
    c.add(Columns.text(resources.getString("loans.col.month"), 80, HistoryRow::month));
    c.add(Columns.number(resources.getString("loans.col.balance"), 105, HistoryRow::balance));
    c.add(Columns.number(resources.getString("loans.col.dpd"), 75, HistoryRow::daysPastDue));
    c.add(Columns.text(resources.getString("loans.col.status"), 100, HistoryRow::status));
    c.add(Columns.number(resources.getString("loans.col.chargeOff"), 100, HistoryRow::chargeOff));
    c.add(Columns.number(resources.getString("loans.col.recovery"), 100, HistoryRow::recovery));
    ValueAxes.fit(chart, balanceAxis, 1, false, ticks);
    history.addListener(
        (ListChangeListener<HistoryRow>)
            change -> {
              XYChart.Series<String, Number> series = new XYChart.Series<>();
              for (HistoryRow m : history) {
                series.getData().add(new XYChart.Data<>(m.month(), m.balanceAmount()));
              }
              chart.getData().setAll(List.of(series));
            });
  }
}
