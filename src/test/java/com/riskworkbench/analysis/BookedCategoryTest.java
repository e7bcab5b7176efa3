package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Where the lender booked a five-category classification, every analysis uses it for that row; the
 * rule's category stays beside it (docs/methodology.md §4.1). The book, all ACTIVE in 2025-06, rule
 * regulatory-2023:
 *
 * <pre>
 * loan  balance    dpd  rule category    booked           provision
 * A     1,000.00     0  NORMAL           NORMAL                10.00
 * B     2,000.00    45  SPECIAL_MENTION  NORMAL (under)        20.00
 * C     4,000.00    10  SPECIAL_MENTION  SUBSTANDARD        1,000.00
 * D     3,000.00   100  SUBSTANDARD      (none: the rule)     750.00
 * </pre>
 *
 * Categories used: A, B normal (3,000.00); C, D substandard (7,000.00). Outstanding 10,000.00.
 */
class BookedCategoryTest {
  private static final FiveCategoryRule RULE = FiveCategoryRule.REGULATORY_2023;
  private static final String JUNE = "2025-06";

  static LoadedPortfolio book(boolean provisionForD) {
    Book book = new Book().borrower("X");
    row(book, book.loan("A", "X", "Own app", 100_000), 100_000, 0, BookedCategory.NORMAL, 1_000);
    row(book, book.loan("B", "X", "Own app", 200_000), 200_000, 45, BookedCategory.NORMAL, 2_000);
    row(
        book,
        book.loan("C", "X", "Partner B", 400_000),
        400_000,
        10,
        BookedCategory.SUBSTANDARD,
        100_000);
    row(
        book,
        book.loan("D", "X", "Partner B", 300_000),
        300_000,
        100,
        null,
        provisionForD ? 75_000 : LoadedPortfolio.NO_AMOUNT);
    return book.build();
  }

  private static void row(
      Book book, int loan, long balance, int dpd, BookedCategory booked, long provision) {
    book.b.addMonth(
        loan,
        Book.month(JUNE),
        balance,
        dpd,
        LoadedPortfolio.ACTIVE,
        0,
        0,
        booked == null ? LoadedPortfolio.NO_CATEGORY : (byte) booked.ordinal(),
        provision);
  }

  @Test
  void theBookedCategoryNamesTheSameCategoriesAsTheAnalyses() {
    assertThat(Arrays.stream(BookedCategory.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(FiveCategory.values()).map(Enum::name).toList());
  }

  @Test
  void aRowUsesItsBookedCategoryAndOtherwiseTheRule() {
    LoadedPortfolio p = book(true);

    assertThat(RULE.category(p, 1)).isEqualTo(FiveCategory.NORMAL); // B, booked
    assertThat(RULE.classify(p.rowDpd()[1])).isEqualTo(FiveCategory.SPECIAL_MENTION);
    assertThat(RULE.category(p, 2)).isEqualTo(FiveCategory.SUBSTANDARD); // C, booked
    assertThat(RULE.category(p, 3)).isEqualTo(FiveCategory.SUBSTANDARD); // D, the rule at 100
  }

  /**
   * NPL = C + D = 7,000.00 of 10,000.00 = 0.70 (by the rule alone it would be D's 3,000.00); PAR30
   * is by days past due: B + D = 5,000.00, 0.50. Three of the four loans are booked.
   */
  @Test
  void theSummaryCountsTheBookedCategoriesAndKeepsTheRulesBeside() {
    SummaryAnalysis.SummaryResult r =
        SummaryAnalysis.run(AnalysisScope.all(book(true)), DelinquencyBuckets.DEFAULT, RULE);
    SummaryAnalysis.Snapshot s = r.asOf();

    assertThat(s.nplCents()).isEqualTo(700_000);
    assertThat(s.nplRatio()).isEqualTo(0.70);
    assertThat(s.par30Ratio()).isEqualTo(0.50);
    assertThat(s.categoryCents()).containsExactly(300_000, 0, 700_000, 0, 0);
    assertThat(s.ruleCategoryCents()).containsExactly(100_000, 600_000, 300_000, 0, 0);
    assertThat(s.bookedLoans()).isEqualTo(3);
    assertThat(r.extras().get("five_category_basis"))
        .isEqualTo("booked by the lender for 3 of 4 loans, the rule for the others");
    Table byRule = (Table) r.extras().get("five_category_by_rule");
    assertThat(byRule.doubleColumn("balance").asList())
        .containsExactly(1000.0, 6000.0, 3000.0, 0.0, 0.0);
    assertThat(r.loansNonPerforming(AnalysisScope.all(book(true)))).containsExactly(2, 3);
  }

  /** C is stage 3 by its booked substandard (the rule's special mention would make it stage 2). */
  @Test
  void stagesFollowTheBookedCategory() {
    LoadedPortfolio p = book(true);
    Stages s = Stages.of(AnalysisScope.all(p), StageThresholds.DEFAULT, RULE);

    // A stage 1; B stage 2 (45 > 30 days, although booked normal); C stage 3; D stage 3.
    assertThat(s.stages()).containsExactly(1, 2, 3, 3);
  }

  /** By channel: Own app (A, B) has no NPL; Partner B (C, D) is all NPL: 7,000 / 7,000. */
  @Test
  void concentrationNplUsesTheBookedCategory() {
    ConcentrationAnalysis.ConcentrationResult r =
        ConcentrationAnalysis.run(
            AnalysisScope.all(book(true)), Dimension.CHANNEL, RULE, SingleBorrowerLimits.DEFAULT);

    assertThat(r.segments())
        .extracting(ConcentrationAnalysis.Segment::key, ConcentrationAnalysis.Segment::nplRatio)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Partner B", 1.0),
            org.assertj.core.groups.Tuple.tuple("Own app", 0.0));
  }

  /**
   * Held = 10 + 20 + 1,000 + 750 = 1,780.00: coverage 1,780 / 7,000 = 0.254286, provision-to-loan
   * 1,780 / 10,000 = 0.178 (green, above 2.5 %). Regulatory on the categories used: 1 % × 10,000 +
   * 25 % × 7,000 = 100 + 1,750 = 1,850.00.
   */
  @Test
  void heldProvisionsAreTheBookedOnesAndRegulatoryUsesTheBookedCategories() {
    ProvisionAnalysis.ProvisionResult r =
        ProvisionAnalysis.compute(
            AnalysisScope.all(book(true)), RULE, ProvisionAnalysis.Rates.DEFAULT, 0);
    Table t = r.rows();

    assertThat(r.heldCents()).hasValue(178_000);
    assertThat(r.regulatoryCents()).isEqualTo(185_000);
    assertThat(t.doubleColumn("provisions").get(0)).isEqualTo(1780.00);
    assertThat(t.doubleColumn("coverage").get(0)).isCloseTo(0.254286, within(1e-6));
    assertThat(t.doubleColumn("provision_to_loan").get(0)).isCloseTo(0.178, within(1e-12));
    assertThat(t.stringColumn("provision_to_loan_band").get(0)).isEqualTo("green");
    assertThat(r.extras().get("held_note")).isEqualTo("the booked provisions of 4 loans");
  }

  /** D has no booked provision: the held sum would understate, so it is not available, never 0. */
  @Test
  void heldIsNotAvailableWhenALoanHasNoBookedProvision() {
    ProvisionAnalysis.ProvisionResult r =
        ProvisionAnalysis.compute(
            AnalysisScope.all(book(false)), RULE, ProvisionAnalysis.Rates.DEFAULT, 0);

    assertThat(r.heldCents()).isEmpty();
    assertThat(r.rows().doubleColumn("provisions").isMissing().contains(0)).isTrue();
    assertThat(r.rows().stringColumn("coverage_band").get(0)).isEmpty();
    assertThat(r.extras().get("held_note"))
        .isEqualTo("not available: 1 of 4 loans at the as-of month have no booked provision");
  }
}
