package com.riskworkbench.ui.vintage;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.HeatScale;
import com.riskworkbench.ui.vintage.VintageViewModel.GridRow;
import com.riskworkbench.ui.vintage.VintageViewModel.Measure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Vintage screen's chart and colours: the cohorts picked for the chart start again when the
 * scope changes, the heat map's colours are on a fixed scale per measure, and the rate axis ticks
 * at readable steps. On the small book of {@link TestWorkbench} unless said otherwise (see {@link
 * VintageViewTest} for its figures).
 */
@ExtendWith(ApplicationExtension.class)
class VintageChoiceAndScaleTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  AppContext context;
  VintageViewModel model;
  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1100, 700));
    stage.show();
  }

  private void open(FxRobot robot, LoadedPortfolio book) {
    context =
        new AppContext(
            new TestWorkbench.FakeService(TestWorkbench.opened(book)), runner, Locale.ENGLISH);
    model = context.model(VintageViewModel.class);
    robot.interact(
        () -> stage.setScene(new Scene(context.views().load(VintageView.class), 1100, 700)));
    robot.interact(context.mainViewModel()::openSample);
    settle(robot);
  }

  private void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Set<String> chosen() {
    return Set.copyOf(
        model.cohorts().stream()
            .filter(c -> c.chosenProperty().get())
            .map(CohortChoice::cohort)
            .toList());
  }

  private void setFilter(FxRobot robot, SegmentFilter filter) {
    robot.interact(() -> context.screens().state().filterProperty().set(filter));
    settle(robot);
  }

  @Test
  void chosenCohortsStayWhenOnlyTheMeasureChanges(FxRobot robot) {
    open(robot, TestWorkbench.smallBook());
    // by default the latest cohort as long on book as the longest (2 months): 2025-01
    assertThat(chosen()).containsExactly("2025-01");
    robot.interact(() -> model.chooseCohorts(Set.of("2025-02")));

    robot.interact(() -> model.measureProperty().set(Measure.DPD_60));
    settle(robot);

    assertThat(chosen()).containsExactly("2025-02");
  }

  @Test
  void chosenCohortsResetWhenTheFiltersChange(FxRobot robot) {
    open(robot, TestWorkbench.smallBook());
    robot.interact(() -> model.chooseCohorts(Set.of("2025-02")));

    // Partner B keeps both cohorts (L2 of 2025-01, L3 of 2025-02): 2025-02 could stay, but the
    // pick starts again from the default, 2025-01 (2 months on book)
    setFilter(robot, new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Partner B"))));

    assertThat(model.rows()).extracting(GridRow::cohort).containsExactly("2025-01", "2025-02");
    assertThat(chosen()).containsExactly("2025-01");
    assertThat(model.curves())
        .extracting(VintageViewModel.Curve::cohort)
        .containsExactly("2025-01");
  }

  @Test
  void chosenCohortsResetWhenTheAsOfMonthChanges(FxRobot robot) {
    open(robot, TestWorkbench.smallBook());
    robot.interact(() -> model.chooseCohorts(Set.of("2025-02")));

    // as of 2025-02 both cohorts are still there; the longest is 1 month on book: 2025-01
    robot.interact(() -> context.screens().state().asOfProperty().set(YearMonth.of(2025, 2)));
    settle(robot);

    assertThat(model.rows()).extracting(GridRow::cohort).containsExactly("2025-01", "2025-02");
    assertThat(chosen()).containsExactly("2025-01");
  }

  /**
   * Data 2025-01 to 2025-03. Cohort 2025-01, channel Branch: X 10,000.00 at 30 dpd from 2025-02, Y
   * 90,000.00 always current: 30+ at MOB 1 = 10,000 / 100,000 = 10.00 %. Cohort 2025-02, channel
   * Online: Z 5,000.00 at 30 dpd in 2025-03: MOB 1 = 100.00 %.
   */
  private static LoadedPortfolio twoChannels() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Two channels");
    b.meta("currency", "CNY");
    b.addBorrower("B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Jiangsu", "Retail");
    LocalDate jan10 = LocalDate.parse("2025-01-10");
    int x = b.addLoan("X", "B1", "Credit loan", "Branch", "A", jan10, 1_000_000, 0.1);
    int y = b.addLoan("Y", "B1", "Credit loan", "Branch", "A", jan10, 9_000_000, 0.1);
    int z =
        b.addLoan(
            "Z", "B1", "Credit loan", "Online", "A", LocalDate.parse("2025-02-10"), 500_000, 0.1);
    int jan = Months.ordinal(YearMonth.of(2025, 1));
    byte active = LoadedPortfolio.ACTIVE;
    b.addMonth(x, jan, 1_000_000, 0, active, 0, 0);
    b.addMonth(x, jan + 1, 1_000_000, 30, active, 0, 0);
    b.addMonth(x, jan + 2, 1_000_000, 30, active, 0, 0);
    for (int m = 0; m < 3; m++) {
      b.addMonth(y, jan + m, 9_000_000, 0, active, 0, 0);
    }
    b.addMonth(z, jan + 1, 500_000, 0, active, 0, 0);
    b.addMonth(z, jan + 2, 500_000, 30, active, 0, 0);
    return b.build();
  }

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

  @Test
  void theSameRateHasTheSameColourWhateverElseIsInView(FxRobot robot) {
    open(robot, twoChannels());
    assertThat(cell(robot, "2025-02", 1).getText()).isEqualTo("100.00%");
    TableCell<?, ?> tenPercent = cell(robot, "2025-01", 1);
    assertThat(tenPercent.getText()).isEqualTo("10.00%");
    String withOnline = tenPercent.getStyle();

    // Branch only: 10 % is now the highest rate in view, yet keeps its colour
    setFilter(robot, new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Branch"))));
    assertThat(model.rows()).extracting(GridRow::cohort).containsExactly("2025-01");
    String branchOnly = cell(robot, "2025-01", 1).getStyle();

    assertThat(branchOnly).isEqualTo(withOnline);
    // red at 20 % for 30+ DPD: 10 % is half way along the ramp
    assertThat(branchOnly).isEqualTo(HeatScale.style(0.10 / 0.20, HeatScale.Ramp.RISK));
  }

  @Test
  void eachMeasureHasItsOwnFixedRedPoint(FxRobot robot) {
    open(robot, twoChannels());
    assertThat(model.scaleMaxProperty().get()).isEqualTo(0.20);

    robot.interact(() -> model.measureProperty().set(Measure.DPD_60));
    settle(robot);
    // no loan reached 60 dpd: every cell is 0 %, and the scale still reds at 15 %
    assertThat(model.scaleMaxProperty().get()).isEqualTo(0.15);
  }

  @Test
  void rateAxisTicksAtReadableStepsWithTheirOwnDecimals(FxRobot robot) {
    open(robot, TestWorkbench.smallBook());
    @SuppressWarnings("unchecked")
    LineChart<Number, Number> chart = robot.lookup("#curveChart").queryAs(LineChart.class);
    NumberAxis rates = (NumberAxis) chart.getYAxis();

    // the rate axis is 3 steps of at least 45 px long in this 1100 × 700 window
    assertThat(rates.getHeight()).isBetween(135.0, 180.0);
    // the 2025-01 curve reaches 60.61 %: in at most 3 steps, 10 % needs 7, 20 % needs 4, 25 % 3
    assertThat(tickLabels(rates)).containsExactly("0%", "25%", "50%", "75%");

    robot.interact(() -> model.weightProperty().set(VintageParams.Weight.COUNT));
    settle(robot);
    // by count 1 of 3 = 33.33 %: 10 % needs 4 steps, 20 % needs 2
    assertThat(tickLabels(rates)).containsExactly("0%", "20%", "40%");
  }

  private static List<String> tickLabels(NumberAxis axis) {
    WaitForAsyncUtils.waitForFxEvents();
    // what each tick shows: its value through the axis's label formatter
    return axis.getTickMarks().stream()
        .map(t -> axis.getTickLabelFormatter().toString(t.getValue()))
        .toList();
  }
}
