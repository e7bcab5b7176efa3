package com.riskworkbench.ui.provisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Scenario;
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
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Provisions &amp; forecast screen on the small book of {@link TestWorkbench}, as of 2025-03:
 *
 * <pre>
 * L1 80,000.00 at 0 dpd, L3 48,000.00 at 0 dpd          -> normal, stage 1
 * L2 195,000.00 at 45 dpd                               -> special mention, stage 2 (dpd > 30)
 * outstanding 323,000.00; NPL 0 (nothing substandard or worse)
 * regulatory: 1 % × 323,000.00 + 2 % × 195,000.00 = 3,230.00 + 3,900.00 = 7,130.00
 *   coverage 7,130.00 / 0 -> not available (—); provision-to-loan 7,130 / 323,000 = 2.21 %,
 *   within the 1.5 %–2.5 % band
 * held: the book has no booked provisions -> —, and the tiles show the ECL basis
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
class ProvisionsViewTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  final List<LoanSelection> drills = new ArrayList<>();
  AppContext context;
  ProvisionsViewModel model;

  @Start
  void start(Stage stage) {
    context = new AppContext(new TestWorkbench.FakeService(book), runner, Locale.ENGLISH);
    model = context.model(ProvisionsViewModel.class);
    context.screens().state().drillDownProperty().addListener((o, was, now) -> add(now));
    stage.setScene(new Scene(context.views().load(ProvisionsView.class), 1280, 800));
    stage.show();
  }

  private void add(LoanSelection s) {
    if (s != null) {
      drills.add(s);
    }
  }

  private void openBook(FxRobot robot) {
    robot.interact(context.mainViewModel()::openSample);
    ScreenTests.settle(robot, runner);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void provisionsOnThreeBasesAgainstTheBands(FxRobot robot) {
    openBook(robot);
    assertThat(model.emptyTextProperty().get()).as("no message over the figures").isEmpty();

    assertThat(ScreenTests.row(robot, "#basesTable", 0))
        .containsExactly(
            "Held (booked)",
            "—",
            "—",
            "—",
            "—",
            "—",
            "Not available: the portfolio books no provisions");
    assertThat(ScreenTests.row(robot, "#basesTable", 2))
        .containsExactly("Regulatory rates", "7,130.00", "—", "—", "2.21%", "Within band", "");
    assertThat(text(robot, "#loanBand")).isEqualTo("band 1.5%–2.5% · ECL-based provisions");
    assertThat(text(robot, "#scopeLabel")).isEqualTo("As of 2025-03 · all loans");
    assertThat(text(robot, "#shortfallLabel"))
        .isEqualTo(
            "The portfolio books no provisions by loan, so no loan can be checked against its"
                + " regulatory provision.");
    assertThat(robot.lookup("#shortfallLink").queryAs(Hyperlink.class).isVisible()).isFalse();
  }

  /**
   * A book with provisions, as of 2025-03, both loans normal (general rate 1 %): P1 100,000.00
   * needs 1,000.00 and holds 500.00 (short 500.00); P2 50,000.00 needs 500.00 and holds 600.00.
   */
  @Test
  void theLoansShortOfTheirRegulatoryProvisionAreOneClickAway(FxRobot robot) {
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Booked book");
    b.meta("currency", "CNY");
    b.addBorrower("B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Hubei", "Retail");
    int p1 =
        b.addLoan(
            "P1", "B1", "Credit loan", "Online", "A", LocalDate.of(2025, 1, 5), 10_000_000, 0.1);
    int p2 =
        b.addLoan(
            "P2", "B1", "Credit loan", "Online", "A", LocalDate.of(2025, 1, 6), 5_000_000, 0.1);
    int march = Months.ordinal(YearMonth.of(2025, 3));
    b.addMonth(
        p1,
        march,
        10_000_000,
        0,
        LoadedPortfolio.ACTIVE,
        0,
        0,
        LoadedPortfolio.NO_CATEGORY,
        50_000);
    b.addMonth(
        p2, march, 5_000_000, 0, LoadedPortfolio.ACTIVE, 0, 0, LoadedPortfolio.NO_CATEGORY, 60_000);
    OpenedPortfolio booked = TestWorkbench.opened(b.build());
    robot.interact(() -> context.mainViewModel().adopt(Optional.of(booked)));
    ScreenTests.settle(robot, runner);

    assertThat(text(robot, "#shortfallLabel"))
        .isEqualTo(
            "1 loan holds less than the regulatory provision (general rate plus the category's"
                + " rate), short by CNY 500.00 in all.");
    robot.clickOn("#shortfallLink");
    assertThat(drills.get(0).loans()).containsExactly(p1);
    assertThat(drills.get(0).title())
        .isEqualTo("Loans short of their regulatory provision at 2025-03");
  }

  @Test
  void stagesListTheirLoansAndBalancesAndDrillToThem(FxRobot robot) {
    openBook(robot);

    List<String> stage1 = ScreenTests.row(robot, "#stagesTable", 0);
    assertThat(stage1.subList(0, 3)).containsExactly("Stage 1 (performing)", "2", "128,000.00");
    List<String> stage2 = ScreenTests.row(robot, "#stagesTable", 1);
    assertThat(stage2.subList(0, 3))
        .containsExactly("Stage 2 (significant increase in risk)", "1", "195,000.00");
    assertThat(ScreenTests.row(robot, "#stagesTable", 3).subList(0, 3))
        .containsExactly("All stages", "3", "323,000.00");

    robot.doubleClickOn(ScreenTests.rowNode(robot, "#stagesTable", 1));

    assertThat(drills).hasSize(1);
    // L2 is the second loan of the book (index 1)
    assertThat(drills.get(0).loans()).containsExactly(1);
    assertThat(drills.get(0).title())
        .isEqualTo("Stage 2 (significant increase in risk) at 2025-03");
  }

  @Test
  void eclBySegmentDrillsToTheSegmentsLoans(FxRobot robot) {
    openBook(robot);
    robot.interact(
        () -> robot.lookup("#provisionsTabs").queryAs(TabPane.class).getSelectionModel().select(1));

    // by product, largest balance first: Business loan (L2 195,000.00), Credit loan (L1 + L3)
    assertThat(ScreenTests.row(robot, "#segmentsTable", 0).subList(0, 3))
        .containsExactly("Business loan", "1", "195,000.00");
    assertThat(ScreenTests.row(robot, "#segmentsTable", 1).subList(0, 3))
        .containsExactly("Credit loan", "2", "128,000.00");

    robot.doubleClickOn(ScreenTests.rowNode(robot, "#segmentsTable", 1));

    // L1 and L3 are the first and third loans of the book (indexes 0 and 2)
    assertThat(drills.get(0).loans()).containsExactly(0, 2);
    assertThat(drills.get(0).title()).isEqualTo("ECL of Credit loan at 2025-03");

    robot.interact(
        () -> model.dimensionProperty().set(com.riskworkbench.analysis.Dimension.CHANNEL));
    ScreenTests.settle(robot, runner);
    // by channel: Partner B (L2 195,000.00 + L3 48,000.00), Online (L1 80,000.00)
    assertThat(ScreenTests.row(robot, "#segmentsTable", 0).subList(0, 3))
        .containsExactly("Partner B", "2", "243,000.00");
  }

  @Test
  void aScenarioRecomputesAndAClosedPortfolioEmptiesTheScreen(FxRobot robot) {
    openBook(robot);
    assertThat(robot.lookup("#provisionsTabs").queryAs(TabPane.class).isVisible()).isTrue();

    robot.interact(() -> model.scenarioProperty().set(Scenario.SEVERE));
    assertThat(robot.lookup("#provisionsTabs").queryAs(TabPane.class).isVisible())
        .as("the base scenario's figures leave the screen while the severe one computes")
        .isFalse();
    ScreenTests.settle(robot, runner);
    assertThat(robot.lookup("#provisionsTabs").queryAs(TabPane.class).isVisible()).isTrue();
    assertThat(text(robot, "#forecastSummary")).startsWith("Cumulative net loss over 12 months: ");
  }
}
