package com.riskworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.ui.concentration.ConcentrationViewModel;
import com.riskworkbench.ui.rollrate.RollRateViewModel;
import com.riskworkbench.ui.vintage.VintageViewModel;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screens a team database too big to load computes in the database — Concentration and its
 * tabs, Roll rates, Vintage, Collections, Provisions & forecast, Regulatory, Model monitoring, Data
 * quality — ask for their figures only once shown, follow the filter, and list the loans behind a
 * figure by query; the Fraud screen offers to load the book, and the pack is written without it.
 */
@ExtendWith(ApplicationExtension.class)
class InDatabaseScreensTest {
  final InDatabaseWindow w = new InDatabaseWindow();

  @Start
  void start(Stage stage) {
    w.start(stage);
  }

  @Test
  void concentrationIsComputedInTheDatabaseAndASegmentListsItsLoansThere(FxRobot robot) {
    w.open(robot);
    w.queries.clear();
    // nothing is asked of the database for a screen nobody looked at
    assertThat(w.inDatabase).noneMatch(c -> c.startsWith("CONCENTRATION"));

    robot.interact(() -> w.model.screenProperty().set(Screen.CONCENTRATION));
    w.settle(robot);

    assertThat(robot.lookup("#concentrationScreen").tryQuery()).isPresent();
    assertThat(w.inDatabase).contains("CONCENTRATION 2025-03 PRODUCT -1");
    @SuppressWarnings("unchecked")
    TableView<ConcentrationViewModel.SegmentRow> segments =
        robot.lookup("#segmentTable").queryAs(TableView.class);
    // 2025-03: L2 195,000.00 business; L1 80,000.00 + L3 48,000.00 credit
    assertThat(segments.getItems())
        .extracting(ConcentrationViewModel.SegmentRow::label)
        .containsExactly("Business loan", "Credit loan");
    TabPane tabs = robot.lookup("#concentrationTabs").queryAs(TabPane.class);
    assertThat(tabs.getTabs()).noneMatch(Tab::isDisable);
    // the other tabs are asked of the database only once chosen
    assertThat(w.inDatabase)
        .noneMatch(c -> c.startsWith("LORENZ") || c.startsWith("GROUPS") || c.startsWith("CO_"));

    robot.clickOn(robot.from(segments).lookup(".drill").nth(0).queryAs(javafx.scene.Node.class));
    w.settle(robot);

    assertThat(w.queries)
        .containsExactly(
            DatabaseLoans.segment(
                YearMonth.of(2025, 3), SegmentFilter.NONE, Dimension.PRODUCT, "Business loan"));
    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isPresent();
  }

  @Test
  void theLorenzGroupsAndCoLendingTabsAreComputedInTheDatabaseOnceChosen(FxRobot robot) {
    w.open(robot);
    robot.interact(() -> w.model.screenProperty().set(Screen.CONCENTRATION));
    w.settle(robot);
    TabPane tabs = robot.lookup("#concentrationTabs").queryAs(TabPane.class);

    for (String tab : List.of("lorenzTab", "groupsTab", "coLendingTab")) {
      robot.interact(
          () ->
              tabs.getSelectionModel()
                  .select(
                      tabs.getTabs().stream()
                          .filter(t -> tab.equals(t.getId()))
                          .findFirst()
                          .orElseThrow()));
      w.settle(robot);
    }

    // the curve across borrowers (the default) at the latest month, each tab asked once
    assertThat(w.inDatabase).containsOnlyOnce("LORENZ 2025-03 BORROWER -1");
    assertThat(w.filtered).containsOnlyOnce("GROUPS {}", "CO_LENDING {}");
    // 2025-03: three borrowers B1 80,000.00, B2 195,000.00, B3 48,000.00
    assertThat(w.text(robot, "#unitsValue")).isEqualTo("3");
  }

  @Test
  void rollRatesAreComputedInTheDatabaseAndACellListsItsDistinctLoansThere(FxRobot robot) {
    w.open(robot);
    w.queries.clear();
    assertThat(w.inDatabase).noneMatch(c -> c.startsWith("ROLL_RATE"));

    robot.interact(() -> w.model.screenProperty().set(Screen.ROLL_RATES));
    w.settle(robot);

    // the matrix over the default window of 6 months, the flow rates over every month (no window)
    assertThat(w.inDatabase)
        .contains("ROLL_RATE 2025-03 PRODUCT 6", "FLOW_RATE 2025-03 PRODUCT -1");
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
    w.settle(robot);

    assertThat(w.queries).hasSize(1);
    DatabaseLoans.RollRateCell cell = (DatabaseLoans.RollRateCell) w.queries.get(0);
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
    w.open(robot);
    w.queries.clear();
    assertThat(w.inDatabase).noneMatch(c -> c.startsWith("VINTAGE"));

    robot.interact(() -> w.model.screenProperty().set(Screen.VINTAGE));
    w.settle(robot);

    assertThat(w.inDatabase).anyMatch(c -> c.startsWith("VINTAGE 2025-03"));
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
    w.settle(robot);

    assertThat(w.queries)
        .containsExactly(
            new DatabaseLoans.VintageCell(
                YearMonth.of(2025, 3),
                SegmentFilter.NONE,
                com.riskworkbench.analysis.VintageParams.DEFAULT,
                YearMonth.of(2025, 1),
                2,
                false));
    assertThat(w.text(robot, "#pagesTitle")).isEqualTo("Vintage 2025-01, MOB 2: 30+ DPD");
  }

  @Test
  void aFilterIsAppliedInTheDatabaseOnEveryScreenAndDrill(FxRobot robot) {
    w.open(robot);

    // the filter bar offers the database's values and is open to use
    assertThat(w.model.filterChoices(Dimension.PRODUCT))
        .containsExactly("Business loan", "Credit loan");
    assertThat(robot.lookup("#filterBar").query().isDisabled()).isFalse();
    w.filtered.clear();
    w.queries.clear();

    SegmentFilter credit = SegmentFilter.parse(List.of("product=Credit loan"));
    robot.interact(() -> w.model.state().filterProperty().set(credit));
    w.settle(robot);

    // the Dashboard's summary and warnings are asked for the credit loans only: 2025-03, L1
    // 80,000.00 + L3 48,000.00 = 128,000.00; the whole book's stored figures are not shown
    assertThat(w.filtered)
        .contains("SUMMARY {PRODUCT=[Credit loan]}", "WARNINGS {PRODUCT=[Credit loan]}");
    assertThat(robot.lookup("#outstandingValue").queryAs(Label.class).getText())
        .isEqualTo("CNY 128,000.00");
    assertThat(robot.lookup("#errorLabel").queryAs(Label.class).isVisible()).isFalse();
    assertThat(robot.lookup("#sourceLabel").queryAs(Label.class).getText())
        .startsWith("This team database holds 25,000,000 loan months")
        .contains("the filtered loans");

    robot.interact(
        () -> robot.lookup("#drill-NORMAL").queryAs(javafx.scene.control.Hyperlink.class).fire());
    w.settle(robot);
    assertThat(w.queries)
        .contains(
            DatabaseLoans.category(
                YearMonth.of(2025, 3),
                credit,
                FiveCategory.NORMAL,
                FiveCategoryRule.REGULATORY_2023));

    robot.interact(() -> w.model.screenProperty().set(Screen.CONCENTRATION));
    w.settle(robot);
    assertThat(w.filtered).contains("CONCENTRATION {PRODUCT=[Credit loan]}");
    @SuppressWarnings("unchecked")
    TableView<ConcentrationViewModel.SegmentRow> segments =
        robot.lookup("#segmentTable").queryAs(TableView.class);
    assertThat(segments.getItems())
        .extracting(ConcentrationViewModel.SegmentRow::label)
        .containsExactly("Credit loan");
  }

  @Test
  void collectionsAreComputedInTheDatabaseOnceShown(FxRobot robot) {
    w.open(robot);
    assertThat(w.filtered).noneMatch(c -> c.startsWith("COLLECTIONS"));

    robot.interact(() -> w.model.screenProperty().set(Screen.COLLECTIONS));
    w.settle(robot);

    assertThat(robot.lookup("#collectionsScreen").tryQuery()).isPresent();
    assertThat(w.filtered).containsOnlyOnce("COLLECTIONS {}");
    // the small book has no collection action: none counted, in the database as in memory
    assertThat(w.text(robot, "#actionsValue")).isEqualTo("0");
  }

  @Test
  void aFilterChosenWhileAScreenIsHiddenIsAppliedWhenItIsShownAgain(FxRobot robot) {
    w.open(robot);
    robot.interact(() -> w.model.screenProperty().set(Screen.ROLL_RATES));
    w.settle(robot);
    robot.interact(() -> w.model.screenProperty().set(Screen.DASHBOARD));
    w.settle(robot);
    w.filtered.clear();

    SegmentFilter credit = SegmentFilter.parse(List.of("product=Credit loan"));
    robot.interact(() -> w.model.state().filterProperty().set(credit));
    w.settle(robot);
    // hidden: not asked yet
    assertThat(w.filtered).noneMatch(c -> c.startsWith("ROLL_RATE"));

    robot.interact(() -> w.model.screenProperty().set(Screen.ROLL_RATES));
    w.settle(robot);

    assertThat(w.filtered).containsOnlyOnce("ROLL_RATE {PRODUCT=[Credit loan]}");
  }

  @Test
  void thePackIsWrittenWithoutTheBookAndTheDashboardLoadsIt(FxRobot robot) {
    w.open(robot);
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();

    robot.interact(() -> w.model.exportPack(Path.of("/tmp/pack.xlsx")));
    w.settle(robot);
    // the small book's latest month
    assertThat(w.packs).containsExactly(InDatabaseWindow.URL + " 2025-03 /tmp/pack.xlsx");
    assertThat(w.model.state().portfolioProperty().get()).isEmpty();

    robot.clickOn("#loadLink");
    w.settle(robot);

    assertThat(w.model.state().portfolioProperty().get()).isPresent();
    robot.interact(() -> w.model.screenProperty().set(Screen.LOANS));
    // the loaded book's Loans screen, not the pages of a database
    assertThat(robot.lookup("#loansScreen").tryQuery()).isPresent();
    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isEmpty();
  }

  private static TableRow<?> row(FxRobot robot, TableView<?> table, Object item) {
    return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
        .filter(r -> item.equals(r.getItem()))
        .findFirst()
        .orElseThrow();
  }
}
