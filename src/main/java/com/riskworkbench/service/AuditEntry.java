package com.riskworkbench.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log: when, who (the OS user), what was done, on which portfolio file and
 * its SHA-256, and what exactly was shown or exported.
 */
public record AuditEntry(
    Instant time, String user, String action, String portfolio, String sha256, String detail) {

  public AuditEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(detail, "detail");
  }

  /** The tab-separated line of the log file. */
  public String line() {
    return String.join(
        "\t",
        time.toString(),
        clean(user),
        clean(action),
        clean(portfolio),
        clean(sha256),
        clean(detail));
  }

  /** Reads a line of the log file; empty for a line that is not an entry. */
  public static Optional<AuditEntry> parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 6) {
      return Optional.empty();
    }
    try {
      return Optional.of(new AuditEntry(Instant.parse(f[0]), f[1], f[2], f[3], f[4], f[5]));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A field as the log holds it: one line, whatever a path or a value from data contains. Tabs,
   * line breaks and every other control or line-separator character are written as visible escapes
   * ({@code \n}, {@code \u2028}), and a backslash as {@code \\}, so no text can end a line or start
   * a forged entry.
   */
  public static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append(' ');
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
