package com.riskworkbench.ui.vintage;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.VintageAnalysis;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.VintageResult;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.vintage.VintageViewModel.GridRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Vintage screen on the small book of {@link TestWorkbench}, as of 2025-03:
 *
 * <pre>
 * cohort 2025-01: L1 100,000.00, L2 200,000.00, L4 30,000.00 -> 3 loans, 330,000.00
 *   MOB 0 (2025-01): all at 0 dpd                     -> 0.00 %
 *   MOB 1 (2025-02): L2 at 15 dpd, L4 paid off        -> 0.00 %
 *   MOB 2 (2025-03): L2 at 45 dpd (30+, not 60+)      -> 200,000.00 / 330,000.00 = 60.61 %
 *                                                        by count 1 / 3 = 33.33 %
 * cohort 2025-02: L3 50,000.00 -> 1 loan; MOB 0 and 1 at 0 dpd -> 0.00 %; MOB 2 not yet on book
 * Channel Partner B only: 2025-01 is L2 alone -> MOB 2 = 200,000.00 / 200,000.00 = 100.00 %
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
class VintageViewTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  AppContext context;
  VintageViewModel model;
  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context = new AppContext(new TestWorkbench.FakeService(book), runner, Locale.ENGLISH);
    model = context.model(VintageViewModel.class);
    stage.setScene(new Scene(context.views().load(VintageView.class), 1100, 700));
    stage.show();
  }

  private void openBook(FxRobot robot) {
    robot.interact(context.mainViewModel()::openSample);
    settle(robot);
  }

  /**
   * Runs the held tasks until none is left: a task's result arrives in a later FX event, and may
   * start the next task (the open portfolio starts the vintage computation).
   */
  private void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  /** The on-screen cell of a cohort and MOB. */
  private static TableCell<?, ?> cell(FxRobot robot, String cohort, int mob) {
    return robot.lookup(".heat-cell").queryAllAs(TableCell.class).stream()
        .filter(
            c ->
                c.getTableRow() != null
                    && c.getTableRow().getItem() instanceof GridRow row
                    && row.cohort().equals(cohort)
                    && Integer.valueOf(mob).equals(c.getTableColumn().getUserData()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + cohort + " MOB " + mob));
  }

  private static String text(FxRobot robot, String cohort, int mob) {
    return cell(robot, cohort, mob).getText();
  }

  @Test
  void controlsArePresentAndAPlaceholderShowsBeforeAPortfolioIsOpen(FxRobot robot) {
    for (String id :
        List.of(
            "#dpd30Toggle",
            "#dpd60Toggle",
            "#dpd90Toggle",
            "#netChargeOffToggle",
            "#amountToggle",
            "#countToggle",
            "#monthToggle",
            "#quarterToggle")) {
      assertThat(robot.lookup(id).queryAs(ToggleButton.class)).as(id).isNotNull();
    }
    assertThat(robot.lookup("#dpd30Toggle").queryAs(ToggleButton.class).isSelected()).isTrue();
    assertThat(robot.lookup("#amountToggle").queryAs(ToggleButton.class).isSelected()).isTrue();
    assertThat(robot.lookup("#gridTable").queryAs(TableView.class)).isNotNull();
    assertThat(robot.lookup("#cohortList").queryAs(ListView.class)).isNotNull();
    assertThat(robot.lookup("#curveChart").queryAs(LineChart.class)).isNotNull();
    Label placeholder = robot.lookup("#placeholderLabel").queryAs(Label.class);
    assertThat(placeholder.isVisible()).isTrue();
    assertThat(placeholder.getText()).isEqualTo("Open a portfolio to see its vintages.");
  }

  @Test
  void gridShowsTheHandWorkedRatesAndCohortSizes(FxRobot robot) {
    openBook(robot);

    assertThat(model.placeholderProperty().get()).isEmpty();
    assertThat(robot.lookup("#placeholderLabel").queryAs(Label.class).isVisible()).isFalse();
    assertThat(model.rows()).extracting(GridRow::cohort).containsExactly("2025-01", "2025-02");
    assertThat(model.rows().get(0).loansText()).isEqualTo("3");
    assertThat(model.rows().get(0).principalText()).isEqualTo("330,000.00");
    assertThat(text(robot, "2025-01", 0)).isEqualTo("0.00%");
    assertThat(text(robot, "2025-01", 1)).isEqualTo("0.00%");
    assertThat(text(robot, "2025-01", 2)).isEqualTo("60.61%");
    assertThat(text(robot, "2025-02", 0)).isEqualTo("0.00%");
    assertThat(text(robot, "2025-02", 1)).isEqualTo("0.00%");
    assertThat(cell(robot, "2025-01", 2).getTooltip().getText())
        .contains("Bad (30+ DPD): 1 of 3 loans, 33.33%")
        .contains("Bad principal: CNY 200,000.00 of CNY 330,000.00, 60.61%")
        .contains("Click to list these loans (1).");
    assertThat(cell(robot, "2025-01", 2).getStyle()).contains("-fx-background-color");
  }

  @Test
  void immatureCellIsEmpty(FxRobot robot) {
    openBook(robot);

    // 2025-02 has been on book for MOB 0 and 1 only at 2025-03
    TableCell<?, ?> young = cell(robot, "2025-02", 2);
    assertThat(young.getText()).isNull();
    assertThat(young.getTooltip()).isNull();
    assertThat(young.getStyle()).isEmpty();
    assertThat(model.rows().get(1).cell(2)).isEmpty();
  }

  @Test
  void filterAndSettingsUpdateTheFigures(FxRobot robot) {
    openBook(robot);

    robot.interact(
        () ->
            context
                .screens()
                .state()
                .filterProperty()
                .set(new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Partner B")))));
    settle(robot);
    // the title line names the scope of the figures: the sample's last month and the channel
    assertThat(robot.lookup("#scopeLabel").queryAs(Label.class).getText())
        .isEqualTo("As of 2025-03 · Channel: Partner B");
    assertThat(model.rows().get(0).loansText()).isEqualTo("1");
    assertThat(text(robot, "2025-01", 2)).isEqualTo("100.00%");

    robot.interact(() -> context.screens().state().filterProperty().set(SegmentFilter.NONE));
    assertThat(robot.lookup("#scopeLabel").queryAs(Label.class).getText())
        .isEqualTo("As of 2025-03 · all loans");
    robot.clickOn("#countToggle");
    settle(robot);
    assertThat(text(robot, "2025-01", 2)).isEqualTo("33.33%");

    robot.clickOn("#dpd60Toggle");
    settle(robot);
    assertThat(text(robot, "2025-01", 2)).isEqualTo("0.00%");
  }

  @Test
  void busyStateShowsWhileComputingAndClears(FxRobot robot) {
    openBook(robot);
    ProgressIndicator busy = robot.lookup("#busyIndicator").queryAs(ProgressIndicator.class);
    assertThat(busy.isVisible()).isFalse();

    robot.clickOn("#dpd60Toggle");

    assertThat(busy.isVisible()).isTrue();
    assertThat(robot.lookup("#busyLabel").queryAs(Label.class).isVisible()).isTrue();
    settle(robot);
    assertThat(busy.isVisible()).isFalse();
    assertThat(model.shownMeasureProperty().get()).isEqualTo(VintageViewModel.Measure.DPD_60);
  }

  @Test
  void figuresEqualTheAnalysisForTheSameScope(FxRobot robot) {
    openBook(robot);
    robot.clickOn("#quarterToggle");
    settle(robot);
    robot.clickOn("#monthToggle");
    settle(robot);

    VintageResult expected =
        VintageAnalysis.run(
            context.screens().state().scope().orElseThrow().resolve(), VintageParams.DEFAULT);
    Formats formats = new Formats(Locale.ENGLISH);
    for (String cohort : expected.cohorts()) {
      for (int k = 0; k <= expected.maxMob(cohort).orElseThrow(); k++) {
        assertThat(text(robot, cohort, k))
            .as("%s MOB %d", cohort, k)
            .isEqualTo(formats.percent(expected.rate(cohort, k).orElseThrow()));
      }
    }
  }

  @Test
  void clickingACellListsTheLoansBehindIt(FxRobot robot) {
    openBook(robot);
    TableCell<?, ?> cell = cell(robot, "2025-01", 2);
    assertThat(cell.getTooltip().getText()).contains("(1)");

    robot.clickOn(cell);
    settle(robot);

    LoanSelection selection = context.screens().state().drillDownProperty().get();
    assertThat(selection.size()).isEqualTo(1);
    assertThat(selection.size()).isEqualTo(((VintageViewModel.GridCell) cell.getItem()).loans());
    assertThat(book.book().loanIds()[selection.loans()[0]]).isEqualTo("L2");
    assertThat(selection.title()).isEqualTo("Vintage 2025-01, MOB 2: 30+ DPD");
  }

  @Test
  void chartShowsTheChosenCohorts(FxRobot robot) {
    openBook(robot);

    // The longest cohort is 2 months on book: only 2025-01 has reached it, 2025-02 is younger
    assertThat(model.curves())
        .extracting(VintageViewModel.Curve::cohort)
        .containsExactly("2025-01");
    @SuppressWarnings("unchecked")
    LineChart<Number, Number> chart = robot.lookup("#curveChart").queryAs(LineChart.class);
    assertThat(chart.getData()).hasSize(1);
    assertThat(chart.getData().get(0).getData().get(2).getYValue()).isEqualTo(200_000.0 / 330_000);

    robot.interact(() -> model.chooseCohorts(Set.of("2025-02")));
    assertThat(chart.getData()).extracting(s -> s.getName()).containsExactly("2025-02");
    assertThat(Optional.ofNullable(chart.getTitle())).contains("30+ DPD curves by cohort");
  }

  /**
   * Data from 2025-01 to 2025-03: E1 (1,000.00) was originated in 2024-12, before the data starts,
   * so its MOB 0 was never observed; N1 (2,000.00) in 2025-01. Both stay current.
   */
  private static LoadedPortfolio bookWithASeasonedLoan() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Seasoned");
    b.meta("currency", "CNY");
    b.addBorrower("B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Jiangsu", "Retail");
    int e1 =
        b.addLoan(
            "E1", "B1", "Credit loan", "Online", "A", LocalDate.parse("2024-12-20"), 100_000, 0.1);
    int n1 =
        b.addLoan(
            "N1", "B1", "Credit loan", "Online", "A", LocalDate.parse("2025-01-10"), 200_000, 0.1);
    int jan = Months.ordinal(YearMonth.of(2025, 1));
    for (int m = 0; m < 3; m++) {
      b.addMonth(e1, jan + m, 100_000, 0, LoadedPortfolio.ACTIVE, 0, 0);
      b.addMonth(n1, jan + m, 200_000, 0, LoadedPortfolio.ACTIVE, 0, 0);
    }
    return b.build();
  }

  @Test
  void cohortsFromBeforeTheDataAreHiddenUnlessAsked(FxRobot robot) {
    OpenedPortfolio seasoned = TestWorkbench.opened(bookWithASeasonedLoan());
    context = new AppContext(new TestWorkbench.FakeService(seasoned), runner, Locale.ENGLISH);
    model = context.model(VintageViewModel.class);
    robot.interact(() -> stage.setScene(new Scene(context.views().load(VintageView.class))));
    openBook(robot);

    assertThat(model.rows()).extracting(GridRow::cohort).containsExactly("2025-01");
    CheckBox unobserved = robot.lookup("#unobservedCheck").queryAs(CheckBox.class);
    assertThat(unobserved.getText()).isEqualTo("Cohorts from before 2025-01 (1 hidden)");

    robot.clickOn("#unobservedCheck");
    settle(robot);

    assertThat(model.rows()).extracting(GridRow::cohort).containsExactly("2024-12", "2025-01");
    assertThat(unobserved.getText()).isEqualTo("Cohorts from before 2025-01 (0 hidden)");
  }
}
