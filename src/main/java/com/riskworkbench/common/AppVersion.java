package com.riskworkbench.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program version from the build (version.properties, filtered by Maven). */
public final class AppVersion {
  private static final String VERSION = load();

  private AppVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = AppVersion.class.getResourceAsStream("/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
