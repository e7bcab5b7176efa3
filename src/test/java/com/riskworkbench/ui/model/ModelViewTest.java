package com.riskworkbench.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.app.AppContext;
import com.riskworkbench.testing.ScoredBook;
import com.riskworkbench.ui.ScreenTests;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.LoanSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Model monitoring screen on {@link ScoredBook} as of 2025-01 (its figures worked out there):
 * 2024-01 past the 12-month window with KS 0.667, AUC 0.917, Gini 0.833, bad rate 40 %, PSI 0.073
 * (stable); 2024-02 PSI 0.073 (stable) and 2024-03 PSI 2.703 (shifted), both PSI only.
 */
@ExtendWith(ApplicationExtension.class)
class ModelViewTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final List<LoanSelection> drills = new ArrayList<>();
  AppContext context;
  ModelViewModel model;

  @Start
  void start(Stage stage) {
    context =
        new AppContext(
            new TestWorkbench.FakeService(TestWorkbench.opened(ScoredBook.build())),
            runner,
            Locale.ENGLISH);
    model = context.model(ModelViewModel.class);
    context
        .screens()
        .state()
        .drillDownProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                drills.add(now);
              }
            });
    stage.setScene(new Scene(context.views().load(ModelView.class), 1060, 640));
    stage.show();
  }

  private void open(FxRobot robot) {
    robot.interact(context.mainViewModel()::openSample);
    ScreenTests.settle(robot, runner);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private void tab(FxRobot robot, int index) {
    robot.interact(
        () -> robot.lookup("#modelTabs").queryAs(TabPane.class).getSelectionModel().select(index));
  }

  @Test
  void beforeAPortfolioTheScreenSaysToOpenOne(FxRobot robot) {
    assertThat(text(robot, "#placeholderLabel"))
        .isEqualTo("Open a portfolio to monitor its scorecard.");
    assertThat(robot.lookup("#body").query().isVisible()).isFalse();
  }

  @Test
  void tilesShowTheLatestMatureCohortAndTheLatestCohortsPsiBand(FxRobot robot) {
    open(robot);

    assertThat(text(robot, "#ksValue")).isEqualTo("0.667");
    assertThat(text(robot, "#aucValue")).isEqualTo("0.917");
    assertThat(text(robot, "#giniValue")).isEqualTo("0.833");
    // 2 bads, fewer than the 20 below which the tiles caution
    assertThat(text(robot, "#ksDetail"))
        .isEqualTo("cohort 2024-01 · 5 loans, only 2 bad: read with care");
    assertThat(text(robot, "#psiValue")).isEqualTo("2.703");
    assertThat(text(robot, "#psiDetail")).isEqualTo("cohort 2024-03 · Shifted");
    assertThat(robot.lookup("#psiTile").queryAs(VBox.class).getStyleClass()).contains("rag-red");
  }

  @Test
  void theTableShowsEachCohortAndImmatureOnesOnlyTheirPsi(FxRobot robot) {
    open(robot);
    tab(robot, 2);

    assertThat(ScreenTests.row(robot, "#cohortTable", 0))
        .containsExactly(
            "2024-01 (baseline)", "5", "40.00%", "0.667", "0.917", "0.833", "0.073", "Stable");
    assertThat(ScreenTests.row(robot, "#cohortTable", 2))
        .containsExactly("2024-03 (baseline)", "5", "—", "—", "—", "—", "2.703", "Shifted");
    TableCell<?, ?> dash =
        robot
            .from(ScreenTests.rowNode(robot, "#cohortTable", 2))
            .lookup(".table-cell")
            .queryAllAs(TableCell.class)
            .stream()
            .filter(c -> "—".equals(c.getText()))
            .findFirst()
            .orElseThrow();
    assertThat(dash.getTooltip().getText())
        .isEqualTo("Not yet 12 months on book (it will be at 2025-03): PSI only");
  }

  @Test
  void aCohortFromBeforeTheDataShowsOnlyWhenAskedFor(FxRobot robot) {
    open(robot);
    tab(robot, 2);

    assertThat(model.rows()).hasSize(3);
    assertThat(robot.lookup("#earlyCheck").queryAs(CheckBox.class).getText())
        .isEqualTo("Cohorts from before 2024-01 (1)");
    robot.clickOn("#earlyCheck");
    ScreenTests.settle(robot, runner);

    // 2023-12 is past the window without a bad: 0 % and dashes; PSI 6.138; the first of the
    // baseline's cohorts (ScoredBook)
    assertThat(ScreenTests.row(robot, "#cohortTable", 0))
        .containsExactly("2023-12 (baseline)", "1", "0.00%", "—", "—", "—", "6.138", "Shifted");
    assertThat(ScreenTests.row(robot, "#cohortTable", 1).get(0)).isEqualTo("2024-01 (baseline)");
  }

  @Test
  void aShorterWindowMakesMoreCohortsMature(FxRobot robot) {
    open(robot);
    // K = 10: 2024-03 + 10 = 2025-01, so all three are past the window; 2024-02 and 2024-03 have
    // no bad loan, so their KS stays a dash while their bad rate is 0 %.
    robot.interact(() -> model.mobProperty().set(10));
    ScreenTests.settle(robot, runner);
    tab(robot, 2);

    assertThat(ScreenTests.row(robot, "#cohortTable", 2))
        .containsExactly("2024-03 (baseline)", "5", "0.00%", "—", "—", "—", "2.703", "Shifted");
    assertThat(model.decileCohorts()).containsExactly("2024-03", "2024-02", "2024-01");
  }

  @Test
  void psiBarsAreInTheSeriesOfTheirBand(FxRobot robot) {
    open(robot);

    @SuppressWarnings("unchecked")
    StackedBarChart<String, Number> chart =
        robot.lookup("#psiChart").queryAs(StackedBarChart.class);
    List<String> names = chart.getData().stream().map(XYChart.Series::getName).toList();
    assertThat(names)
        .containsExactly("Stable (below 0.10)", "Watch (0.10 to 0.25)", "Shifted (above 0.25)");
    // 2024-03 is shifted: its bar is in the third series, zero in the others
    assertThat(chart.getData().get(2).getData().get(2).getYValue().doubleValue())
        .isCloseTo(2.703099, within(1e-6));
    assertThat(chart.getData().get(1).getData().get(2).getYValue().doubleValue()).isZero();
  }

  @Test
  void decilesCompareTheChosenCohortWithTheBaselineAndDrillToTheirLoans(FxRobot robot) {
    open(robot);
    tab(robot, 1);

    assertThat(model.decileCohortProperty().get()).isEqualTo("2024-01");
    // D2 (scores 550 – 600): baseline share 5/16 = 31.25 %, shown 31.2 % (half to even), 2024-01's
    // 2/5 = 40.0 %; bad rate 1/3 in the baseline (its mature loans scored 600 are 2023-12's good
    // one and 2024-01's good and bad ones), 1/2 in 2024-01
    assertThat(ScreenTests.row(robot, "#decileTable", 1))
        .containsExactly("2", "550 – 600", "31.2%", "40.0%", "33.33%", "50.00%");
    TableView<?> table = robot.lookup("#decileTable").queryAs(TableView.class);
    robot.interact(
        () -> {
          table.getSelectionModel().select(1);
          table.requestFocus();
        });
    robot.type(KeyCode.ENTER);
    ScreenTests.settle(robot, runner);

    assertThat(drills).hasSize(1);
    assertThat(drills.get(0).title()).isEqualTo("Score decile 2 (550 – 600) of 2024-01");
    assertThat(drills.get(0).size()).isEqualTo(2);
  }

  @Test
  void aCohortRowDrillsToItsScoredLoans(FxRobot robot) {
    open(robot);
    tab(robot, 2);

    robot.doubleClickOn(ScreenTests.rowNode(robot, "#cohortTable", 1));
    ScreenTests.settle(robot, runner);

    assertThat(drills).hasSize(1);
    assertThat(drills.get(0).title())
        .isEqualTo("Scored loans of cohort 2024-02 (window 12 months, bad at 90+ days)");
    assertThat(drills.get(0).size()).isEqualTo(5);
  }

  @Test
  void aBookWithoutScoresGetsASentenceNotAnError(FxRobot robot) {
    robot.interact(
        () ->
            context
                .mainViewModel()
                .adopt(Optional.of(TestWorkbench.opened(ScoredBook.unscored()))));
    ScreenTests.settle(robot, runner);

    assertThat(text(robot, "#placeholderLabel"))
        .startsWith("No loan in scope up to 2025-01 has a borrower with a credit score")
        .contains("no scorecard to monitor");
    assertThat(robot.lookup("#body").query().isVisible()).isFalse();
  }
}
