package com.riskworkbench.ui.regulatory;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.ReportingMonth;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.ui.ScreenTests;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.LoanSelection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Regulatory screen on a small book with booked categories, 2024-12 to 2025-03, as of 2025-03
 * (balances in CNY; N normal, SM special mention, SS substandard; the rule: 1–90 days SM, 91–270
 * SS):
 *
 * <pre>
 *          2024-12          2025-01          2025-02          2025-03
 * A (0)    100,000 N 0d     95,000 N 0d      90,000 N 0d      85,000 N 0d
 * B (1)     50,000 N 0d     50,000 SM 30d    50,000 SS 100d   48,000 SS 120d
 * C (2)     30,000 SS 100d  30,000 SS 130d   paid off
 * D (3)     20,000 SM 45d   20,000 SM 50d    20,000 SM 60d    20,000 SM 75d
 * E (4)     10,000 N 0d     10,000 N 0d      10,000 N 35d     10,000 N 95d (booked N, rule SS)
 * </pre>
 *
 * At 2025-03: outstanding 163,000, NPL 48,000 (B); at 2025-02: 170,000, NPL 50,000; at 2024-12:
 * 210,000. The year ago (2024-03) is outside the data.
 */
@ExtendWith(ApplicationExtension.class)
class RegulatoryViewTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(bookedBook());
  final List<LoanSelection> drills = new ArrayList<>();
  AppContext context;
  RegulatoryViewModel model;

  @Start
  void start(Stage stage) {
    context = new AppContext(new TestWorkbench.FakeService(book), runner, Locale.ENGLISH);
    model = context.model(RegulatoryViewModel.class);
    context.screens().state().drillDownProperty().addListener((o, was, now) -> add(now));
    stage.setScene(new Scene(context.views().load(RegulatoryView.class), 1280, 800));
    stage.show();
  }

  private void add(LoanSelection s) {
    if (s != null) {
      drills.add(s);
    }
  }

  static LoadedPortfolio bookedBook() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Booked book");
    b.meta("currency", "CNY");
    b.addBorrower("B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Hubei", "Retail");
    LocalDate opened = LocalDate.of(2024, 11, 5);
    int a = b.addLoan("A", "B1", "Credit loan", "Online", "A", opened, 10_000_000, 0.1);
    int bb = b.addLoan("B", "B1", "Credit loan", "Online", "A", opened, 5_000_000, 0.1);
    int c = b.addLoan("C", "B1", "Credit loan", "Online", "A", opened, 3_000_000, 0.1);
    int d = b.addLoan("D", "B1", "Credit loan", "Online", "A", opened, 2_000_000, 0.1);
    int e = b.addLoan("E", "B1", "Credit loan", "Online", "A", opened, 1_000_000, 0.1);
    int dec = Months.ordinal(YearMonth.of(2024, 12));
    long[][] balance = {
      {100_000, 95_000, 90_000, 85_000},
      {50_000, 50_000, 50_000, 48_000},
      {30_000, 30_000, 0, -1},
      {20_000, 20_000, 20_000, 20_000},
      {10_000, 10_000, 10_000, 10_000}
    };
    int[][] dpd = {
      {0, 0, 0, 0}, {0, 30, 100, 120}, {100, 130, 0, 0}, {45, 50, 60, 75}, {0, 0, 35, 95}
    };
    int[][] category = {{0, 0, 0, 0}, {0, 1, 2, 2}, {2, 2, 0, 0}, {1, 1, 1, 1}, {0, 0, 0, 0}};
    int[] loans = {a, bb, c, d, e};
    for (int l = 0; l < loans.length; l++) {
      for (int m = 0; m < 4; m++) {
        if (balance[l][m] < 0) {
          continue;
        }
        boolean paidOff = l == 2 && m == 2;
        b.addMonth(
            loans[l],
            dec + m,
            balance[l][m] * 100,
            dpd[l][m],
            paidOff ? LoadedPortfolio.PAID_OFF : LoadedPortfolio.ACTIVE,
            0,
            0,
            paidOff ? LoadedPortfolio.NO_CATEGORY : (byte) category[l][m],
            LoadedPortfolio.NO_AMOUNT);
      }
    }
    return b.build();
  }

  private void openBook(FxRobot robot) {
    robot.interact(() -> context.mainViewModel().adopt(Optional.of(book)));
    ScreenTests.settle(robot, runner);
  }

  private void tab(FxRobot robot, int index) {
    robot.interact(
        () ->
            robot
                .lookup("#regulatoryTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(index));
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  /** The cell node of a row and column of a table. */
  private static TableCell<?, ?> cell(FxRobot robot, String tableId, int row, int column) {
    TableView<?> table = robot.lookup(tableId).queryAs(TableView.class);
    return robot
        .from(ScreenTests.rowNode(robot, tableId, row))
        .lookup(".table-cell")
        .match(
            (TableCell<?, ?> c) ->
                table.getVisibleLeafColumns().indexOf(c.getTableColumn()) == column)
        .queryAs(TableCell.class);
  }

  /** The changes under the earlier months' values of a figure's row. */
  private List<String> changes(int row) {
    return model.periodRows().get(row).cells().stream().skip(1).map(c -> c.change()).toList();
  }

  /** The coloured second line of a period cell. */
  private static Label changeLabel(FxRobot robot, int row, int column) {
    var lines = (javafx.scene.layout.VBox) cell(robot, "#periodTable", row, column).getGraphic();
    return (Label) lines.getChildren().get(1);
  }

  @Test
  void periodComparisonShowsChangesInValueAndBasisPointsAndADashOutsideTheData(FxRobot robot) {
    openBook(robot);
    assertThat(model.emptyTextProperty().get()).isEmpty();
    assertThat(text(robot, "#scopeLabel")).isEqualTo("As of 2025-03 · all loans");

    // columns: figure, as of, previous month, quarter end, start of year, year ago; under each
    // earlier value its change. Outstanding: 163,000 against 170,000 (−7,000, −4.1 %), against
    // 210,000 at 2024-12 (both the quarter end and the start of the year: −47,000, −22.4 %)
    assertThat(ScreenTests.row(robot, "#periodTable", 0))
        .containsExactly(
            "Outstanding", "163,000.00", "170,000.00", "210,000.00", "210,000.00", "—");
    assertThat(changes(0))
        .containsExactly("−7,000.00 (−4.1%)", "−47,000.00 (−22.4%)", "−47,000.00 (−22.4%)", "—");
    // NPL ratio: 48,000 / 163,000 = 29.45 % against 50,000 / 170,000 = 29.41 %: +3.6 bp -> +4 bp,
    // worse; against 2024-12, 30,000 / 210,000 = 14.29 %: +1,516 bp (0.294479 − 0.142857)
    assertThat(ScreenTests.row(robot, "#periodTable", 4).subList(0, 4))
        .containsExactly("NPL ratio", "29.45%", "29.41%", "14.29%");
    assertThat(changes(4).subList(0, 2)).containsExactly("+4 bp", "+1,516 bp");
    assertThat(changeLabel(robot, 4, 2).getStyleClass()).contains("change-worse");
    // NPL balance fell by 2,000 against February: better
    assertThat(changes(2).get(0)).isEqualTo("−2,000.00 (−4.0%)");
    assertThat(changeLabel(robot, 2, 2).getText()).isEqualTo("−2,000.00 (−4.0%)");
    assertThat(changeLabel(robot, 2, 2).getStyleClass()).contains("change-better");

    Tooltip why = cell(robot, "#periodTable", 0, 5).getTooltip();
    assertThat(why.getText())
        .isEqualTo("Not available: 2024-03 is outside the data (2024-12 to 2025-03).");
    TableView<?> period = robot.lookup("#periodTable").queryAs(TableView.class);
    assertThat(period.getColumns().get(5).getText()).isEqualTo("Year ago 2024-03");

    // the NPL balance at the previous month: B alone (index 1)
    robot.doubleClickOn(cell(robot, "#periodTable", 2, 2));
    ScreenTests.settle(robot, runner); // the loans are found off the FX thread
    assertThat(drills).hasSize(1);
    assertThat(drills.get(0).loans()).containsExactly(1);
    assertThat(drills.get(0).title()).isEqualTo("NPL balance at 2025-02");
    assertThat(drills.get(0).month()).isEqualTo(YearMonth.of(2025, 2));
    robot.doubleClickOn(cell(robot, "#periodTable", 0, 5));
    ScreenTests.settle(robot, runner);
    assertThat(drills).as("a dash lists nothing").hasSize(1);
  }

  /**
   * Start of the year (2024-12) → 2025-03. Normal at S: A, B, E (160,000); B ends SS (48,000).
   * Decrease: A 15,000, B 2,000, E 0 -> denominator 143,000; normal-class rate 48,000 / 143,000 =
   * 33.57 %. Special mention: D stays, 0 / 20,000 = 0.00 %. Substandard: C paid off, denominator
   * 30,000 − 30,000 = 0 -> —. Normal loans: 48,000 / (143,000 + 20,000) = 29.45 %.
   */
  @Test
  void migrationRatesAndTheirMatrixDrillToTheirLoans(FxRobot robot) {
    openBook(robot);
    tab(robot, 1);
    assertThat(model.periodStarts())
        .containsExactly(
            ReportingMonth.START_OF_YEAR,
            ReportingMonth.PREVIOUS_QUARTER_END,
            ReportingMonth.PREVIOUS_MONTH);
    assertThat(model.periodName(model.periodStartProperty().get()))
        .isEqualTo("Start of year (2024-12) → 2025-03");

    assertThat(ScreenTests.row(robot, "#ratesTable", 0))
        .containsExactly("Normal-class migration rate", "48,000.00", "143,000.00", "33.57%");
    assertThat(ScreenTests.row(robot, "#ratesTable", 1))
        .containsExactly("Special-mention migration rate", "0.00", "20,000.00", "0.00%");
    assertThat(ScreenTests.row(robot, "#ratesTable", 2))
        .containsExactly("Substandard migration rate", "0.00", "0.00", "—");
    assertThat(ScreenTests.row(robot, "#ratesTable", 4))
        .containsExactly("Normal-loans migration rate", "48,000.00", "163,000.00", "29.45%");

    // by count: normal -> normal A, E; normal -> substandard B; substandard -> paid off C
    assertThat(ScreenTests.row(robot, "#matrixTable", 0))
        .containsExactly("Normal", "2", "0", "1", "0", "0", "0", "0", "0");
    assertThat(ScreenTests.row(robot, "#matrixTable", 2))
        .containsExactly("Substandard", "0", "0", "0", "0", "0", "1", "0", "0");

    robot.doubleClickOn(cell(robot, "#matrixTable", 0, 3));
    assertThat(drills.get(0).loans()).containsExactly(1);
    assertThat(drills.get(0).title()).isEqualTo("Normal at 2024-12 → Substandard at 2025-03");
    assertThat(drills.get(0).month()).isEqualTo(YearMonth.of(2024, 12));

    robot.doubleClickOn(ScreenTests.rowNode(robot, "#ratesTable", 0));
    assertThat(drills.get(1).loans()).containsExactly(1);

    // by balance at the start: normal -> normal 100,000 + 10,000
    robot.clickOn("#balanceToggle");
    assertThat(ScreenTests.row(robot, "#matrixTable", 0).subList(0, 4))
        .containsExactly("Normal", "110,000.00", "", "50,000.00");

    // previous month (2025-02) -> 2025-03: B stays SS, nothing normal moves: 0 / (90,000 − 5,000
    // + 10,000) = 0 / 95,000
    robot.interact(() -> model.periodStartProperty().set(ReportingMonth.PREVIOUS_MONTH));
    ScreenTests.settle(robot, runner);
    assertThat(ScreenTests.row(robot, "#ratesTable", 0))
        .containsExactly("Normal-class migration rate", "0.00", "95,000.00", "0.00%");
    assertThat(model.periodStartProperty().get()).isEqualTo(ReportingMonth.PREVIOUS_MONTH);
  }

  /**
   * 2024-12 → 2025-03, month by month: opening C 30,000; 01 → 02 B becomes SS (new 50,000) and C
   * pays off (collected 30,000); 02 → 03 B falls 50,000 -> 48,000 (collected 2,000). 30,000 +
   * 50,000 − 32,000 = 48,000 closing.
   */
  @Test
  void theNplWalkAddsUpAndItsComponentsDrillToTheirLoans(FxRobot robot) {
    openBook(robot);
    tab(robot, 2);
    assertThat(ScreenTests.row(robot, "#walkTable", 0))
        .containsExactly("Opening NPL", "30,000.00", "1");
    assertThat(ScreenTests.row(robot, "#walkTable", 1))
        .containsExactly("New NPL", "+50,000.00", "1");
    assertThat(ScreenTests.row(robot, "#walkTable", 3))
        .containsExactly("Collected", "−32,000.00", "2");
    assertThat(ScreenTests.row(robot, "#walkTable", 7))
        .containsExactly("Closing NPL", "48,000.00", "1");
    // the waterfall: collected stands on 30,000 + 50,000 − 32,000 = 48,000
    var collected = model.walkBars().get(3);
    assertThat(collected.base()).isEqualTo(48_000.0);
    assertThat(collected.value()).isEqualTo(32_000.0);

    robot.doubleClickOn(ScreenTests.rowNode(robot, "#walkTable", 3));
    // B (a fall of balance) and C (paid off)
    assertThat(drills.get(0).loans()).containsExactly(1, 2);
    assertThat(drills.get(0).title()).isEqualTo("Collected, 2024-12 → 2025-03");

    Node bar = robot.lookup(".chart-bar.walk-up").match(Node::isVisible).query();
    robot.clickOn(bar);
    assertThat(drills.get(1).title()).isEqualTo("New NPL, 2024-12 → 2025-03");
    assertThat(drills.get(1).loans()).containsExactly(1);
  }

  /**
   * At 2025-03 every active loan is booked. E is booked normal at 95 days (rule: substandard):
   * under-classified, 10,000. 90+: B 48,000 + E 10,000 = 58,000 / NPL 48,000 = 120.83 %; 60+: adds
   * D 20,000 -> 78,000 / 48,000 = 162.50 %.
   */
  @Test
  void classificationChecksShowUnderClassifiedLoansAndTheDeviation(FxRobot robot) {
    openBook(robot);
    tab(robot, 3);
    assertThat(text(robot, "#underLabel"))
        .isEqualTo(
            "1 loan is booked in a better category than the rule's minimum (balance CNY"
                + " 10,000.00).");
    assertThat(text(robot, "#deviation90Label")).startsWith("Deviation 90+ / NPL: 120.83% (");
    assertThat(text(robot, "#deviation60Label")).startsWith("Deviation 60+ / NPL: 162.50% (");
    assertThat(ScreenTests.row(robot, "#bookedTable", 0))
        .containsExactly("Normal", "1", "0", "1", "0", "0");

    robot.clickOn("#underLink");
    ScreenTests.settle(robot, runner);
    assertThat(drills.get(0).loans()).containsExactly(4);
    robot.doubleClickOn(cell(robot, "#bookedTable", 0, 3));
    ScreenTests.settle(robot, runner);
    assertThat(drills.get(1).loans()).containsExactly(4);
    assertThat(drills.get(1).title())
        .isEqualTo("Booked Normal, Substandard by the rule, at 2025-03");
  }

  @Test
  void aBookWithoutBookedCategoriesOrAnEarlierMonthSaysWhyNothingIsShown(FxRobot robot) {
    OpenedPortfolio plain = TestWorkbench.opened(TestWorkbench.smallBook());
    robot.interact(() -> context.mainViewModel().adopt(Optional.of(plain)));
    ScreenTests.settle(robot, runner);
    tab(robot, 3);
    assertThat(text(robot, "#checksNote"))
        .isEqualTo(
            "Nothing to check at 2025-03: the portfolio books no five-category classification for"
                + " its loans there, so there is no booked category to set against the rule's. The"
                + " deviation below uses the rule's categories.");
    assertThat(robot.lookup("#checksContent").query().isVisible()).isFalse();
    // the deviation needs no booked category: at 2025-03 nothing is more than 90 days past due
    // and nothing is NPL (L2 at 45 days is special mention): 0 / 0 -> —
    assertThat(text(robot, "#deviation90Label")).startsWith("Deviation 90+ / NPL: — (");

    // the small book starts at 2025-01: as of then no period ends, and no earlier month exists
    robot.interact(() -> context.screens().state().asOfProperty().set(YearMonth.of(2025, 1)));
    ScreenTests.settle(robot, runner);
    tab(robot, 1);
    assertThat(text(robot, "#migrationNote"))
        .isEqualTo(
            "Not available: 2025-01 is the first month of the data, so no period ends there.");
    assertThat(robot.lookup("#migrationContent").query().isVisible()).isFalse();
    assertThat(model.periodRows().get(0).cells().get(1).text()).isEqualTo("—");
    assertThat(model.periodRows().get(0).cells().get(1).tooltip())
        .isEqualTo("Not available: 2024-12 is outside the data (2025-01 to 2025-03).");
  }

  @Test
  void aNewScopeClearsTheFiguresWhileItComputes(FxRobot robot) {
    openBook(robot);
    assertThat(robot.lookup("#regulatoryTabs").queryAs(TabPane.class).isVisible()).isTrue();
    robot.interact(() -> context.screens().state().asOfProperty().set(YearMonth.of(2025, 2)));
    assertThat(robot.lookup("#regulatoryTabs").queryAs(TabPane.class).isVisible()).isFalse();
    assertThat(model.periodRows()).isEmpty();
    ScreenTests.settle(robot, runner);
    assertThat(model.periodRows().get(0).cells().get(0).text()).isEqualTo("170,000.00");
    // at 2025-02 E is booked normal at 35 days (the rule: special mention)
    assertThat(text(robot, "#underLabel")).startsWith("1 loan is booked in a better category");
    assertThat(robot.lookup("#underLink").queryAs(Hyperlink.class).isVisible()).isTrue();
  }
}
