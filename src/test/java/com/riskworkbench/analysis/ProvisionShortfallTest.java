package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The loans short of their regulatory provision, on the book of {@link BookedCategoryTest} (general
 * rate 1 %, substandard 25 %):
 *
 * <pre>
 * A normal       1,000.00 × 1 %  =    10.00, held    10.00 -> covered
 * B normal (booked, the rule says special mention)
 *                2,000.00 × 1 %  =    20.00, held    20.00 -> covered (the booked category counts)
 * C substandard  4,000.00 × 26 % = 1,040.00, held 1,000.00 -> short 40.00
 * D substandard  3,000.00 × 26 % =   780.00, held   750.00 -> short 30.00 (none held: 780.00)
 * required 10 + 20 + 1,040 + 780 = 1,850.00
 * </pre>
 */
class ProvisionShortfallTest {
  private static AnalysisScope june(boolean provisionForD) {
    return AnalysisScope.of(
        BookedCategoryTest.book(provisionForD),
        Optional.of(YearMonth.of(2025, 6)),
        SegmentFilter.NONE);
  }

  @Test
  void loansBelowTheirRequirementAreListedWithTheirShortfall() {
    ProvisionShortfall s =
        ProvisionShortfall.of(
                june(true), FiveCategoryRule.REGULATORY_2023, ProvisionAnalysis.Rates.DEFAULT)
            .orElseThrow();

    assertThat(s.loans()).containsExactly(2, 3);
    assertThat(s.shortCents()).isEqualTo(7_000); // 40.00 + 30.00
    assertThat(s.requiredCents()).isEqualTo(185_000);
  }

  @Test
  void aLoanWithoutABookedProvisionIsShortByItsWholeRequirement() {
    ProvisionShortfall s =
        ProvisionShortfall.of(
                june(false), FiveCategoryRule.REGULATORY_2023, ProvisionAnalysis.Rates.DEFAULT)
            .orElseThrow();

    assertThat(s.loans()).containsExactly(2, 3);
    assertThat(s.shortCents()).isEqualTo(82_000); // 40.00 + 780.00
  }

  @Test
  void aPortfolioThatBooksNoProvisionsHasNoShortfallToShow() {
    Book book = new Book().borrower("X");
    int a = book.loan("A", "X", "Own app", 100_000);
    book.b.addMonth(
        a,
        Book.month("2025-06"),
        100_000,
        0,
        com.riskworkbench.portfolio.book.LoadedPortfolio.ACTIVE,
        0,
        0);
    var scope =
        AnalysisScope.of(book.build(), Optional.of(YearMonth.of(2025, 6)), SegmentFilter.NONE);

    assertThat(
            ProvisionShortfall.of(
                scope, FiveCategoryRule.REGULATORY_2023, ProvisionAnalysis.Rates.DEFAULT))
        .isEmpty();
  }
}
