package com.riskworkbench.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.service.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTrailTest {
  @TempDir Path temp;

  /** SHA-256 of the three bytes "abc" (FIPS 180-2, appendix B.1). */
  static final String SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void entriesNameTheFileAndItsHashAndSurviveARestart() throws Exception {
    Path portfolio = temp.resolve("book.mv.db");
    Files.writeString(portfolio, "abc", StandardCharsets.US_ASCII);
    Path log = temp.resolve("data").resolve("audit.log");
    Clock clock = Clock.fixed(Instant.parse("2025-04-01T08:30:00Z"), ZoneOffset.UTC);

    AuditEntry written =
        new AuditLogTrail(new AuditLog(log, clock))
            .record("reveal", portfolio.toString(), "names and\tID numbers");

    assertThat(written.sha256()).isEqualTo(SHA_ABC);
    // A new trail on the same file, as after a restart, reads what the first one wrote.
    AuditLogTrail restarted = new AuditLogTrail(new AuditLog(log, clock));
    restarted.record("export", portfolio.toString(), "3 cases");
    assertThat(restarted.entries())
        .extracting(AuditEntry::action, AuditEntry::sha256, AuditEntry::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("reveal", SHA_ABC, "names and ID numbers"),
            org.assertj.core.groups.Tuple.tuple("export", SHA_ABC, "3 cases"));
    assertThat(restarted.entries().get(0).time()).isEqualTo(Instant.parse("2025-04-01T08:30:00Z"));
    assertThat(restarted.entries().get(0).user()).isEqualTo(System.getProperty("user.name"));
    assertThat(restarted.entries().get(0).portfolio()).isEqualTo(portfolio.toString());
  }
}
