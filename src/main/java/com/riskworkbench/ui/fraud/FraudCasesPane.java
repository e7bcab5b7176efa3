package com.riskworkbench.ui.fraud;

import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.fraud.CaseDetail.HistoryRow;
import com.riskworkbench.ui.fraud.CaseDetail.LoanFacts;
import com.riskworkbench.ui.fraud.FraudRows.CaseRow;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.StringConverter;

/**
 * The Fraud screen's case list and detail pane: binds the list's filters, columns, reveal and
 * export, and the selected case's detail, to {@link FraudViewModel}. Part of {@link FraudView}.
 */
final class FraudCasesPane {
  /** The nodes of the case list and the detail pane, from the FXML. */
  record Nodes(
      TextField searchField,
      ComboBox<FraudType> typeBox,
      ComboBox<FraudStatus> statusBox,
      ComboBox<DetectionChannel> channelBox,
      DatePicker fromPicker,
      DatePicker toPicker,
      Label caseCount,
      ToggleButton revealButton,
      Button exportButton,
      TableView<CaseRow> caseTable,
      Label detailEmpty,
      VBox detailContent,
      Label detailTitle,
      Label detailSummary,
      GridPane detailGrid,
      TableView<HistoryRow> historyTable,
      TableView<LoanFacts> borrowerLoansTable,
      Label messageLabel) {}

  private final FraudViewModel model;
  private final ResourceBundle resources;
  private final Formats formats;
  private final Nodes n;

  FraudCasesPane(FraudViewModel model, ResourceBundle resources, Nodes nodes) {
    this.model = model;
    this.resources = resources;
    this.formats = model.formats();
    this.n = nodes;
    caseList();
    detailPane();
  }

  private void caseList() {
    filter(n.typeBox(), FraudType.values(), "fraud.filter.allTypes");
    n.typeBox().valueProperty().bindBidirectional(model.typeFilterProperty());
    filter(n.statusBox(), FraudStatus.values(), "fraud.filter.allStatuses");
    n.statusBox().valueProperty().bindBidirectional(model.statusFilterProperty());
    filter(n.channelBox(), DetectionChannel.values(), "fraud.filter.allChannels");
    n.channelBox().valueProperty().bindBidirectional(model.channelFilterProperty());
    n.fromPicker().valueProperty().bindBidirectional(model.fromProperty());
    n.toPicker().valueProperty().bindBidirectional(model.toProperty());
    n.searchField().textProperty().bindBidirectional(model.searchProperty());
    n.caseCount().textProperty().bind(model.caseCountProperty());

    TableView<CaseRow> table = n.caseTable();
    table.getColumns().add(text("fraud.column.caseId", 100, r -> r.fraudCase().caseId()));
    table.getColumns().add(text("fraud.column.reported", 100, CaseRow::reported));
    table.getColumns().add(text("fraud.column.type", 200, CaseRow::type));
    table.getColumns().add(text("fraud.column.status", 90, CaseRow::status));
    table.getColumns().add(text("fraud.column.channel", 130, CaseRow::channel));
    table.getColumns().add(text("fraud.column.loan", 100, CaseRow::loanId));
    table.getColumns().add(identity("fraud.column.name", 90, model::name));
    table.getColumns().add(identity("fraud.column.idNumber", 160, model::idNumber));
    table.getColumns().add(money("fraud.column.exposure", r -> r.fraudCase().exposureCents()));
    table.getColumns().add(money("fraud.column.loss", r -> r.fraudCase().lossCents()));
    table.getColumns().add(money("fraud.column.recovered", r -> r.fraudCase().recoveredCents()));
    table.getColumns().add(text("fraud.column.rootCause", 200, CaseRow::rootCause));
    SortedList<CaseRow> sorted = new SortedList<>(model.cases());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table
        .placeholderProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> new Label(model.caseListEmptyTextProperty().get()),
                model.caseListEmptyTextProperty()));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> model.select(now));

    ToggleButton reveal = n.revealButton();
    reveal.setSelected(model.revealedProperty().get());
    model
        .revealedProperty()
        .addListener(
            (o, was, now) -> {
              reveal.setSelected(now);
              reveal.setText(model.revealButtonTextProperty().get());
              table.refresh();
            });
    reveal.setOnAction(
        e -> {
          // The toggle follows the model: it turns on only once the reveal is recorded.
          reveal.setSelected(model.revealedProperty().get());
          model.toggleReveal();
        });
    n.exportButton().disableProperty().bind(Bindings.isEmpty(model.cases()));
    n.messageLabel().textProperty().bind(model.messageProperty());
  }

  private void detailPane() {
    TableView<HistoryRow> history = n.historyTable();
    history.getColumns().add(text("fraud.column.month", 80, HistoryRow::monthText));
    history.getColumns().add(money("fraud.column.balance", HistoryRow::balanceCents));
    history
        .getColumns()
        .add(Columns.count(resources.getString("fraud.column.dpd"), 60, HistoryRow::dpd, formats));
    history.getColumns().add(text("fraud.column.loanStatus", 100, HistoryRow::statusText));
    history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    history.setPlaceholder(new Label(resources.getString("fraud.detail.noLoan")));
    TableView<LoanFacts> loans = n.borrowerLoansTable();
    loans.getColumns().add(text("fraud.column.loan", 100, LoanFacts::loanId));
    loans.getColumns().add(text("fraud.column.product", 110, LoanFacts::product));
    loans.getColumns().add(money("fraud.column.principal", LoanFacts::principalCents));
    loans.getColumns().add(text("fraud.column.originated", 95, LoanFacts::originatedText));
    loans.getColumns().add(text("fraud.column.loanStatus", 100, LoanFacts::stateText));
    loans.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    loans.setPlaceholder(new Label(resources.getString("fraud.detail.noBorrower")));
    n.detailContent().managedProperty().bind(n.detailContent().visibleProperty());
    n.detailEmpty().managedProperty().bind(n.detailEmpty().visibleProperty());
    n.detailTitle().textProperty().bind(model.detailTitleProperty());
    n.detailSummary().textProperty().bind(model.detailSummaryProperty());
    model.detailFields().addListener((ListChangeListener<FraudTexts.Field>) c -> showFields());
    model.detailProperty().addListener((o, was, now) -> showDetail());
    showDetail();
  }

  private void showDetail() {
    var detail = model.detailProperty().get();
    n.detailContent().setVisible(detail.isPresent());
    n.detailEmpty().setVisible(detail.isEmpty());
    n.historyTable().getItems().setAll(detail.map(CaseDetail::history).orElse(List.of()));
    n.borrowerLoansTable()
        .getItems()
        .setAll(detail.map(CaseDetail::borrowerLoans).orElse(List.of()));
    showFields();
  }

  private void showFields() {
    n.detailGrid().getChildren().clear();
    int row = 0;
    for (FraudTexts.Field f : model.detailFields()) {
      Label name = new Label(f.name());
      name.getStyleClass().add("text-muted");
      Label v = new Label(f.value());
      v.setWrapText(true);
      n.detailGrid().addRow(row++, name, v);
    }
  }

  // Columns

  private <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
    return Columns.sortableText(resources.getString(key), width, value);
  }

  private <T> TableColumn<T, String> identity(String key, double width, Function<T, String> value) {
    return Columns.live(resources.getString(key), width, value, model.revealedProperty());
  }

  private <T> TableColumn<T, T> money(String key, Function<T, Long> cents) {
    return Columns.amount(resources.getString(key), 115, cents, formats);
  }

  /** A filter box: "all" (null) first, then the values, each shown by its label. */
  private <T extends Enum<T>> void filter(ComboBox<T> box, T[] values, String allKey) {
    box.getItems().add(null);
    box.getItems().addAll(values);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(T value) {
            return model.filterLabel(value, allKey);
          }

          @Override
          public T fromString(String s) {
            return null;
          }
        });
    // Cells that show the converter's text for the "all" (null) choice too.
    Callback<ListView<T>, ListCell<T>> cells =
        list ->
            new ListCell<>() {
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
