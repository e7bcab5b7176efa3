package com.riskworkbench.analysis;

import static com.riskworkbench.portfolio.ActionOutcome.CONTACTED;
import static com.riskworkbench.portfolio.ActionOutcome.NO_CONTACT;
import static com.riskworkbench.portfolio.ActionOutcome.PAID;
import static com.riskworkbench.portfolio.ActionOutcome.PROMISE_TO_PAY;
import static com.riskworkbench.portfolio.ActionOutcome.REFUSED;
import static com.riskworkbench.portfolio.ActionType.CALL;
import static com.riskworkbench.portfolio.ActionType.LEGAL;
import static com.riskworkbench.portfolio.ActionType.SMS;
import static com.riskworkbench.portfolio.ActionType.VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.CollectionsResult.ActionStats;
import com.riskworkbench.analysis.CollectionsResult.CohortRecovery;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CollectionsAnalysisTest {
  private static final YearMonth FEB = YearMonth.of(2024, 2);
  private static final YearMonth MAR = YearMonth.of(2024, 3);

  /**
   * One Online loan L1, months 2024-01 to 2024-04. February: CALL ×4 (no contact; contacted;
   * promise; paid 150.25) and SMS ×2 (no contact twice). March: CALL ×2 (refused; paid 49.75) and a
   * VISIT (promise) on the 31st. April: one CALL (paid 300.00).
   */
  private static SmallBook book() {
    return new SmallBook()
        .loan("L1", "Online", "2024-01-10")
        .active("L1", "2024-01", "2024-04")
        .action("A1", "L1", "2024-02-01", CALL, NO_CONTACT, 0)
        .action("A2", "L1", "2024-02-05", CALL, CONTACTED, 0)
        .action("A3", "L1", "2024-02-09", CALL, PROMISE_TO_PAY, 0)
        .action("A4", "L1", "2024-02-20", CALL, PAID, 150_25)
        .action("A5", "L1", "2024-02-02", SMS, NO_CONTACT, 0)
        .action("A6", "L1", "2024-02-29", SMS, NO_CONTACT, 0)
        .action("A7", "L1", "2024-03-04", CALL, REFUSED, 0)
        .action("A8", "L1", "2024-03-18", CALL, PAID, 49_75)
        .action("A9", "L1", "2024-03-31", VISIT, PROMISE_TO_PAY, 0)
        .action("A10", "L1", "2024-04-01", CALL, PAID, 300_00);
  }

  @Test
  void contactRateCountsEveryOutcomeButNoContact() {
    CollectionsResult r = CollectionsAnalysis.run(book().scope("2024-04"));

    ActionStats febCall = r.cell(FEB, CALL).orElseThrow();
    // Feb CALL: 4 actions; contacted = contacted + promise + paid = 3 → 3/4 = 0.75
    assertThat(febCall.actions()).isEqualTo(4);
    assertThat(febCall.contacted()).isEqualTo(3);
    assertThat(febCall.contactRate()).isEqualTo(0.75);
    // Feb SMS: 2 actions, both no contact → 0/2 = 0
    assertThat(r.cell(FEB, SMS).orElseThrow().contactRate()).isEqualTo(0.0);
    // Mar CALL: refused and paid are both contacts → 2/2 = 1
    assertThat(r.cell(MAR, CALL).orElseThrow().contactRate()).isEqualTo(1.0);
  }

  @Test
  void promiseRateCountsOnlyPromisesOverAllActions() {
    CollectionsResult r = CollectionsAnalysis.run(book().scope("2024-04"));

    ActionStats febCall = r.cell(FEB, CALL).orElseThrow();
    // Feb CALL: one PROMISE_TO_PAY of 4 actions (the PAID one is no promise) → 1/4 = 0.25
    assertThat(febCall.promises()).isEqualTo(1);
    assertThat(febCall.promiseRate()).isEqualTo(0.25);
    assertThat(febCall.paid()).isEqualTo(1);
    // Mar VISIT: one action, a promise → 1/1 = 1
    assertThat(r.cell(MAR, VISIT).orElseThrow().promiseRate()).isEqualTo(1.0);
  }

  @Test
  void rowsAreByMonthThenActionTypeWithTheDesignColumns() {
    Table rows = CollectionsAnalysis.run(book().scope("2024-04")).rows();

    assertThat(rows.columnNames())
        .containsExactly(
            "month",
            "action_type",
            "actions",
            "contacted",
            "contact_rate",
            "promises",
            "promise_rate",
            "paid",
            "amount_recovered");
    // Feb: SMS before CALL (declared order); Mar: CALL before VISIT; Apr: CALL
    assertThat(rows.stringColumn("month").asList())
        .containsExactly("2024-02", "2024-02", "2024-03", "2024-03", "2024-04");
    assertThat(rows.stringColumn("action_type").asList())
        .containsExactly("SMS", "CALL", "CALL", "VISIT", "CALL");
    // amounts: Feb SMS 0; Feb CALL 150.25; Mar CALL 49.75; Mar VISIT 0; Apr CALL 300.00
    assertThat(rows.doubleColumn("amount_recovered").asList())
        .containsExactly(0.0, 150.25, 49.75, 0.0, 300.00);
  }

  @Test
  void actionsAfterTheAsOfMonthAreExcluded() {
    CollectionsResult r = CollectionsAnalysis.run(book().scope("2024-03"));

    // A10 (2024-04-01) is out; A9 on 2024-03-31 is in
    assertThat(r.cells()).extracting(c -> c.month()).doesNotContain(YearMonth.of(2024, 4));
    assertThat(r.cell(MAR, VISIT)).isPresent();
    // CALL over all months: Feb 4 + Mar 2 = 6 actions; recovered 150.25 + 49.75 = 200.00
    ActionStats call = r.totalsByType().get(CALL);
    assertThat(call.actions()).isEqualTo(6);
    assertThat(call.amountRecoveredCents()).isEqualTo(200_00);
  }

  @Test
  void totalsPerActionTypeSpanAllMonths() {
    CollectionsResult r = CollectionsAnalysis.run(book().scope("2024-04"));

    // CALL: Feb 4 + Mar 2 + Apr 1 = 7 actions; contacts 3 + 2 + 1 = 6 → 6/7;
    // promises 1 → 1/7; paid A4, A8, A10 = 3; recovered 150.25 + 49.75 + 300.00 = 500.00
    ActionStats call = r.totalsByType().get(CALL);
    assertThat(call).isEqualTo(new ActionStats(7, 6, 1, 3, 500_00));
    assertThat(call.contactRate()).isCloseTo(6.0 / 7, within(1e-12));
    // types with actions only, in declared order
    assertThat(r.totalsByType().keySet()).containsExactly(SMS, CALL, VISIT);
    // all 10 actions: contacts 6 (CALL) + 0 (SMS) + 1 (VISIT) = 7; promises 1 + 1 = 2
    assertThat(r.total()).isEqualTo(new ActionStats(10, 7, 2, 3, 500_00));
    Table byType = (Table) r.extras().get("by_action_type");
    assertThat(byType.stringColumn("action_type").asList()).containsExactly("SMS", "CALL", "VISIT");
    assertThat(byType.doubleColumn("contact_rate").get(0)).isEqualTo(0.0);
  }

  @Test
  void filterExcludesActionsOfLoansOutsideIt() {
    SmallBook book =
        book()
            .loan("L2", "Branch", "2024-01-20")
            .active("L2", "2024-01", "2024-04")
            .action("B1", "L2", "2024-02-10", CALL, PAID, 1_000_00)
            .action("B2", "L2", "2024-02-11", LEGAL, CONTACTED, 0);

    CollectionsResult r = CollectionsAnalysis.run(book.scope("2024-04", "channel=Online"));

    // only L1's Feb CALLs: 4 actions, 150.25 recovered; L2's 1,000.00 is outside the filter
    assertThat(r.cell(FEB, CALL).orElseThrow().actions()).isEqualTo(4);
    assertThat(r.cell(FEB, CALL).orElseThrow().amountRecoveredCents()).isEqualTo(150_25);
    assertThat(r.total().actions()).isEqualTo(10);
    // L2's LEGAL action is gone with it
    assertThat(r.totalsByType()).doesNotContainKey(LEGAL);
  }

  /**
   * Cohort 2024-01: L1 charged off 2024-06 with 8,000.00 and 1,200.50 recovered, L2 charged off
   * 2024-05 with 2,000.00 and nothing recovered, L3 still active. Cohort 2024-02: L4, charged off
   * only in 2024-08, after the as-of month 2024-07. Cohort 2024-08: L5, originated after it.
   */
  @Test
  void recoveriesAgainstChargedOffBalanceByCohort() {
    SmallBook book =
        new SmallBook()
            .loan("L1", "Online", "2024-01-05")
            .active("L1", "2024-01", "2024-05")
            .chargedOff("L1", "2024-06", 8_000_00, 1_200_50)
            .loan("L2", "Online", "2024-01-25")
            .active("L2", "2024-01", "2024-04")
            .chargedOff("L2", "2024-05", 2_000_00, 0)
            .loan("L3", "Online", "2024-01-31")
            .active("L3", "2024-01", "2024-08")
            .loan("L4", "Online", "2024-02-01")
            .active("L4", "2024-02", "2024-07")
            .chargedOff("L4", "2024-08", 5_000_00, 100_00)
            .loan("L5", "Online", "2024-08-03")
            .active("L5", "2024-08", "2024-08");

    CollectionsResult r = CollectionsAnalysis.run(book.scope("2024-07"));

    // 2024-01: 3 loans, 2 charged off, 8,000.00 + 2,000.00 = 10,000.00 charged off,
    // 1,200.50 + 0 = 1,200.50 recovered → 1,200.50 / 10,000.00 = 0.12005
    CohortRecovery jan = r.recoveries(YearMonth.of(2024, 1)).orElseThrow();
    assertThat(jan).isEqualTo(new CohortRecovery(YearMonth.of(2024, 1), 3, 2, 10_000_00, 1_200_50));
    assertThat(jan.recoveryRate()).isCloseTo(0.12005, within(1e-12));
    // 2024-02: L4's charge-off is after the as-of month → nothing charged off, rate undefined
    CohortRecovery feb = r.recoveries(YearMonth.of(2024, 2)).orElseThrow();
    assertThat(feb).isEqualTo(new CohortRecovery(YearMonth.of(2024, 2), 1, 0, 0, 0));
    assertThat(feb.recoveryRate()).isNaN();
    // 2024-08 is after the as-of month: no row
    assertThat(r.recoveriesByCohort()).hasSize(2);
    Table t = (Table) r.extras().get("recoveries_by_cohort");
    assertThat(t.columnNames())
        .containsExactly(
            "cohort", "loans", "charged_off_loans", "charged_off", "recoveries", "recovery_rate");
    // 10,000.00 and 1,200.50 in currency units
    assertThat(t.doubleColumn("charged_off").get(0)).isEqualTo(10_000.00);
    assertThat(t.doubleColumn("recoveries").get(0)).isEqualTo(1_200.50);
    assertThat(t.doubleColumn("recovery_rate").isMissing(1)).isTrue();
    // whole book: 10,000.00 charged off, 1,200.50 recovered
    assertThat(r.extras()).containsEntry("charged_off", 10_000.00);
    assertThat(r.extras()).containsEntry("recoveries", 1_200.50);
  }

  @Test
  void recoveriesFollowTheFilter() {
    SmallBook book =
        new SmallBook()
            .loan("L1", "Online", "2024-01-05")
            .chargedOff("L1", "2024-03", 8_000_00, 1_200_50)
            .loan("L2", "Branch", "2024-01-25")
            .chargedOff("L2", "2024-03", 2_000_00, 500_00);

    CollectionsResult r = CollectionsAnalysis.run(book.scope("2024-03", "channel=Branch"));

    // only L2: 1 loan, 1 charged off, 2,000.00 with 500.00 recovered → 0.25
    CohortRecovery jan = r.recoveries(YearMonth.of(2024, 1)).orElseThrow();
    assertThat(jan).isEqualTo(new CohortRecovery(YearMonth.of(2024, 1), 1, 1, 2_000_00, 500_00));
    assertThat(jan.recoveryRate()).isEqualTo(0.25);
  }

  @Test
  void emptyPortfolioGivesEmptyTables() {
    CollectionsResult r =
        CollectionsAnalysis.run(AnalysisScope.all(new PortfolioBuilder().build()));

    assertThat(r.rows().rowCount()).isZero();
    assertThat(r.rows().columnCount()).isEqualTo(9);
    assertThat(r.cells()).isEmpty();
    assertThat(r.totalsByType()).isEmpty();
    assertThat(r.recoveriesByCohort()).isEmpty();
    assertThat(((Table) r.extras().get("by_action_type")).rowCount()).isZero();
    assertThat(((Table) r.extras().get("recoveries_by_cohort")).rowCount()).isZero();
    // no actions: 0 actions, rates undefined
    assertThat(r.total()).isEqualTo(ActionStats.NONE);
    assertThat(r.total().contactRate()).isNaN();
    assertThat((double) r.extras().get("recovery_rate")).isNaN();
  }
}
