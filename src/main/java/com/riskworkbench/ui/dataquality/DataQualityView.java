package com.riskworkbench.ui.dataquality;

import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.DrillRows;
import com.riskworkbench.ui.dataquality.DataQualityRows.CheckRow;
import com.riskworkbench.ui.dataquality.DataQualityRows.FindingRow;
import com.riskworkbench.ui.dataquality.DataQualityRows.KindRow;
import com.riskworkbench.ui.dataquality.DataQualityRows.MonthRow;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The DataQuality screen's controller: binds to {@link DataQualityViewModel} and nothing more. */
public final class DataQualityView {
  private final DataQualityViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private Label scopeLabel;
  @FXML private Label emptyLabel;
  @FXML private SplitPane dataQualityContent;
  @FXML private TableView<CheckRow> checkTable;
  @FXML private TableView<MonthRow> monthTable;
  @FXML private Label unusualNote;
  @FXML private TableView<KindRow> importTable;
  @FXML private TableView<FindingRow> findingTable;

  public DataQualityView(DataQualityViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    dataQualityContent.visibleProperty().bind(model.hasResultProperty());
    emptyLabel.visibleProperty().bind(model.hasResultProperty().not());
    emptyLabel.textProperty().bind(model.emptyTextProperty());
    scopeLabel.textProperty().bind(model.scopeTextProperty());
    model.shownOnScreenProperty().bind(scopeLabel.sceneProperty().isNotNull());
    unusualNote.setText(model.unusualNote());

    checkTable.getColumns().add(text("dataQuality.column.check", 240, CheckRow::label));
    checkTable
        .getColumns()
        .add(number("dataQuality.column.occurrences", 100, CheckRow::occurrences));
    checkTable.getColumns().add(number("dataQuality.column.loans", 80, CheckRow::loans));
    checkTable.getColumns().add(text("dataQuality.column.meaning", 420, CheckRow::meaning));
    checkTable.setItems(model.checks());
    DrillRows.of(checkTable, model::drillDown)
        .click(DrillRows.Click.SINGLE)
        .when(CheckRow::drillable)
        .tooltip(model.drillTooltip())
        .install();

    monthTable.getColumns().add(text("dataQuality.column.month", 80, MonthRow::month));
    monthTable.getColumns().add(number("dataQuality.column.loanRows", 100, MonthRow::loanRows));
    monthTable
        .getColumns()
        .add(number("dataQuality.column.activeLoans", 110, MonthRow::activeLoans));
    monthTable.getColumns().add(number("dataQuality.column.median", 150, MonthRow::median));
    monthTable.getColumns().add(number("dataQuality.column.deviation", 100, MonthRow::deviation));
    monthTable.getColumns().add(text("dataQuality.column.flag", 90, MonthRow::flag));
    monthTable.setItems(model.months());
    DrillRows.of(monthTable, model::drillDown)
        .click(DrillRows.Click.SINGLE)
        .when(MonthRow::drillable)
        .tooltip(model.drillTooltip())
        .styleClass(m -> m.unusual() ? "flagged-row" : null, "flagged-row")
        .install();

    importTable.getColumns().add(text("dataQuality.column.kind", 230, KindRow::label));
    importTable.getColumns().add(number("dataQuality.column.findings", 80, KindRow::count));
    importTable.setItems(model.kinds());
    findingTable.getColumns().add(text("dataQuality.column.kind", 150, FindingRow::kind));
    findingTable.getColumns().add(text("dataQuality.column.loan", 95, FindingRow::loan));
    findingTable.getColumns().add(text("dataQuality.column.detail", 150, FindingRow::detail));
    findingTable.setItems(model.firstFindings());
    findingTable.setPlaceholder(new Label(model.noImportedFindings()));
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

  private <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
    return Columns.text(resources.getString(key), width, value);
  }

  private <T> TableColumn<T, String> number(String key, double width, Function<T, String> value) {
    return Columns.number(resources.getString(key), width, value);
  }
}
