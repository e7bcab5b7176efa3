package com.riskworkbench.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The login of a team database, shown by {@link FxDialogs}: URL, user and password. */
final class LoginDialog {
  private LoginDialog() {}

  /** {@code ok} and {@code cancel} are the window language's buttons (see {@link FxDialogs}). */
  static Optional<Dialogs.Login> ask(
      Dialogs.LoginForm form, Optional<Window> owner, ButtonType ok, ButtonType cancel) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle(form.title());
    dialog.setHeaderText(form.header());
    owner.ifPresent(dialog::initOwner);
    TextField url = new TextField(form.url());
    url.setId("databaseUrl");
    url.setPrefColumnCount(34);
    TextField user = new TextField(form.user());
    user.setId("databaseUser");
    PasswordField password = new PasswordField();
    password.setId("databasePassword");
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label(form.urlLabel()), url);
    // the labels keep their words; the fields take the rest of the width
    grid.getColumnConstraints()
        .setAll(
            new javafx.scene.layout.ColumnConstraints(
                javafx.scene.layout.Region.USE_PREF_SIZE,
                javafx.scene.layout.Region.USE_COMPUTED_SIZE,
                javafx.scene.layout.Region.USE_PREF_SIZE),
            new javafx.scene.layout.ColumnConstraints());
    grid.addRow(1, new Label(form.userLabel()), user);
    grid.addRow(2, new Label(form.passwordLabel()), password);
    Label hint = new Label(form.hint());
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");
    grid.add(hint, 0, 3, 2, 1);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
    Platform.runLater(() -> (form.focusPassword() ? password : url).requestFocus());
    return dialog
        .showAndWait()
        .filter(b -> b == ok)
        .map(
            b -> {
              char[] secret = password.getText().toCharArray();
              password.clear();
              return new Dialogs.Login(url.getText(), user.getText(), secret);
            });
  }
}
