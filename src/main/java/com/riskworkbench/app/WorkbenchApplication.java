package com.riskworkbench.app;

import atlantafx.base.theme.PrimerLight;
import com.riskworkbench.ui.common.ExecutorBackgroundRunner;
import com.riskworkbench.ui.shell.MainView;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The window. On start it opens the bundled sample portfolio in the background. */
public final class WorkbenchApplication extends Application {
  private ExecutorBackgroundRunner runner;

  @Override
  public void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    runner = new ExecutorBackgroundRunner();
    AppContext context =
        AppContext.standard(
            runner, folder -> getHostServices().showDocument(folder.toUri().toString()));
    Parent root = context.views().load(MainView.class);
    Scene scene = new Scene(root, 1280, 800);
    stage.setTitle(context.messages().getString("app.title"));
    stage.setScene(scene);
    stage.show();
    context.mainViewModel().openSample();
  }

  @Override
  public void stop() {
    if (runner != null) {
      runner.close();
    }
  }
}
