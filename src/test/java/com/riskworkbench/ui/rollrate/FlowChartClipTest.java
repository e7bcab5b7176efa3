package com.riskworkbench.ui.rollrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.ui.PlainScreens;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.rollrate.RollRateViewModel.FlowPoint;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One extreme month does not flatten the flow-rate chart: it is drawn at 200 % and marked, and its
 * hover gives the rate with its numerator and denominator. Plain JUnit, no FX toolkit.
 */
class FlowChartClipTest {
  @Test
  void aFiveHundredPercentMonthIsDrawnAtTwoHundredAndSaysWhy() {
    // 2025-01: L1 100.00 at 10 days (1–29), L2 1,000.00 current.
    // 2025-02: L1 100.00 at 40 days, L2 400.00 at 35 days: both 30–59.
    // Flow 30–59 in 2025-02 = (100.00 + 400.00) / 100.00 (1–29 in 2025-01) = 500 %.
    PortfolioBuilder b = new PortfolioBuilder();
    b.addBorrower("B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Zhejiang", "Retail");
    LocalDate origin = LocalDate.parse("2025-01-02");
    int l1 = b.addLoan("L1", "B1", "Credit loan", "Online", "A", origin, 100_000, 0.1);
    int l2 = b.addLoan("L2", "B1", "Credit loan", "Online", "A", origin, 100_000, 0.1);
    int jan = Months.ordinal(YearMonth.of(2025, 1));
    b.addMonth(l1, jan, 10_000, 10, LoadedPortfolio.ACTIVE, 0, 0);
    b.addMonth(l2, jan, 100_000, 0, LoadedPortfolio.ACTIVE, 0, 0);
    b.addMonth(l1, jan + 1, 10_000, 40, LoadedPortfolio.ACTIVE, 0, 0);
    b.addMonth(l2, jan + 1, 40_000, 35, LoadedPortfolio.ACTIVE, 0, 0);
    var opened = TestWorkbench.opened(b.build());
    ScreenContext context =
        PlainScreens.context(new TestWorkbench.FakeService(opened), new PlainScreens.FakeDialogs());
    RollRateViewModel model = new RollRateViewModel(context);

    context.state().setPortfolio(Optional.of(opened));

    FlowPoint spike =
        model.flowSeries().stream()
            .filter(s -> s.bucket().equals("DPD_30_59"))
            .findFirst()
            .orElseThrow()
            .points()
            .get(0);
    assertThat(spike.rate()).isEqualTo(5.0);
    assertThat(spike.drawn()).isEqualTo(2.0);
    assertThat(spike.clipped()).isTrue();
    assertThat(spike.tip()).startsWith("30–59 DPD, 2025-02: 500.0% = 500.00 / 100.00");
  }
}
