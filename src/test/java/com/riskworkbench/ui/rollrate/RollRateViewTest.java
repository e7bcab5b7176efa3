package com.riskworkbench.ui.rollrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FlowRateAnalysis;
import com.riskworkbench.analysis.FlowRateResult;
import com.riskworkbench.analysis.RollRateAnalysis;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.rollrate.RollRateViewModel.FlowSeries;
import com.riskworkbench.ui.rollrate.RollRateViewModel.MatrixCell;
import com.riskworkbench.ui.rollrate.RollRateViewModel.MatrixRow;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Roll rates screen on the small book of {@link TestWorkbench}, as of 2025-03, window 6: the
 * months t+1 with a month before them are 2025-02 and 2025-03.
 *
 * <pre>
 * t = 2025-01 -> 02: L1 CURRENT -> CURRENT (100,000.00), L2 CURRENT -> 1–29 (200,000.00),
 *                    L4 CURRENT -> PAID_OFF (30,000.00)
 * t = 2025-02 -> 03: L1 CURRENT -> CURRENT (90,000.00), L3 CURRENT -> CURRENT (50,000.00),
 *                    L2 1–29 -> 30–59 (195,000.00)
 * CURRENT row: 5 transitions, 470,000.00
 *   -> CURRENT 3 (60.00 %), by balance 240,000.00 / 470,000.00 = 51.06 %; distinct loans L1, L3: 2
 *   -> 1–29    1 (20.00 %), by balance 200,000.00 / 470,000.00 = 42.55 %
 *   -> PAID_OFF 1 (20.00 %), by balance 30,000.00 / 470,000.00 = 6.38 %
 *   roll forward 1 / 5 = 20.00 %; cure not defined for CURRENT
 * 1–29 row: 1 transition -> 30–59 (100.00 %); roll forward 100.00 %, cure 0.00 %
 * 30–59 row: no transitions -> "—"
 * Window 1 (t+1 = 2025-03 only): CURRENT -> CURRENT 2 of 2 = 100.00 %
 * Channel Online (L1, L4): CURRENT -> CURRENT 2 of 3 = 66.67 %, -> PAID_OFF 33.33 %
 * Flow rates: 2025-02 1–29 = 195,000.00 / CURRENT 2025-01 330,000.00 = 59.09 %;
 *             2025-03 30–59 = 195,000.00 / 1–29 2025-02 195,000.00 = 100.00 %
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
class RollRateViewTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  AppContext context;
  RollRateViewModel model;

  @Start
  void start(Stage stage) {
    context = new AppContext(new TestWorkbench.FakeService(book), runner, Locale.ENGLISH);
    model = context.model(RollRateViewModel.class);
    stage.setScene(new Scene(context.views().load(RollRateView.class), 1100, 700));
    stage.show();
  }

  private void openBook(FxRobot robot) {
    robot.interact(context.mainViewModel()::openSample);
    settle(robot);
  }

  /**
   * Runs held tasks until none is left: a result arrives in a later FX event and may start more.
   */
  private void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  /** The on-screen matrix cell of a move. */
  private TableCell<?, ?> cell(FxRobot robot, String from, String to) {
    int column = model.toStates().indexOf(to);
    return robot.lookup(".heat-cell").queryAllAs(TableCell.class).stream()
        .filter(
            c ->
                c.getTableRow() != null
                    && c.getTableRow().getItem() instanceof MatrixRow row
                    && row.from().equals(from)
                    && Integer.valueOf(column).equals(c.getTableColumn().getUserData()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + from + " -> " + to));
  }

  private String text(FxRobot robot, String from, String to) {
    return cell(robot, from, to).getText();
  }

  private MatrixRow rates(String from) {
    return model.rows().stream().filter(r -> r.from().equals(from)).findFirst().orElseThrow();
  }

  @Test
  void controlsArePresentAndAPlaceholderShowsBeforeAPortfolioIsOpen(FxRobot robot) {
    @SuppressWarnings("unchecked")
    ComboBox<Integer> window = robot.lookup("#windowBox").queryAs(ComboBox.class);
    assertThat(window.getItems()).containsExactly(1, 3, 6, 12, 0);
    assertThat(window.getValue()).isEqualTo(6);
    assertThat(window.getConverter().toString(0)).isEqualTo("All months");
    assertThat(robot.lookup("#countToggle").queryAs(ToggleButton.class).isSelected()).isTrue();
    assertThat(robot.lookup("#balanceToggle").queryAs(ToggleButton.class)).isNotNull();
    @SuppressWarnings("unchecked")
    TableView<MatrixRow> matrix = robot.lookup("#matrixTable").queryAs(TableView.class);
    assertThat(matrix.getColumns())
        .extracting(TableColumn::getText)
        .containsExactly("State at t", "Transitions", "State at t+1", "Rates");
    assertThat(robot.lookup("#flowChart").queryAs(LineChart.class)).isNotNull();
    assertThat(robot.lookup("#lastBucketCheck").queryAs(CheckBox.class).isSelected()).isFalse();
    Label placeholder = robot.lookup("#placeholderLabel").queryAs(Label.class);
    assertThat(placeholder.isVisible()).isTrue();
    assertThat(placeholder.getText()).isEqualTo("Open a portfolio to see its roll rates.");
  }

  @Test
  void matrixShowsTheHandWorkedRowPercentagesWithCountsOnHover(FxRobot robot) {
    openBook(robot);

    assertThat(model.rows()).extracting(MatrixRow::label).startsWith("Current", "1–29 DPD");
    assertThat(model.rows().get(0).total()).isEqualTo("5");
    assertThat(text(robot, "CURRENT", "CURRENT")).isEqualTo("60.00%");
    assertThat(text(robot, "CURRENT", "DPD_1_29")).isEqualTo("20.00%");
    assertThat(text(robot, "CURRENT", "PAID_OFF")).isEqualTo("20.00%");
    assertThat(text(robot, "CURRENT", "MISSING")).isEqualTo("0.00%");
    assertThat(text(robot, "DPD_1_29", "DPD_30_59")).isEqualTo("100.00%");
    assertThat(text(robot, "DPD_30_59", "DPD_30_59")).isEqualTo("—");
    assertThat(cell(robot, "CURRENT", "CURRENT").getTooltip().getText())
        .contains("Current → Current")
        .contains("Transitions: 3 of 5, 60.00%")
        .contains("Balance at month t: CNY 240,000.00 of CNY 470,000.00, 51.06%")
        .contains("Distinct loans: 2")
        // Wilson, 3 of 5, z = 1.96: centre (0.6 + 0.384) / 1.768 = 0.5566,
        // half-width 1.96 × √(0.048 + 0.0384) / 1.768 = 0.3258 -> 23.07 % to 88.24 %
        .contains("95 % interval of the share: 23.07% – 88.24% (this cell alone)")
        .contains("listed once")
        .contains("Click to list these loans (2).");
    assertThat(cell(robot, "CURRENT", "CURRENT").getStyle()).contains("-fx-background-color");
  }

  @Test
  void rollForwardAndCureRatesFollowTheBasis(FxRobot robot) {
    openBook(robot);

    assertThat(rates("CURRENT").rollForward()).isEqualTo("20.00%");
    assertThat(rates("CURRENT").cure()).isEqualTo("—");
    assertThat(rates("DPD_1_29").rollForward()).isEqualTo("100.00%");
    assertThat(rates("DPD_1_29").cure()).isEqualTo("0.00%");

    robot.clickOn("#balanceToggle");

    // no recomputation: both bases were built with the result
    assertThat(runner.held).isEmpty();
    assertThat(text(robot, "CURRENT", "CURRENT")).isEqualTo("51.06%");
    assertThat(text(robot, "CURRENT", "DPD_1_29")).isEqualTo("42.55%");
    assertThat(text(robot, "CURRENT", "PAID_OFF")).isEqualTo("6.38%");
    assertThat(model.rows().get(0).total()).isEqualTo("470,000.00");
    // roll forward by balance: 200,000.00 / 470,000.00
    assertThat(rates("CURRENT").rollForward()).isEqualTo("42.55%");
  }

  @Test
  void windowAndFilterChangesUpdateTheFigures(FxRobot robot) {
    openBook(robot);

    robot.interact(() -> model.windowProperty().set(1));
    settle(robot);
    assertThat(text(robot, "CURRENT", "CURRENT")).isEqualTo("100.00%");
    assertThat(model.resultProperty().get().months()).containsExactly(YearMonth.of(2025, 3));

    robot.interact(() -> model.windowProperty().set(6));
    robot.interact(
        () ->
            context
                .screens()
                .state()
                .filterProperty()
                .set(new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("Online")))));
    settle(robot);
    assertThat(text(robot, "CURRENT", "CURRENT")).isEqualTo("66.67%");
    assertThat(text(robot, "CURRENT", "PAID_OFF")).isEqualTo("33.33%");
  }

  @Test
  void busyStateShowsWhileComputingAndClears(FxRobot robot) {
    openBook(robot);
    ProgressIndicator busy = robot.lookup("#busyIndicator").queryAs(ProgressIndicator.class);
    assertThat(busy.isVisible()).isFalse();

    robot.interact(() -> model.windowProperty().set(3));

    assertThat(busy.isVisible()).isTrue();
    assertThat(robot.lookup("#busyLabel").queryAs(Label.class).isVisible()).isTrue();
    settle(robot);
    assertThat(busy.isVisible()).isFalse();
  }

  @Test
  void figuresEqualTheAnalysisForTheSameScope(FxRobot robot) {
    openBook(robot);

    var scope = context.screens().state().scope().orElseThrow().resolve();
    RollRateResult expected = RollRateAnalysis.run(scope, DelinquencyBuckets.DEFAULT, 6);
    Formats formats = new Formats(Locale.ENGLISH);
    for (String from : expected.fromStates()) {
      for (String to : expected.toStates()) {
        var share = expected.loanShare(from, to);
        MatrixCell shown = (MatrixCell) cell(robot, from, to).getItem();
        assertThat(shown.text())
            .as("%s -> %s", from, to)
            .isEqualTo(formats.percent(share.isPresent() ? share.getAsDouble() : Double.NaN));
        assertThat(shown.transitions()).isEqualTo(expected.loans(from, to));
      }
    }
    FlowRateResult flows = FlowRateAnalysis.run(scope, DelinquencyBuckets.DEFAULT, 0);
    FlowSeries first = model.flowSeries().get(0);
    assertThat(first.bucket()).isEqualTo("DPD_1_29");
    assertThat(first.points().get(0).rate())
        .isEqualTo(flows.flowRate(YearMonth.of(2025, 2), "DPD_1_29").orElseThrow())
        .isCloseTo(195_000.0 / 330_000.0, within(1e-12));
  }

  @Test
  void flowChartLeavesOutTheOpenEndedBucketUnlessAsked(FxRobot robot) {
    openBook(robot);
    @SuppressWarnings("unchecked")
    LineChart<Number, Number> chart = robot.lookup("#flowChart").queryAs(LineChart.class);

    assertThat(chart.getData())
        .extracting(s -> s.getName())
        .containsExactly("1–29 DPD", "30–59 DPD", "60–89 DPD");
    // 30–59 at 2025-03: 195,000.00 / 195,000.00; its 2025-02 point (0 / 0) is left out
    assertThat(chart.getData().get(1).getData()).hasSize(1);
    assertThat(chart.getData().get(1).getData().get(0).getYValue()).isEqualTo(1.0);

    robot.clickOn("#lastBucketCheck");
    assertThat(chart.getData()).hasSize(4);
  }

  @Test
  void clickingACellListsTheDistinctLoansBehindIt(FxRobot robot) {
    openBook(robot);
    TableCell<?, ?> cell = cell(robot, "CURRENT", "CURRENT");
    MatrixCell shown = (MatrixCell) cell.getItem();
    assertThat(shown.loans()).isEqualTo(2);
    assertThat(cell.getTooltip().getText()).contains("(" + shown.loans() + ")");

    robot.clickOn(cell);
    settle(robot);

    LoanSelection selection = context.screens().state().drillDownProperty().get();
    assertThat(selection.size()).isEqualTo(shown.loans());
    assertThat(Arrays.stream(selection.loans()).mapToObj(i -> book.book().loanIds()[i]))
        .containsExactly("L1", "L3");
    assertThat(selection.title()).isEqualTo("Roll rates 2025-02 to 2025-03: Current → Current");
  }
}
