package com.riskworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EarlyWarnings;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SingleBorrowerLimits;
import com.riskworkbench.analysis.SummaryAnalysis;
import com.riskworkbench.analysis.WarningThresholds;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.dashboard.DashboardViewModel.CategoryRow;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Dashboard on the small book of {@link TestWorkbench} (figures worked out there): at 2025-03
 * three ACTIVE loans L1 80,000.00 /0, L2 195,000.00 /45, L3 48,000.00 /0, outstanding 323,000.00;
 * 2025-02 outstanding 335,000.00 (L1 90,000 + L2 195,000 + L3 50,000), PAR30 0; 2025-01 330,000.00
 * (L1 100,000 + L2 200,000 + L4 30,000).
 */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  AppContext context;
  DashboardViewModel model;
  WorkbenchState state;

  @Start
  void start(Stage stage) {
    // The window's theme: its looked-up colours are what the screen's stylesheet refers to.
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    context = new AppContext(new TestWorkbench.FakeService(book), runner, Locale.ENGLISH);
    model = context.model(DashboardViewModel.class);
    state = context.screens().state();
    stage.setScene(new Scene(context.views().load(DashboardView.class), 1090, 800));
    stage.show();
  }

  private void openBook(FxRobot robot) {
    robot.interact(context.mainViewModel()::openSample);
    settle(robot);
  }

  /** Runs held tasks until none is left: results arrive on the FX thread and may start more. */
  private void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @SuppressWarnings("unchecked")
  private static TableView<CategoryRow> table(FxRobot robot) {
    return robot.lookup("#categoryTable").queryAs(TableView.class);
  }

  private static int shownCount(FxRobot robot, String id) {
    String text = robot.lookup(id).queryAs(Hyperlink.class).getText();
    return Integer.parseInt(text.replaceAll("[^0-9]", ""));
  }

  @Test
  void showsAnEmptyStateUntilAPortfolioIsOpen(FxRobot robot) {
    assertThat(robot.lookup("#emptyState").queryAs(VBox.class).isVisible()).isTrue();
    assertThat(robot.lookup("#content").query().isVisible()).isFalse();

    openBook(robot);

    assertThat(robot.lookup("#emptyState").queryAs(VBox.class).isVisible()).isFalse();
    assertThat(robot.lookup("#content").query().isVisible()).isTrue();
    assertThat(robot.lookup("#categoryTable").tryQuery()).isPresent();
    assertThat(robot.lookup("#categoryChart").tryQuery()).isPresent();
    assertThat(robot.lookup("#outstandingChart").tryQuery()).isPresent();
    assertThat(robot.lookup("#par30Chart").tryQuery()).isPresent();
    assertThat(robot.lookup("#warningTiles").tryQuery()).isPresent();
  }

  @Test
  void keyFiguresAndTheirChangeOnTheMonth(FxRobot robot) {
    openBook(robot);

    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 323,000.00");
    // 323,000 / 335,000 − 1 = −3.58 %.
    assertThat(text(robot, "#outstandingChange")).isEqualTo("−3.6% vs 2025-02");
    assertThat(text(robot, "#loansValue")).isEqualTo("3");
    assertThat(text(robot, "#loansChange")).isEqualTo("±0.0% vs 2025-02");
    // PAR30 = 195,000 / 323,000 = 60.37 %, from 0 the month before.
    assertThat(text(robot, "#par30Value")).isEqualTo("60.37%");
    assertThat(text(robot, "#par30Change")).isEqualTo("+60.37 pp vs 2025-02");
    // L2 at 45 days is special mention: no NPL.
    assertThat(text(robot, "#nplValue")).isEqualTo("0.00%");
    assertThat(text(robot, "#nplChange")).isEqualTo("±0.00 pp vs 2025-02");
  }

  @Test
  void fiveCategoryTableAndChart(FxRobot robot) {
    openBook(robot);

    // Normal: L1 + L3 = 128,000.00 (39.63 %); special mention: L2 195,000.00 (60.37 %).
    assertThat(table(robot).getItems())
        .extracting(
            CategoryRow::label, CategoryRow::loans, CategoryRow::balance, CategoryRow::share)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Normal", "2", "128,000.00", "39.63%"),
            org.assertj.core.groups.Tuple.tuple("Special mention", "1", "195,000.00", "60.37%"),
            org.assertj.core.groups.Tuple.tuple("Substandard", "0", "0.00", "0.00%"),
            org.assertj.core.groups.Tuple.tuple("Doubtful", "0", "0.00", "0.00%"),
            org.assertj.core.groups.Tuple.tuple("Loss", "0", "0.00", "0.00%"));
    @SuppressWarnings("unchecked")
    BarChart<Number, String> chart = robot.lookup("#categoryChart").queryAs(BarChart.class);
    assertThat(chart.getData().get(0).getData()).hasSize(5);
    assertThat(
            chart.getData().get(0).getData().stream()
                .filter(d -> d.getYValue().equals("Special mention"))
                .findFirst()
                .orElseThrow()
                .getXValue()
                .doubleValue())
        .isCloseTo(195_000.0 / 323_000 * 100, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void trendHasEveryMonthUpToTheAsOfMonth(FxRobot robot) {
    openBook(robot);

    @SuppressWarnings("unchecked")
    AreaChart<String, Number> outstanding =
        robot.lookup("#outstandingChart").queryAs(AreaChart.class);
    @SuppressWarnings("unchecked")
    LineChart<String, Number> par30 = robot.lookup("#par30Chart").queryAs(LineChart.class);
    // In thousands: the largest month (335,000.00) is under a million.
    assertThat(outstanding.getYAxis().getLabel()).isEqualTo("Outstanding (CNY thousand)");
    assertThat(outstanding.getData().get(0).getData())
        .extracting(d -> d.getXValue(), d -> d.getYValue().doubleValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-01", 330.0),
            org.assertj.core.groups.Tuple.tuple("2025-02", 335.0),
            org.assertj.core.groups.Tuple.tuple("2025-03", 323.0));
    assertThat(par30.getData().get(0).getData()).hasSize(3);
    assertThat(par30.getData().get(0).getData().get(1).getYValue().doubleValue()).isZero();
  }

  @Test
  void aFilterChangeUpdatesTheFigures(FxRobot robot) {
    openBook(robot);

    robot.interact(() -> context.mainViewModel().setFilter(Dimension.CHANNEL, List.of("Online")));
    settle(robot);

    // Online at 2025-03: L1 80,000.00 /0 only (L4 paid off in 2025-02); 2025-02: L1 90,000.00.
    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 80,000.00");
    assertThat(text(robot, "#loansValue")).isEqualTo("1");
    assertThat(text(robot, "#par30Value")).isEqualTo("0.00%");
    // 80,000 / 90,000 − 1 = −11.1 %.
    assertThat(text(robot, "#outstandingChange")).isEqualTo("−11.1% vs 2025-02");
  }

  @Test
  void busyStateShowsWhileComputingAndClears(FxRobot robot) {
    openBook(robot);
    ProgressIndicator busy = robot.lookup("#busyIndicator").queryAs(ProgressIndicator.class);
    assertThat(busy.isVisible()).isFalse();

    robot.interact(() -> state.asOfProperty().set(YearMonth.of(2025, 2)));

    assertThat(busy.isVisible()).isTrue();
    settle(robot);
    assertThat(busy.isVisible()).isFalse();
    // 2025-02: L1 90,000 + L2 195,000 + L3 50,000.
    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 335,000.00");
  }

  @Test
  void figuresEqualTheAnalysisResultsForTheSameScope(FxRobot robot) {
    openBook(robot);
    robot.interact(
        () -> context.mainViewModel().setFilter(Dimension.PRODUCT, List.of("Credit loan")));
    settle(robot);

    AnalysisScope scope =
        AnalysisScope.of(
            book.book(),
            Optional.of(YearMonth.of(2025, 3)),
            new SegmentFilter(Map.of(Dimension.PRODUCT, Set.of("Credit loan"))));
    var summary =
        SummaryAnalysis.run(scope, DelinquencyBuckets.DEFAULT, FiveCategoryRule.REGULATORY_2023);
    Formats f = new Formats(Locale.ENGLISH);
    assertThat(text(robot, "#outstandingValue"))
        .isEqualTo(f.moneyShort(summary.asOf().outstandingCents(), "CNY"));
    assertThat(text(robot, "#loansValue")).isEqualTo(f.count(summary.asOf().loans()));
    assertThat(text(robot, "#par30Value")).isEqualTo(f.percent(summary.asOf().par30Ratio()));
    assertThat(text(robot, "#nplValue")).isEqualTo(f.percent(summary.asOf().nplRatio()));
    for (FiveCategory c : FiveCategory.values()) {
      assertThat(table(robot).getItems().get(c.ordinal()).loans())
          .isEqualTo(f.count(summary.asOf().categoryLoans()[c.ordinal()]));
    }
    var warnings =
        EarlyWarnings.run(
            scope,
            DelinquencyBuckets.DEFAULT,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT,
            WarningThresholds.DEFAULT);
    assertThat(robot.lookup("#warningTiles").queryAs(FlowPane.class).getChildren())
        .hasSize(warnings.indicators().size());
    // the same statuses, red first, then amber, green and those not available
    List<EarlyWarnings.Status> byAttention =
        warnings.indicators().stream()
            .map(EarlyWarnings.Indicator::status)
            .sorted(
                java.util.Comparator.comparingInt(
                    s ->
                        List.of(
                                EarlyWarnings.Status.RED,
                                EarlyWarnings.Status.AMBER,
                                EarlyWarnings.Status.GREEN,
                                EarlyWarnings.Status.NOT_AVAILABLE)
                            .indexOf(s)))
            .toList();
    assertThat(model.warnings())
        .extracting(DashboardViewModel.WarningTile::status)
        .containsExactlyElementsOf(byAttention);
    assertThat(text(robot, "#value-par30_ratio"))
        .isEqualTo(f.percent(warnings.indicators().get(0).value()));
    assertThat(text(robot, "#value-largest_segment_share-channel"))
        .isEqualTo(
            f.percent(
                warnings.indicators().stream()
                    .filter(
                        i ->
                            i.indicator().equals("largest_segment_share")
                                && i.dimension().equals("channel"))
                    .findFirst()
                    .orElseThrow()
                    .value()));
  }

  @Test
  void warningTilesShowValueThresholdsStatusAndRule(FxRobot robot) {
    openBook(robot);

    VBox par30 = robot.lookup("#warning-par30_ratio").queryAs(VBox.class);
    assertThat(par30.getStyleClass()).contains("rag-red");
    assertThat(text(robot, "#value-par30_ratio")).isEqualTo("60.37%");
    assertThat(robot.from(par30).lookup(".label").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains(
            "PAR30",
            "Red",
            "Amber ≥ 3.00% · Red ≥ 5.00%",
            "Balance 30+ days past due / outstanding");
    // Channel: Partner B holds 243,000 of 323,000 = 75.23 % ≥ 70 %: red.
    assertThat(text(robot, "#value-largest_segment_share-channel")).isEqualTo("75.23%");
    // No raw codes: the roll rate is named for people.
    assertThat(model.warnings())
        .extracting(DashboardViewModel.WarningTile::title)
        .contains("Current → 1–29 DPD roll rate", "HHI — Channel")
        .noneMatch(t -> t.contains("_"));
  }

  /**
   * The provision ratios read the other way (red below the band's floor, amber up to its ceiling)
   * and name their provisions: the book records none, so ECL-based.
   */
  @Test
  void provisionTilesNameTheirBasisAndTheBand(FxRobot robot) {
    openBook(robot);

    VBox toLoan = robot.lookup("#warning-provision_to_loan-ecl").queryAs(VBox.class);
    assertThat(robot.from(toLoan).lookup(".label").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains(
            "Provision-to-loan ratio — ECL-based provisions (none booked)",
            "Amber ≤ 2.50% · Red < 1.50%");
    VBox coverage = robot.lookup("#warning-provision_coverage-ecl").queryAs(VBox.class);
    assertThat(robot.from(coverage).lookup(".label").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains("Amber ≤ 150.00% · Red < 120.00%");
  }

  /**
   * The book's cohorts hold three and one scored loans (2025-01: L1 700, L2 600, L4 700; 2025-02:
   * L3 650), fewer than the 30 a cohort needs for the score PSI warning: a single loan's PSI is
   * noise (here 7.25 against the baseline), so the tile says not available, grey, and lists no
   * loans rather than showing a red it has not earned.
   */
  @Test
  void scorePsiTileIsNotAvailableForCohortsOfFewerThanThirtyScoredLoans(FxRobot robot) {
    openBook(robot);

    DashboardViewModel.WarningTile tile =
        model.warnings().stream()
            .filter(t -> t.title().startsWith("Score stability"))
            .findFirst()
            .orElseThrow();
    assertThat(tile.status()).isEqualTo(EarlyWarnings.Status.NOT_AVAILABLE);
    assertThat(tile.selection()).isEmpty();
    VBox psi = robot.lookup("#warning-" + tile.id()).queryAs(VBox.class);
    assertThat(psi.getStyleClass()).contains("rag-na");
  }

  @Test
  void aFiveCategoryRowDrillsDownToExactlyItsLoans(FxRobot robot) {
    openBook(robot);

    robot.interact(() -> robot.lookup("#drill-NORMAL").queryAs(Hyperlink.class).fire());

    LoanSelection s = state.drillDownProperty().get();
    // Normal: L1 (index 0) and L3 (index 2), as the row's loans column says.
    assertThat(s.size()).isEqualTo(Integer.parseInt(table(robot).getItems().get(0).loans()));
    assertThat(s.loans()).containsExactly(0, 2);
    assertThat(s.month()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(s.title()).isEqualTo("Normal, as of 2025-03");

    robot.interact(
        () -> {
          table(robot).requestFocus();
          table(robot).getSelectionModel().select(1);
        });
    robot.type(KeyCode.ENTER);

    // Special mention: L2 (index 1).
    assertThat(state.drillDownProperty().get().loans()).containsExactly(1);
  }

  @Test
  void aWarningTileDrillsDownToTheLoansBehindIt(FxRobot robot) {
    openBook(robot);

    robot.interact(() -> robot.lookup("#drill-par30_ratio").queryAs(Hyperlink.class).fire());

    // PAR30: L2 (index 1) is the only loan 30+ days past due.
    assertThat(state.drillDownProperty().get().size())
        .isEqualTo(shownCount(robot, "#drill-par30_ratio"))
        .isEqualTo(1);
    assertThat(state.drillDownProperty().get().loans()).containsExactly(1);

    robot.interact(
        () -> robot.lookup("#drill-largest_segment_share-channel").queryAs(Hyperlink.class).fire());

    // Largest channel: Partner B, loans L2 and L3 (indexes 1, 2).
    assertThat(state.drillDownProperty().get().size())
        .isEqualTo(shownCount(robot, "#drill-largest_segment_share-channel"))
        .isEqualTo(2);
    assertThat(state.drillDownProperty().get().loans()).containsExactly(1, 2);
    // HHI has no loans behind it: no link.
    assertThat(robot.lookup("#drill-hhi-channel").tryQuery()).isEmpty();
  }
}
