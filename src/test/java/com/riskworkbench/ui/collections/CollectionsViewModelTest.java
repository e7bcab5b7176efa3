package com.riskworkbench.ui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.ui.CasesBook;
import com.riskworkbench.ui.PlainScreens;
import com.riskworkbench.ui.collections.CollectionsRows.Kpis;
import com.riskworkbench.ui.collections.CollectionsRows.StatsRow;
import com.riskworkbench.ui.common.ScreenContext;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Collections view model without the FX toolkit: jobs run at once on the test's thread, and the
 * texts it makes are checked against {@link CasesBook}'s actions, worked out by hand.
 */
class CollectionsViewModelTest {
  static final Path FILE = Path.of("/data/case-book.mv.db");

  final ScreenContext context =
      PlainScreens.context(CasesBook.service(FILE), new PlainScreens.FakeDialogs());
  final CollectionsViewModel model = new CollectionsViewModel(context);

  @Test
  void saysWhatToDoBeforeAPortfolioIsOpen() {
    assertThat(model.hasResultProperty().get()).isFalse();
    assertThat(model.emptyTextProperty().get())
        .isEqualTo("Open a portfolio to see its collection actions.");
    assertThat(model.kpisProperty().get()).isEqualTo(Kpis.NONE);
    assertThat(model.kpisProperty().get().actions()).isEqualTo("—");
  }

  @Test
  void textsOfTheCaseBookAtItsLastMonth() {
    context.state().setPortfolio(Optional.of(CasesBook.opened(FILE)));

    // Actions on L2: 2025-02 A1 SMS no contact, A2 Call promise; 2025-03 A3 Call paid 5,000.00,
    // A4 Visit refused (reached), A5 Call contacted. Month rows by month, then type in declared
    // order (SMS, Call, Visit): 4 rows.
    assertThat(model.hasResultProperty().get()).isTrue();
    assertThat(model.cells())
        .containsExactly(
            new StatsRow("2025-02", "SMS", "1", "0", "0.0%", "0", "0.0%", "0", "0.00"),
            new StatsRow("2025-02", "Call", "1", "1", "100.0%", "1", "100.0%", "0", "0.00"),
            new StatsRow("2025-03", "Call", "2", "2", "100.0%", "0", "0.0%", "1", "5,000.00"),
            new StatsRow("2025-03", "Visit", "1", "1", "100.0%", "0", "0.0%", "0", "0.00"));
    // By type over both months: Call = A2 + A3 + A5 = 3 actions, all reached (100 %), 1 promise
    // (1/3 = 33.3 %), 1 paid 5,000.00
    assertThat(model.byType())
        .contains(new StatsRow("", "Call", "3", "3", "100.0%", "1", "33.3%", "1", "5,000.00"));
    // 5 actions; reached: A2..A5 = 4 → 80 %; promises: A2 → 1/5 = 20 %; recovered 5,000.00; no
    // loan charged off, so no recovery rate
    Kpis k = model.kpisProperty().get();
    assertThat(k.actions()).isEqualTo("5");
    assertThat(k.contactRate()).isEqualTo("80.0%");
    assertThat(k.promiseRate()).isEqualTo("20.0%");
    assertThat(k.recovered()).isEqualTo("CNY 5,000.00");
    assertThat(k.recoveryRate()).isEqualTo("—");
    // Chart: one series per type; Call has 1 action in 2025-02 and 2 in 2025-03
    var chart = model.chartProperty().get();
    assertThat(chart.months()).containsExactly("2025-02", "2025-03");
    assertThat(chart.series()).extracting(s -> s.name()).containsExactly("SMS", "Call", "Visit");
    assertThat(chart.series().get(1).points())
        .extracting(p -> p.month() + "=" + p.actions() + " " + p.tooltip())
        .containsExactly("2025-02=1 Call · 2025-02: 1", "2025-03=2 Call · 2025-03: 2");
  }

  @Test
  void anEarlierAsOfMonthShowsOnlyItsActions() {
    context.state().setPortfolio(Optional.of(CasesBook.opened(FILE)));
    context.state().asOfProperty().set(YearMonth.of(2025, 2));

    // At 2025-02 only A1 (SMS, no contact) and A2 (Call, promise): 2 actions, 1 reached (50 %),
    // 1 promise (50 %)
    assertThat(model.cells()).extracting(StatsRow::month).containsOnly("2025-02");
    Kpis k = model.kpisProperty().get();
    assertThat(k.actions()).isEqualTo("2");
    assertThat(k.contactRate()).isEqualTo("50.0%");
    assertThat(k.promiseRate()).isEqualTo("50.0%");
    assertThat(k.scope()).contains("2025-02").contains("CNY");
  }
}
