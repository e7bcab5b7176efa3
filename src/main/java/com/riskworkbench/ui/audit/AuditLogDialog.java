package com.riskworkbench.ui.audit;

import com.riskworkbench.service.AuditEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The audit-log viewer: a table of every reveal and export of personal data (time, user, action,
 * portfolio, SHA-256, detail). Binds to {@link AuditLogViewModel} only.
 */
public final class AuditLogDialog {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

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
    dialog.getDialogPane().setPrefWidth(1120);
    dialog.getDialogPane().setId("auditDialog");
    dialog.getDialogPane().setContent(new VBox(8, intro, table, status));
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.show();
    model.refresh();
    return dialog;
  }

  private TableColumn<AuditEntry, String> column(
      String key, double width, Function<AuditEntry, String> value) {
    TableColumn<AuditEntry, String> c = new TableColumn<>(resources.getString(key));
    c.setPrefWidth(width);
    c.setCellValueFactory(f -> Bindings.createStringBinding(() -> value.apply(f.getValue())));
    return c;
  }
}
