package com.riskworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.riskworkbench.app.AppContext;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.dashboard.DashboardViewModel.CategoryRow;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.chart.AreaChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Dashboard while a portfolio's book loads: its figures from the monthly groups the portfolio
 * stored, here those of {@link TestWorkbench#smallBook()} worked out by hand, so that the preview
 * must show what the loaded book then shows (the figures of {@link DashboardViewTest}).
 */
@ExtendWith(ApplicationExtension.class)
class DashboardPreviewTest {
  /**
   * 2025-01: L1 100,000 + L2 200,000 + L4 30,000, all current; 2025-02: L1 90,000 + L3 50,000
   * current, L2 195,000 at 15 days; 2025-03: L1 80,000 + L3 48,000 current, L2 195,000 at 45 days.
   */
  static final PortfolioPreview PREVIEW =
      new PortfolioPreview(
          TestWorkbench.opened(TestWorkbench.smallBook()).overview(),
          Map.of(
              YearMonth.of(2025, 1),
              List.of(new ActiveGroup(0, Optional.empty(), 3, 33_000_000)),
              YearMonth.of(2025, 2),
              List.of(
                  new ActiveGroup(0, Optional.empty(), 2, 14_000_000),
                  new ActiveGroup(15, Optional.empty(), 1, 19_500_000)),
              YearMonth.of(2025, 3),
              List.of(
                  new ActiveGroup(0, Optional.empty(), 2, 12_800_000),
                  new ActiveGroup(45, Optional.empty(), 1, 19_500_000))),
          10,
          false);

  /** The same, as a team database too big for the window: its book stays in the database. */
  static final PortfolioPreview IN_DATABASE =
      new PortfolioPreview(
          new com.riskworkbench.service.PortfolioOverview(
              "jdbc:postgresql://db.example/risk",
              "Spring book",
              "CNY",
              Optional.of(YearMonth.of(2025, 3)),
              3,
              4,
              3,
              32_300_000),
          PREVIEW.groups(),
          25_000_000,
          true);

  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  final List<Optional<PortfolioPreview>> previews = new ArrayList<>();
  final List<String> databaseOpens = new ArrayList<>();
  final List<String> inDatabase = new ArrayList<>();
  PortfolioPreview databasePreview = IN_DATABASE;
  AppContext context;
  WorkbenchState state;

  @Start
  void start(Stage stage) {
    TestWorkbench.FakeService service =
        new TestWorkbench.FakeService(book) {
          @Override
          public OpenedPortfolio open(
              Path file, Progress progress, Consumer<PortfolioPreview> early) {
            early.accept(PREVIEW);
            return book;
          }

          @Override
          public OpenedPortfolio openDatabase(
              String url,
              Optional<String> user,
              Optional<char[]> password,
              Progress progress,
              Consumer<PortfolioPreview> early) {
            databaseOpens.add(url);
            early.accept(databasePreview);
            return book;
          }

          @Override
          public com.riskworkbench.analysis.AnalysisResult analyzeInDatabase(
              String location,
              com.riskworkbench.analysis.Analyses.Kind kind,
              YearMonth asOf,
              com.riskworkbench.analysis.SegmentFilter filter,
              com.riskworkbench.analysis.Analyses.Params params,
              Progress progress) {
            // what the database engine returns: the in-memory result (the engines agree)
            inDatabase.add(kind + " " + asOf);
            return com.riskworkbench.analysis.Analyses.run(
                kind,
                com.riskworkbench.analysis.AnalysisScope.of(book.book(), Optional.of(asOf), filter),
                params);
          }
        };
    context = new AppContext(service, runner, Locale.ENGLISH);
    context.model(DashboardViewModel.class);
    state = context.screens().state();
    state.previewProperty().addListener((o, was, now) -> previews.add(now));
    stage.setScene(new Scene(context.views().load(DashboardView.class), 1090, 800));
    stage.show();
  }

  private void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void showsTheStoredFiguresBeforeTheBookHasLoaded(FxRobot robot) {
    robot.interact(() -> state.setPreview(Optional.of(PREVIEW)));
    settle(robot);

    assertThat(robot.lookup("#content").query().isVisible()).isTrue();
    // 128,000 + 195,000 = 323,000.00; 323,000 / 335,000 − 1 = −3.58 %.
    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 323,000.00");
    assertThat(text(robot, "#outstandingChange")).isEqualTo("−3.6% vs 2025-02");
    assertThat(text(robot, "#loansValue")).isEqualTo("3");
    // PAR30 = 195,000 / 323,000 = 60.37 %, from 0 the month before (15 days is not past 30).
    assertThat(text(robot, "#par30Value")).isEqualTo("60.37%");
    assertThat(text(robot, "#par30Change")).isEqualTo("+60.37 pp vs 2025-02");
    // 45 days is special mention: no NPL.
    assertThat(text(robot, "#nplValue")).isEqualTo("0.00%");
    @SuppressWarnings("unchecked")
    TableView<CategoryRow> table = robot.lookup("#categoryTable").queryAs(TableView.class);
    // Normal 128,000.00 (39.63 %), special mention 195,000.00 (60.37 %); no loans behind yet.
    assertThat(table.getItems())
        .extracting(CategoryRow::loans, CategoryRow::balance, CategoryRow::share)
        .startsWith(tuple("2", "128,000.00", "39.63%"), tuple("1", "195,000.00", "60.37%"));
    assertThat(table.getItems()).allMatch(r -> r.selection().size() == 0);
    // No early warnings before the book has loaded; the trend has every month.
    assertThat(robot.lookup("#warningTiles").queryAs(FlowPane.class).getChildren())
        .extracting(javafx.scene.Node::getId)
        .containsExactly("warningsLater");
    @SuppressWarnings("unchecked")
    AreaChart<String, Number> outstanding =
        robot.lookup("#outstandingChart").queryAs(AreaChart.class);
    assertThat(outstanding.getData().get(0).getData())
        .extracting(d -> d.getXValue(), d -> d.getYValue().doubleValue())
        .containsExactly(tuple("2025-01", 330.0), tuple("2025-02", 335.0), tuple("2025-03", 323.0));
    assertThat(text(robot, "#sourceLabel")).startsWith("From the monthly figures stored");
  }

  @Test
  void theOpenShowsThePreviewThenTheLoadedBook(FxRobot robot) {
    robot.interact(() -> context.mainViewModel().open(Path.of(TestWorkbench.FILE)));
    settle(robot);

    // The open handed over its preview, which ended when the book arrived.
    assertThat(previews).containsExactly(Optional.of(PREVIEW), Optional.empty());
    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 323,000.00");
    // The small book: L1 3 months, L2 3, L3 2, L4 2 (its payoff month included) = 10 rows.
    assertThat(text(robot, "#sourceLabel"))
        .isEqualTo("Computed in memory from the loaded book (10 loan months).");
    assertThat(robot.lookup("#warningTiles").queryAs(FlowPane.class).getChildren())
        .isNotEmpty()
        .noneMatch(n -> "warningsLater".equals(n.getId()));
  }

  @Test
  void aTeamDatabaseTooBigForTheWindowStaysInTheDatabaseUntilAsked(FxRobot robot) {
    String url = IN_DATABASE.overview().location();
    robot.interact(
        () -> context.mainViewModel().openDatabase(url, Optional.empty(), Optional.empty()));
    settle(robot);

    // The load stopped at the preview: its figures stay, no book is open, the pack can be written.
    assertThat(state.portfolioProperty().get()).isEmpty();
    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 323,000.00");
    // 25,000,000 loan months, over the default 20,000,000.
    assertThat(text(robot, "#sourceLabel"))
        .startsWith("This team database holds 25,000,000 loan months");
    assertThat(robot.lookup("#loadLink").query().isVisible()).isTrue();
    // The early warnings were computed in the database, at the latest month; PAR30, the NPL
    // ratio, the current → 1-29 roll rate, a flagged cohort and the PSI list their loans there (a
    // page at a time, when there are any); at 2025-03 only PAR30 has any (no loan rolled from
    // current: L2 was at 15 days already), the other tiles have no drill-down.
    assertThat(inDatabase).containsExactly("SUMMARY 2025-03", "WARNINGS 2025-03");
    assertThat(robot.lookup("#errorLabel").queryAs(Label.class).isVisible()).isFalse();
    FlowPane tiles = robot.lookup("#warningTiles").queryAs(FlowPane.class);
    assertThat(tiles.getChildren()).isNotEmpty().allMatch(n -> n.getId().startsWith("warning-"));
    for (javafx.scene.Node t : tiles.getChildren()) {
      List<String> links =
          ((javafx.scene.layout.VBox) t)
              .getChildren().stream()
                  .filter(c -> c instanceof javafx.scene.control.Hyperlink)
                  .map(c -> ((javafx.scene.control.Hyperlink) c).getText())
                  .toList();
      // 2025-03: L2 (195,000.00) is 45 days past due: PAR30 has loans, but it is special
      // mention under the regulatory rule (up to 90 days), so no loan is behind the NPL ratio
      boolean listed = t.getId().startsWith("warning-par30_");
      assertThat(links)
          .as(t.getId())
          .isEqualTo(listed ? List.of("List the loans behind it →") : List.of());
    }
    assertThat(robot.lookup("#value-par30_ratio").queryAs(Label.class).getText())
        .isEqualTo("60.37%"); // 195,000 / 323,000, as on the key figure
    assertThat(context.mainViewModel().noPackBinding().get()).isFalse();
    assertThat(context.mainViewModel().noPortfolioBinding().get()).isTrue();

    // Any month of the book, from its stored figures and the database: 2025-02 is L1 90,000 +
    // L3 50,000 current and L2 195,000 at 15 days: 335,000.00, PAR30 0.
    assertThat(context.mainViewModel().months())
        .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
    robot.interact(() -> state.asOfProperty().set(YearMonth.of(2025, 2)));
    settle(robot);
    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 335,000.00");
    assertThat(text(robot, "#par30Value")).isEqualTo("0.00%");
    // 2025-01 → 2025-02: L2 rolled from current to 15 days past due, so the roll-rate tile lists
    // its loans from the database
    javafx.scene.Node roll =
        robot.lookup("#warningTiles").queryAs(FlowPane.class).getChildren().stream()
            .filter(n -> n.getId().startsWith("warning-current_roll_rate"))
            .findFirst()
            .orElseThrow();
    assertThat(((javafx.scene.layout.VBox) roll).getChildren())
        .filteredOn(c -> c instanceof javafx.scene.control.Hyperlink)
        .extracting(c -> ((javafx.scene.control.Hyperlink) c).getText())
        .containsExactly("List the loans behind it →");
    assertThat(inDatabase)
        .containsExactly(
            "SUMMARY 2025-03", "WARNINGS 2025-03", "SUMMARY 2025-02", "WARNINGS 2025-02");

    robot.clickOn("#loadLink");
    settle(robot);

    assertThat(databaseOpens).containsExactly(url, url);
    assertThat(state.portfolioProperty().get()).isPresent();
    assertThat(state.previewProperty().get()).isEmpty();
    assertThat(text(robot, "#sourceLabel")).startsWith("Computed in memory");
    assertThat(robot.lookup("#loadLink").query().isVisible()).isFalse();
  }

  @Test
  void storedFiguresThatDisagreeWithTheDatabaseAreReplacedAndSaid(FxRobot robot) {
    // The stored 2025-03 says L2's 195,000.00 is current; the loan months say 45 days past due.
    Map<YearMonth, List<ActiveGroup>> altered = new java.util.HashMap<>(PREVIEW.groups());
    altered.put(
        YearMonth.of(2025, 3), List.of(new ActiveGroup(0, Optional.empty(), 3, 32_300_000)));
    databasePreview =
        new PortfolioPreview(IN_DATABASE.overview(), altered, IN_DATABASE.loanMonths(), true);

    robot.interact(
        () ->
            context
                .mainViewModel()
                .openDatabase(
                    IN_DATABASE.overview().location(), Optional.empty(), Optional.empty()));
    settle(robot);

    // The database's figures: PAR30 195,000 / 323,000 = 60.37 %, not the stored 0 %.
    assertThat(text(robot, "#par30Value")).isEqualTo("60.37%");
    assertThat(text(robot, "#errorLabel")).startsWith("The monthly figures this database stored");
    @SuppressWarnings("unchecked")
    AreaChart<String, Number> outstanding =
        robot.lookup("#outstandingChart").queryAs(AreaChart.class);
    assertThat(outstanding.getData().get(0).getData()).isEmpty();
  }

  @Test
  void aDatabaseWithTheLatestTwoMonthsOnlyOffersThoseAndRaisesNoFalseAlarm(FxRobot robot) {
    // As a big database imported before the groups were stored is previewed: 2025-02 and 2025-03.
    Map<YearMonth, List<ActiveGroup>> latest = new java.util.HashMap<>(PREVIEW.groups());
    latest.remove(YearMonth.of(2025, 1));
    databasePreview =
        new PortfolioPreview(IN_DATABASE.overview(), latest, IN_DATABASE.loanMonths(), true);
    robot.interact(
        () ->
            context
                .mainViewModel()
                .openDatabase(
                    IN_DATABASE.overview().location(), Optional.empty(), Optional.empty()));
    settle(robot);

    assertThat(context.mainViewModel().months())
        .containsExactly(YearMonth.of(2025, 2), YearMonth.of(2025, 3));
    robot.interact(() -> state.asOfProperty().set(YearMonth.of(2025, 2)));
    settle(robot);

    // 2025-02 has no stored month before it, the database has 2025-01: not a disagreement.
    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 335,000.00");
    assertThat(robot.lookup("#errorLabel").queryAs(Label.class).isVisible()).isFalse();
  }
}
