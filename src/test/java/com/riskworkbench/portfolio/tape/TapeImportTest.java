package com.riskworkbench.portfolio.tape;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectingSink;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.store.BookSnapshot;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioInfo;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TapeImportTest {
  @TempDir Path temp;

  @Test
  void validTapeLoadsWithAmountsToTheCent() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
    Path out = temp.resolve("book.mv.db");

    ImportSummary s =
        PortfolioImport.run(TapeSource.folder(tape), out, "Book", false, Progress.NONE);

    assertThat(s.borrowers()).isEqualTo(2);
    assertThat(s.loans()).isEqualTo(2);
    assertThat(s.loanMonths()).isEqualTo(5);
    assertThat(s.collectionActions()).isEqualTo(1);
    assertThat(s.fraudCases()).isEqualTo(1);
    try (PortfolioRepository repo = PortfolioRepository.open(out)) {
      PortfolioInfo info = repo.info();
      assertThat(info.name()).isEqualTo("Book");
      assertThat(info.firstMonth()).contains(YearMonth.of(2025, 1));
      assertThat(info.lastMonth()).contains(YearMonth.of(2025, 3));
      assertThat(info.months()).isEqualTo(3);
      // 2025-02: L1 11,100.50 + L2 500,000.00 = 511,100.50, both ACTIVE.
      assertThat(repo.snapshot(YearMonth.of(2025, 2)))
          .isEqualTo(new BookSnapshot(YearMonth.of(2025, 2), 2, 51_110_050));
      // 2025-03: L1 is PAID_OFF (out of the book); L2 490,000.10.
      assertThat(repo.snapshot(YearMonth.of(2025, 3)))
          .isEqualTo(new BookSnapshot(YearMonth.of(2025, 3), 1, 49_000_010));
    }
  }

  @Test
  void messyButValidTapeLoads() throws Exception {
    Map<String, String> files = Tapes.valid();
    // A byte order mark and Windows line ends on one file, a quoted comma and a quoted quote,
    // upper-case header names, padded values and lower-case enum names.
    files.put(
        "loans.csv",
        "\uFEFF"
            + Tapes.LOANS
                .replace("\n", "\r\n")
                .replace("Credit loan", "\"Credit loan, \"\"express\"\"\""));
    files.put(
        "borrowers.csv",
        Tapes.BORROWERS
            .replace("borrower_id,borrower_type", "BORROWER_ID,Borrower_Type")
            .replace("B2,MICRO_ENTERPRISE", "B2, micro_enterprise "));
    // A seasoned loan L3 (originated 2024-10, first row 2025-01) with a gap in 2025-02, and an
    // unknown extra column, which is ignored and reported.
    files.put(
        "loans.csv",
        files.get("loans.csv")
            + "L3,B2,Business loan,Partner A,2024-10-08,2026-10-08,80000,0.12,24,C,COLLATERAL\r\n");
    files.put(
        "loan_months.csv",
        Tapes.LOAN_MONTHS
                .replace("recovery_amount", "recovery_amount,note")
                .replace(",,\n", ",,,x\n")
            + "L3,2025-01,70000,0,ACTIVE,,,\nL3,2025-03,65000,45,ACTIVE,,,\n");
    Path tape = Tapes.write(temp.resolve("tape"), files);
    CollectingSink sink = new CollectingSink();

    ImportSummary s = new TapeImporter().importTape(TapeSource.folder(tape), sink, Progress.NONE);

    assertThat(s.loans()).isEqualTo(3);
    assertThat(sink.list(Loan.class).get(0).product()).isEqualTo("Credit loan, \"express\"");
    assertThat(sink.list(Borrower.class).get(1).type().name()).isEqualTo("MICRO_ENTERPRISE");
    assertThat(sink.list(Borrower.class).get(1).name()).contains("Hangzhou Trading, Ltd");
    assertThat(sink.list(Borrower.class).get(1).idNumber()).isEmpty();
    assertThat(s.ignoredColumns()).containsExactly("loan_months.csv:note");
    assertThat(s.findings())
        .containsEntry(FindingKind.GAP_IN_HISTORY, 1)
        .containsEntry(FindingKind.LATE_FIRST_MONTH, 1)
        .containsEntry(FindingKind.UNKNOWN_COLUMN, 1);
    assertThat(sink.list(DataQualityFinding.class))
        .contains(
            new DataQualityFinding(
                FindingKind.GAP_IN_HISTORY,
                Optional.of("L3"),
                "1 month is missing between 2025-01 and 2025-03"),
            new DataQualityFinding(
                FindingKind.LATE_FIRST_MONTH,
                Optional.of("L3"),
                "first month 2025-01 is 3 months after origination"));
  }

  @Test
  void tapeWriterOutputReadsBackToTheSameRows() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
    CollectingSink first = new CollectingSink();
    new TapeImporter().importTape(TapeSource.folder(tape), first, Progress.NONE);

    Path copy = temp.resolve("copy");
    try (TapeWriter writer = new TapeWriter(copy)) {
      for (var b : first.list(Borrower.class)) writer.borrower(b);
      for (var l : first.list(Loan.class)) writer.loan(l);
      for (var m : first.list(LoanMonth.class)) writer.loanMonth(m);
      for (var a : first.list(CollectionAction.class)) writer.collectionAction(a);
      for (var f : first.list(FraudCase.class)) writer.fraudCase(f);
      writer.finish();
    }
    CollectingSink second = new CollectingSink();
    new TapeImporter().importTape(TapeSource.folder(copy), second, Progress.NONE);

    // Findings aside (none here), the second import sees exactly the calls of the first.
    assertThat(second.calls).isEqualTo(first.calls);
  }
}
