package com.riskworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The {@link Dialogs} of the window, shown with JavaFX over the focused window, in the window's
 * language: their buttons say what the window's bundle says (JavaFX's own would follow the system's
 * language), and their text uses the window's CJK-capable font.
 */
public final class FxDialogs implements Dialogs {
  /** The window's font family (workbench.css), set on every dialog so Chinese never shows boxes. */
  private static final String FONT = "-fx-font-family: \"Noto Sans CJK SC\";";

  private final ButtonType ok;
  private final ButtonType cancel;

  public FxDialogs(java.util.ResourceBundle messages) {
    this.ok =
        new ButtonType(
            messages.getString("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    this.cancel =
        new ButtonType(
            messages.getString("dialog.cancel"),
            javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
  }

  @Override
  public void error(String title, String header, String message) {
    show(Alert.AlertType.ERROR, title, header, message);
  }

  @Override
  public void info(String title, String header, String message) {
    show(Alert.AlertType.INFORMATION, title, header, message);
  }

  /** A message with one button, over the window in front, not waiting for it to close. */
  private void show(Alert.AlertType type, String title, String header, String message) {
    Alert alert = new Alert(type, message);
    alert.setTitle(title);
    alert.setHeaderText(header);
    alert.getButtonTypes().setAll(ok);
    owned(alert);
    alert.show();
  }

  @Override
  public void table(String title, String header, List<String> columns, List<List<String>> rows) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.setTitle(title);
    alert.setHeaderText(header);
    TableView<List<String>> table = new TableView<>();
    table.setId("importErrors");
    double[] widths = {160, 70, 140, 440};
    for (int i = 0; i < columns.size(); i++) {
      int at = i;
      TableColumn<List<String>, String> c = new TableColumn<>(columns.get(i));
      c.setPrefWidth(i < widths.length ? widths[i] : 140);
      c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().get(at)));
      table.getColumns().add(c);
    }
    table.getItems().setAll(rows);
    table.setPrefHeight(320);
    alert.getDialogPane().setContent(new VBox(table));
    alert.getDialogPane().setPrefWidth(860);
    alert.setResizable(true);
    alert.getButtonTypes().setAll(ok);
    owned(alert);
    alert.show();
  }

  @Override
  public boolean confirm(String title, String header, String message, String id) {
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
    confirm.setTitle(title);
    confirm.setHeaderText(header);
    confirm.getDialogPane().setId(id);
    owned(confirm);
    return confirm.showAndWait().filter(b -> b == ok).isPresent();
  }

  @Override
  public Optional<Path> chooseFile(String title, String filterName, String pattern) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
    return path(chooser.showOpenDialog(owner().orElse(null)));
  }

  @Override
  public Optional<Path> chooseSaveFile(
      String title, String initialName, String filterName, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(initialName);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*" + extension));
    return path(chooser.showSaveDialog(owner().orElse(null)))
        .map(p -> Dialogs.withExtension(p, extension));
  }

  @Override
  public Optional<Path> chooseFolder(String title) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    return path(chooser.showDialog(owner().orElse(null)));
  }

  @Override
  public Optional<Login> login(LoginForm form) {
    return LoginDialog.ask(form, owner(), ok, cancel);
  }

  @Override
  public Optional<SampleAnswer> sample(SampleForm form) {
    return SampleDialog.ask(form, ok, cancel, owner());
  }

  private static Optional<Path> path(File f) {
    return Optional.ofNullable(f).map(File::toPath);
  }

  /** Owns a dialog by the window in front and gives it that window's style sheets. */
  private static void owned(Alert alert) {
    alert.getDialogPane().setStyle(FONT);
    owner()
        .ifPresent(
            w -> {
              alert.initOwner(w);
              if (w.getScene() != null && w.getScene().getRoot() != null) {
                alert
                    .getDialogPane()
                    .getStylesheets()
                    .setAll(w.getScene().getRoot().getStylesheets());
              }
            });
  }

  private static Optional<Window> owner() {
    List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
    return showing.stream()
        .filter(Window::isFocused)
        .findFirst()
        .or(() -> showing.stream().findFirst());
  }
}
