package com.riskworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePortfolioServiceTest {
  @TempDir Path temp;

  /**
   * The valid tape: L2 is originated 2025-02-03 with its first month 2025-02 (no finding), L1 from
   * its origination month; the tape has no unknown column. A month left out of L1 (2025-02) makes
   * one GAP_IN_HISTORY finding.
   */
  @Test
  void importFindingsAndIdentitiesComeFromThePortfolioFile() throws Exception {
    Map<String, String> tape = new java.util.HashMap<>(Tapes.valid());
    tape.put("loan_months.csv", Tapes.LOAN_MONTHS.replace("L1,2025-02,11100.50,0,ACTIVE,,\n", ""));
    Path folder = Tapes.write(temp.resolve("tape"), tape);
    FilePortfolioService service =
        new FilePortfolioService(temp.resolve("data"), TapeSource.folder(folder));
    Path file = temp.resolve("p.mv.db");
    service.importTape(folder, file, Progress.NONE);

    ImportFindings findings = service.importFindings(file.toString(), 10);
    assertThat(findings.counts()).isEqualTo(Map.of(FindingKind.GAP_IN_HISTORY, 1));
    assertThat(findings.first()).hasSize(1);
    assertThat(findings.first().get(0).loanId()).contains("L1");

    Map<String, BorrowerIdentity> who =
        service.borrowerIdentities(file.toString(), List.of("B1", "B2", "B9"));
    assertThat(who)
        .containsOnlyKeys("B1", "B2")
        .containsEntry(
            "B1", new BorrowerIdentity(Optional.of("张伟"), Optional.of("110101199003071236")))
        .containsEntry(
            "B2", new BorrowerIdentity(Optional.of("Hangzhou Trading, Ltd"), Optional.empty()));
  }
}
