package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.CoLendingAnalysis.BelowMinimum;
import com.riskworkbench.analysis.CoLendingAnalysis.Partner;
import com.riskworkbench.analysis.CoLendingAnalysis.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CoLendingAnalysisTest {

  /**
   * At 2025-06, all ACTIVE: L1 own 500.00; L2 with P1, own share 0.30, 200.00; L3 with P1, 0.20,
   * 100.00; L4 with P2, no share (= 1), 100.00; L5 with P2, 0.50, 100.00. Outstanding 1,000.00; at
   * the holder's share 500 + 60 + 20 + 100 + 50 = 730.00.
   */
  static Book book() {
    Book book = new Book().borrower("B1");
    book.active(book.loan("L1", "B1", "A", 1), "2025-06", 50_000, 0);
    coLent(book, "L2", "P1", 0.30, 20_000);
    coLent(book, "L3", "P1", 0.20, 10_000);
    coLent(book, "L4", "P2", Double.NaN, 10_000);
    coLent(book, "L5", "P2", 0.50, 10_000);
    return book;
  }

  static void coLent(Book book, String id, String partner, double share, long balance) {
    int l = book.loan(id, "B1", "A", 1);
    book.b.coLending(l, partner, share);
    book.active(l, "2025-06", balance, 0);
  }

  static CoLendingResult run(Book book) {
    return CoLendingAnalysis.run(AnalysisScope.all(book.build()), CoLendingRules.DEFAULT);
  }

  @Test
  void partnersCarryFullAndOwnBalances() {
    CoLendingResult r = run(book().meta("tier1_net_capital", "1000.00"));

    assertThat(r.partners()).extracting(Partner::partner).containsExactly("P1", "P2");
    // P1: 200 + 100 = 300.00 full, 60 + 20 = 80.00 own, lowest share 0.20, one loan below 0.30.
    assertThat(r.partners().get(0)).isEqualTo(new Partner("P1", 2, 30_000, 8_000, 0.20, 1));
    // P2: a missing share counts as 1: 100 + 50 = 150.00 own of 200.00.
    assertThat(r.partners().get(1)).isEqualTo(new Partner("P2", 2, 20_000, 15_000, 0.50, 0));
    assertThat(r.total()).isEqualTo(new Partner("ALL", 4, 50_000, 23_000, 0.20, 1));
    assertThat(r.outstandingCents()).isEqualTo(100_000);
    assertThat(r.ownOutstandingCents()).isEqualTo(73_000);
  }

  @Test
  void eachRuleJudgedAtFullBalanceAndAtOwnShare() {
    CoLendingResult r = run(book().meta("tier1_net_capital", "1000.00"));

    List<Rule> rules = r.rules();
    // (a) L3's 0.20 is below 0.30: breached, whatever the balance basis.
    assertThat(rules.get(0))
        .isEqualTo(
            new Rule("min_own_share", 0.30, 0.20, 0.20, LimitCheck.BREACH, LimitCheck.BREACH));
    // (b) limit 25 % of 1,000.00 = 250.00: P1's 300.00 is over it (0.30 of tier 1); at the
    // holder's share the largest is P2's 150.00 (0.15): within.
    assertThat(rules.get(1).full()).isEqualTo(LimitCheck.BREACH);
    assertThat(rules.get(1).value()).isCloseTo(0.30, within(1e-15));
    assertThat(rules.get(1).own()).isEqualTo(LimitCheck.PASS);
    assertThat(rules.get(1).ownValue()).isCloseTo(0.15, within(1e-15));
    // (c) 500.00 co-lent of 1,000.00 = 0.50, at most 50 %: within; own 230 / 730.
    assertThat(rules.get(2).full()).isEqualTo(LimitCheck.PASS);
    assertThat(rules.get(2).value()).isCloseTo(0.5, within(1e-15));
    assertThat(rules.get(2).ownValue()).isCloseTo(230.0 / 730, within(1e-15));
  }

  /**
   * Rule (b) at exactly its limit: tier 1 1,200.00 × 25 % = 300.00 and P1's 300.00 is not over it,
   * so it passes; one cent less of tier 1 (1,199.99 × 25 % = 299.9975 → 300.00 rounded to the cent)
   * still passes, 1,199.96 (299.99) breaches.
   */
  @Test
  void thePartnerLimitIsBreachedOnlyAboveIt() {
    assertThat(run(book().meta("tier1_net_capital", "1200.00")).rules().get(1).full())
        .isEqualTo(LimitCheck.PASS);
    assertThat(run(book().meta("tier1_net_capital", "1199.99")).rules().get(1).full())
        .isEqualTo(LimitCheck.PASS);
    assertThat(run(book().meta("tier1_net_capital", "1199.96")).rules().get(1).full())
        .isEqualTo(LimitCheck.BREACH);
  }

  /** A tier 1 of zero holds no limit: rule (b) is not available, not breached by every partner. */
  @Test
  void aTier1OfZeroLeavesThePartnerLimitNotAvailable() {
    CoLendingResult r = run(book().meta("tier1_net_capital", "0.00"));

    assertThat(r.rules().get(1).full()).isEqualTo(LimitCheck.NOT_AVAILABLE);
    assertThat(r.rules().get(1).own()).isEqualTo(LimitCheck.NOT_AVAILABLE);
  }

  /**
   * A portfolio that names no funding partner (a file without the co-lending columns) cannot say
   * whether the limits hold: each is not available, not passed.
   */
  @Test
  void aBookWithoutPartnersLeavesTheLimitsNotAvailable() {
    Book book = new Book().borrower("B1");
    book.active(book.loan("L1", "B1", "A", 1), "2025-06", 50_000, 0);
    CoLendingResult r = run(book.meta("tier1_net_capital", "1000.00"));

    assertThat(r.rules())
        .extracting(Rule::full)
        .containsExactly(
            LimitCheck.NOT_AVAILABLE, LimitCheck.NOT_AVAILABLE, LimitCheck.NOT_AVAILABLE);
    assertThat(r.totalCheck(false)).isEqualTo(LimitCheck.NOT_AVAILABLE);
  }

  @Test
  void rowsFlagEachPartnerAndTheTotal() {
    CoLendingResult r = run(book().meta("tier1_net_capital", "1000.00"));

    Table t = r.rows();
    assertThat(t.columnNames())
        .startsWith(
            "partner",
            "loans",
            "balance",
            "own_balance",
            "share_of_outstanding",
            "own_share_min",
            "breach");
    assertThat(t.stringColumn("partner").asList()).containsExactly("P1", "P2", "ALL");
    // P1 breaches (a) and (b); P2 neither; the total breaches (a) and, through P1, (b).
    assertThat(t.booleanColumn("breach").asList()).containsExactly(true, false, true);
    // At own share P1 still has a loan below 0.30.
    assertThat(t.booleanColumn("breach_at_own_share").asList()).containsExactly(true, false, true);
    assertThat(t.doubleColumn("share_of_outstanding").asList()).containsExactly(0.3, 0.2, 0.5);
    assertThat(t.doubleColumn("own_balance").asList()).containsExactly(80.0, 150.0, 230.0);
    assertThat(r.belowMinimum()).containsExactly(new BelowMinimum(2, "L3", "P1", 10_000, 0.20));
  }

  @Test
  void everyRulePassesOnAModestBook() {
    // Only P2's loans co-lent (L2 and L3 own): (a) 0.50 and 1 ≥ 0.30; (b) 200.00 ≤ 250.00;
    // (c) 200 of 1,000.00 = 0.20 ≤ 0.50.
    Book book = new Book().borrower("B1");
    book.active(book.loan("L1", "B1", "A", 1), "2025-06", 80_000, 0);
    coLent(book, "L4", "P2", Double.NaN, 10_000);
    coLent(book, "L5", "P2", 0.50, 10_000);

    CoLendingResult r = run(book.meta("tier1_net_capital", "1000.00"));

    assertThat(r.rules()).extracting(Rule::full).containsOnly(LimitCheck.PASS);
    assertThat(r.rules()).extracting(Rule::own).containsOnly(LimitCheck.PASS);
    assertThat(r.totalCheck(false)).isEqualTo(LimitCheck.PASS);
  }

  @Test
  void coLentShareOverHalfBreaches() {
    // Own loan 100.00; P2 200.00 (shares 1 and 0.50): co-lent 200 of 300 = 0.667 > 0.5; at the
    // holder's share 150 of 250 = 0.6, also over.
    Book book = new Book().borrower("B1");
    book.active(book.loan("L1", "B1", "A", 1), "2025-06", 10_000, 0);
    coLent(book, "L4", "P2", Double.NaN, 10_000);
    coLent(book, "L5", "P2", 0.50, 10_000);

    CoLendingResult r = run(book.meta("tier1_net_capital", "1000.00"));

    Rule c = r.rules().get(2);
    assertThat(c.full()).isEqualTo(LimitCheck.BREACH);
    assertThat(c.own()).isEqualTo(LimitCheck.BREACH);
    assertThat(c.ownValue()).isCloseTo(0.6, within(1e-15));
  }

  @Test
  void withoutTier1ThePartnerLimitIsNotAvailable() {
    CoLendingResult r = run(book());

    assertThat(r.rules().get(1).full()).isEqualTo(LimitCheck.NOT_AVAILABLE);
    assertThat(r.rules().get(1).value()).isNaN();
    Table t = r.rows();
    // P1 breaches (a) anyway; P2 passes (a) but (b) cannot be judged: not available, not false.
    assertThat(t.booleanColumn("breach").get(0)).isTrue();
    assertThat(t.booleanColumn("breach").isMissing(1)).isTrue();
    assertThat(t.doubleColumn("tier1_share").isMissing(1)).isTrue();
    assertThat(r.extras()).containsEntry("tier1_net_capital", null);
  }

  @Test
  void drillFindsAPartnersLoansAndThoseBelowTheMinimum() {
    Book book = book();
    AnalysisScope scope = AnalysisScope.all(book.build());
    CoLendingResult r = CoLendingAnalysis.run(scope, CoLendingRules.DEFAULT);

    assertThat(r.loansOf(scope, "P2")).containsExactly(3, 4);
    assertThat(r.loansOf(scope, "ALL")).containsExactly(1, 2, 3, 4);
    assertThat(r.loansBelowMinimum()).containsExactly(2);
  }

  @Test
  void fundingPartnerIsADimensionWithOwnAsASegment() {
    ConcentrationAnalysis.ConcentrationResult r =
        ConcentrationAnalysisTest.run(book().build(), Dimension.FUNDING_PARTNER);

    // (own) 500.00, P1 300.00, P2 200.00.
    assertThat(r.segments())
        .extracting(ConcentrationAnalysis.Segment::key)
        .containsExactly("(own)", "P1", "P2");
    SegmentFilter onlyP1 = SegmentFilter.parse(List.of("funding_partner=P1"));
    assertThat(onlyP1.mask(book().build(), Book.month("2025-06")))
        .containsExactly(false, true, true, false, false);
  }

  /**
   * The holder's part is summed exactly and rounded half up: L1 with P1, own share 0.70, 0.45 →
   * 0.45 × 0.70 = 0.315, i.e. 31.5 cents → 32 cents (as a double product 45 × 0.7 is
   * 31.499999999999996, which rounded to 31); L2 with P1, 0.35, 0.90 → 31.5 cents too. P1 own: 31.5
   * + 31.5 = 63 cents exactly; the outstanding at the holder's share 63 cents as well.
   */
  @Test
  void ownBalanceIsTheExactProductRoundedHalfUp() {
    Book one = new Book().borrower("B1");
    coLent(one, "L1", "P1", 0.70, 45);
    CoLendingResult r = run(one);
    assertThat(r.partners().get(0).ownBalanceCents()).isEqualTo(32);
    assertThat(r.ownOutstandingCents()).isEqualTo(32);

    Book two = new Book().borrower("B1");
    coLent(two, "L1", "P1", 0.70, 45);
    coLent(two, "L2", "P1", 0.35, 90);
    CoLendingResult both = run(two);
    assertThat(both.partners().get(0).ownBalanceCents()).isEqualTo(63);
    assertThat(both.ownOutstandingCents()).isEqualTo(63);
  }

  /** Loans below the minimum are listed by loan id (as text), whatever order the book stores. */
  @Test
  void loansBelowTheMinimumAreListedByLoanId() {
    Book book = new Book().borrower("B1");
    coLent(book, "L9", "P1", 0.10, 10_000);
    coLent(book, "L10", "P2", 0.20, 10_000);
    coLent(book, "L11", "P1", 0.40, 10_000);
    // Storage order L9, L10, L11; L11's 0.40 is not below 0.30; by id "L10" sorts before "L9".
    assertThat(run(book).belowMinimum())
        .extracting(BelowMinimum::loanId)
        .containsExactly("L10", "L9");
  }
}
