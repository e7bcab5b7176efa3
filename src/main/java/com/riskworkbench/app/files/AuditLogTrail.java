package com.riskworkbench.app.files;

import com.riskworkbench.service.AuditEntry;
import com.riskworkbench.service.AuditTrail;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The window's audit trail on the {@link AuditLog} file that the command line writes too (the
 * per-user data folder's {@code audit.log}): one log, whoever revealed or exported.
 */
public final class AuditLogTrail implements AuditTrail {
  private final AuditLog log;
  private final Function<String, String> fingerprint;

  public AuditLogTrail(AuditLog log) {
    this(log, AuditTrail::sha256);
  }

  /**
   * @param fingerprint what names a portfolio's content: a file's SHA-256, a database's import id
   */
  public AuditLogTrail(AuditLog log, Function<String, String> fingerprint) {
    this.log = log;
    this.fingerprint = fingerprint;
  }

  @Override
  public AuditEntry record(String action, String portfolio, String detail) throws IOException {
    log.record(action, portfolio, fingerprint.apply(portfolio), detail);
    List<AuditEntry> all = entries();
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  @Override
  public List<AuditEntry> entries() throws IOException {
    return log.entries().stream().map(AuditEntry::parse).flatMap(Optional::stream).toList();
  }
}
