package com.riskworkbench.ui.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import atlantafx.base.theme.PrimerLight;
import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.ConcentrationAnalysis;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SingleBorrowerLimits;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.BreachRow;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.SegmentRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
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
 * The Concentration screen on the small book of {@link TestWorkbench}. At 2025-03 the ACTIVE loans
 * are L1 (B1, Online, Credit loan, 80,000.00 /0, 12 %), L2 (B2, Partner B, Business loan,
 * 195,000.00 /45, 15 %) and L3 (B3, Partner B, Credit loan, 48,000.00 /0, 18 %); total 323,000.00.
 *
 * <p>By channel: Partner B 243,000.00 (75.23 %), PAR30 195,000 / 243,000 = 80.25 %, rate (0.15 ×
 * 195,000 + 0.18 × 48,000) / 243,000 = 15.59 %; Online 80,000.00 (24.77 %). HHI = (80² + 243²) /
 * 323² = 65,449 / 104,329 = 0.627 (6,273 on the ×10,000 scale); effective number 1 / 0.627 = 1.59.
 */
@ExtendWith(ApplicationExtension.class)
class ConcentrationViewTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  AppContext context;
  ConcentrationViewModel model;
  WorkbenchState state;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    context = new AppContext(new TestWorkbench.FakeService(book), runner, Locale.ENGLISH);
    model = context.model(ConcentrationViewModel.class);
    state = context.screens().state();
    stage.setScene(new Scene(context.views().load(ConcentrationView.class), 1090, 700));
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

  private void byDimension(FxRobot robot, Dimension d) {
    robot.interact(() -> dimensionBox(robot).setValue(d));
    settle(robot);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<Dimension> dimensionBox(FxRobot robot) {
    return robot.lookup("#dimensionBox").queryAs(ComboBox.class);
  }

  @SuppressWarnings("unchecked")
  private static TableView<SegmentRow> segments(FxRobot robot) {
    return robot.lookup("#segmentTable").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private static TableView<BreachRow> breaches(FxRobot robot) {
    return robot.lookup("#breachTable").queryAs(TableView.class);
  }

  /** The text a cell of the segment table shows (cells are formatted when shown). */
  private static String cell(FxRobot robot, int row, String columnId) {
    TableView<SegmentRow> table = segments(robot);
    TableColumn<SegmentRow, ?> column =
        table.getColumns().stream()
            .filter(c -> columnId.equals(c.getId()))
            .findFirst()
            .orElseThrow();
    return robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
        .filter(r -> r.getTableView() == table && r.getIndex() == row && !r.isEmpty())
        .findFirst()
        .map(
            r ->
                ((javafx.scene.control.TableRow<?>) r)
                    .getChildrenUnmodifiable().stream()
                        .filter(
                            n ->
                                n instanceof javafx.scene.control.TableCell<?, ?> c
                                    && c.getTableColumn() == column)
                        .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText())
                        .findFirst()
                        .orElseThrow())
        .orElseThrow();
  }

  @Test
  void offersEveryDimensionByNameAndAnEmptyStateBeforeAPortfolio(FxRobot robot) {
    assertThat(robot.lookup("#emptyState").queryAs(VBox.class).isVisible()).isTrue();
    assertThat(dimensionBox(robot).getItems()).containsExactly(Dimension.values());
    assertThat(dimensionBox(robot).getItems().stream().map(model::dimensionLabel))
        .containsExactly(
            "Product",
            "Channel",
            "Region",
            "Industry",
            "Risk grade",
            "Borrower type",
            "Age band",
            "Funding partner",
            "Related-party group",
            "Borrower");

    openBook(robot);

    assertThat(robot.lookup("#emptyState").queryAs(VBox.class).isVisible()).isFalse();
    assertThat(robot.lookup("#segmentTable").tryQuery()).isPresent();
    assertThat(robot.lookup("#shareChart").tryQuery()).isPresent();
    assertThat(robot.lookup("#breachTable").tryQuery()).isPresent();
    assertThat(dimensionBox(robot).getValue()).isEqualTo(Dimension.PRODUCT);
    assertThat(segments(robot).isFocusTraversable()).isTrue();
  }

  @Test
  void segmentsAndConcentrationFiguresByChannel(FxRobot robot) {
    openBook(robot);
    byDimension(robot, Dimension.CHANNEL);

    assertThat(segments(robot).getItems())
        .extracting(SegmentRow::rank, SegmentRow::label, r -> r.segment().loans())
        .containsExactly(tuple(1, "Partner B", 2), tuple(2, "Online", 1));
    assertThat(cell(robot, 0, "exposureColumn")).isEqualTo("243,000.00");
    assertThat(cell(robot, 0, "shareColumn")).isEqualTo("75.23%");
    assertThat(cell(robot, 0, "par30Column")).isEqualTo("80.25%");
    assertThat(cell(robot, 0, "nplColumn")).isEqualTo("0.00%");
    assertThat(cell(robot, 0, "rateColumn")).isEqualTo("15.59%");
    assertThat(cell(robot, 1, "shareColumn")).isEqualTo("24.77%");
    assertThat(text(robot, "#totalExposureValue")).isEqualTo("CNY 323,000.00");
    assertThat(text(robot, "#segmentsValue")).isEqualTo("2");
    assertThat(text(robot, "#hhiValue")).isEqualTo("0.627");
    assertThat(text(robot, "#hhi10000Value")).isEqualTo("6,273");
    assertThat(text(robot, "#effectiveNumberValue")).isEqualTo("1.59");
    assertThat(text(robot, "#topSharesValue")).isEqualTo("75.2% / 100.0% / 100.0%");
    @SuppressWarnings("unchecked")
    BarChart<Number, String> chart = robot.lookup("#shareChart").queryAs(BarChart.class);
    assertThat(chart.getTitle()).isEqualTo("Share of exposure by Channel");
    assertThat(chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue))
        .containsExactly("Online", "Partner B");
  }

  @Test
  void aFilterChangeUpdatesTheFigures(FxRobot robot) {
    openBook(robot);
    byDimension(robot, Dimension.CHANNEL);

    robot.interact(
        () -> context.mainViewModel().setFilter(Dimension.PRODUCT, List.of("Credit loan")));
    settle(robot);

    // Credit loans at 2025-03: L1 Online 80,000.00 and L3 Partner B 48,000.00 of 128,000.00.
    assertThat(text(robot, "#totalExposureValue")).isEqualTo("CNY 128,000.00");
    assertThat(segments(robot).getItems())
        .extracting(SegmentRow::label, r -> r.segment().exposureCents())
        .containsExactly(tuple("Online", 8_000_000L), tuple("Partner B", 4_800_000L));
    assertThat(cell(robot, 0, "shareColumn")).isEqualTo("62.50%");
  }

  @Test
  void busyStateShowsWhileComputingAndClears(FxRobot robot) {
    openBook(robot);
    ProgressIndicator busy = robot.lookup("#busyIndicator").queryAs(ProgressIndicator.class);
    assertThat(busy.isVisible()).isFalse();

    robot.interact(() -> dimensionBox(robot).setValue(Dimension.REGION));

    assertThat(busy.isVisible()).isTrue();
    settle(robot);
    assertThat(busy.isVisible()).isFalse();
    // Regions: Jiangsu (B2, B3) 243,000.00, Zhejiang (B1) 80,000.00.
    assertThat(segments(robot).getItems())
        .extracting(SegmentRow::label)
        .containsExactly("Jiangsu", "Zhejiang");
  }

  @Test
  void figuresEqualTheAnalysisResultForTheSameScope(FxRobot robot) {
    openBook(robot);
    robot.interact(() -> state.asOfProperty().set(YearMonth.of(2025, 2)));
    byDimension(robot, Dimension.RISK_GRADE);

    var result =
        ConcentrationAnalysis.run(
            AnalysisScope.of(book.book(), Optional.of(YearMonth.of(2025, 2)), SegmentFilter.NONE),
            Dimension.RISK_GRADE,
            FiveCategoryRule.REGULATORY_2023,
            SingleBorrowerLimits.DEFAULT);
    Formats f = new Formats(Locale.ENGLISH);
    assertThat(text(robot, "#totalExposureValue"))
        .isEqualTo(f.moneyShort(result.totalExposureCents(), "CNY"));
    assertThat(text(robot, "#hhiValue")).isEqualTo(f.decimal(result.hhi(), 3));
    assertThat(text(robot, "#hhi10000Value")).isEqualTo(f.decimal(result.hhi() * 10_000, 0));
    assertThat(text(robot, "#effectiveNumberValue"))
        .isEqualTo(f.decimal(result.effectiveNumber(), 2));
    assertThat(segments(robot).getItems()).hasSize(result.segments().size());
    for (int i = 0; i < result.segments().size(); i++) {
      var s = result.segments().get(i);
      assertThat(cell(robot, i, "segmentColumn")).isEqualTo(s.key());
      assertThat(cell(robot, i, "loansColumn")).isEqualTo(f.count(s.loans()));
      assertThat(cell(robot, i, "exposureColumn")).isEqualTo(f.amount(s.exposureCents() / 100.0));
      assertThat(cell(robot, i, "shareColumn")).isEqualTo(f.percent(s.share()));
      assertThat(cell(robot, i, "par30Column")).isEqualTo(f.percent(s.par30Ratio()));
      assertThat(cell(robot, i, "rateColumn")).isEqualTo(f.percent(s.averageRate()));
    }
  }

  @Test
  void sortingByAColumnReordersTheSegments(FxRobot robot) {
    openBook(robot);
    byDimension(robot, Dimension.CHANNEL);
    TableView<SegmentRow> table = segments(robot);
    TableColumn<SegmentRow, ?> loans = table.getColumns().get(2);

    robot.interact(
        () -> {
          loans.setSortType(TableColumn.SortType.ASCENDING);
          table.getSortOrder().setAll(List.of(loans));
        });
    settle(robot);

    // Online has 1 loan, Partner B 2.
    assertThat(table.getItems())
        .extracting(SegmentRow::label)
        .containsExactly("Online", "Partner B");

    robot.interact(() -> table.getSortOrder().clear());
    settle(robot);
    assertThat(table.getItems()).extracting(SegmentRow::rank).containsExactly(1, 2);
  }

  @Test
  void aSegmentRowDrillsDownToExactlyItsLoans(FxRobot robot) {
    openBook(robot);
    byDimension(robot, Dimension.CHANNEL);

    robot.interact(
        () ->
            robot.from(segments(robot)).lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(link -> ((TableCell<?, ?>) link.getParent()).getIndex() == 0)
                .findFirst()
                .orElseThrow()
                .fire());
    settle(robot);

    LoanSelection s = state.drillDownProperty().get();
    // Partner B: L2 and L3 (indexes 1 and 2), as its loans column says.
    assertThat(s.size()).isEqualTo(Integer.parseInt(cell(robot, 0, "loansColumn"))).isEqualTo(2);
    assertThat(s.loans()).containsExactly(1, 2);
    assertThat(s.title()).isEqualTo("Channel Partner B, as of 2025-03");

    robot.interact(
        () -> {
          segments(robot).requestFocus();
          segments(robot).getSelectionModel().select(1);
        });
    robot.type(KeyCode.ENTER);
    settle(robot);

    // Online: L1 (index 0).
    assertThat(state.drillDownProperty().get().loans()).containsExactly(0);
  }

  @Test
  void borrowerDimensionAndLimitBreachesDrillToTheBorrowersLoans(FxRobot robot) {
    openBook(robot);
    Analyses.Params d = Analyses.Params.defaults();
    // A consumer limit of 50,000.00: B1 (individual, L1 80,000.00) is over it; B3 (48,000.00) is
    // not; B2 is a micro enterprise under the business limit.
    robot.interact(
        () ->
            state
                .paramsProperty()
                .set(
                    new Analyses.Params(
                        d.dimension(),
                        d.threshold(),
                        d.window(),
                        d.weight(),
                        d.cohort(),
                        d.fiveCategory(),
                        d.buckets(),
                        new SingleBorrowerLimits(50_000_00L, 10_000_000_00L, 0.10))));
    byDimension(robot, Dimension.BORROWER);

    assertThat(segments(robot).getItems())
        .extracting(SegmentRow::label)
        .containsExactly("B2", "B1", "B3");
    assertThat(breaches(robot).getItems())
        .extracting(BreachRow::borrowerId, BreachRow::exposure, BreachRow::limit, BreachRow::rule)
        .containsExactly(tuple("B1", "80,000.00", "50,000", "Consumer loan limit"));
    assertThat(text(robot, "#breachSummaryLabel")).isEqualTo("Breaches: 1");

    robot.interact(
        () -> robot.from(breaches(robot)).lookup(".hyperlink").queryAs(Hyperlink.class).fire());
    settle(robot);

    // B1's ACTIVE loans at 2025-03: L1 only (L4 paid off).
    assertThat(state.drillDownProperty().get().loans()).containsExactly(0);
    assertThat(state.drillDownProperty().get().title())
        .isEqualTo("Borrower B1 over a single-borrower limit, as of 2025-03");
  }

  @Test
  void theChartShowsTheLargestTwentySegmentsAndTheTableAll(FxRobot robot) {
    // 25 borrowers, borrower i with one loan of i × 1,000.00 at 2025-03.
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Many borrowers");
    b.meta("currency", "CNY");
    for (int i = 1; i <= 25; i++) {
      String id = String.format("B%02d", i);
      b.addBorrower(id, BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Zhejiang", "Retail");
      int loan =
          b.addLoan(
              "L" + i, id, "Credit loan", "Online", "A", LocalDate.parse("2025-03-05"), 1, 0.1);
      b.addMonth(
          loan,
          Months.ordinal(YearMonth.of(2025, 3)),
          i * 100_000L,
          0,
          LoadedPortfolio.ACTIVE,
          0,
          0);
    }
    OpenedPortfolio many = TestWorkbench.opened(b.build());
    robot.interact(() -> state.setPortfolio(Optional.of(many)));
    settle(robot);
    byDimension(robot, Dimension.BORROWER);

    assertThat(segments(robot).getItems()).hasSize(25);
    @SuppressWarnings("unchecked")
    BarChart<Number, String> chart = robot.lookup("#shareChart").queryAs(BarChart.class);
    assertThat(chart.getTitle()).isEqualTo("Share of exposure: largest 20");
    List<String> bars =
        chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList();
    // Largest on top: the axis lists from the bottom, so B06 (the 20th largest) comes first.
    assertThat(bars).hasSize(20).startsWith("B06").endsWith("B25");
  }
}
