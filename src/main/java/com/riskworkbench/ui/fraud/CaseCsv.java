package com.riskworkbench.ui.fraud;

import com.riskworkbench.common.AtomicFiles;
import com.riskworkbench.common.CsvCells;
import com.riskworkbench.common.Masking;
import com.riskworkbench.common.TempFiles;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.ui.fraud.FraudRows.CaseRow;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The case list as CSV, like the command line's output: codes by name, plain amounts. Names and ID
 * numbers are masked unless {@code unmasked}. Text that a spreadsheet would read as a formula is
 * prefixed with a quote. Written to a temporary file beside the target and moved into place.
 */
final class CaseCsv {
  static final String HEADER =
      "case_id,reported_date,fraud_type,status,detection_channel,loan_id,borrower_id,name,"
          + "id_number,exposure,loss,recovered,root_cause,summary";

  private CaseCsv() {}

  static void write(List<CaseRow> rows, boolean unmasked, Path out) throws IOException {
    Path temp = TempFiles.create(out.toAbsolutePath(), ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        w.write('\uFEFF'); // so that spreadsheets read UTF-8 (Chinese names)
        w.write(HEADER);
        w.write("\r\n");
        for (CaseRow r : rows) {
          FraudCase c = r.fraudCase();
          String name = unmasked ? r.name() : Masking.name(r.name());
          String id = unmasked ? r.idNumber() : Masking.idNumber(r.idNumber());
          w.write(
              String.join(
                  ",",
                  CsvCells.text(c.caseId()),
                  c.reportedDate().toString(),
                  c.fraudType().name(),
                  c.status().name(),
                  c.detectionChannel().name(),
                  CsvCells.text(r.loanId()),
                  CsvCells.text(r.borrowerId()),
                  CsvCells.text(name),
                  CsvCells.text(id),
                  amount(c.exposureCents()),
                  amount(c.lossCents()),
                  amount(c.recoveredCents()),
                  CsvCells.text(c.rootCause().orElse("")),
                  CsvCells.text(c.summary().orElse(""))));
          w.write("\r\n");
        }
      }
      AtomicFiles.moveIntoPlace(temp, out);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String amount(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
