package com.riskworkbench.ui.dataquality;

import static com.riskworkbench.ui.ScreenTests.row;
import static com.riskworkbench.ui.ScreenTests.rowNode;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DataQualityChecks;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.service.BorrowerIdentity;
import com.riskworkbench.service.ImportFindings;
import com.riskworkbench.ui.CasesBook;
import com.riskworkbench.ui.ScreenTests;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.LoanSelection;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Data quality screen on {@link CasesBook}: L4 misses 2025-02, B3 has no birth date. */
@ExtendWith(ApplicationExtension.class)
class DataQualityViewTest {
  static final Path FILE = Path.of("/data/case-book.mv.db");
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  AppContext context;

  @Start
  void start(Stage stage) {
    TestWorkbench.FakeService service =
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

          @Override
          public Map<String, BorrowerIdentity> borrowerIdentities(
              String file, Collection<String> ids) {
            return Map.of();
          }
        };
    context = new AppContext(service, runner, Locale.ENGLISH);
    stage.setScene(new Scene(context.views().load(DataQualityView.class), 1090, 680));
    stage.show();
  }

  private void openBook(FxRobot robot) {
    robot.interact(context.mainViewModel()::openSample);
    ScreenTests.settle(robot, runner);
  }

  @Test
  void saysWhatToDoBeforeAPortfolioIsOpen(FxRobot robot) {
    assertThat(robot.lookup("#emptyLabel").queryAs(Label.class).getText())
        .isEqualTo("Open a portfolio to see the quality of its data.");
    assertThat(robot.lookup("#dataQualityContent").query().isVisible()).isFalse();
  }

  @Test
  void findingsMonthsAndImportAsWorkedOut(FxRobot robot) {
    openBook(robot);

    // L4 misses 2025-02: one gap, and one MISSING transition (2025-01 → 2025-02), both on L4
    assertThat(row(robot, "#checkTable", 0)).startsWith("Gaps in loan histories", "1", "1");
    assertThat(row(robot, "#checkTable", 1))
        .startsWith("Missing months (MISSING transitions)", "1", "1");
    // B3 (L3) is an individual without a birth date
    assertThat(row(robot, "#checkTable", 2))
        .startsWith("Loans without borrower attributes", "1", "1");
    assertThat(row(robot, "#checkTable", 3)).startsWith("First month after origination", "0", "0");
    // Loan rows 3, 3, 4. 2025-01: neighbours 3 and 4, median 3.5, −14.3 %; 2025-03: neighbours
    // 3 and 3, median 3, +33.3 % > 20 %: unusual
    assertThat(row(robot, "#monthTable", 0))
        .containsExactly("2025-01", "3", "3", "3.5", "−14.3%", "");
    assertThat(row(robot, "#monthTable", 2))
        .containsExactly("2025-03", "4", "4", "3.0", "+33.3%", "Unusual");
    // The import's own record (from the service)
    assertThat(row(robot, "#importTable", 0)).containsExactly("Gap in loan history", "1");
    assertThat(row(robot, "#findingTable", 0)).startsWith("Gap in loan history", "L4");
  }

  @Test
  void findingsAndMonthsOpenTheirLoans(FxRobot robot) {
    openBook(robot);
    var book = context.screens().state().scope().orElseThrow().portfolio().book();

    robot.clickOn(rowNode(robot, "#checkTable", 0));
    LoanSelection gaps = context.screens().state().drillDownProperty().get();
    assertThat(gaps.loans()).containsExactly(book.loanIndex("L4"));
    assertThat(Integer.toString(gaps.size())).isEqualTo(row(robot, "#checkTable", 0).get(2));

    robot.clickOn(rowNode(robot, "#monthTable", 2));
    LoanSelection march = context.screens().state().drillDownProperty().get();
    // L1, L2, L3 and L4 have a row at 2025-03
    assertThat(march.loans()).hasSize(4);
    assertThat(march.month()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(Integer.toString(march.size())).isEqualTo(row(robot, "#monthTable", 2).get(1));
  }

  @Test
  void figuresEqualTheChecksOfTheSameScope(FxRobot robot) {
    openBook(robot);
    robot.interact(() -> context.screens().state().asOfProperty().set(YearMonth.of(2025, 2)));
    ScreenTests.settle(robot, runner);

    DataQualityChecks.Result r =
        DataQualityChecks.run(
            AnalysisScope.of(
                CasesBook.book(), Optional.of(YearMonth.of(2025, 2)), SegmentFilter.NONE));
    Formats f = new Formats(Locale.ENGLISH);
    for (int i = 0; i < r.findings().size(); i++) {
      var finding = r.findings().get(i);
      assertThat(row(robot, "#checkTable", i).subList(1, 3))
          .containsExactly(f.count(finding.occurrences()), f.count(finding.loanCount()));
    }
    assertThat(context.model(DataQualityViewModel.class).months()).hasSize(r.months().size());
  }
}
