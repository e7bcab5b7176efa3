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

  public MainView(MainViewModel model) {
    this.model = model;
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
