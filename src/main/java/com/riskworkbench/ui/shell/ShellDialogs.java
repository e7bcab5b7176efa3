package com.riskworkbench.ui.shell;

import com.riskworkbench.service.ImportProblem;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's own dialogs, shown when {@link MainViewModel} asks: an import's report (its
 * counts, or its problems by file, line and column) and a team database's login. Part of {@link
 * MainView}.
 */
final class ShellDialogs {
  private final MainViewModel model;
  private final ResourceBundle resources;
  private final Formats formats;
  private final Labels labels;
  private final Supplier<Window> owner;

  ShellDialogs(
      MainViewModel model,
      ResourceBundle resources,
      Formats formats,
      Labels labels,
      Supplier<Window> owner) {
    this.model = model;
    this.resources = resources;
    this.formats = formats;
    this.labels = labels;
    this.owner = owner;
  }

  private Window window() {
    return owner.get();
  }

  void showImportReport(ImportReport report) {
    if (report == null) {
      return;
    }
    Alert alert =
        new Alert(report.succeeded() ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR);
    alert.setTitle(resources.getString("dialog.import.title"));
    alert.initOwner(window());
    if (report.succeeded()) {
      var s = report.summary().orElseThrow();
      alert.setHeaderText(
          MessageFormat.format(resources.getString("dialog.import.done"), report.out()));
      StringBuilder text =
          new StringBuilder(
              MessageFormat.format(
                  resources.getString("dialog.import.counts"),
                  formats.count(s.borrowers()),
                  formats.count(s.loans()),
                  formats.count(s.loanMonths()),
                  formats.count(s.collectionActions()),
                  formats.count(s.fraudCases())));
      s.findings()
          .forEach(
              (kind, n) ->
                  text.append(System.lineSeparator())
                      .append(labels.of(kind))
                      .append(": ")
                      .append(formats.count(n)));
      alert.setContentText(text.toString());
    } else {
      alert.setHeaderText(
          MessageFormat.format(
              resources.getString(
                  report.truncated() ? "dialog.import.errorsTruncated" : "dialog.import.errors"),
              report.errors().size(),
              report.tape()));
      alert.getDialogPane().setContent(errorTable(report.errors()));
      alert.getDialogPane().setPrefWidth(860);
      alert.setResizable(true);
    }
    alert.getButtonTypes().setAll(ButtonType.OK);
    alert.show();
  }

  /** Asks for a team database's URL, user and password; the password is passed on, not kept. */
  void showDatabaseLogin(MainViewModel.DatabaseLogin login) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle(resources.getString("dialog.database.title"));
    dialog.setHeaderText(
        login.message().isEmpty()
            ? resources.getString("dialog.database.header")
            : login.message());
    dialog.initOwner(window());
    TextField url = new TextField(login.url());
    url.setId("databaseUrl");
    url.setPrefColumnCount(34);
    TextField user = new TextField(login.user());
    user.setId("databaseUser");
    PasswordField password = new PasswordField();
    password.setId("databasePassword");
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label(resources.getString("dialog.database.url")), url);
    grid.addRow(1, new Label(resources.getString("dialog.database.user")), user);
    grid.addRow(2, new Label(resources.getString("dialog.database.password")), password);
    Label hint = new Label(resources.getString("dialog.database.hint"));
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");
    grid.add(hint, 0, 3, 2, 1);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    javafx.application.Platform.runLater(
        () -> (login.message().isEmpty() ? url : password).requestFocus());
    dialog
        .showAndWait()
        .filter(b -> b == ButtonType.OK)
        .ifPresent(
            b -> {
              char[] secret = password.getText().toCharArray();
              password.clear();
              model.openDatabase(
                  url.getText(),
                  Optional.of(user.getText()),
                  secret.length == 0 ? Optional.empty() : Optional.of(secret));
            });
  }

  private Node errorTable(List<ImportProblem> errors) {
    TableView<ImportProblem> table = new TableView<>();
    table.setId("importErrors");
    table.getColumns().add(column("dialog.import.file", 160, e -> e.file()));
    table.getColumns().add(column("dialog.import.line", 70, e -> Long.toString(e.line())));
    table.getColumns().add(column("dialog.import.column", 140, ImportProblem::column));
    table.getColumns().add(column("dialog.import.message", 440, ImportProblem::message));
    table.getItems().setAll(errors);
    table.setPrefHeight(320);
    return new VBox(table);
  }

  private TableColumn<ImportProblem, String> column(
      String key, double width, Function<ImportProblem, String> value) {
    TableColumn<ImportProblem, String> c = new TableColumn<>(resources.getString(key));
    c.setPrefWidth(width);
    c.setCellValueFactory(
        f -> javafx.beans.binding.Bindings.createStringBinding(() -> value.apply(f.getValue())));
    return c;
  }
}
