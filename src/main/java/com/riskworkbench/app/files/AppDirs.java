package com.riskworkbench.app.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user data folder: where the sample portfolio, settings and the audit log live. Never the
 * working directory and never the installation folder. The system property {@code
 * riskworkbench.home} or the environment variable The system property {@code riskworkbench.home} or
 * the environment variable {@code RISK_WORKBENCH_HOME} overrides it.
 */
public final class AppDirs {
  private AppDirs() {}

  public static Path dataFolder() {
    String property = System.getProperty("riskworkbench.home");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    return dataFolder(
        System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
  }

  /** Where loaded books are cached (docs/decisions/0004). */
  public static Path cacheFolder() {
    return dataFolder().resolve("cache");
  }

  static Path dataFolder(Map<String, String> env, String osName, String home) {
    String override = env.get("RISK_WORKBENCH_HOME");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String local = env.get("LOCALAPPDATA");
      return Path.of(local != null ? local : home, "RiskWorkbench");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Application Support", "Risk Workbench");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share"))
        .resolve("risk-workbench");
  }
}
