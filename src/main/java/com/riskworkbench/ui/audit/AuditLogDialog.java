package com.riskworkbench.ui.audit;

import com.riskworkbench.service.AuditEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The audit-log viewer: a table of every reveal and export of personal data (time, user, action,
 * portfolio, SHA-256, detail). Binds to {@link AuditLogViewModel} only.
 */
public final class AuditLogDialog {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  /** The widest a column grows to fit its text. */
  private static final double MAX_COLUMN = 520;

  /** A cell's left and right padding and a little air. */
  private static final double CELL_PADDING = 28;

  private final AuditLogViewModel model;
  private final ResourceBundle resources;

  public AuditLogDialog(AuditLogViewModel model, ResourceBundle resources) {
    this.model = model;
    this.resources = resources;
  }

  /** Opens the viewer (not modal) and reads the log in the background. */
  public Dialog<Void> show(Window owner) {
    TableView<AuditEntry> table = new TableView<>(model.entries());
    table.setId("auditTable");
    table.getColumns().add(column("audit.column.time", 140, e -> TIME.format(e.time())));
    table.getColumns().add(column("audit.column.user", 90, AuditEntry::user));
    table.getColumns().add(column("audit.column.action", 150, model::action));
    table.getColumns().add(column("audit.column.portfolio", 240, AuditEntry::portfolio));
    table.getColumns().add(column("audit.column.sha256", 160, AuditEntry::sha256));
    table.getColumns().add(column("audit.column.detail", 320, model::detail));
    table.setPlaceholder(new Label(resources.getString("audit.empty")));
    table.setPrefSize(1080, 420);
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    model.entries().addListener((ListChangeListener<AuditEntry>) c -> fitColumns(table));
    Label status = new Label();
    status.setId("auditStatus");
    status.textProperty().bind(model.statusProperty());
    status.getStyleClass().add("text-muted");
    Label intro = new Label(resources.getString("audit.intro"));
    intro.setWrapText(true);

    Dialog<Void> dialog = new Dialog<>();
    dialog.setTitle(resources.getString("audit.title"));
    dialog.setHeaderText(null);
    dialog.setResizable(true);
    dialog.initModality(Modality.NONE);
    if (owner != null) {
      dialog.initOwner(owner);
      if (owner.getScene() != null) {
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
      }
    }
    // a sensible default that stays inside a 1280 × 800 window; the analyst can resize it
    double room = owner == null || !(owner.getWidth() > 0) ? 1120 : owner.getWidth() - 60;
    double width = Math.max(640, Math.min(1120, room));
    dialog.getDialogPane().setPrefWidth(width);
    table.setPrefWidth(width - 40);
    dialog.getDialogPane().setId("auditDialog");
    dialog.getDialogPane().setContent(new VBox(8, intro, table, status));
    dialog
        .getDialogPane()
        .getButtonTypes()
        .setAll(new ButtonType(resources.getString("dialog.close"), ButtonData.CANCEL_CLOSE));
    dialog.show();
    // the window takes the pane's size: some desktops open a dialog at a default size otherwise
    dialog.setWidth(width);
    dialog.setHeight(dialog.getDialogPane().prefHeight(width));
    model.refresh();
    return dialog;
  }

  private TableColumn<AuditEntry, String> column(
      String key, double width, Function<AuditEntry, String> value) {
    TableColumn<AuditEntry, String> c = new TableColumn<>(resources.getString(key));
    c.setPrefWidth(width);
    c.setUserData(value);
    c.setCellValueFactory(f -> Bindings.createStringBinding(() -> value.apply(f.getValue())));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // a text cut short at the column's cap is still readable in full on hover
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
              }
            });
    return c;
  }

  /**
   * Widens each column to its longest text (header or cell), up to {@value #MAX_COLUMN} pixels so
   * that one long detail cannot push the others out of sight.
   */
  @SuppressWarnings("unchecked")
  private static void fitColumns(TableView<AuditEntry> table) {
    Text probe = new Text();
    // the header's font is the table's (bold at most, so the fit errs on the wide side)
    probe.setFont(
        table.lookup(".column-header .label") instanceof Labeled header
            ? header.getFont()
            : Font.getDefault());
    for (TableColumn<AuditEntry, ?> c : table.getColumns()) {
      Function<AuditEntry, String> value = (Function<AuditEntry, String>) c.getUserData();
      probe.setText(c.getText());
      double widest = probe.getLayoutBounds().getWidth();
      for (AuditEntry e : table.getItems()) {
        probe.setText(value.apply(e));
        widest = Math.max(widest, probe.getLayoutBounds().getWidth());
      }
      c.setPrefWidth(Math.min(MAX_COLUMN, Math.ceil(widest) + CELL_PADDING));
    }
  }
}
