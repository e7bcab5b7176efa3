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
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
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
  void optionalInputsReachTheLoadedBook() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.withOptionalInputs());
    Path out = temp.resolve("book.mv.db");
    PortfolioImport.run(TapeSource.folder(tape), out, "Book", false, Progress.NONE);

    try (PortfolioRepository repo = PortfolioRepository.open(out)) {
      LoadedPortfolio p = repo.load(Progress.NONE, Optional.empty());
      int l1 = p.loanIndex("L1");
      int l2 = p.loanIndex("L2");
      int march = Months.ordinal(YearMonth.of(2025, 3));
      // L2 in 2025-03: booked NORMAL (ordinal 0) with 4,900.00; L1 paid off then, nothing booked.
      assertThat(p.rowCategory()[p.rowAt(l2, march)]).isEqualTo((byte) 0);
      assertThat(p.rowProvision()[p.rowAt(l2, march)]).isEqualTo(490_000L);
      assertThat(p.rowCategory()[p.rowAt(l1, march)]).isEqualTo(LoadedPortfolio.NO_CATEGORY);
      assertThat(p.rowProvision()[p.rowAt(l1, march)]).isEqualTo(LoadedPortfolio.NO_AMOUNT);
      assertThat(p.hasBookedCategories()).isTrue();
      assertThat(p.hasProvisions()).isTrue();
      // L2 co-lent with Bank P, 30 % funded by the holder; L1 not co-lent.
      assertThat(p.partners().value(p.loanPartner()[l2])).isEqualTo("Bank P");
      assertThat(p.loanOwnShare()[l2]).isEqualTo(0.3);
      assertThat(p.loanPartner()[l1]).isEqualTo(LoadedPortfolio.NO_CODE);
      assertThat(p.loanOwnShare()[l1]).isNaN();
      // B2 in group G-Hangzhou, B1 in none.
      int b2 = p.loanBorrower()[l2];
      assertThat(p.groups().value(p.borrowerGroup()[b2])).isEqualTo("G-Hangzhou");
      assertThat(p.borrowerGroup()[p.loanBorrower()[l1]]).isEqualTo(LoadedPortfolio.NO_CODE);
      // B1 scores 700; B2 has no credit score.
      assertThat(p.borrowerScore()[p.loanBorrower()[l1]]).isEqualTo(700);
      assertThat(p.borrowerScore()[b2]).isEqualTo(LoadedPortfolio.NO_SCORE);
      assertThat(p.tier1NetCapitalCents()).hasValue(120_000_000L);
      assertThat(p.netAssetsCents()).hasValue(150_000_000L);
    }
  }

  @Test
  void optionalInputsSurviveWritingTheTapeAgain() throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.withOptionalInputs());
    CollectingSink first = new CollectingSink();
    new TapeImporter().importTape(TapeSource.folder(tape), first, Progress.NONE);
    Path again = temp.resolve("again");
    try (TapeWriter w = new TapeWriter(again)) {
      for (Object call : first.calls) {
        if (call instanceof Borrower b) {
          w.borrower(b);
        } else if (call instanceof Loan l) {
          w.loan(l);
        } else if (call instanceof LoanMonth m) {
          w.loanMonth(m);
        } else if (call instanceof CollectionAction a) {
          w.collectionAction(a);
        } else if (call instanceof FraudCase f) {
          w.fraudCase(f);
        } else if (call instanceof CollectingSink.Meta m) {
          w.meta(m.key(), m.value());
        }
      }
      w.finish();
    }
    CollectingSink second = new CollectingSink();
    new TapeImporter().importTape(TapeSource.folder(again), second, Progress.NONE);

    assertThat(second.calls).isEqualTo(first.calls);
    assertThat(first.calls)
        .contains(new CollectingSink.Meta("tier1_net_capital", "1200000.00"))
        .anyMatch(c -> c instanceof Loan l && l.ownShare().isPresent());
    assertThat(java.nio.file.Files.readString(again.resolve("portfolio.csv")))
        .isEqualTo("net_assets,tier1_net_capital\n1500000.00,1200000.00\n");
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
