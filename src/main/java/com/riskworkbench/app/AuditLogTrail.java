package com.riskworkbench.app;

import com.riskworkbench.service.AuditEntry;
import com.riskworkbench.service.AuditTrail;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's audit trail on the {@link AuditLog} file that the command line writes too (the
 * per-user data folder's {@code audit.log}): one log, whoever revealed or exported.
 */
public final class AuditLogTrail implements AuditTrail {
  private final AuditLog log;

  public AuditLogTrail(AuditLog log) {
    this.log = log;
  }

  @Override
  public AuditEntry record(String action, Path portfolio, String detail) throws IOException {
    String sha = AuditTrail.sha256(portfolio);
    log.record(action, portfolio, sha, detail);
    List<AuditEntry> all = entries();
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  @Override
  public List<AuditEntry> entries() throws IOException {
    return log.entries().stream().map(AuditEntry::parse).flatMap(Optional::stream).toList();
  }
}
