package com.riskworkbench.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.riskworkbench.app.files.AppDirs;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.common.ExecutorBackgroundRunner;
import com.riskworkbench.ui.shell.Desktop;
import com.riskworkbench.ui.shell.MainView;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window. On start it restores its size, position, theme and language, and opens the last
 * portfolio (or the bundled sample) in the background.
 */
public final class WorkbenchApplication extends Application {
  private static final String STYLESHEET = "/css/workbench.css";

  private ExecutorBackgroundRunner runner;
  private UserSettings settings;
  private Stage stage;
  private AppContext context;

  @Override
  public void start(Stage primary) {
    stage = primary;
    settings = UserSettings.load(AppDirs.dataFolder().resolve("settings.properties"));
    runner = new ExecutorBackgroundRunner();
    applyTheme(settings.get("theme").map("dark"::equals).orElse(false));
    Locale locale =
        settings.get("language").map(Locale::forLanguageTag).orElse(Locale.getDefault());
    build(locale);
    restoreBounds();
    stage.show();
    context.mainViewModel().openLastOrSample();
  }

  /** Builds the window's scene in {@code locale}. */
  private void build(Locale locale) {
    Desktop desktop =
        new Desktop() {
          @Override
          public void openFolder(Path folder) {
            getHostServices().showDocument(folder.toUri().toString());
          }

          @Override
          public void setDarkTheme(boolean dark) {
            applyTheme(dark);
            saveSettings();
          }

          @Override
          public void relaunch(Locale to) {
            Optional<OpenedPortfolio> open = context.screens().state().portfolioProperty().get();
            var screen = context.mainViewModel().screenProperty().get();
            saveSettings();
            build(to);
            context.mainViewModel().adopt(open);
            // the analyst stays where they were; only the language changes
            context.mainViewModel().screenProperty().set(screen);
          }
        };
    context = AppContext.standard(runner, locale, desktop, settings);
    Parent root = context.views().load(MainView.class);
    root.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
    if (stage.getScene() == null) {
      stage.setScene(new Scene(root, 1280, 800));
    } else {
      stage.getScene().setRoot(root);
    }
    stage.setTitle(context.messages().getString("app.title"));
  }

  private static void applyTheme(boolean dark) {
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  /** Puts the window where it was, if that place is still on a screen. */
  private void restoreBounds() {
    double w = settings.number("window.width").orElse(1280);
    double h = settings.number("window.height").orElse(800);
    stage.setWidth(Math.max(900, w));
    stage.setHeight(Math.max(600, h));
    var x = settings.number("window.x");
    var y = settings.number("window.y");
    if (x.isPresent()
        && y.isPresent()
        && !Screen.getScreensForRectangle(
                new Rectangle2D(x.getAsDouble(), y.getAsDouble(), 100, 50))
            .isEmpty()) {
      stage.setX(x.getAsDouble());
      stage.setY(y.getAsDouble());
    }
    stage.setMaximized(settings.get("window.maximized").map("true"::equals).orElse(false));
  }

  private void saveSettings() {
    if (!stage.isMaximized()) {
      settings.put("window.x", Double.toString(stage.getX()));
      settings.put("window.y", Double.toString(stage.getY()));
      settings.put("window.width", Double.toString(stage.getWidth()));
      settings.put("window.height", Double.toString(stage.getHeight()));
    }
    settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
    try {
      settings.save();
    } catch (java.io.UncheckedIOException e) {
      // the window's place and the recent files are a convenience; say why they were not kept
      org.slf4j.LoggerFactory.getLogger(WorkbenchApplication.class)
          .warn("Cannot save the settings: {}", e.getMessage(), e);
    }
  }

  @Override
  public void stop() {
    if (stage != null && settings != null) {
      saveSettings();
    }
    if (runner != null) {
      runner.close();
    }
  }
}
