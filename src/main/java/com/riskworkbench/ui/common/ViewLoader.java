package com.riskworkbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads a view by convention: {@code ui.shell.MainView} ↔ {@code fxml/shell/MainView.fxml}, with
 * controllers made by the one controller factory of the composition root.
 */
public final class ViewLoader {
  private static final String UI_PACKAGE = "com.riskworkbench.ui.";

  private final Callback<Class<?>, Object> controllerFactory;
  private final ResourceBundle messages;

  public ViewLoader(Callback<Class<?>, Object> controllerFactory, ResourceBundle messages) {
    this.controllerFactory = controllerFactory;
    this.messages = messages;
  }

  public static String fxmlPath(Class<?> viewClass) {
    String name = viewClass.getName();
    if (!name.startsWith(UI_PACKAGE)) {
      throw new IllegalArgumentException(name + " is not a view in " + UI_PACKAGE);
    }
    return "/fxml/" + name.substring(UI_PACKAGE.length()).replace('.', '/') + ".fxml";
  }

  public Parent load(Class<?> viewClass) {
    URL url = viewClass.getResource(fxmlPath(viewClass));
    if (url == null) {
      throw new IllegalStateException(
          "No FXML for " + viewClass.getName() + " at " + fxmlPath(viewClass));
    }
    FXMLLoader loader = new FXMLLoader(url, messages);
    loader.setControllerFactory(controllerFactory);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load " + url, e);
    }
  }
}
