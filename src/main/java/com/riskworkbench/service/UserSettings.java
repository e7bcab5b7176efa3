package com.riskworkbench.service;

import com.riskworkbench.common.AtomicFiles;
import com.riskworkbench.common.TempFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * The window's settings between runs, in {@code settings.properties} of the per-user data folder:
 * window size and position, theme, language, the last portfolio and the recent ones. Never a
 * password. A damaged file is ignored (defaults), and every save replaces the file in one step.
 */
public final class UserSettings {
  public static final int MAX_RECENT = 8;

  private final Path file;
  private final Properties values = new Properties();

  private UserSettings(Path file) {
    this.file = file;
  }

  /** Reads the settings in {@code file}; defaults when it is missing or unreadable. */
  public static UserSettings load(Path file) {
    UserSettings s = new UserSettings(file);
    if (Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        s.values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        s.values.clear();
      }
    }
    return s;
  }

  /** Settings that are never written: for tests and for a read-only data folder. */
  public static UserSettings inMemory() {
    return new UserSettings(null);
  }

  public synchronized void save() {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path temp = TempFiles.create(file, ".tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        values.store(out, "Risk Workbench settings");
      }
      AtomicFiles.moveIntoPlace(temp, file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the settings to " + file, e);
    }
  }

  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(values.getProperty(key));
  }

  public synchronized void put(String key, String value) {
    values.setProperty(key, value);
  }

  public OptionalDouble number(String key) {
    try {
      return get(key)
          .map(v -> OptionalDouble.of(Double.parseDouble(v)))
          .orElse(OptionalDouble.empty());
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** Recently opened portfolios, newest first. */
  public synchronized List<String> recent() {
    List<String> recent = new ArrayList<>();
    for (int i = 0; i < MAX_RECENT; i++) {
      String v = values.getProperty("recent." + i);
      if (v != null && !v.isBlank()) {
        recent.add(v);
      }
    }
    return recent;
  }

  /** Puts {@code location} first in the recent list, keeping at most {@link #MAX_RECENT}. */
  public synchronized List<String> addRecent(String location) {
    List<String> recent = recent();
    recent.remove(location);
    recent.add(0, location);
    for (int i = 0; i < MAX_RECENT; i++) {
      if (i < recent.size()) {
        values.setProperty("recent." + i, recent.get(i));
      } else {
        values.remove("recent." + i);
      }
    }
    return recent();
  }
}
