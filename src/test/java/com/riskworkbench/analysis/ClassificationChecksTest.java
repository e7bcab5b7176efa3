package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Classification checks on {@link BookedCategoryTest}'s book (2025-06, regulatory-2023):
 *
 * <pre>
 * loan  balance  dpd  rule             booked
 * A     1,000      0  NORMAL           NORMAL
 * B     2,000     45  SPECIAL_MENTION  NORMAL        under-classified
 * C     4,000     10  SPECIAL_MENTION  SUBSTANDARD   (stricter: fine)
 * D     3,000    100  SUBSTANDARD      (none)
 * </pre>
 *
 * Under-classified: B, 1 loan, 2,000 of the 7,000 booked (A + B + C) = 0.285714…. NPL = C 4,000
 * (booked) + D 3,000 (rule) = 7,000; 90+ = D 3,000 → deviation 3,000 / 7,000; 60+ is D alone too.
 */
class ClassificationChecksTest {
  private static final FiveCategoryRule RULE = FiveCategoryRule.REGULATORY_2023;

  @Test
  void underClassifiedLoansAreBookedBetterThanTheRule() {
    AnalysisScope scope = AnalysisScope.all(BookedCategoryTest.book(true));
    ClassificationChecks.Result r = ClassificationChecks.run(scope, RULE);

    assertThat(r.available()).isTrue();
    assertThat(r.underLoans()).isEqualTo(1);
    assertThat(r.underCents()).isEqualTo(200_000);
    assertThat(r.loansUnderClassified(scope)).containsExactly(1); // B
    assertThat(r.rows().doubleColumn("ratio").get(0)).isCloseTo(2_000.0 / 7_000, within(1e-12));
  }

  @Test
  void deviationIsPastDueBalanceOverNpl() {
    ClassificationChecks.Result r =
        ClassificationChecks.run(AnalysisScope.all(BookedCategoryTest.book(true)), RULE);

    assertThat(r.nplCents()).isEqualTo(700_000);
    assertThat(r.deviation90()).isCloseTo(3_000.0 / 7_000, within(1e-12));
    assertThat(r.deviation60()).isCloseTo(3_000.0 / 7_000, within(1e-12));
  }

  /**
   * "90+" is the regulator's 逾期90天以上, more than 90 days: P at exactly 90 is special mention and out
   * of it. P 1,000 at 90, Q 2,000 at 91, R 500 at 61 days; NPL = Q 2,000. Deviation 90 = 2,000 /
   * 2,000 = 1 (not 3,000 / 2,000); deviation 60 = (1,000 + 2,000 + 500) / 2,000 = 1.75.
   */
  @Test
  void ninetyPlusMeansMoreThanNinetyDays() {
    Book b = new Book().borrower("X");
    b.active(b.loan("P", "X", "Own app", 100_000), "2025-06", 100_000, 90);
    b.active(b.loan("Q", "X", "Own app", 200_000), "2025-06", 200_000, 91);
    b.active(b.loan("R", "X", "Own app", 50_000), "2025-06", 50_000, 61);
    AnalysisScope scope = AnalysisScope.all(b.build());

    ClassificationChecks.Result r = ClassificationChecks.run(scope, RULE);

    assertThat(r.deviation90()).isEqualTo(1.0);
    assertThat(r.deviation60()).isEqualTo(1.75);
    assertThat(r.loansPastDue(scope, 90)).containsExactly(1); // Q
  }

  @Test
  void bookedVersusRuleTableCountsTheBookedLoans() {
    AnalysisScope scope = AnalysisScope.all(BookedCategoryTest.book(true));
    ClassificationChecks.Result r = ClassificationChecks.run(scope, RULE);

    assertThat(r.loans(FiveCategory.NORMAL, FiveCategory.NORMAL)).isEqualTo(1);
    assertThat(r.cents(FiveCategory.NORMAL, FiveCategory.SPECIAL_MENTION)).isEqualTo(200_000);
    assertThat(r.loans(FiveCategory.SUBSTANDARD, FiveCategory.SPECIAL_MENTION)).isEqualTo(1);
    assertThat(r.bookedVersusRule().intColumn("loans").sum()).isEqualTo(3); // D is not booked
    assertThat(r.loansIn(scope, FiveCategory.SUBSTANDARD, FiveCategory.SPECIAL_MENTION))
        .containsExactly(2); // C
  }

  @Test
  void withoutBookedCategoriesTheChecksAreNotAvailableNotZero() {
    LoadedPortfolio plain = RegulatorViewsTest.book();
    ClassificationChecks.Result r = ClassificationChecks.run(RegulatorViewsTest.scope(), RULE);

    assertThat(plain.hasBookedCategories()).isFalse();
    assertThat(r.available()).isFalse();
    Table rows = r.rows();
    assertThat(rows.intColumn("loans").isMissing(0)).isTrue();
    assertThat(rows.doubleColumn("balance").isMissing(0)).isTrue();
    assertThat(r.extras().get("booked_vs_rule")).isNull();
    // the deviation needs no booking: Feb 90+ C 450 + E 950 + G 730 = NPL 2,130
    assertThat(r.deviation90()).isEqualTo(1.0);
  }
}
