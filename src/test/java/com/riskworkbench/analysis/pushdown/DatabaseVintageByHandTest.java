package com.riskworkbench.analysis.pushdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.analysis.DatabaseVintage;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.VintageResult;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.tape.TapeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database engine's vintage on a four-loan H2 file, worked out by hand, as of 2024-05 (data up
 * to 2024-06):
 *
 * <pre>
 * L1 1,000.00 originated 2024-01-10: 2024-01 dpd 0 | 02 dpd 15 | 03 dpd 45 | 04 dpd 75
 * L2 3,000.00 originated 2024-02-20: 2024-02 dpd 0 | 03 CHARGED_OFF, charge-off 2,500.00, recovery 400.00
 * L3 6,000.00 originated 2024-03-05: 2024-03 dpd 0 | 04 dpd 0 | 05 PAID_OFF
 * L4   500.00 originated 2024-04-30: 2024-04 dpd 0 | 05 dpd 30 | 06 dpd 95
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseVintageByHandTest {
  private static final Optional<YearMonth> AS_OF = Optional.of(YearMonth.of(2024, 5));

  private PortfolioRepository repo;
  private DatabaseEngine engine;

  @BeforeAll
  void importTheFourLoans(@TempDir Path folder) throws Exception {
    Path tape = Files.createDirectories(folder.resolve("tape"));
    Files.write(
        tape.resolve("borrowers.csv"),
        List.of(
            "borrower_id,borrower_type,name,id_number,birth_date,region,city,industry,"
                + "annual_income,credit_score",
            "B1,INDIVIDUAL,A,1,1990-01-01,Henan,,Retail,,"));
    Files.write(
        tape.resolve("loans.csv"),
        List.of(
            "loan_id,borrower_id,product,channel,origination_date,maturity_date,principal,"
                + "interest_rate,term_months,risk_grade,guarantee_type",
            "L1,B1,Credit loan,Own app,2024-01-10,2025-01-10,1000.00,0.1,12,C,CREDIT",
            "L2,B1,Credit loan,Own app,2024-02-20,2025-02-20,3000.00,0.1,12,C,CREDIT",
            "L3,B1,Credit loan,Own app,2024-03-05,2025-03-05,6000.00,0.1,12,C,CREDIT",
            "L4,B1,Credit loan,Own app,2024-04-30,2025-04-30,500.00,0.1,12,C,CREDIT"));
    Files.write(
        tape.resolve("loan_months.csv"),
        List.of(
            "loan_id,month,balance,days_past_due,status,charge_off_amount,recovery_amount",
            "L1,2024-01,1000.00,0,ACTIVE,,",
            "L1,2024-02,950.00,15,ACTIVE,,",
            "L1,2024-03,950.00,45,ACTIVE,,",
            "L1,2024-04,950.00,75,ACTIVE,,",
            "L2,2024-02,3000.00,0,ACTIVE,,",
            "L2,2024-03,0.00,10,CHARGED_OFF,2500.00,400.00",
            "L3,2024-03,6000.00,0,ACTIVE,,",
            "L3,2024-04,5500.00,0,ACTIVE,,",
            "L3,2024-05,0.00,0,PAID_OFF,,",
            "L4,2024-04,500.00,0,ACTIVE,,",
            "L4,2024-05,500.00,30,ACTIVE,,",
            "L4,2024-06,500.00,95,ACTIVE,,"));
    Path file = folder.resolve("four.mv.db");
    PortfolioImport.run(TapeSource.folder(tape), file, "four", false, Progress.NONE);
    repo = PortfolioRepository.open(file);
    engine = DatabaseEngine.of(repo);
  }

  @AfterAll
  void close() {
    repo.close();
  }

  /**
   * Quarter 2024-Q1 (L1, L2, L3: 10,000.00) is dated 2024-03, so MOB 0 to 2 are defined; each loan
   * counts MOB from its own month. L2 is charged off at its MOB 1; L1 reaches 45 at its MOB 2. MOB
   * 1: 3,000.00 / 10,000.00 = 0.3; MOB 2: 4,000.00 / 10,000.00 = 0.4. Net charge-off from MOB 1:
   * 2,500.00 − 400.00 = 2,100.00, rate 0.21. Quarter 2024-Q2 ends after the as-of month: L4 is left
   * out.
   */
  @Test
  void quarterCohortCountsEachLoansOwnMonthsOnBook() {
    VintageResult r =
        DatabaseVintage.run(
            engine,
            AS_OF,
            SegmentFilter.NONE,
            VintageParams.DEFAULT.withCohortPeriod(VintageParams.CohortPeriod.QUARTER));

    assertThat(r.cohorts()).containsExactly("2024-Q1");
    assertThat(r.maxMob("2024-Q1")).hasValue(2);
    assertThat(r.rate("2024-Q1", 0)).hasValue(0.0);
    assertThat(r.rate("2024-Q1", 1)).hasValue(0.3);
    assertThat(r.rate("2024-Q1", 2)).hasValue(0.4);
    VintageResult.Cell mob1 = r.cell("2024-Q1", 1).orElseThrow();
    assertThat(mob1.loans()).isEqualTo(3);
    assertThat(mob1.principalCents()).isEqualTo(1_000_000);
    assertThat(mob1.badPrincipalCents()).isEqualTo(300_000);
    assertThat(mob1.netChargeOffCents()).isEqualTo(210_000);
    assertThat(mob1.netChargeOffRate()).isEqualTo(0.21);
    assertThat(r.chargeOffLoans("2024-Q1", 1)).isEqualTo(1);
  }

  /**
   * At 60 days: L1 reaches 75 at its MOB 3, past the quarter's last defined MOB 2, so only L2 is
   * bad: 3,000.00 / 10,000.00 = 0.3 at MOB 1 and 2.
   */
  @Test
  void quarterCohortStopsAtItsLastDefinedMonthOnBook() {
    VintageResult r =
        DatabaseVintage.run(
            engine,
            AS_OF,
            SegmentFilter.NONE,
            new VintageParams(60, VintageParams.Weight.AMOUNT, VintageParams.CohortPeriod.QUARTER));

    assertThat(r.rate("2024-Q1", 2)).hasValue(0.3);
    assertThat(r.cell("2024-Q1", 2).orElseThrow().badLoans()).isEqualTo(1);
  }

  /**
   * Monthly, by count: 2024-01 (L1) bad from MOB 2 (45 at 2024-03), defined to MOB 4; 2024-02 (L2)
   * from MOB 1; 2024-03 (L3) never, to MOB 2; 2024-04 (L4) from MOB 1 (30 at 2024-05), whose MOB 2
   * (2024-06) is after the as-of month. 2024-05 has no loan: no cohort.
   */
  @Test
  void monthlyCohortsByCount() {
    VintageResult r =
        DatabaseVintage.run(
            engine,
            AS_OF,
            SegmentFilter.NONE,
            VintageParams.DEFAULT.withWeight(VintageParams.Weight.COUNT));

    assertThat(r.cohorts()).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
    assertThat(r.curve("2024-01")).containsExactly(0.0, 0.0, 1.0, 1.0, 1.0);
    assertThat(r.curve("2024-02")).containsExactly(0.0, 1.0, 1.0, 1.0);
    assertThat(r.curve("2024-03")).containsExactly(0.0, 0.0, 0.0);
    assertThat(r.curve("2024-04")).containsExactly(0.0, 1.0);
  }
}
