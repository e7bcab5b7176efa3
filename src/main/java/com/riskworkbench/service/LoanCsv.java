package com.riskworkbench.service;

import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.common.AtomicFiles;
import com.riskworkbench.common.CsvCells;
import com.riskworkbench.common.Masking;
import com.riskworkbench.common.Message;
import com.riskworkbench.common.Progress;
import com.riskworkbench.common.TempFiles;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/**
 * The Loans view's list as CSV: one line per loan with its values at a month. UTF-8 with a BOM so
 * that Excel reads Chinese text; written to a temporary file and moved into place. Borrower names
 * are masked (docs/methodology.md §13) unless the caller has recorded an unmasked export; a cell
 * that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
public final class LoanCsv {
  static final String HEADER =
      "loan_id,borrower_id,borrower_name,region,industry,product,channel,risk_grade,"
          + "origination_date,principal,"
          + "interest_rate,month,status,balance,days_past_due";

  private LoanCsv() {}

  /** The distinct borrowers of {@code loans}, whose names the export looks up. */
  public static java.util.Set<String> borrowerIds(LoadedPortfolio book, int[] loans) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int l : loans) {
      ids.add(book.borrowerIds()[book.loanBorrower()[l]]);
    }
    return ids;
  }

  /**
   * @param names borrower names by borrower id (missing: empty cell)
   */
  public static void write(
      Path out,
      LoadedPortfolio book,
      int[] loans,
      YearMonth month,
      Map<String, String> names,
      boolean unmasked,
      Progress progress)
      throws IOException {
    Path folder = out.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = TempFiles.create(out.toAbsolutePath(), ".tmp");
    try {
      int m = Months.ordinal(month);
      try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        w.write('\uFEFF');
        w.write(HEADER);
        w.newLine();
        for (int i = 0; i < loans.length; i++) {
          if (i % 10_000 == 0) {
            progress.update(i, loans.length, Message.of("progress.loansCsv"));
            progress.checkCancelled();
          }
          LoanListing.LoanLine l = LoanListing.line(book, loans[i], m);
          String name = names.getOrDefault(l.borrowerId(), "");
          w.write(
              String.join(
                  ",",
                  CsvCells.text(l.loanId()),
                  CsvCells.text(l.borrowerId()),
                  CsvCells.text(unmasked || name.isEmpty() ? name : Masking.name(name)),
                  CsvCells.text(
                      book.regions().value(book.borrowerRegion()[book.loanBorrower()[loans[i]]])),
                  CsvCells.text(
                      book.industries()
                          .value(book.borrowerIndustry()[book.loanBorrower()[loans[i]]])),
                  CsvCells.text(l.product()),
                  CsvCells.text(l.channel()),
                  CsvCells.text(l.riskGrade()),
                  l.originated().toString(),
                  BigDecimal.valueOf(l.principalCents(), 2).toPlainString(),
                  BigDecimal.valueOf(l.interestRate()).stripTrailingZeros().toPlainString(),
                  month.toString(),
                  l.status().map(Enum::name).orElse(""),
                  l.status().isPresent()
                      ? BigDecimal.valueOf(l.balanceCents(), 2).toPlainString()
                      : "",
                  l.status().isPresent() ? Integer.toString(l.daysPastDue()) : ""));
          w.newLine();
        }
      }
      AtomicFiles.moveIntoPlace(temp, out);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
