package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ForwardLookingForecastTest {
  private static final DelinquencyBuckets BUCKETS = DelinquencyBuckets.DEFAULT;
  private static final FiveCategoryRule RULE = FiveCategoryRule.REGULATORY_2023;

  /**
   * The ECL book of {@link ForwardLookingEclTest} by balance: CURRENT row 2,000.00 stay (A twice),
   * 1,000.00 pay off (B 500.00, E 500.00): 2/3 and 1/3; DPD_1_29 row 500.00 stay (D) + 600.00 stay
   * (F) and 300.00 + 500.00 charged off: 1,100 / 1,900 and 800 / 1,900.
   *
   * <pre>
   * month 0: CURRENT 1,000.00 (A), DPD_1_29 600.00 (F)
   * month 1: CURRENT 666.67, PAID_OFF 333.33, DPD_1_29 600 × 11/19 = 347.37,
   *          CHARGED_OFF 600 × 8/19 = 252.63; the total stays 1,600.00
   * net loss of month 1 = 252.63 × LGD 0.875 = 221.05
   * </pre>
   */
  @Test
  void handWorkedFirstMonthOfTheForecast() {
    ForecastAnalysis.ForecastResult r =
        ForecastAnalysis.run(ForwardLookingEclTest.eclBook(), BUCKETS, RULE, 12, 2, Scenario.BASE);
    Table t = r.rows();

    assertThat(t.columnNames()).containsExactly("month", "state", "balance");
    assertThat(t.rowCount()).isEqualTo(3 * 7);
    assertThat(t.doubleColumn("balance").get(0)).isEqualTo(1000.0);
    assertThat(t.doubleColumn("balance").get(1)).isEqualTo(600.0);
    assertThat(t.doubleColumn("balance").get(7)).isCloseTo(666.67, within(0.005));
    assertThat(t.doubleColumn("balance").get(8)).isCloseTo(347.37, within(0.005));
    assertThat(t.doubleColumn("balance").get(12)).isCloseTo(333.33, within(0.005));
    assertThat(t.doubleColumn("balance").get(13)).isCloseTo(252.63, within(0.005));
    Table monthly = (Table) r.extras().get("monthly");
    assertThat(monthly.doubleColumn("net_loss").get(0)).isCloseTo(221.05, within(0.005));
  }

  @Test
  void totalBalanceIsConservedEveryMonthInEveryScenario() throws IOException {
    PortfolioBuilder builder = new PortfolioBuilder();
    new SampleGenerator(new SampleSpec(2000, 24, 3)).generate(builder, Progress.NONE);
    AnalysisScope scope = AnalysisScope.all(builder.build());

    for (Scenario s : Scenario.PRESETS) {
      ForecastAnalysis.ForecastResult r = ForecastAnalysis.run(scope, BUCKETS, RULE, 12, 24, s);
      double start = 0;
      for (int state = 0; state < 7; state++) {
        start += r.balanceCents(0, state);
      }
      assertThat(start).isPositive();
      for (int k = 1; k <= r.horizon(); k++) {
        double total = 0;
        for (int state = 0; state < 7; state++) {
          assertThat(r.balanceCents(k, state)).isNotNegative();
          total += r.balanceCents(k, state);
        }
        assertThat(total).as("%s month %d", s.name(), k).isCloseTo(start, within(1e-6 * start));
      }
      assertThat((Double) r.extras().get("cumulative_charge_off")).isPositive();
    }
  }

  /**
   * The ECL book: outstanding 1,600.00; rule categories: A normal, F special mention (25 dpd), no
   * NPL. Regulatory = 1 % × 1,600 + 2 % × 600 = 16 + 12 = 28.00; provision-to-loan 28 / 1,600 =
   * 0.0175 (amber); coverage undefined (no NPL). ECL basis 388.56: 0.24285 (green). Held: not
   * available.
   */
  @Test
  void provisionsSideBySideWithHeldNotAvailable() {
    Table t = ProvisionAnalysis.run(ForwardLookingEclTest.eclBook(), BUCKETS, RULE, 12).rows();

    assertThat(t.columnNames().subList(0, 6))
        .containsExactly(
            "basis", "provisions", "npl_balance", "outstanding", "coverage", "provision_to_loan");
    assertThat(t.stringColumn("basis").asList()).containsExactly("held", "ecl", "regulatory");
    assertThat(t.doubleColumn("provisions").isMissing().contains(0)).isTrue();
    assertThat(t.doubleColumn("provisions").get(1)).isCloseTo(388.56, within(0.005));
    assertThat(t.doubleColumn("provisions").get(2)).isCloseTo(28.00, within(0.005));
    assertThat(t.doubleColumn("provision_to_loan").get(2)).isCloseTo(0.0175, within(1e-12));
    assertThat(t.stringColumn("provision_to_loan_band").get(2)).isEqualTo("amber");
    assertThat(t.stringColumn("provision_to_loan_band").get(1)).isEqualTo("green");
    assertThat(t.doubleColumn("coverage").isMissing().contains(2)).isTrue();
    assertThat(
            ProvisionAnalysis.run(ForwardLookingEclTest.eclBook(), BUCKETS, RULE, 12)
                .extras()
                .get("held_note"))
        .isEqualTo("not available: the portfolio has no booked provisions");
  }
}
