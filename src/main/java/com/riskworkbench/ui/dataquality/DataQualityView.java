package com.riskworkbench.ui.dataquality;

import com.riskworkbench.analysis.DataQualityChecks;
import com.riskworkbench.analysis.DataQualityChecks.MonthRows;
import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.dataquality.DataQualityViewModel.CheckRow;
import com.riskworkbench.ui.dataquality.DataQualityViewModel.KindRow;
import com.riskworkbench.ui.dataquality.DataQualityViewModel.Shown;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The DataQuality screen's controller: binds to {@link DataQualityViewModel} and nothing more. */
public final class DataQualityView {
  private final DataQualityViewModel model;
  private Formats formats;

  @FXML private ResourceBundle resources;
  @FXML private Label scopeLabel;
  @FXML private Label emptyLabel;
  @FXML private SplitPane dataQualityContent;
  @FXML private TableView<CheckRow> checkTable;
  @FXML private TableView<MonthRows> monthTable;
  @FXML private Label unusualNote;
  @FXML private TableView<KindRow> importTable;
  @FXML private TableView<DataQualityFinding> findingTable;

  public DataQualityView(DataQualityViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    formats = model.formats();
    var has =
        Bindings.createBooleanBinding(
            () -> model.shownProperty().get().isPresent(), model.shownProperty());
    dataQualityContent.visibleProperty().bind(has);
    emptyLabel.visibleProperty().bind(has.not());
    emptyLabel.textProperty().bind(model.emptyTextProperty());
    model.shownProperty().addListener((o, was, now) -> showScope(now));
    showScope(model.shownProperty().get());
    unusualNote.setText(
        MessageFormat.format(
            resources.getString("dataQuality.unusualNote"),
            DataQualityChecks.NEIGHBOURS,
            DataQualityChecks.UNUSUAL_PERCENT));

    checkTable.getColumns().add(text("dataQuality.column.check", 240, CheckRow::label));
    checkTable
        .getColumns()
        .add(
            number(
                "dataQuality.column.occurrences",
                100,
                r -> formats.count(r.finding().occurrences())));
    checkTable
        .getColumns()
        .add(number("dataQuality.column.loans", 80, r -> formats.count(r.finding().loanCount())));
    checkTable.getColumns().add(text("dataQuality.column.meaning", 420, CheckRow::meaning));
    checkTable.setItems(model.checks());
    drillRows(checkTable, model::drillDown, r -> r.finding().loanCount() > 0, r -> false);

    monthTable
        .getColumns()
        .add(text("dataQuality.column.month", 80, m -> formats.month(m.month())));
    monthTable
        .getColumns()
        .add(number("dataQuality.column.loanRows", 100, m -> formats.count(m.loanRows())));
    monthTable
        .getColumns()
        .add(number("dataQuality.column.activeLoans", 110, m -> formats.count(m.activeLoans())));
    monthTable
        .getColumns()
        .add(
            number("dataQuality.column.median", 150, m -> formats.decimal(m.neighbourMedian(), 1)));
    monthTable
        .getColumns()
        .add(number("dataQuality.column.deviation", 100, m -> formats.change(m.deviation())));
    monthTable
        .getColumns()
        .add(
            text(
                "dataQuality.column.flag",
                90,
                m -> m.unusual() ? resources.getString("dataQuality.unusual") : ""));
    monthTable.setItems(model.months());
    drillRows(monthTable, model::drillDown, m -> m.loanRows() > 0, MonthRows::unusual);

    importTable.getColumns().add(text("dataQuality.column.kind", 230, KindRow::label));
    importTable
        .getColumns()
        .add(number("dataQuality.column.findings", 80, r -> formats.count(r.count())));
    importTable.setItems(model.kinds());
    findingTable
        .getColumns()
        .add(text("dataQuality.column.kind", 150, f -> model.labels().of(f.kind())));
    findingTable
        .getColumns()
        .add(text("dataQuality.column.loan", 95, f -> f.loanId().orElse(Formats.NONE)));
    findingTable
        .getColumns()
        .add(text("dataQuality.column.detail", 150, DataQualityFinding::detail));
    findingTable.setItems(model.firstFindings());
    findingTable.setPlaceholder(new Label(resources.getString("dataQuality.empty.imported")));
    checkTable.setFixedCellSize(30);
    for (TableView<?> t : List.of(checkTable, monthTable, importTable, findingTable)) {
      t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
    for (TableView<?> t : List.of(checkTable, monthTable, importTable)) {
      t.placeholderProperty()
          .bind(
              Bindings.createObjectBinding(
                  () -> new Label(model.emptyTextProperty().get()), model.emptyTextProperty()));
    }
  }

  private void showScope(Optional<Shown> shown) {
    scopeLabel.setText(
        shown
            .map(
                s ->
                    MessageFormat.format(
                        resources.getString("dataQuality.scope"), formats.month(s.asOf())))
            .orElse(""));
  }

  private <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
    return Columns.text(resources.getString(key), width, value);
  }

  private <T> TableColumn<T, String> number(String key, double width, Function<T, String> value) {
    return Columns.number(resources.getString(key), width, value);
  }

  private <T> void drillRows(
      TableView<T> table,
      Consumer<T> drill,
      Function<T, Boolean> hasLoans,
      Function<T, Boolean> flagged) {
    Tooltip tip = new Tooltip(resources.getString("dataQuality.drill.tooltip"));
    table.setRowFactory(
        t -> {
          TableRow<T> row =
              new TableRow<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                  super.updateItem(item, empty);
                  getStyleClass().removeAll("drill", "flagged-row");
                  boolean drillable = !empty && item != null && hasLoans.apply(item);
                  setTooltip(drillable ? tip : null);
                  if (drillable) {
                    getStyleClass().add("drill");
                  }
                  if (!empty && item != null && flagged.apply(item)) {
                    getStyleClass().add("flagged-row");
                  }
                }
              };
          row.setOnMouseClicked(
              e -> {
                if (e.getButton() == MouseButton.PRIMARY
                    && !row.isEmpty()
                    && row.getItem() != null
                    && hasLoans.apply(row.getItem())) {
                  drill.accept(row.getItem());
                }
              });
          return row;
        });
    table.setOnKeyPressed(
        e -> {
          T selected = table.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && selected != null && hasLoans.apply(selected)) {
            drill.accept(selected);
          }
        });
  }
}
