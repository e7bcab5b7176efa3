package com.riskworkbench.ui.collections;

import static com.riskworkbench.ui.ScreenTests.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.CollectionsAnalysis;
import com.riskworkbench.analysis.CollectionsResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.ui.CasesBook;
import com.riskworkbench.ui.ScreenTests;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.Formats;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Collections screen on {@link CasesBook}, whose actions are listed in its comment. */
@ExtendWith(ApplicationExtension.class)
class CollectionsViewTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  AppContext context;

  @Start
  void start(Stage stage) {
    context =
        new AppContext(CasesBook.service(Path.of("/data/case-book.mv.db")), runner, Locale.ENGLISH);
    stage.setScene(new Scene(context.views().load(CollectionsView.class), 1090, 680));
    stage.show();
  }

  private void openBook(FxRobot robot) {
    robot.interact(context.mainViewModel()::openSample);
    ScreenTests.settle(robot, runner);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void saysWhatToDoBeforeAPortfolioIsOpen(FxRobot robot) {
    assertThat(text(robot, "#emptyLabel"))
        .isEqualTo("Open a portfolio to see its collection actions.");
    assertThat(robot.lookup("#collectionsTabs").query().isVisible()).isFalse();
  }

  @Test
  void actionsByMonthAndTypeAsWorkedOut(FxRobot robot) {
    openBook(robot);

    // 2025-02: A1 SMS (no contact), A2 Call (promise); 2025-03: A3 + A5 Call (paid 5,000.00,
    // contacted), A4 Visit (refused: reached). Types in declared order SMS, Call, Visit.
    assertThat(row(robot, "#monthTable", 0))
        .containsExactly("2025-02", "SMS", "1", "0", "0.0%", "0", "0.0%", "0", "0.00");
    assertThat(row(robot, "#monthTable", 1))
        .containsExactly("2025-02", "Call", "1", "1", "100.0%", "1", "100.0%", "0", "0.00");
    assertThat(row(robot, "#monthTable", 2))
        .containsExactly("2025-03", "Call", "2", "2", "100.0%", "0", "0.0%", "1", "5,000.00");
    assertThat(row(robot, "#monthTable", 3))
        .containsExactly("2025-03", "Visit", "1", "1", "100.0%", "0", "0.0%", "0", "0.00");
    // 5 actions, 4 reached the borrower (80 %), 1 promise (20 %); nothing charged off: no rate
    assertThat(text(robot, "#actionsValue")).isEqualTo("5");
    assertThat(text(robot, "#contactValue")).isEqualTo("80.0%");
    assertThat(text(robot, "#promiseValue")).isEqualTo("20.0%");
    assertThat(text(robot, "#recoveredValue")).isEqualTo("CNY 5,000.00");
    assertThat(text(robot, "#recoveryRateValue")).isEqualTo("—");

    @SuppressWarnings("unchecked")
    StackedBarChart<String, Number> chart =
        robot.lookup("#actionsChart").queryAs(StackedBarChart.class);
    assertThat(chart.getData())
        .extracting(s -> s.getName())
        .containsExactly("SMS", "Call", "Visit");
    // Call: 1 in 2025-02, 2 in 2025-03
    assertThat(chart.getData().get(1).getData())
        .extracting(d -> d.getXValue() + "=" + d.getYValue())
        .containsExactly("2025-02=1", "2025-03=2");
    assertThat(chart.getXAxis().getLabel()).isEqualTo("Month of action");
    assertThat(chart.getYAxis().getLabel()).isEqualTo("Actions");
  }

  @Test
  void figuresEqualTheAnalysisOfTheSameScope(FxRobot robot) {
    openBook(robot);
    robot.interact(() -> context.screens().state().asOfProperty().set(YearMonth.of(2025, 2)));
    ScreenTests.settle(robot, runner);

    CollectionsResult r =
        CollectionsAnalysis.run(
            AnalysisScope.of(
                CasesBook.book(), Optional.of(YearMonth.of(2025, 2)), SegmentFilter.NONE));
    Formats f = new Formats(Locale.ENGLISH);
    var call = r.cell(YearMonth.of(2025, 2), ActionType.CALL).orElseThrow();
    assertThat(context.model(CollectionsViewModel.class).cells()).hasSize(r.cells().size());
    assertThat(row(robot, "#monthTable", 1))
        .containsExactly(
            "2025-02",
            "Call",
            f.count(call.actions()),
            f.count(call.contacted()),
            f.percent(call.contactRate(), 1),
            f.count(call.promises()),
            f.percent(call.promiseRate(), 1),
            f.count(call.paid()),
            f.amount(call.amountRecoveredCents() / 100.0));
    assertThat(text(robot, "#contactValue")).isEqualTo(f.percent(r.total().contactRate(), 1));
  }
}
