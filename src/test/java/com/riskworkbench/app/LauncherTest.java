package com.riskworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A window that cannot start says in one sentence what to do, never JavaFX's stack trace. */
class LauncherTest {
  @Test
  void aMissingGtkLibraryNamesThePackageToInstall() {
    // what JavaFX's glass throws when libgtk-3.so.0 cannot be loaded
    var e = new UnsupportedOperationException("Unable to load glass GTK library.");

    assertThat(Launcher.windowFailure(e))
        .isEqualTo(
            "The window cannot open: the GTK 3 library is missing. Install it (Debian or Ubuntu:"
                + " sudo apt-get install libgtk-3-0) and start it again.");
  }

  @Test
  void noDisplaySaysSoAndPointsToTheCommandLine() {
    var e = new UnsupportedOperationException("Unable to open DISPLAY");

    assertThat(Launcher.windowFailure(e))
        .isEqualTo(
            "The window cannot open: there is no display (DISPLAY is not set). Run it on a"
                + " desktop, or use the command line: java -jar risk-workbench.jar --help.");
  }
}
