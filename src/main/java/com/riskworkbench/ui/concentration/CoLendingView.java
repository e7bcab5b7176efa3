package com.riskworkbench.ui.concentration;

import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.DrillRows;
import com.riskworkbench.ui.common.OnScreen;
import com.riskworkbench.ui.concentration.CoLendingViewModel.PartnerRow;
import com.riskworkbench.ui.concentration.CoLendingViewModel.RuleRow;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The co-lending tab of the Concentration screen: binds to {@link CoLendingViewModel}. */
public final class CoLendingView {
  private final CoLendingViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private Label coLendingNote;
  @FXML private Label coLendingError;
  @FXML private ProgressIndicator coLendingBusy;
  @FXML private TableView<PartnerRow> partnerTable;
  @FXML private TableColumn<PartnerRow, String> partnerColumn;
  @FXML private TableColumn<PartnerRow, String> partnerLoansColumn;
  @FXML private TableColumn<PartnerRow, String> partnerBalanceColumn;
  @FXML private TableColumn<PartnerRow, String> partnerOwnBalanceColumn;
  @FXML private TableColumn<PartnerRow, String> partnerShareColumn;
  @FXML private TableColumn<PartnerRow, String> partnerOwnShareColumn;
  @FXML private TableColumn<PartnerRow, String> partnerMinShareColumn;
  @FXML private TableColumn<PartnerRow, String> partnerTier1Column;
  @FXML private TableColumn<PartnerRow, String> partnerCheckColumn;
  @FXML private TableColumn<PartnerRow, String> partnerOwnCheckColumn;
  @FXML private TableColumn<PartnerRow, PartnerRow> partnerDrillColumn;
  @FXML private TableView<RuleRow> ruleTable;
  @FXML private TableColumn<RuleRow, String> ruleColumn;
  @FXML private TableColumn<RuleRow, String> ruleValueColumn;
  @FXML private TableColumn<RuleRow, String> ruleOwnValueColumn;
  @FXML private TableColumn<RuleRow, String> ruleCheckColumn;
  @FXML private TableColumn<RuleRow, String> ruleOwnCheckColumn;
  @FXML private Hyperlink belowLink;

  public CoLendingView(CoLendingViewModel model) {
    this.model = model;
  }

  /** A short header whose meaning is one hover away. */
  private void explain(TableColumn<?, ?> column, String tipKey) {
    Label header = new Label(column.getText());
    header.setTooltip(new Tooltip(resources.getString(tipKey)));
    column.setText("");
    column.setGraphic(header);
  }

  @FXML
  private void initialize() {
    model.shownOnScreenProperty().bind(OnScreen.of(coLendingNote));
    coLendingNote.textProperty().bind(model.noteProperty());
    coLendingError.textProperty().bind(model.errorProperty());
    coLendingError.visibleProperty().bind(model.errorProperty().isNotEmpty());
    coLendingError.managedProperty().bind(coLendingError.visibleProperty());
    coLendingBusy.visibleProperty().bind(model.busyBinding());
    belowLink.textProperty().bind(model.belowTextProperty());
    belowLink.disableProperty().bind(model.anyBelowProperty().not());
    belowLink.setOnAction(e -> model.drillBelowMinimum());

    explain(partnerShareColumn, "coLending.colShareTip");
    explain(partnerOwnShareColumn, "coLending.colOwnShareTip");
    explain(partnerMinShareColumn, "coLending.colMinShareTip");
    partnerTable.setItems(model.partners());
    partnerTable.setPlaceholder(new Label(resources.getString("coLending.none")));
    Columns.fill(partnerColumn, PartnerRow::partner, false);
    Columns.fill(partnerLoansColumn, PartnerRow::loans, true);
    Columns.fill(partnerBalanceColumn, PartnerRow::balance, true);
    Columns.fill(partnerOwnBalanceColumn, PartnerRow::ownBalance, true);
    Columns.fill(partnerShareColumn, PartnerRow::share, true);
    Columns.fill(partnerOwnShareColumn, PartnerRow::ownShare, true);
    Columns.fill(partnerMinShareColumn, PartnerRow::minOwnShare, true);
    Columns.fill(partnerTier1Column, PartnerRow::tier1Share, true);
    Columns.fill(partnerCheckColumn, PartnerRow::check, false);
    Columns.fill(partnerOwnCheckColumn, PartnerRow::ownCheck, false);
    partnerDrillColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    partnerDrillColumn.setCellFactory(
        c ->
            ConcentrationView.linkCell(
                resources.getString("coLending.showLoans"), model::drillDown));
    DrillRows.of(partnerTable, model::drillDown)
        .click(DrillRows.Click.DOUBLE)
        .styleClass(r -> r.breach() ? "breach" : r.total() ? "total" : null, "breach", "total")
        .install();

    ruleTable.setItems(model.rules());
    Columns.fill(ruleColumn, RuleRow::rule, false);
    Columns.fill(ruleValueColumn, RuleRow::value, true);
    Columns.fill(ruleOwnValueColumn, RuleRow::ownValue, true);
    Columns.fill(ruleCheckColumn, RuleRow::check, false);
    Columns.fill(ruleOwnCheckColumn, RuleRow::ownCheck, false);
    ruleTable.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(RuleRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("breach");
                if (!empty && row != null && row.breach()) {
                  getStyleClass().add("breach");
                }
              }
            });
  }
}
