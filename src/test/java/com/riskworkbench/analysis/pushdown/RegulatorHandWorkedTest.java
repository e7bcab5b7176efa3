package com.riskworkbench.analysis.pushdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.MigrationAnalysis;
import com.riskworkbench.analysis.MigrationAnalysis.Rate;
import com.riskworkbench.analysis.MigrationResult;
import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.analysis.NplWalkResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database engine's NPL walk and migration on a book small enough to work out by hand, with
 * every case of the self-joins: a fall, a rise and an unchanged balance of a loan NPL at both
 * months, an upgrade, a pay-off and a charge-off of an NPL loan, a gap (left the data, then new
 * again), a loan new to the data already NPL, a booked category overriding days past due, and a
 * loan that leaves the data for good. Rule regulatory-2023: NPL above 90 days past due unless
 * booked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegulatorHandWorkedTest {
  static final String LOANS =
      """
      loan_id,borrower_id,product,channel,origination_date,maturity_date,principal,interest_rate,term_months,risk_grade,guarantee_type
      L1,B1,Credit loan,Own app,2024-12-15,2026-12-15,5000,0.18,24,B,CREDIT
      L2,B1,Credit loan,Own app,2024-12-15,2026-12-15,5000,0.18,24,B,CREDIT
      L3,B1,Credit loan,Own app,2024-12-15,2026-12-15,5000,0.18,24,B,CREDIT
      L4,B2,Business loan,Branch,2024-12-15,2026-12-15,5000,0.09,24,A,GUARANTEED
      L5,B2,Business loan,Branch,2025-02-20,2027-02-20,5000,0.09,24,A,GUARANTEED
      L6,B1,Credit loan,Own app,2025-03-10,2027-03-10,5000,0.18,24,B,CREDIT
      L7,B1,Credit loan,Own app,2024-12-15,2026-12-15,5000,0.18,24,B,CREDIT
      L8,B2,Business loan,Branch,2024-12-15,2026-12-15,5000,0.09,24,A,GUARANTEED
      L9,B2,Business loan,Branch,2024-12-15,2026-12-15,5000,0.09,24,A,GUARANTEED
      """;

  static final String LOAN_MONTHS =
      """
      loan_id,month,balance,days_past_due,status,charge_off_amount,recovery_amount,five_category,provision
      L1,2025-01,1000.00,120,ACTIVE,,,,
      L1,2025-02,900.00,150,ACTIVE,,,,
      L1,2025-03,950.00,180,ACTIVE,,,,
      L1,2025-04,950.00,280,ACTIVE,,,,
      L2,2025-01,500.00,0,ACTIVE,,,SUBSTANDARD,
      L2,2025-02,480.00,0,ACTIVE,,,NORMAL,
      L2,2025-03,0,0,PAID_OFF,,,,
      L3,2025-01,300.00,100,ACTIVE,,,,
      L3,2025-03,310.00,160,ACTIVE,,,,
      L3,2025-04,0,190,CHARGED_OFF,310.00,,,
      L4,2025-01,2000.00,0,ACTIVE,,,,
      L4,2025-02,1990.00,95,ACTIVE,,,,
      L4,2025-03,0,0,PAID_OFF,,,,
      L5,2025-03,700.00,0,ACTIVE,,,,
      L5,2025-04,700.00,30,ACTIVE,,,DOUBTFUL,
      L6,2025-04,400.00,120,ACTIVE,,,,
      L7,2025-01,100.00,10,ACTIVE,,,,
      L7,2025-02,90.00,40,ACTIVE,,,,
      L8,2025-01,600.00,0,ACTIVE,,,,
      L8,2025-02,580.00,0,ACTIVE,,,,
      L8,2025-03,560.00,30,ACTIVE,,,,
      L8,2025-04,620.00,60,ACTIVE,,,,
      L9,2025-01,400.00,0,ACTIVE,,,,
      L9,2025-02,380.00,0,ACTIVE,,,,
      L9,2025-03,350.00,0,ACTIVE,,,,
      L9,2025-04,300.00,0,ACTIVE,,,,
      """;

  private PortfolioRepository repo;
  private DatabaseEngine database;
  private AnalysisScope memory;

  /** The book's tape, written into {@code folder}. */
  static Path tape(Path folder) throws java.io.IOException {
    Map<String, String> files = Tapes.valid();
    files.put("loans.csv", LOANS);
    files.put("loan_months.csv", LOAN_MONTHS);
    files.remove("collections.csv");
    files.remove("fraud_cases.csv");
    return Tapes.write(folder, files);
  }

  @BeforeAll
  void importTheBook(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("hand.mv.db");
    PortfolioImport.run(
        TapeSource.folder(tape(folder.resolve("tape"))), file, "hand", false, Progress.NONE);
    repo = PortfolioRepository.open(new PortfolioLocation.File(file), Map.of());
    database = DatabaseEngine.of(repo);
    memory =
        AnalysisScope.of(
            repo.load(Progress.NONE, Optional.empty()), Optional.empty(), SegmentFilter.NONE);
  }

  @AfterAll
  void close() {
    repo.close();
  }

  private static final Analyses.Params FROM_JANUARY =
      Analyses.Params.defaults().withFrom(Optional.of(YearMonth.of(2025, 1)));

  /**
   * NPL at 2025-01: L1 1,000 + L2 500 (booked substandard) + L3 300 = 1,800.00.
   *
   * <ul>
   *   <li>01→02: new L4 1,990 (95 days); upgraded L2 500 (booked normal); collected L1's fall 100;
   *       left L3 300 (no row in 02). 1,800 + 1,990 − 500 − 100 − 300 = 2,890 = L1 900 + L4 1,990.
   *   <li>02→03: new L3 310 (back after the gap); collected L4 1,990 (paid off); other L1's rise
   *       50. 2,890 + 310 − 1,990 + 50 = 1,260 = L1 950 + L3 310.
   *   <li>03→04: new L5 700 (booked doubtful at 30 days) + L6 400 (new to the data at 120 days);
   *       written off L3 310; L1 unchanged at 950. 1,260 + 1,100 − 310 = 2,050.
   * </ul>
   *
   * Whole period: new 1,990 + 310 + 1,100 = 3,400; collected 100 + 1,990 = 2,090. Loans: opening L1
   * L2 L3, new L4 L3 L5 L6, upgraded L2, collected L1 L4, written off L3, left L3, other L1,
   * closing L1 L5 L6. L7, L8 and L9 are never NPL.
   */
  @Test
  void theNplWalkAddsUpAsWorkedByHand() {
    NplWalkResult walk =
        (NplWalkResult)
            database.run(
                Analyses.Kind.NPL_WALK, Optional.empty(), SegmentFilter.NONE, FROM_JANUARY);

    assertThat(
            new long[] {
              walk.cents(Component.OPENING),
              walk.cents(Component.NEW),
              walk.cents(Component.UPGRADED),
              walk.cents(Component.COLLECTED),
              walk.cents(Component.WRITTEN_OFF),
              walk.cents(Component.LEFT_DATA),
              walk.cents(Component.OTHER),
              walk.cents(Component.CLOSING)
            })
        .containsExactly(180_000, 340_000, 50_000, 209_000, 31_000, 30_000, 5_000, 205_000);
    assertThat(walk.componentLoans()).containsExactly(3, 4, 1, 2, 1, 1, 1, 3);
    assertThat(walk.byMonth()[1][Component.NEW.ordinal()]).isEqualTo(31_000);
    assertThat(walk.byMonth()[2][Component.CLOSING.ordinal()]).isEqualTo(205_000);
    PushDownContract.assertSameTable(
        walk.rows(), Analyses.run(Analyses.Kind.NPL_WALK, memory, FROM_JANUARY).rows(), "walk");
  }

  /**
   * ACTIVE at 2025-01, followed to 2025-04: L1 substandard (120 days) → doubtful (280 days), 1,000
   * → 950; L2 booked substandard → paid off, 500; L3 substandard → charged off, 300; L4 normal →
   * paid off, 2,000; L7 special mention (10 days) → missing (no row after 02), 100; L8 normal →
   * special mention (60 days), 600 → 620; L9 normal → normal, 400 → 300.
   *
   * <p>Normal: numerator L8 620; denominator Σ min(S, E) of those ACTIVE at E = min(600, 620) +
   * min(400, 300) = 900; rate 620 / 900. Substandard: L1 950 / min(1,000, 950) = 1. Special
   * mention: 0 / 0, not a number. Normal loans → NPL: 0 / 900 = 0.
   */
  @Test
  void theMigrationIsAsWorkedByHand() {
    MigrationResult m =
        (MigrationResult)
            database.run(
                Analyses.Kind.MIGRATION, Optional.empty(), SegmentFilter.NONE, FROM_JANUARY);

    assertThat(m.loans(FiveCategory.SUBSTANDARD, FiveCategory.DOUBTFUL.ordinal())).isEqualTo(1);
    assertThat(m.startCents(FiveCategory.SUBSTANDARD, FiveCategory.DOUBTFUL.ordinal()))
        .isEqualTo(100_000);
    assertThat(m.endCents(FiveCategory.SUBSTANDARD, FiveCategory.DOUBTFUL.ordinal()))
        .isEqualTo(95_000);
    assertThat(m.startCents(FiveCategory.SUBSTANDARD, MigrationAnalysis.PAID_OFF))
        .isEqualTo(50_000);
    assertThat(m.startCents(FiveCategory.SUBSTANDARD, MigrationAnalysis.CHARGED_OFF))
        .isEqualTo(30_000);
    assertThat(m.startCents(FiveCategory.NORMAL, MigrationAnalysis.PAID_OFF)).isEqualTo(200_000);
    assertThat(m.startCents(FiveCategory.SPECIAL_MENTION, MigrationAnalysis.MISSING))
        .isEqualTo(10_000);
    assertThat(m.endCents(FiveCategory.NORMAL, FiveCategory.SPECIAL_MENTION.ordinal()))
        .isEqualTo(62_000);
    assertThat(m.endCents(FiveCategory.NORMAL, FiveCategory.NORMAL.ordinal())).isEqualTo(30_000);

    assertThat(m.numeratorCents(Rate.NORMAL)).isEqualTo(62_000);
    assertThat(m.denominatorCents(Rate.NORMAL)).isEqualTo(90_000);
    assertThat(m.rate(Rate.NORMAL)).isEqualTo(620.0 / 900.0);
    assertThat(m.rate(Rate.SUBSTANDARD)).isEqualTo(1.0);
    assertThat(m.rate(Rate.SPECIAL_MENTION)).isNaN();
    assertThat(m.rate(Rate.NORMAL_LOANS)).isEqualTo(0.0);
    PushDownContract.assertSameTable(
        m.matrix(),
        ((MigrationResult) Analyses.run(Analyses.Kind.MIGRATION, memory, FROM_JANUARY)).matrix(),
        "matrix");
  }
}
