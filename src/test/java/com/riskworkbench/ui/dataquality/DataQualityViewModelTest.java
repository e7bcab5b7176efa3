package com.riskworkbench.ui.dataquality;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.service.ImportFindings;
import com.riskworkbench.ui.CasesBook;
import com.riskworkbench.ui.PlainScreens;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.dataquality.DataQualityRows.CheckRow;
import com.riskworkbench.ui.dataquality.DataQualityRows.FindingRow;
import com.riskworkbench.ui.dataquality.DataQualityRows.KindRow;
import com.riskworkbench.ui.dataquality.DataQualityRows.MonthRow;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Data quality view model without the FX toolkit, on {@link CasesBook} (L4 misses 2025-02, B3
 * has no birth date): jobs run at once on the test's thread; expected texts worked out by hand.
 */
class DataQualityViewModelTest {
  static final Path FILE = Path.of("/data/case-book.mv.db");

  final TestWorkbench.FakeService service =
      new TestWorkbench.FakeService(CasesBook.opened(FILE)) {
        @Override
        public ImportFindings importFindings(String file, int limit) {
          return new ImportFindings(
              Map.of(FindingKind.GAP_IN_HISTORY, 1),
              List.of(
                  new DataQualityFinding(
                      FindingKind.GAP_IN_HISTORY,
                      Optional.of("L4"),
                      "1 month is missing between 2025-01 and 2025-03")));
        }
      };
  final ScreenContext context = PlainScreens.context(service, new PlainScreens.FakeDialogs());
  final DataQualityViewModel model = new DataQualityViewModel(context);

  @Test
  void saysWhatToDoBeforeAPortfolioIsOpen() {
    assertThat(model.hasResultProperty().get()).isFalse();
    assertThat(model.emptyTextProperty().get())
        .isEqualTo("Open a portfolio to see the quality of its data.");
    assertThat(model.scopeTextProperty().get()).isEmpty();
  }

  @Test
  void textsOfTheCaseBookAtItsLastMonth() {
    context.state().setPortfolio(Optional.of(CasesBook.opened(FILE)));

    assertThat(model.hasResultProperty().get()).isTrue();
    assertThat(model.scopeTextProperty().get())
        .isEqualTo("As of 2025-03 · all loans · loan months up to the as-of month");
    // L4 misses 2025-02: one gap and one MISSING transition (2025-01 → 2025-02), both on L4;
    // B3 (L3) is an individual without a birth date; no loan starts late
    assertThat(model.checks())
        .extracting(r -> r.label() + " " + r.occurrences() + "/" + r.loans() + " " + r.drillable())
        .startsWith(
            "Gaps in loan histories 1/1 true",
            "Missing months (MISSING transitions) 1/1 true",
            "Loans without borrower attributes 1/1 true",
            "First month after origination 0/0 false");
    // Loan rows 3 (L1 L2 L4), 3 (L1 L2 L3), 4 (all). 2025-01: the neighbours are 3 and 4,
    // median 3.5, (3 − 3.5) / 3.5 = −14.3 %; 2025-03: neighbours 3 and 3, median 3, (4 − 3) / 3 =
    // +33.3 % > 20 %: unusual
    MonthRow jan = model.months().get(0);
    assertThat(List.of(jan.month(), jan.loanRows(), jan.median(), jan.deviation(), jan.flag()))
        .containsExactly("2025-01", "3", "3.5", "−14.3%", "");
    MonthRow mar = model.months().get(2);
    assertThat(List.of(mar.month(), mar.loanRows(), mar.median(), mar.deviation(), mar.flag()))
        .containsExactly("2025-03", "4", "3.0", "+33.3%", "Unusual");
    assertThat(mar.unusual()).isTrue();
    // The import's record, from the service
    assertThat(model.kinds())
        .contains(new KindRow(FindingKind.GAP_IN_HISTORY, "Gap in loan history", "1"));
    assertThat(model.firstFindings())
        .containsExactly(
            new FindingRow(
                "Gap in loan history", "L4", "1 month is missing between 2025-01 and 2025-03"));
  }

  @Test
  void aCheckAndAMonthOpenTheirLoans() {
    context.state().setPortfolio(Optional.of(CasesBook.opened(FILE)));
    var book = CasesBook.book();

    CheckRow gaps = model.checks().get(0);
    model.drillDown(gaps);
    LoanSelection s = context.state().drillDownProperty().get();
    assertThat(s.loans()).containsExactly(book.loanIndex("L4"));

    model.drillDown(model.months().get(2));
    LoanSelection march = context.state().drillDownProperty().get();
    // L1, L2, L3 and L4 have a row at 2025-03
    assertThat(march.loans()).hasSize(4);
    assertThat(march.month()).isEqualTo(YearMonth.of(2025, 3));
  }
}
