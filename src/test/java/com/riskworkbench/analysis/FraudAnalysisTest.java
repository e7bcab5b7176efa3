package com.riskworkbench.analysis;

import static com.riskworkbench.portfolio.DetectionChannel.AUDIT;
import static com.riskworkbench.portfolio.DetectionChannel.COLLECTIONS;
import static com.riskworkbench.portfolio.DetectionChannel.MANUAL_REVIEW;
import static com.riskworkbench.portfolio.DetectionChannel.MODEL_ALERT;
import static com.riskworkbench.portfolio.DetectionChannel.THIRD_PARTY_TIP;
import static com.riskworkbench.portfolio.FraudStatus.CLOSED;
import static com.riskworkbench.portfolio.FraudStatus.CONFIRMED;
import static com.riskworkbench.portfolio.FraudStatus.DISMISSED;
import static com.riskworkbench.portfolio.FraudStatus.OPEN;
import static com.riskworkbench.portfolio.FraudType.DOCUMENT_FORGERY;
import static com.riskworkbench.portfolio.FraudType.IDENTITY_THEFT;
import static com.riskworkbench.portfolio.FraudType.OTHER;
import static com.riskworkbench.portfolio.FraudType.SYNTHETIC_IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.FraudResult.CaseTotals;
import com.riskworkbench.analysis.FraudResult.DaysToReport;
import com.riskworkbench.analysis.FraudResult.FraudRate;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FraudAnalysisTest {

  /**
   * Loans (each with its own borrower, months to 2024-07): L1 Online 2024-01-10, L2 Online
   * 2024-01-20, L3 Branch 2024-02-05, L4 Branch 2024-02-15, L5 Online 2024-03-01, L6 Branch
   * 2024-03-10 of borrower B9, L7 Online 2024-07-05. Cases as below: F6 names only B9 and has a
   * blank root cause; F3 and F5 have none. At as-of 2024-06, F8 (reported 2024-07-01) is out and F7
   * (the month's last day) is in.
   */
  private static SmallBook book() {
    return new SmallBook()
        .loan("L1", "Online", "2024-01-10")
        .active("L1", "2024-01", "2024-07")
        .loan("L2", "Online", "2024-01-20")
        .active("L2", "2024-01", "2024-07")
        .loan("L3", "Branch", "2024-02-05")
        .active("L3", "2024-02", "2024-07")
        .loan("L4", "Branch", "2024-02-15")
        .active("L4", "2024-02", "2024-07")
        .loan("L5", "Online", "2024-03-01")
        .active("L5", "2024-03", "2024-07")
        .borrower("B9")
        .loan("L6", "B9", "Branch", "2024-03-10")
        .active("L6", "2024-03", "2024-07")
        .loan("L7", "Online", "2024-07-05")
        .active("L7", "2024-07", "2024-07")
        .fraudCases(
            """
            F1, L1, -,  2024-02-09, IDENTITY_THEFT,     MODEL_ALERT,     CONFIRMED, 10000.00, 6000.00, 1500.50, weak KYC
            F2, L2, -,  2024-03-20, IDENTITY_THEFT,     MANUAL_REVIEW,   CONFIRMED,  8000.00, 8000.00,    0.00, weak KYC
            F3, L3, -,  2024-02-25, IDENTITY_THEFT,     MODEL_ALERT,     DISMISSED,  5000.00,  700.00,  100.00, -
            F4, L4, -,  2024-04-15, DOCUMENT_FORGERY,   THIRD_PARTY_TIP, CLOSED,     3000.00, 2500.00, 2500.00, forged payslip
            F5, L5, -,  2024-05-01, IDENTITY_THEFT,     COLLECTIONS,     OPEN,       4000.00,    0.00,    0.00, -
            F6, -,  B9, 2024-04-02, SYNTHETIC_IDENTITY, AUDIT,           CONFIRMED,  2000.00, 1000.00,  250.25,
            F7, L1, -,  2024-06-30, IDENTITY_THEFT,     AUDIT,           CLOSED,    10000.00,  500.00,    0.00, weak KYC
            F8, L2, -,  2024-07-01, IDENTITY_THEFT,     MODEL_ALERT,     CONFIRMED,  1000.00, 1000.00,    0.00, weak KYC
            """);
  }

  private static FraudResult june() {
    return FraudAnalysis.run(book().scope("2024-06"));
  }

  @Test
  void casesByTypeAndStatusWithNetLoss() {
    FraudResult r = june();

    // F1 + F2: exposure 10,000.00 + 8,000.00 = 18,000.00; loss 6,000.00 + 8,000.00 = 14,000.00;
    // recovered 1,500.50 + 0 = 1,500.50; net 14,000.00 − 1,500.50 = 12,499.50
    CaseTotals itConfirmed = r.cell(IDENTITY_THEFT, CONFIRMED).orElseThrow();
    assertThat(itConfirmed).isEqualTo(new CaseTotals(2, 0, 18_000_00, 14_000_00, 1_500_50));
    assertThat(itConfirmed.netLossCents()).isEqualTo(12_499_50);
    // F4: 2,500.00 lost, 2,500.00 recovered → net 0
    assertThat(r.cell(DOCUMENT_FORGERY, CLOSED).orElseThrow().netLossCents()).isZero();
    // F6 (borrower only): 1,000.00 − 250.25 = 749.75
    assertThat(r.cell(SYNTHETIC_IDENTITY, CONFIRMED).orElseThrow().netLossCents())
        .isEqualTo(749_75);
  }

  @Test
  void rowsAreTypesThenStatusesInDeclaredOrderWithTheDesignColumns() {
    Table rows = june().rows();

    assertThat(rows.columnNames())
        .startsWith("fraud_type", "status", "cases", "exposure", "loss", "recovered", "net_loss");
    // IDENTITY_THEFT: OPEN (F5), CONFIRMED (F1, F2), DISMISSED (F3), CLOSED (F7);
    // then SYNTHETIC_IDENTITY CONFIRMED (F6), DOCUMENT_FORGERY CLOSED (F4)
    assertThat(rows.stringColumn("fraud_type").asList())
        .containsExactly(
            "IDENTITY_THEFT",
            "IDENTITY_THEFT",
            "IDENTITY_THEFT",
            "IDENTITY_THEFT",
            "SYNTHETIC_IDENTITY",
            "DOCUMENT_FORGERY");
    assertThat(rows.stringColumn("status").asList())
        .containsExactly("OPEN", "CONFIRMED", "DISMISSED", "CLOSED", "CONFIRMED", "CLOSED");
    assertThat(rows.intColumn("cases").asList()).containsExactly(1, 2, 1, 1, 1, 1);
    // net loss: F5 0; F1+F2 12,499.50; F3 dismissed 0; F7 500.00; F6 749.75; F4 0
    assertThat(rows.doubleColumn("net_loss").asList())
        .containsExactly(0.0, 12_499.50, 0.0, 500.00, 749.75, 0.0);
  }

  @Test
  void dismissedCasesAreListedButLeftOutOfLossTotals() {
    FraudResult r = june();

    // F3 is counted with its 5,000.00 exposure; its 700.00 loss and 100.00 recovered are not
    assertThat(r.cell(IDENTITY_THEFT, DISMISSED).orElseThrow())
        .isEqualTo(new CaseTotals(1, 1, 5_000_00, 0, 0));
    // all 7 cases (F8 is after the as-of month), 1 dismissed;
    // exposure 10,000 + 8,000 + 5,000 + 3,000 + 4,000 + 2,000 + 10,000 = 42,000.00;
    // loss 6,000 + 8,000 + 2,500 + 0 + 1,000 + 500 = 18,000.00 (not 18,700.00);
    // recovered 1,500.50 + 2,500.00 + 250.25 = 4,250.75 (not 4,350.75); net 13,749.25
    CaseTotals t = r.totals();
    assertThat(t).isEqualTo(new CaseTotals(7, 1, 42_000_00, 18_000_00, 4_250_75));
    assertThat(t.netLossCents()).isEqualTo(13_749_25);
    assertThat(r.extras()).containsEntry("loss", 18_000.00).containsEntry("net_loss", 13_749.25);
    // MODEL_ALERT holds F1 and F3: exposure 15,000.00, loss only F1's 6,000.00
    assertThat(r.byChannel().get(MODEL_ALERT))
        .isEqualTo(new CaseTotals(2, 1, 15_000_00, 6_000_00, 1_500_50));
    Table rows = r.rows();
    // the DISMISSED row (third) shows its count in `dismissed` and 0 loss
    assertThat(rows.intColumn("dismissed").get(2)).isEqualTo(1);
    assertThat(rows.doubleColumn("loss").get(2)).isEqualTo(0.0);
    assertThat(rows.doubleColumn("exposure").get(2)).isEqualTo(5_000.00);
  }

  @Test
  void casesByDetectionChannelInDeclaredOrder() {
    FraudResult r = june();

    assertThat(r.byChannel().keySet())
        .containsExactly(MODEL_ALERT, MANUAL_REVIEW, COLLECTIONS, THIRD_PARTY_TIP, AUDIT);
    // AUDIT: F6 + F7 → exposure 2,000.00 + 10,000.00 = 12,000.00; loss 1,000.00 + 500.00 =
    // 1,500.00; recovered 250.25; net 1,249.75
    assertThat(r.byChannel().get(AUDIT))
        .isEqualTo(new CaseTotals(2, 0, 12_000_00, 1_500_00, 250_25));
    Table byChannel = (Table) r.extras().get("by_channel");
    assertThat(byChannel.stringColumn("detection_channel").get(4)).isEqualTo("AUDIT");
    assertThat(byChannel.doubleColumn("net_loss").get(4)).isEqualTo(1_249.75);
  }

  @Test
  void missingOrBlankRootCauseIsNone() {
    FraudResult r = june();

    // alphabetical, "(none)" last
    assertThat(r.byRootCause().keySet()).containsExactly("forged payslip", "weak KYC", "(none)");
    // (none): F3 (missing, dismissed), F5 (missing), F6 (blank) → 3 cases, 1 dismissed;
    // exposure 5,000.00 + 4,000.00 + 2,000.00 = 11,000.00; loss 0 + 1,000.00 = 1,000.00 (F3
    // out); recovered 250.25; net 749.75
    CaseTotals none = r.byRootCause().get("(none)");
    assertThat(none).isEqualTo(new CaseTotals(3, 1, 11_000_00, 1_000_00, 250_25));
    assertThat(none.netLossCents()).isEqualTo(749_75);
    // weak KYC: F1, F2, F7 → 28,000.00 exposure; loss 6,000 + 8,000 + 500 = 14,500.00
    assertThat(r.byRootCause().get("weak KYC"))
        .isEqualTo(new CaseTotals(3, 0, 28_000_00, 14_500_00, 1_500_50));
    Table t = (Table) r.extras().get("by_root_cause");
    assertThat(t.stringColumn("root_cause").asList())
        .containsExactly("forged payslip", "weak KYC", "(none)");
  }

  @Test
  void casesReportedAfterTheAsOfMonthAreExcluded() {
    // as-of 2024-06: F1, F2 (F8 reported 2024-07-01 is out)
    assertThat(june().cell(IDENTITY_THEFT, CONFIRMED).orElseThrow().cases()).isEqualTo(2);
    // as-of 2024-07: F1, F2, F8
    FraudResult july = FraudAnalysis.run(book().scope("2024-07"));
    assertThat(july.cell(IDENTITY_THEFT, CONFIRMED).orElseThrow().cases()).isEqualTo(3);
    // as-of 2024-05: F7 (2024-06-30) is out too, so no IDENTITY_THEFT CLOSED cell
    FraudResult may = FraudAnalysis.run(book().scope("2024-05"));
    assertThat(may.cell(IDENTITY_THEFT, CLOSED)).isEmpty();
  }

  @Test
  void daysToReportWithAnOddCount() {
    FraudResult r = june();

    // IDENTITY_THEFT cases with a loan: F1 2024-01-10 → 02-09 = 30; F2 01-20 → 03-20 = 31 + 29
    // = 60; F3 02-05 → 02-25 = 20; F5 03-01 → 05-01 = 31 + 30 = 61; F7 01-10 → 06-30 = 31 + 29
    // + 31 + 30 + 31 + 20 = 172. Sorted 20, 30, 60, 61, 172: median 60, mean 343 / 5 = 68.6
    assertThat(r.daysToReport().get(IDENTITY_THEFT)).isEqualTo(new DaysToReport(5, 68.6, 60.0));
    // DOCUMENT_FORGERY: F4 02-15 → 04-15 = 29 + 31 = 60
    assertThat(r.daysToReport().get(DOCUMENT_FORGERY)).isEqualTo(new DaysToReport(1, 60.0, 60.0));
    // SYNTHETIC_IDENTITY has only F6, which names no loan
    assertThat(r.daysToReport()).doesNotContainKey(SYNTHETIC_IDENTITY);
  }

  @Test
  void daysToReportWithAnEvenCount() {
    FraudResult r = FraudAnalysis.run(book().scope("2024-05"));

    // without F7: 20, 30, 60, 61 → median (30 + 60) / 2 = 45, mean 171 / 4 = 42.75
    assertThat(r.daysToReport().get(IDENTITY_THEFT)).isEqualTo(new DaysToReport(4, 42.75, 45.0));
    Table t = (Table) r.extras().get("days_to_report");
    assertThat(t.columnNames()).containsExactly("fraud_type", "cases", "mean_days", "median_days");
  }

  @Test
  void confirmedFraudRateByChannel() {
    FraudResult r = june();

    // loans originated by 2024-06 (L7 is later): Online L1, L2, L5; Branch L3, L4, L6.
    // Confirmed fraud (CONFIRMED or CLOSED, with a loan): L1 (F1 and F7, once), L2 (F2), L4 (F4).
    // L3 (DISMISSED) and L5 (OPEN) are not; F6 names only B9, so L6 is not.
    // Online 2 / 3; Branch 1 / 3
    assertThat(r.confirmedRateByChannel())
        .containsExactly(
            Map.entry("Branch", new FraudRate(3, 1)), Map.entry("Online", new FraudRate(3, 2)));
    assertThat(r.confirmedRateByChannel().get("Online").rate()).isEqualTo(2.0 / 3);
    // whole book 3 / 6 = 0.5
    assertThat(r.confirmedRate()).isEqualTo(new FraudRate(6, 3));
    assertThat(r.extras()).containsEntry("confirmed_rate", 0.5);
  }

  @Test
  void confirmedFraudRateByCohort() {
    FraudResult r = june();

    // 2024-01: L1, L2 both fraud → 2 / 2 = 1; 2024-02: L3 (dismissed), L4 (closed) → 1 / 2;
    // 2024-03: L5 (open), L6 (borrower-only case) → 0 / 2; 2024-07 (L7) is after the as-of month
    assertThat(r.confirmedRateByCohort())
        .containsExactly(
            Map.entry(YearMonth.of(2024, 1), new FraudRate(2, 2)),
            Map.entry(YearMonth.of(2024, 2), new FraudRate(2, 1)),
            Map.entry(YearMonth.of(2024, 3), new FraudRate(2, 0)));
    Table t = (Table) r.extras().get("confirmed_rate_by_cohort");
    assertThat(t.stringColumn("cohort").asList()).containsExactly("2024-01", "2024-02", "2024-03");
    assertThat(t.doubleColumn("confirmed_rate").asList()).containsExactly(1.0, 0.5, 0.0);
  }

  @Test
  void filterExcludesCasesOfOtherLoansAndTheirBorrowers() {
    // F9 names only B-L1, whose one loan L1 is Online
    SmallBook book =
        book()
            .fraudCases(
                """
                F9, -, B-L1, 2024-03-01, OTHER, AUDIT, CONFIRMED, 500.00, 500.00, 0.00, -
                """);

    FraudResult branch = FraudAnalysis.run(book.scope("2024-06", "channel=Branch"));

    // Branch keeps F3 (L3), F4 (L4) and F6 (B9, whose L6 is Branch); F9 is out with L1.
    // exposure 5,000.00 + 3,000.00 + 2,000.00 = 10,000.00; loss 2,500.00 + 1,000.00 = 3,500.00
    // (F3 dismissed); recovered 2,500.00 + 250.25 = 2,750.25
    assertThat(branch.totals()).isEqualTo(new CaseTotals(3, 1, 10_000_00, 3_500_00, 2_750_25));
    assertThat(branch.cell(OTHER, CONFIRMED)).isEmpty();
    assertThat(branch.cell(SYNTHETIC_IDENTITY, CONFIRMED)).isPresent();
    // Branch loans L3, L4, L6; fraud L4 → 1 / 3
    assertThat(branch.confirmedRate()).isEqualTo(new FraudRate(3, 1));
    // without a filter F9 counts
    FraudResult all = FraudAnalysis.run(book.scope("2024-06"));
    assertThat(all.cell(OTHER, CONFIRMED).orElseThrow().cases()).isEqualTo(1);
  }

  @Test
  void drillDownGivesTheLoansBehindACell() {
    SmallBook book = book();
    FraudResult r = FraudAnalysis.run(book.scope("2024-06"));

    // IDENTITY_THEFT × CONFIRMED: F1 (L1), F2 (L2)
    assertThat(r.loansBehind(IDENTITY_THEFT, CONFIRMED))
        .containsExactly(book.loanIndex("L1"), book.loanIndex("L2"));
    // IDENTITY_THEFT × CLOSED: F7 (L1)
    assertThat(r.loansBehind(IDENTITY_THEFT, CLOSED)).containsExactly(book.loanIndex("L1"));
    // F6 names no loan: its cell has a case but no loan
    assertThat(r.loansBehind(SYNTHETIC_IDENTITY, CONFIRMED)).isEmpty();
    assertThat(r.casesBehind(SYNTHETIC_IDENTITY, CONFIRMED))
        .extracting(FraudCase::caseId)
        .containsExactly("F6");
    assertThat(r.loansBehind(OTHER, OPEN)).isEmpty();
  }

  @Test
  void loansBehindChannelsAndRootCausesForDrillDown() {
    FraudResult r = june();
    var p = book().scope("2024-06").portfolio();
    int l1 = p.loanIndex("L1");
    int l2 = p.loanIndex("L2");
    int l3 = p.loanIndex("L3");
    int l5 = p.loanIndex("L5");

    // MODEL_ALERT: F1 (L1), F3 (L3); F8 is reported after June
    assertThat(r.loansBehind(MODEL_ALERT)).containsExactly(l1, l3);
    // AUDIT: F6 names only B9 (no loan), F7 names L1
    assertThat(r.loansBehind(AUDIT)).containsExactly(l1);
    // weak KYC: F1 (L1), F2 (L2), F7 (L1 again, counted once)
    assertThat(r.loansBehindRootCause("weak KYC")).containsExactly(l1, l2);
    // (none): F3 (L3), F5 (L5), F6 (blank, no loan)
    assertThat(r.loansBehindRootCause("(none)")).containsExactly(l3, l5);
    // every counted case: L1, L2, L3, L4, L5
    assertThat(r.loansBehind()).hasSize(5);
  }

  @Test
  void caseListHoldsTheCountedCasesWithTheirLoans() {
    FraudResult r = june();
    var p = book().scope("2024-06").portfolio();

    // F1 … F7 are in at June, F8 is not
    assertThat(r.cases())
        .extracting(FraudCase::caseId)
        .containsExactly("F1", "F2", "F3", "F4", "F5", "F6", "F7");
    assertThat(r.loanOf(0)).isEqualTo(p.loanIndex("L1"));
    assertThat(r.loanOf(5)).as("F6 names only a borrower").isEqualTo(-1);
  }

  @Test
  void confirmedFraudLoansAreTheNumeratorsOfTheRates() {
    FraudResult r = june();
    var p = book().scope("2024-06").portfolio();

    // Confirmed fraud (CONFIRMED or CLOSED) naming a loan: F1 and F7 (L1), F2 (L2), F4 (L4).
    // Online: L1, L2; Branch: L4. Cohort 2024-01: L1, L2; 2024-02: L4; 2024-03: none.
    assertThat(r.confirmedFraudLoans(p, "Online"))
        .containsExactly(p.loanIndex("L1"), p.loanIndex("L2"))
        .hasSize(r.confirmedRateByChannel().get("Online").fraudLoans());
    assertThat(r.confirmedFraudLoans(p, "Branch")).containsExactly(p.loanIndex("L4"));
    assertThat(r.confirmedFraudLoans(p, YearMonth.of(2024, 1)))
        .hasSize(r.confirmedRateByCohort().get(YearMonth.of(2024, 1)).fraudLoans())
        .hasSize(2);
    assertThat(r.confirmedFraudLoans(p, YearMonth.of(2024, 3))).isEmpty();
  }

  @Test
  void emptyPortfolioGivesEmptyTables() {
    FraudResult r = FraudAnalysis.run(AnalysisScope.all(new PortfolioBuilder().build()));

    assertThat(r.rows().rowCount()).isZero();
    assertThat(r.rows().columnCount()).isEqualTo(8);
    assertThat(r.cells()).isEmpty();
    assertThat(r.byChannel()).isEmpty();
    assertThat(r.byRootCause()).isEmpty();
    assertThat(r.daysToReport()).isEmpty();
    assertThat(r.confirmedRateByChannel()).isEmpty();
    assertThat(r.confirmedRateByCohort()).isEmpty();
    assertThat(r.totals()).isEqualTo(CaseTotals.NONE);
    // no loans: the rate is undefined
    assertThat(r.confirmedRate().rate()).isNaN();
    for (String table :
        new String[] {
          "by_channel",
          "by_root_cause",
          "days_to_report",
          "confirmed_rate_by_channel",
          "confirmed_rate_by_cohort"
        }) {
      assertThat(((Table) r.extras().get(table)).rowCount()).as(table).isZero();
    }
  }
}
