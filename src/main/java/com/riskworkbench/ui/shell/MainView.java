package com.riskworkbench.ui.shell;

import com.riskworkbench.app.AppVersion;
import java.io.File;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;

/** The main window's controller: binds to {@link MainViewModel} and nothing more. */
public final class MainView {
  private final MainViewModel model;
  private final java.util.function.Consumer<java.nio.file.Path> openFolder;

  @FXML private ResourceBundle resources;
  @FXML private Label nameLabel;
  @FXML private Label asOfValue;
  @FXML private Label activeLoansValue;
  @FXML private Label outstandingValue;
  @FXML private Label loansValue;
  @FXML private Label monthsValue;
  @FXML private Label fileValue;
  @FXML private Label statusLabel;
  @FXML private ProgressBar progressBar;
  @FXML private Button cancelButton;
  @FXML private Button openButton;
  @FXML private Button sampleButton;
  @FXML private Button exportButton;
  @FXML private javafx.scene.control.MenuItem exportItem;

  public MainView(MainViewModel model, java.util.function.Consumer<java.nio.file.Path> openFolder) {
    this.model = model;
    this.openFolder = openFolder;
  }

  @FXML
  private void initialize() {
    nameLabel.textProperty().bind(model.nameProperty());
    asOfValue.textProperty().bind(model.asOfProperty());
    activeLoansValue.textProperty().bind(model.activeLoansProperty());
    outstandingValue.textProperty().bind(model.outstandingProperty());
    loansValue.textProperty().bind(model.loansProperty());
    monthsValue.textProperty().bind(model.monthsProperty());
    fileValue.textProperty().bind(model.fileProperty());
    statusLabel.textProperty().bind(model.statusProperty());
    progressBar.progressProperty().bind(model.progressProperty());
    progressBar.visibleProperty().bind(model.busyProperty());
    cancelButton.visibleProperty().bind(model.busyProperty());
    cancelButton.managedProperty().bind(model.busyProperty());
    var noPortfolio =
        javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.portfolioProperty().get().isEmpty(), model.portfolioProperty())
            .or(model.busyProperty());
    exportButton.disableProperty().bind(noPortfolio);
    exportItem.disableProperty().bind(noPortfolio);
    model
        .exportedProperty()
        .addListener(
            (o, was, file) -> {
              if (file != null && file.getParent() != null) {
                openFolder.accept(file.getParent());
              }
            });
    model
        .errorProperty()
        .addListener(
            (o, was, message) -> {
              if (message != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setTitle(resources.getString("dialog.error.title"));
                alert.setHeaderText(resources.getString("status.failed"));
                alert.initOwner(nameLabel.getScene().getWindow());
                alert.show();
              }
            });
  }

  @FXML
  private void onOpen() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(resources.getString("dialog.open.title"));
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(resources.getString("dialog.open.filter"), "*.mv.db"));
    File f = chooser.showOpenDialog(nameLabel.getScene().getWindow());
    if (f != null) {
      model.open(f.toPath());
    }
  }

  @FXML
  private void onExport() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(resources.getString("dialog.export.title"));
    chooser.setInitialFileName(model.suggestedPackName());
    chooser
        .getExtensionFilters()
        .add(
            new FileChooser.ExtensionFilter(resources.getString("dialog.export.filter"), "*.xlsx"));
    File f = chooser.showSaveDialog(nameLabel.getScene().getWindow());
    if (f != null) {
      // Linux save dialogs do not add the extension of the chosen filter.
      String name = f.getName();
      model.exportPack(
          name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
              ? f.toPath()
              : f.toPath().resolveSibling(name + ".xlsx"));
    }
  }

  @FXML
  private void onOpenSample() {
    model.openSample();
  }

  @FXML
  private void onCancel() {
    model.cancel();
  }

  @FXML
  private void onExit() {
    nameLabel.getScene().getWindow().hide();
  }

  @FXML
  private void onAbout() {
    Alert about =
        new Alert(
            Alert.AlertType.INFORMATION,
            MessageFormat.format(resources.getString("about.text"), AppVersion.get()));
    about.setTitle(resources.getString("app.title"));
    about.setHeaderText(null);
    about.initOwner(nameLabel.getScene().getWindow());
    about.show();
  }
}
