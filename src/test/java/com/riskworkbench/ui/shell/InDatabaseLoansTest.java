package com.riskworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.concentration.ConcentrationViewModel;
import com.riskworkbench.ui.loans.LoansRows.HistoryRow;
import com.riskworkbench.ui.loans.LoansRows.LoanRow;
import com.riskworkbench.ui.rollrate.RollRateViewModel;
import com.riskworkbench.ui.vintage.VintageViewModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The loans behind a Dashboard figure of a team database too big to load come from the database a
 * page of 100 at a time: the page asked for is the figure's, Next and Previous walk the keyset
 * pages, a selected loan's history is fetched, and loading the book brings back the in-memory list.
 */
@ExtendWith(ApplicationExtension.class)
class InDatabaseLoansTest {
  static final String URL = "jdbc:postgresql://db.example/risk";

  /** The database's loans behind the figure: L001 to L250, so pages of 100, 100 and 50. */
  static final int BEHIND = 250;

  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  final List<DatabaseLoans.Figure> queries = new ArrayList<>();
  final List<Optional<String>> afters = new ArrayList<>();
  final List<String> histories = new ArrayList<>();
  final List<String> inDatabase = new ArrayList<>();
  final List<String> filtered = new ArrayList<>();
  boolean down;
  MainViewModel model;

  @Start
  void start(Stage stage) {
    PortfolioOverview o = book.overview();
    PortfolioOverview atServer =
        new PortfolioOverview(
            URL, o.name(), o.currency(), o.asOf(), o.months(), o.loans(), 3, 32_300_000);
    PortfolioPreview preview = new PortfolioPreview(atServer, Map.of(), 25_000_000, true);
    TestWorkbench.FakeService service =
        new TestWorkbench.FakeService(book) {
          @Override
          public OpenedPortfolio openDatabase(
              String url,
              Optional<String> user,
              Optional<char[]> password,
              Progress progress,
              Consumer<PortfolioPreview> early) {
            early.accept(preview);
            return new OpenedPortfolio(atServer, book.book());
          }

          @Override
          public AnalysisResult analyzeInDatabase(
              String location,
              Analyses.Kind kind,
              YearMonth asOf,
              com.riskworkbench.analysis.SegmentFilter filter,
              Analyses.Params params,
              Progress progress) {
            inDatabase.add(
                kind + " " + asOf + " " + params.dimension() + " " + params.window().orElse(-1));
            filtered.add(kind + " " + filter.allowed());
            try {
              return Analyses.run(
                  kind, AnalysisScope.of(book.book(), Optional.of(asOf), filter), params);
            } catch (RuntimeException e) {
              e.printStackTrace(System.out);
              throw e;
            }
          }

          @Override
          public DatabaseLoans.Page loansInDatabase(
              String location, DatabaseLoans.Figure query, Optional<String> after, int limit)
              throws com.riskworkbench.portfolio.PortfolioException {
            if (down) {
              throw new com.riskworkbench.portfolio.PortfolioException(
                  "Cannot reach the database server at db.example:5432.");
            }
            queries.add(query);
            afters.add(after);
            int from = after.map(a -> Integer.parseInt(a.substring(1))).orElse(0);
            List<LoanListing.LoanLine> lines = new ArrayList<>();
            for (int i = from + 1; i <= Math.min(BEHIND, from + limit); i++) {
              lines.add(line(i));
            }
            boolean more = from + limit < BEHIND;
            return new DatabaseLoans.Page(
                lines, more ? Optional.of(lines.get(lines.size() - 1).loanId()) : Optional.empty());
          }

          @Override
          public Map<Dimension, List<String>> filterValuesInDatabase(
              String location, List<Dimension> dimensions) {
            Map<Dimension, List<String>> values = new java.util.EnumMap<>(Dimension.class);
            dimensions.forEach(
                d ->
                    values.put(
                        d, com.riskworkbench.service.BookLookup.filterValues(book.book(), d)));
            return values;
          }

          @Override
          public List<LoanListing.MonthLine> historyInDatabase(String location, String loanId) {
            histories.add(loanId);
            return List.of(
                new LoanListing.MonthLine(
                    YearMonth.of(2025, 2), 120_000, 0, LoanStatus.ACTIVE, 0, 0),
                new LoanListing.MonthLine(
                    YearMonth.of(2025, 3), 100_000, 35, LoanStatus.ACTIVE, 0, 0));
          }
        };
    AppContext context =
        new AppContext(
            service,
            (file, out, asOf, filter, progress) -> {},
            runner,
            Locale.ENGLISH,
            Desktop.none(),
            UserSettings.inMemory());
    model = context.mainViewModel();
    stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
    stage.show();
  }

  static LoanListing.LoanLine line(int i) {
    return new LoanListing.LoanLine(
        -1,
        String.format("L%03d", i),
        "B" + i,
        "Credit loan",
        "App",
        "A",
        LocalDate.of(2024, 1, 15),
        1_000_000,
        0.12,
        Optional.of(LoanStatus.ACTIVE),
        100_000,
        35);
  }

  private void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  @SuppressWarnings("unchecked")
  private TableView<LoanRow> pages(FxRobot robot) {
    return robot.lookup("#pagesTable").queryAs(TableView.class);
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private boolean disabled(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Button.class).isDisabled();
  }

  @Test
  void aCategoryListsItsLoansAPageAtATimeFromTheDatabase(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    queries.clear(); // the list of every loan, asked for when the database was opened
    afters.clear();

    robot.clickOn("#drill-NORMAL");
    settle(robot);

    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isPresent();
    assertThat(robot.lookup("#inDatabasePanel").tryQuery()).isEmpty();
    // the small book's latest month, the whole book, the default rule
    assertThat(queries)
        .containsExactly(
            DatabaseLoans.category(
                YearMonth.of(2025, 3),
                SegmentFilter.NONE,
                FiveCategory.NORMAL,
                FiveCategoryRule.REGULATORY_2023));
    assertThat(afters).containsExactly(Optional.empty());
    assertThat(text(robot, "#pagesTitle")).isEqualTo("Normal, as of 2025-03");
    assertThat(pages(robot).getItems()).hasSize(100);
    assertThat(pages(robot).getItems().get(0).loanId()).isEqualTo("L001");
    // 1,000,000 cents = 10,000.00; 12 % a year; 35 days past due at the month
    assertThat(pages(robot).getItems().get(0).principal()).isEqualTo("10,000.00");
    assertThat(pages(robot).getItems().get(0).daysPastDue()).isEqualTo("35");
    assertThat(text(robot, "#pageLabel")).isEqualTo("Loans 1–100 (page 1), by loan id");
    assertThat(disabled(robot, "#previousButton")).isTrue();
    assertThat(disabled(robot, "#nextButton")).isFalse();

    robot.clickOn("#nextButton");
    settle(robot);
    // the second page starts after the first's last loan
    assertThat(afters.get(1)).contains("L100");
    assertThat(pages(robot).getItems().get(0).loanId()).isEqualTo("L101");
    assertThat(text(robot, "#pageLabel")).isEqualTo("Loans 101–200 (page 2), by loan id");

    robot.clickOn("#nextButton");
    settle(robot);
    // 250 loans: the third page holds the last 50, and there is no fourth
    assertThat(pages(robot).getItems()).hasSize(50);
    assertThat(text(robot, "#pageLabel")).isEqualTo("Loans 201–250 (page 3), by loan id");
    assertThat(disabled(robot, "#nextButton")).isTrue();

    robot.clickOn("#previousButton");
    settle(robot);
    assertThat(afters.get(3)).contains("L100");
    assertThat(pages(robot).getItems().get(0).loanId()).isEqualTo("L101");
    assertThat(disabled(robot, "#previousButton")).isFalse();

    robot.interact(() -> pages(robot).getSelectionModel().select(4));
    settle(robot);
    assertThat(histories).containsExactly("L105");
    @SuppressWarnings("unchecked")
    TableView<HistoryRow> history = robot.lookup("#pagesHistoryTable").queryAs(TableView.class);
    assertThat(history.getItems())
        .extracting(HistoryRow::balance)
        .containsExactly("1,200.00", "1,000.00");

    robot.clickOn("#pagesAllButton");
    settle(robot);
    assertThat(text(robot, "#pagesTitle")).isEqualTo("All loans of the scope at 2025-03");
    assertThat(queries.get(queries.size() - 1))
        .isEqualTo(DatabaseLoans.all(YearMonth.of(2025, 3), SegmentFilter.NONE));
  }

  @Test
  void par30TileListsItsLoansFromTheDatabase(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    queries.clear();

    // the tile may lie below the window's fold: fire its link rather than move the mouse there
    robot.interact(
        () ->
            robot
                .lookup("#drill-par30_ratio")
                .queryAs(javafx.scene.control.Hyperlink.class)
                .fire());
    settle(robot);

    assertThat(queries)
        .containsExactly(DatabaseLoans.par30(YearMonth.of(2025, 3), SegmentFilter.NONE));
    assertThat(text(robot, "#pagesTitle")).startsWith("PAR30");
  }

  @Test
  void concentrationIsComputedInTheDatabaseAndASegmentListsItsLoansThere(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    queries.clear();
    // nothing is asked of the database for a screen nobody looked at
    assertThat(inDatabase).noneMatch(c -> c.startsWith("CONCENTRATION"));

    robot.interact(() -> model.screenProperty().set(Screen.CONCENTRATION));
    settle(robot);

    assertThat(robot.lookup("#concentrationScreen").tryQuery()).isPresent();
    assertThat(robot.lookup("#inDatabasePanel").tryQuery()).isEmpty();
    assertThat(inDatabase).contains("CONCENTRATION 2025-03 PRODUCT -1");
    @SuppressWarnings("unchecked")
    TableView<ConcentrationViewModel.SegmentRow> segments =
        robot.lookup("#segmentTable").queryAs(TableView.class);
    // 2025-03: L2 195,000.00 business; L1 80,000.00 + L3 48,000.00 credit
    assertThat(segments.getItems())
        .extracting(ConcentrationViewModel.SegmentRow::label)
        .containsExactly("Business loan", "Credit loan");
    TabPane tabs = robot.lookup("#concentrationTabs").queryAs(TabPane.class);
    assertThat(tabs.getTabs())
        .filteredOn(Tab::isDisable)
        .extracting(Tab::getId)
        .containsExactly("lorenzTab", "groupsTab", "coLendingTab");

    robot.clickOn(robot.from(segments).lookup(".drill").nth(0).queryAs(javafx.scene.Node.class));
    settle(robot);

    assertThat(queries)
        .containsExactly(
            DatabaseLoans.segment(
                YearMonth.of(2025, 3), SegmentFilter.NONE, Dimension.PRODUCT, "Business loan"));
    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isPresent();
  }

  @Test
  void rollRatesAreComputedInTheDatabaseAndACellListsItsDistinctLoansThere(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    queries.clear();
    assertThat(inDatabase).noneMatch(c -> c.startsWith("ROLL_RATE"));

    robot.interact(() -> model.screenProperty().set(Screen.ROLL_RATES));
    settle(robot);

    robot
        .lookup(".label")
        .queryAllAs(Label.class)
        .forEach(l -> System.out.println("LABEL " + l.getText()));
    // the matrix over the default window of 6 months, the flow rates over every month (no window)
    assertThat(inDatabase).contains("ROLL_RATE 2025-03 PRODUCT 6", "FLOW_RATE 2025-03 PRODUCT -1");
    TableCell<?, ?> currentToCurrent =
        robot.lookup(".heat-cell").queryAllAs(TableCell.class).stream()
            .filter(
                c ->
                    c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof RollRateViewModel.MatrixRow row
                        && row.from().equals("CURRENT")
                        && Integer.valueOf(0).equals(c.getTableColumn().getUserData()))
            .findFirst()
            .orElseThrow();
    // L1 current in 2025-01, -02 and -03, L3 from 2025-02: 3 transitions of 2 loans
    RollRateViewModel.MatrixCell shown = (RollRateViewModel.MatrixCell) currentToCurrent.getItem();
    assertThat(shown.transitions()).isEqualTo(3);
    assertThat(shown.loans()).isEqualTo(2);

    robot.clickOn(currentToCurrent);
    settle(robot);

    assertThat(queries).hasSize(1);
    DatabaseLoans.RollRateCell cell = (DatabaseLoans.RollRateCell) queries.get(0);
    assertThat(cell.asOf()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(cell.window()).isEqualTo(6);
    assertThat(cell.from()).isEqualTo("CURRENT");
    assertThat(cell.to()).isEqualTo("CURRENT");
    assertThat(cell.month()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(cell.filter()).isEqualTo(SegmentFilter.NONE);
    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isPresent();
  }

  @Test
  void vintagesAreComputedInTheDatabaseAndACellListsItsLoansThere(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    queries.clear();
    assertThat(inDatabase).noneMatch(c -> c.startsWith("VINTAGE"));

    robot.interact(() -> model.screenProperty().set(Screen.VINTAGE));
    settle(robot);

    assertThat(inDatabase).anyMatch(c -> c.startsWith("VINTAGE 2025-03"));
    // L2 (2025-01) is 45 days past due at MOB 2: the one loan behind the 2025-01 cohort's cell
    TableCell<?, ?> cell =
        robot.lookup(".heat-cell").queryAllAs(TableCell.class).stream()
            .filter(
                c ->
                    c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof VintageViewModel.GridRow row
                        && row.cohort().equals("2025-01")
                        && Integer.valueOf(2).equals(c.getTableColumn().getUserData()))
            .findFirst()
            .orElseThrow();
    assertThat(((VintageViewModel.GridCell) cell.getItem()).loans()).isEqualTo(1);

    robot.clickOn(cell);
    settle(robot);

    assertThat(queries)
        .containsExactly(
            new DatabaseLoans.VintageCell(
                YearMonth.of(2025, 3),
                SegmentFilter.NONE,
                com.riskworkbench.analysis.VintageParams.DEFAULT,
                YearMonth.of(2025, 1),
                2,
                false));
    assertThat(text(robot, "#pagesTitle")).isEqualTo("Vintage 2025-01, MOB 2: 30+ DPD");
  }

  @Test
  void aFilterIsAppliedInTheDatabaseOnEveryScreenAndDrill(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);

    // the filter bar offers the database's values and is open to use
    assertThat(model.filterChoices(Dimension.PRODUCT))
        .containsExactly("Business loan", "Credit loan");
    assertThat(robot.lookup("#filterBar").query().isDisabled()).isFalse();
    filtered.clear();
    queries.clear();

    List<String> seen = new ArrayList<>();
    robot.interact(
        () ->
            robot
                .lookup("#outstandingValue")
                .queryAs(Label.class)
                .textProperty()
                .addListener(
                    (o, w, n) -> seen.add(n + " @" + new Throwable().getStackTrace().length)));
    SegmentFilter credit = SegmentFilter.parse(List.of("product=Credit loan"));
    robot.interact(() -> model.state().filterProperty().set(credit));
    settle(robot);

    // the Dashboard's summary and warnings are asked for the credit loans only: 2025-03, L1
    // 80,000.00 + L3 48,000.00 = 128,000.00; the whole book's stored figures are not shown
    assertThat(filtered)
        .contains("SUMMARY {PRODUCT=[Credit loan]}", "WARNINGS {PRODUCT=[Credit loan]}");
    assertThat(robot.lookup("#outstandingValue").queryAs(Label.class).getText())
        .isEqualTo("CNY 128,000.00");
    assertThat(robot.lookup("#errorLabel").queryAs(Label.class).isVisible()).isFalse();
    assertThat(robot.lookup("#sourceLabel").queryAs(Label.class).getText())
        .startsWith("This team database holds 25,000,000 loan months")
        .contains("the filtered loans");

    robot.interact(
        () -> robot.lookup("#drill-NORMAL").queryAs(javafx.scene.control.Hyperlink.class).fire());
    settle(robot);
    assertThat(queries)
        .contains(
            DatabaseLoans.category(
                YearMonth.of(2025, 3),
                credit,
                FiveCategory.NORMAL,
                FiveCategoryRule.REGULATORY_2023));

    robot.interact(() -> model.screenProperty().set(Screen.CONCENTRATION));
    settle(robot);
    assertThat(filtered).contains("CONCENTRATION {PRODUCT=[Credit loan]}");
    @SuppressWarnings("unchecked")
    TableView<ConcentrationViewModel.SegmentRow> segments =
        robot.lookup("#segmentTable").queryAs(TableView.class);
    assertThat(segments.getItems())
        .extracting(ConcentrationViewModel.SegmentRow::label)
        .containsExactly("Credit loan");
  }

  @Test
  void aPageThatCannotBeFetchedSaysWhyAndTheSameButtonTriesAgain(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    robot.clickOn("#drill-NORMAL");
    settle(robot);
    assertThat(pages(robot).getItems().get(0).loanId()).isEqualTo("L001");

    down = true;
    robot.clickOn("#nextButton");
    settle(robot);

    // the first page stays, with the reason, and Next is still there to try again
    assertThat(text(robot, "#pagesError"))
        .isEqualTo("Cannot reach the database server at db.example:5432.");
    assertThat(pages(robot).getItems().get(0).loanId()).isEqualTo("L001");
    assertThat(text(robot, "#pageLabel")).isEqualTo("Loans 1–100 (page 1), by loan id");
    assertThat(disabled(robot, "#nextButton")).isFalse();

    down = false;
    robot.clickOn("#nextButton");
    settle(robot);

    assertThat(robot.lookup("#pagesError").queryAs(Label.class).isVisible()).isFalse();
    assertThat(pages(robot).getItems().get(0).loanId()).isEqualTo("L101");
    assertThat(text(robot, "#pageLabel")).isEqualTo("Loans 101–200 (page 2), by loan id");
    assertThat(afters.get(afters.size() - 1)).contains("L100");
  }

  @Test
  void collectionsAreComputedInTheDatabaseOnceShown(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    assertThat(filtered).noneMatch(c -> c.startsWith("COLLECTIONS"));

    robot.interact(() -> model.screenProperty().set(Screen.COLLECTIONS));
    settle(robot);

    assertThat(robot.lookup("#collectionsScreen").tryQuery()).isPresent();
    assertThat(robot.lookup("#inDatabasePanel").tryQuery()).isEmpty();
    assertThat(filtered).containsOnlyOnce("COLLECTIONS {}");
    // the small book has no collection action: none counted, in the database as in memory
    assertThat(text(robot, "#actionsValue")).isEqualTo("0");
  }

  @Test
  void everyLoanIsListedOnlyOnceTheLoansScreenIsShownAndAFailedFirstPageCanBeRetried(
      FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    // nothing asked of the database for a screen nobody looked at
    assertThat(queries).isEmpty();

    down = true;
    robot.interact(() -> model.screenProperty().set(Screen.LOANS));
    settle(robot);
    assertThat(text(robot, "#pagesError")).startsWith("Cannot reach the database server");
    assertThat(pages(robot).getItems()).isEmpty();

    down = false;
    robot.clickOn("#retryButton");
    settle(robot);

    assertThat(queries)
        .containsExactly(DatabaseLoans.all(YearMonth.of(2025, 3), SegmentFilter.NONE));
    assertThat(pages(robot).getItems()).hasSize(100);
    assertThat(robot.lookup("#retryButton").query().isVisible()).isFalse();
  }

  @Test
  void aFilterChosenWhileAScreenIsHiddenIsAppliedWhenItIsShownAgain(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    robot.interact(() -> model.screenProperty().set(Screen.ROLL_RATES));
    settle(robot);
    robot.interact(() -> model.screenProperty().set(Screen.DASHBOARD));
    settle(robot);
    filtered.clear();

    SegmentFilter credit = SegmentFilter.parse(List.of("product=Credit loan"));
    robot.interact(() -> model.state().filterProperty().set(credit));
    settle(robot);
    // hidden: not asked yet
    assertThat(filtered).noneMatch(c -> c.startsWith("ROLL_RATE"));

    robot.interact(() -> model.screenProperty().set(Screen.ROLL_RATES));
    settle(robot);

    assertThat(filtered).containsOnlyOnce("ROLL_RATE {PRODUCT=[Credit loan]}");
  }
}
