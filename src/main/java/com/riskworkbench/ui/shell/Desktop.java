package com.riskworkbench.ui.shell;

import java.nio.file.Path;
import java.util.Locale;

/** What the window asks of the desktop and the application around it. */
public interface Desktop {

  /** Shows a folder in the system's file manager. */
  void openFolder(Path folder);

  /** Switches between the light and the dark theme. */
  void setDarkTheme(boolean dark);

  /** Rebuilds the window in another language, keeping the open portfolio. */
  void relaunch(Locale locale);

  /** A desktop that does nothing: for tests. */
  static Desktop none() {
    return new Desktop() {
      @Override
      public void openFolder(Path folder) {}

      @Override
      public void setDarkTheme(boolean dark) {}

      @Override
      public void relaunch(Locale locale) {}
    };
  }
}
