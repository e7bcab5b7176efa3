package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.GroupAnalysis.Group;
import com.riskworkbench.analysis.GroupAnalysis.GroupResult;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class GroupAnalysisTest {

  /**
   * Group G1: borrowers X1 (loans 400.00 and 200.00) and X2 (300.00) → 900.00 from 3 loans of 2
   * borrowers. Group G2: Y1 with 100.00 ACTIVE and a loan paid off. Z1 is in no group (1,000.00).
   * Outstanding = 900 + 100 + 1,000 = 2,000.00.
   */
  static Book book() {
    Book book =
        new Book()
            .borrowerInGroup("X1", "G1")
            .borrowerInGroup("X2", "G1")
            .borrowerInGroup("Y1", "G2")
            .borrower("Z1");
    book.active(book.loan("1", "X1", "A", 1), "2025-06", 40_000, 0);
    book.active(book.loan("2", "X1", "A", 1), "2025-06", 20_000, 0);
    book.active(book.loan("3", "X2", "A", 1), "2025-06", 30_000, 0);
    book.active(book.loan("4", "Y1", "A", 1), "2025-06", 10_000, 0);
    int paid = book.loan("5", "Y1", "A", 1);
    book.active(paid, "2025-05", 99_000, 0).paidOff(paid, "2025-06");
    book.active(book.loan("6", "Z1", "A", 1), "2025-06", 100_000, 0);
    return book;
  }

  @Test
  void groupsAreListedByExposureWithTheirShares() {
    // Net assets 5,000.00: limit 15 % = 750.00. G1 900 > 750 breaches; G2 100 does not.
    LoadedPortfolio p = book().meta("net_assets", "5000.00").build();

    GroupResult r = GroupAnalysis.run(AnalysisScope.all(p), GroupLimit.DEFAULT);

    assertThat(r.groups()).extracting(Group::groupId).containsExactly("G1", "G2");
    Group g1 = r.groups().get(0);
    assertThat(g1.borrowers()).isEqualTo(2);
    assertThat(g1.loans()).isEqualTo(3);
    assertThat(g1.exposureCents()).isEqualTo(90_000);
    // 900 / 2,000 = 0.45 of outstanding; 900 / 5,000 = 0.18 of net assets.
    assertThat(g1.shareOfOutstanding()).isCloseTo(0.45, within(1e-15));
    assertThat(g1.shareOfNetAssets()).isCloseTo(0.18, within(1e-15));
    assertThat(g1.check()).isEqualTo(LimitCheck.BREACH);
    assertThat(r.groups().get(1).check()).isEqualTo(LimitCheck.PASS);
    assertThat(r.limitCents()).hasValue(75_000);
    assertThat(r.breaches()).extracting(Group::groupId).containsExactly("G1");
  }

  @Test
  void exposureEqualToTheLimitIsWithinIt() {
    // Net assets 6,000.00: limit 15 % = 900.00, exactly G1's exposure: at most means within.
    LoadedPortfolio p = book().meta("net_assets", "6000.00").build();

    GroupResult r = GroupAnalysis.run(AnalysisScope.all(p), GroupLimit.DEFAULT);

    assertThat(r.groups().get(0).check()).isEqualTo(LimitCheck.PASS);
  }

  @Test
  void theLimitIsConfigurable() {
    // 20 % of 5,000.00 = 1,000.00: G1's 900.00 is within it.
    LoadedPortfolio p = book().meta("net_assets", "5000.00").build();

    GroupResult r = GroupAnalysis.run(AnalysisScope.all(p), new GroupLimit(0.20));

    assertThat(r.breaches()).isEmpty();
    assertThat(r.limitCents()).hasValue(100_000);
  }

  @Test
  void withoutNetAssetsTheLimitIsNotAvailableNeverPassed() {
    GroupResult r = GroupAnalysis.run(AnalysisScope.all(book().build()), GroupLimit.DEFAULT);

    Group g1 = r.groups().get(0);
    assertThat(g1.check()).isEqualTo(LimitCheck.NOT_AVAILABLE);
    assertThat(g1.shareOfNetAssets()).isNaN();
    assertThat(g1.shareOfOutstanding()).isCloseTo(0.45, within(1e-15));
    Table t = r.rows();
    assertThat(t.booleanColumn("breach").isMissing(0)).isTrue();
    assertThat(t.doubleColumn("limit").isMissing(0)).isTrue();
    assertThat(r.extras()).containsEntry("breaches", null).containsEntry("limit", null);
  }

  @Test
  void drillFindsTheGroupsActiveLoans() {
    LoadedPortfolio p = book().build();
    AnalysisScope scope = AnalysisScope.all(p);
    GroupResult r = GroupAnalysis.run(scope, GroupLimit.DEFAULT);

    assertThat(r.loansOf(scope, "G1")).containsExactly(0, 1, 2);
    // Y1's paid-off loan (index 4) is not exposure at the as-of month.
    assertThat(r.loansOf(scope, "G2")).containsExactly(3);
    assertThat(r.loansOf(scope, "nope")).isEmpty();
  }

  @Test
  void groupIsADimensionWithNoGroupAsASegment() {
    ConcentrationAnalysis.ConcentrationResult r =
        ConcentrationAnalysisTest.run(book().build(), Dimension.GROUP);

    // (none) 1,000.00, G1 900.00, G2 100.00.
    assertThat(r.segments())
        .extracting(ConcentrationAnalysis.Segment::key)
        .containsExactly("(none)", "G1", "G2");
    assertThat(r.segments().get(1).share()).isCloseTo(0.45, within(1e-15));
  }
}
