package com.riskworkbench.ui.concentration;

import com.riskworkbench.ui.common.Columns;
import com.riskworkbench.ui.common.DrillRows;
import com.riskworkbench.ui.common.OnScreen;
import com.riskworkbench.ui.concentration.GroupsViewModel.GroupRow;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The related-party groups tab of the Concentration screen: binds to {@link GroupsViewModel}. */
public final class GroupsView {
  private final GroupsViewModel model;

  @FXML private ResourceBundle resources;
  @FXML private Label groupsSummary;
  @FXML private Label groupsNote;
  @FXML private Label groupsError;
  @FXML private ProgressIndicator groupsBusy;
  @FXML private TableView<GroupRow> groupTable;
  @FXML private TableColumn<GroupRow, String> groupIdColumn;
  @FXML private TableColumn<GroupRow, String> groupBorrowersColumn;
  @FXML private TableColumn<GroupRow, String> groupLoansColumn;
  @FXML private TableColumn<GroupRow, String> groupExposureColumn;
  @FXML private TableColumn<GroupRow, String> groupShareColumn;
  @FXML private TableColumn<GroupRow, String> groupNetAssetsColumn;
  @FXML private TableColumn<GroupRow, String> groupLimitColumn;
  @FXML private TableColumn<GroupRow, String> groupCheckColumn;
  @FXML private TableColumn<GroupRow, GroupRow> groupDrillColumn;

  public GroupsView(GroupsViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    model.shownOnScreenProperty().bind(OnScreen.of(groupsSummary));
    groupsSummary.textProperty().bind(model.summaryProperty());
    groupsNote.textProperty().bind(model.noteProperty());
    groupsError.textProperty().bind(model.errorProperty());
    groupsError.visibleProperty().bind(model.errorProperty().isNotEmpty());
    groupsError.managedProperty().bind(groupsError.visibleProperty());
    groupsBusy.visibleProperty().bind(model.busyBinding());
    groupTable.setItems(model.rows());
    groupTable.setPlaceholder(new Label(resources.getString("groups.none")));
    Columns.fill(groupIdColumn, GroupRow::groupId, false);
    Columns.fill(groupBorrowersColumn, GroupRow::borrowers, true);
    Columns.fill(groupLoansColumn, GroupRow::loans, true);
    Columns.fill(groupExposureColumn, GroupRow::exposure, true);
    Columns.fill(groupShareColumn, GroupRow::shareOfOutstanding, true);
    Columns.fill(groupNetAssetsColumn, GroupRow::shareOfNetAssets, true);
    Columns.fill(groupLimitColumn, GroupRow::limit, true);
    Columns.fill(groupCheckColumn, GroupRow::check, false);
    groupDrillColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    groupDrillColumn.setCellFactory(
        c -> ConcentrationView.linkCell(resources.getString("groups.showLoans"), model::drillDown));
    DrillRows.of(groupTable, model::drillDown)
        .click(DrillRows.Click.DOUBLE)
        .styleClass(r -> r.breach() ? "breach" : null, "breach")
        .install();
  }
}
