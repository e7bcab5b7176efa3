package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.DataQualityChecks.Check;
import com.riskworkbench.analysis.DataQualityChecks.MonthRows;
import com.riskworkbench.analysis.DataQualityChecks.Result;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataQualityChecksTest {

  /**
   * Months 2024-01 to 2024-08 (A = ACTIVE, P = PAID_OFF, . = no row):
   *
   * <pre>
   * loan borrower                               originated  01 02 03 04 05 06 07 08
   * L1   B1 individual, born 1990, East/Retail  2024-01-05  A  A  A  A  A  A  A  A
   * L2   B2 individual, no birth date           2024-01-10  A  A  .  A  A  A  .  .
   * L3   B4 micro enterprise, East/Retail       2024-01-20  .  .  A  A  P  .  .  .
   * L4   B3 micro enterprise, blank region      2024-02-01  (no rows)
   * L5   B4                                     2024-06-10  .  .  .  .  .  A  A  A
   * </pre>
   */
  private static LoadedPortfolio book() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.addBorrower(
        "B1",
        BorrowerType.INDIVIDUAL,
        (int) LocalDate.of(1990, 1, 1).toEpochDay(),
        "East",
        "Retail");
    b.addBorrower("B2", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "East", "Retail");
    b.addBorrower("B3", BorrowerType.MICRO_ENTERPRISE, LoadedPortfolio.NO_DATE, " ", "Retail");
    b.addBorrower("B4", BorrowerType.MICRO_ENTERPRISE, LoadedPortfolio.NO_DATE, "East", "Retail");
    int l1 = loan(b, "L1", "B1", "2024-01-05");
    int l2 = loan(b, "L2", "B2", "2024-01-10");
    int l3 = loan(b, "L3", "B4", "2024-01-20");
    loan(b, "L4", "B3", "2024-02-01");
    int l5 = loan(b, "L5", "B4", "2024-06-10");
    for (int m = 1; m <= 8; m++) {
      active(b, l1, m);
    }
    for (int m : new int[] {1, 2, 4, 5, 6}) {
      active(b, l2, m);
    }
    active(b, l3, 3);
    active(b, l3, 4);
    b.addMonth(l3, month(5), 0, 0, LoadedPortfolio.PAID_OFF, 0, 0);
    for (int m = 6; m <= 8; m++) {
      active(b, l5, m);
    }
    return b.build();
  }

  private static int loan(PortfolioBuilder b, String id, String borrower, String originated) {
    return b.addLoan(
        id, borrower, "Credit loan", "Online", "A", LocalDate.parse(originated), 1_000_000, 0.1);
  }

  private static void active(PortfolioBuilder b, int loan, int m) {
    b.addMonth(loan, month(m), 500_000, 0, LoadedPortfolio.ACTIVE, 0, 0);
  }

  private static int month(int m) {
    return Months.ordinal(YearMonth.of(2024, m));
  }

  private static Result at(LoadedPortfolio p, int m) {
    return DataQualityChecks.run(
        AnalysisScope.of(p, Optional.of(YearMonth.of(2024, m)), SegmentFilter.NONE));
  }

  @Test
  void findsEachKindOfProblemWithItsLoans() {
    LoadedPortfolio p = book();
    Result r = at(p, 8);

    // L2 misses 2024-03 between 2024-01 and 2024-06
    assertThat(r.finding(Check.GAP_IN_HISTORY).loans()).containsExactly(p.loanIndex("L2"));
    assertThat(r.finding(Check.GAP_IN_HISTORY).occurrences()).isEqualTo(1);
    // L2 is ACTIVE at 02 with no 03, and ACTIVE at 06 with no 07: two transitions, one loan
    assertThat(r.finding(Check.MISSING_TRANSITION).occurrences()).isEqualTo(2);
    assertThat(r.finding(Check.MISSING_TRANSITION).loans()).containsExactly(p.loanIndex("L2"));
    // B2 is an individual without a birth date; B3's region is blank
    assertThat(r.finding(Check.NO_BORROWER_ATTRIBUTES).loans())
        .containsExactly(p.loanIndex("L2"), p.loanIndex("L4"));
    // L3 was originated in 2024-01, its first row is 2024-03
    assertThat(r.finding(Check.LATE_FIRST_MONTH).loans()).containsExactly(p.loanIndex("L3"));
    assertThat(r.finding(Check.NO_HISTORY).loans()).containsExactly(p.loanIndex("L4"));
    assertThat(r.findings())
        .extracting(DataQualityChecks.Finding::check)
        .containsExactly(Check.values());
  }

  @Test
  void theAsOfMonthIsTheDataCutoff() {
    LoadedPortfolio p = book();

    // At 2024-05 only the 02 → 03 transition of L2 is missing; its 06 → 07 is in the future
    Result may = at(p, 5);
    assertThat(may.finding(Check.MISSING_TRANSITION).occurrences()).isEqualTo(1);
    // At 2024-02 L2 has rows 01 and 02 only: no gap yet; L3 has no row yet: not late
    Result feb = at(p, 2);
    assertThat(feb.finding(Check.GAP_IN_HISTORY).loans()).isEmpty();
    assertThat(feb.finding(Check.LATE_FIRST_MONTH).loans()).isEmpty();
    assertThat(feb.months())
        .extracting(MonthRows::month)
        .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
  }

  /**
   * Ten loans with rows 2024-01 to 2024-07, five of them missing 2024-04: loan rows are 10, 10, 10,
   * 5, 10, 10, 10. 2024-04's neighbours (three each side) all have 10, median 10: 5 is 50 % off,
   * more than 20 %. 2024-03's neighbours are 10, 10, 5, 10, 10 (median 10): itself 10, not unusual.
   */
  @Test
  void aMonthFarFromItsNeighboursMedianIsUnusual() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.addBorrower("B", BorrowerType.MICRO_ENTERPRISE, LoadedPortfolio.NO_DATE, "East", "Retail");
    for (int i = 0; i < 10; i++) {
      int l = loan(b, "L" + i, "B", "2024-01-02");
      for (int m = 1; m <= 7; m++) {
        if (m != 4 || i % 2 == 0) {
          active(b, l, m);
        }
      }
    }
    LoadedPortfolio p = b.build();
    Result r = at(p, 7);

    assertThat(r.months())
        .extracting(MonthRows::loanRows)
        .containsExactly(10, 10, 10, 5, 10, 10, 10);
    assertThat(r.unusualMonths())
        .extracting(MonthRows::month)
        .containsExactly(YearMonth.of(2024, 4));
    MonthRows april = r.months().get(3);
    assertThat(april.neighbourMedian()).isEqualTo(10.0);
    assertThat(april.deviation()).isEqualTo(-0.5);
    assertThat(r.loansWithRowIn(YearMonth.of(2024, 4))).hasSize(5);
    assertThat(r.finding(Check.GAP_IN_HISTORY).loanCount()).isEqualTo(5);
  }

  /** Loan rows 10, 12 (+20 % of the neighbours' median of 10: not more than 20 %, not unusual). */
  @Test
  void exactlyTheThresholdIsNotUnusual() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.addBorrower("B", BorrowerType.MICRO_ENTERPRISE, LoadedPortfolio.NO_DATE, "East", "Retail");
    for (int i = 0; i < 12; i++) {
      int l = loan(b, "L" + i, "B", "2024-01-02");
      if (i < 10) {
        active(b, l, 1);
      }
      active(b, l, 2);
    }
    Result r = at(b.build(), 2);

    assertThat(r.months()).extracting(MonthRows::loanRows).containsExactly(10, 12);
    assertThat(r.unusualMonths()).isEmpty();
  }
}
