package com.riskworkbench.service;

import com.riskworkbench.common.FileHashes;
import com.riskworkbench.common.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of every act that shows or exports personal data (docs/methodology.md §13).
 * Implementations compute the portfolio file's SHA-256, so call them off the FX thread.
 */
public interface AuditTrail {

  /** Reveal of personal data on screen. */
  String REVEAL = "reveal";

  /** Export of a list holding personal data. */
  String EXPORT = "export";

  /** An export recorded with {@link #EXPORT} that then failed: nothing was written. */
  String EXPORT_FAILED = "export failed";

  /** An unmasked committee pack written by the command line. */
  String UNMASKED_PACK = "export unmasked committee pack";

  /**
   * What a reveal on the Fraud cases screen showed. The log is written in English whatever the
   * window's language, so that one log reads the same for every auditor; the viewer reads it back
   * into its message ({@code audit.detail.*}) to show it in the window's language.
   */
  static String revealDetail() {
    return Message.of("audit.detail.reveal").english();
  }

  /** What an unmasked export of the fraud-case list wrote, in the log's one language. */
  static String exportDetail(int cases, java.nio.file.Path out) {
    return Message.of("audit.detail.export", cases, out).english();
  }

  /**
   * Appends an entry: now, the OS user, {@code action}, the portfolio file and its SHA-256, {@code
   * detail}.
   *
   * @return the entry written
   */
  AuditEntry record(String action, String portfolio, String detail) throws IOException;

  /** Every entry, oldest first. */
  List<AuditEntry> entries() throws IOException;

  /**
   * The SHA-256 of a portfolio file, or "unavailable" when it cannot be read (a team database: see
   * the trail of the application, which names its import instead).
   */
  static String sha256(String portfolio) {
    try {
      if (portfolio.regionMatches(true, 0, "jdbc:", 0, 5)) {
        return "unavailable";
      }
      Path file = Path.of(portfolio);
      return Files.isRegularFile(file) ? FileHashes.sha256(file) : "unavailable";
    } catch (IOException e) {
      return "unavailable";
    }
  }

  /** A trail kept in memory: for tests and for a window without a data folder. */
  static AuditTrail inMemory(Clock clock) {
    return new AuditTrail() {
      private final List<AuditEntry> entries = new ArrayList<>();

      @Override
      public synchronized AuditEntry record(String action, String portfolio, String detail) {
        AuditEntry e =
            new AuditEntry(
                clock.instant(),
                System.getProperty("user.name", "unknown"),
                action,
                portfolio,
                sha256(portfolio),
                detail);
        entries.add(e);
        return e;
      }

      @Override
      public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
      }
    };
  }
}
