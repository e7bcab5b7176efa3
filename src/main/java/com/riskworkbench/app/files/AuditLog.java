package com.riskworkbench.app.files;

import com.riskworkbench.service.AuditEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

/**
 * An append-only log, in the per-user data folder, of every act that shows or exports personal
 * data: when, who (the OS user), which portfolio file and its SHA-256, and what. One tab-separated
 * line per entry, so it survives restarts and reads in any editor.
 */
public final class AuditLog {
  private final Path file;
  private final Clock clock;

  public AuditLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  public static AuditLog standard() {
    return new AuditLog(AppDirs.dataFolder().resolve("audit.log"), Clock.systemUTC());
  }

  public Path file() {
    return file;
  }

  public void record(String action, Path portfolio, String sha256, String detail)
      throws IOException {
    record(action, portfolio.toAbsolutePath().toString(), sha256, detail);
  }

  /**
   * Records an action on a portfolio named by its path or database URL (never with a password) and
   * its fingerprint.
   */
  public void record(String action, String portfolio, String fingerprint, String detail)
      throws IOException {
    Files.createDirectories(file.getParent());
    String line =
        new AuditEntry(
                    clock.instant(),
                    System.getProperty("user.name", "unknown"),
                    action,
                    portfolio,
                    fingerprint,
                    detail)
                .line()
            + "\n";
    Files.writeString(
        file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  public List<String> entries() throws IOException {
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }
}
