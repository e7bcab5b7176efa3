package com.riskworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.DataQualityChecks;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.StageThresholds;
import com.riskworkbench.ui.dataquality.DataQualityRows;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The risk and control screens of a team database too big to load — Provisions & forecast,
 * Regulatory, Fraud, Data quality, Model monitoring — compute in the database once shown, and list
 * the loans behind a figure by query.
 */
@ExtendWith(ApplicationExtension.class)
class InDatabaseRiskScreensTest {
  final InDatabaseWindow w = new InDatabaseWindow();

  @Start
  void start(Stage stage) {
    w.start(stage);
  }

  @Test
  void provisionsAreComputedInTheDatabaseOnceShownAndAStageListsItsLoansThere(FxRobot robot) {
    w.open(robot);
    assertThat(w.filtered).noneMatch(c -> c.startsWith("ECL"));

    robot.interact(() -> w.model.screenProperty().set(Screen.PROVISIONS));
    w.settle(robot);

    assertThat(robot.lookup("#provisionsScreen").tryQuery()).isPresent();
    // the book's months 2025-01 to 2025-03: a backtest of the 2 months before the as-of month
    assertThat(w.filtered)
        .containsOnlyOnce("PROVISIONS {}", "ECL {}", "PD {}", "FORECAST {}", "BACKTEST {}");
    assertThat(w.text(robot, "#scopeLabel")).startsWith("As of 2025-03");
    assertThat(w.text(robot, "#shortfallLabel")).contains("once the book is loaded");
    TableView<?> stages = robot.lookup("#stagesTable").queryAs(TableView.class);
    // 2025-03: L1 and L3 current (stage 1), L2 45 days past due (stage 2: over 30 days); the
    // rows are the screen's own records, read here through their text
    Object two =
        stages.getItems().stream()
            .filter(r -> r.toString().contains("stage=2,"))
            .findFirst()
            .orElseThrow();
    assertThat(two.toString()).contains("loans=1,");
    w.queries.clear();

    robot.doubleClickOn(row(robot, stages, two));
    w.settle(robot);

    assertThat(w.queries)
        .containsExactly(
            DatabaseLoans.stage(
                YearMonth.of(2025, 3),
                SegmentFilter.NONE,
                2,
                StageThresholds.DEFAULT,
                FiveCategoryRule.REGULATORY_2023));
    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isPresent();

    // a segment of the ECL by product lists its loans by query too
    robot.interact(() -> w.model.screenProperty().set(Screen.PROVISIONS));
    w.settle(robot);
    TabPane tabs = robot.lookup("#provisionsTabs").queryAs(TabPane.class);
    robot.interact(
        () ->
            tabs.getSelectionModel()
                .select(
                    tabs.getTabs().stream()
                        .filter(t -> "segmentTab".equals(t.getId()))
                        .findFirst()
                        .orElseThrow()));
    TableView<?> segments = robot.lookup("#segmentsTable").queryAs(TableView.class);
    Object business =
        segments.getItems().stream()
            .filter(r -> r.toString().contains("key=Business loan,"))
            .findFirst()
            .orElseThrow();
    w.queries.clear();

    robot.doubleClickOn(row(robot, segments, business));
    w.settle(robot);

    assertThat(w.queries)
        .containsExactly(
            DatabaseLoans.segment(
                YearMonth.of(2025, 3), SegmentFilter.NONE, Dimension.PRODUCT, "Business loan"));
  }

  @Test
  void theRegulatorsViewsAreComputedInTheDatabaseOnceShownAndARateListsItsLoansThere(
      FxRobot robot) {
    w.open(robot);
    assertThat(w.filtered).noneMatch(c -> c.startsWith("MIGRATION"));

    robot.interact(() -> w.model.screenProperty().set(Screen.REGULATORY));
    w.settle(robot);

    assertThat(robot.lookup("#regulatoryScreen").tryQuery()).isPresent();
    assertThat(w.filtered)
        .containsOnlyOnce("PERIOD {}", "MIGRATION {}", "NPL_WALK {}", "CLASSIFICATION {}");
    assertThat(w.text(robot, "#scopeLabel")).startsWith("As of 2025-03");
    // months 2025-01 to 2025-03: of the period starts only the previous month (2025-02) has data
    assertThat(w.text(robot, "#migrationNote")).contains("2025-02").contains("2025-03");
    robot.interact(
        () -> {
          TabPane tabs = robot.lookup("#regulatoryTabs").queryAs(TabPane.class);
          tabs.getSelectionModel()
              .select(
                  tabs.getTabs().stream()
                      .filter(t -> "migrationTab".equals(t.getId()))
                      .findFirst()
                      .orElseThrow());
        });
    javafx.scene.control.ComboBox<?> period =
        robot.lookup("#migrationPeriodBox").queryAs(javafx.scene.control.ComboBox.class);
    // the box's own cell (the skin's button cell, a child of the box) names the period
    assertThat(
            robot
                .from(period)
                .lookup(".list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class)
                .stream()
                .filter(c -> c.getParent() == period)
                .map(c -> c.getText()))
        .containsExactly("Previous month (2025-02) → 2025-03");
    TableView<?> rates = robot.lookup("#ratesTable").queryAs(TableView.class);
    Object normal =
        rates.getItems().stream()
            .filter(r -> r.toString().startsWith("RateRow[rate=NORMAL,"))
            .findFirst()
            .orElseThrow();
    w.queries.clear();

    robot.doubleClickOn(row(robot, rates, normal));
    w.settle(robot);

    assertThat(w.queries)
        .containsExactly(
            new DatabaseLoans.Regulator(
                YearMonth.of(2025, 3),
                SegmentFilter.NONE,
                FiveCategoryRule.REGULATORY_2023,
                YearMonth.of(2025, 2),
                new DatabaseLoans.Behind.MigrationRate(
                    com.riskworkbench.analysis.MigrationAnalysis.Rate.NORMAL),
                YearMonth.of(2025, 3)));
    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isPresent();
  }

  @Test
  void fraudIsSummedInTheDatabaseOnceShownAndARowListsTheLoansItsCasesName(FxRobot robot) {
    w.open(robot);
    assertThat(w.filtered).noneMatch(c -> c.startsWith("FRAUD"));

    robot.interact(() -> w.model.screenProperty().set(Screen.FRAUD));
    w.settle(robot);

    assertThat(w.filtered).containsOnlyOnce("FRAUD {}");
    // the case book's five cases at 2025-03; F2 names loan L2 only: its borrower is the loan's
    TableView<?> cases = robot.lookup("#caseTable").queryAs(TableView.class);
    assertThat(cases.getItems()).hasSize(5);
    Object f2 =
        cases.getItems().stream()
            .filter(r -> r.toString().contains("caseId=F2,"))
            .findFirst()
            .orElseThrow();
    assertThat(f2.toString()).contains("borrowerId=B2,");
    // identity theft, confirmed: F1 (L1), F2 (L2) and F4 (borrower B1, no loan) → loans L1, L2
    TableView<?> typeStatus = robot.lookup("#typeStatusTable").queryAs(TableView.class);
    Object confirmedTheft =
        typeStatus.getItems().stream()
            .filter(r -> r.toString().contains("loanIds=[L1, L2]"))
            .findFirst()
            .orElseThrow();
    w.queries.clear();

    robot.clickOn(row(robot, typeStatus, confirmedTheft));
    w.settle(robot);

    assertThat(w.queries)
        .containsExactly(new DatabaseLoans.Named(YearMonth.of(2025, 3), List.of("L1", "L2")));
    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isPresent();

    // a case's detail reads its loan's months from the database
    robot.interact(() -> w.model.screenProperty().set(Screen.FRAUD));
    robot.interact(
        () -> {
          @SuppressWarnings("unchecked")
          TableView<Object> table = (TableView<Object>) cases;
          table.getSelectionModel().select(f2);
        });
    w.settle(robot);
    assertThat(w.histories).containsExactly("L2");
  }

  @Test
  void dataQualityIsCheckedInTheDatabaseOnceShownAndAMonthListsItsRowsThere(FxRobot robot) {
    w.open(robot);
    assertThat(w.filtered).noneMatch(c -> c.startsWith("DATA_QUALITY"));

    robot.interact(() -> w.model.screenProperty().set(Screen.DATA_QUALITY));
    w.settle(robot);

    assertThat(w.inDatabase).containsOnlyOnce("DATA_QUALITY 2025-03");
    @SuppressWarnings("unchecked")
    TableView<DataQualityRows.CheckRow> checks =
        robot.lookup("#checkTable").queryAs(TableView.class);
    // the database's findings carry no loans: a check lists its loans by query (the case book's
    // L4 has no row at 2025-02, a gap in its history)
    DataQualityRows.CheckRow gap =
        checks.getItems().stream()
            .filter(r -> r.finding().check() == DataQualityChecks.Check.GAP_IN_HISTORY)
            .findFirst()
            .orElseThrow();
    assertThat(gap.drillable()).isTrue();
    w.queries.clear();
    robot.clickOn(row(robot, checks, gap));
    w.settle(robot);
    assertThat(w.queries)
        .containsExactly(
            new DatabaseLoans.CheckLoans(
                YearMonth.of(2025, 3), SegmentFilter.NONE, DataQualityChecks.Check.GAP_IN_HISTORY));
    robot.interact(() -> w.model.screenProperty().set(Screen.DATA_QUALITY));
    w.settle(robot);
    @SuppressWarnings("unchecked")
    TableView<DataQualityRows.MonthRow> months =
        robot.lookup("#monthTable").queryAs(TableView.class);
    // 2025-02: rows of L1, L2 and L3 (L4 has none) = 3 loan rows
    DataQualityRows.MonthRow february =
        months.getItems().stream().filter(m -> m.month().equals("2025-02")).findFirst().get();
    assertThat(february.loanRows()).isEqualTo("3");
    w.queries.clear();

    robot.clickOn(row(robot, months, february));
    w.settle(robot);

    assertThat(w.queries)
        .containsExactly(
            DatabaseLoans.monthRows(
                YearMonth.of(2025, 3), SegmentFilter.NONE, YearMonth.of(2025, 2)));
    assertThat(w.text(robot, "#pagesTitle"))
        .isEqualTo("Data quality · loan rows of 2025-02 (3 loans)");
  }

  @Test
  void modelMonitoringIsComputedInTheDatabaseOnceShown(FxRobot robot) {
    w.open(robot);
    assertThat(w.filtered).noneMatch(c -> c.startsWith("SCORECARD"));

    robot.interact(() -> w.model.screenProperty().set(Screen.MODEL));
    w.settle(robot);

    assertThat(w.filtered).containsOnlyOnce("SCORECARD {}");
    // the default window of 12 months and 90 days past due, as in memory
    assertThat(w.inDatabase).anyMatch(c -> c.startsWith("SCORECARD 2025-03"));

    // a cohort lists its scored loans by query: 2025-01, L1 (B1, 700), L2 (B2, 600), L4 (B1)
    robot.interact(
        () -> {
          TabPane tabs = robot.lookup("#modelTabs").queryAs(TabPane.class);
          tabs.getSelectionModel()
              .select(
                  tabs.getTabs().stream()
                      .filter(t -> "cohortTab".equals(t.getId()))
                      .findFirst()
                      .orElseThrow());
        });
    TableView<?> cohorts = robot.lookup("#cohortTable").queryAs(TableView.class);
    Object january =
        cohorts.getItems().stream()
            .filter(r -> r.toString().contains("cohort=2025-01,"))
            .findFirst()
            .orElseThrow();
    w.queries.clear();

    robot.doubleClickOn(row(robot, cohorts, january));
    w.settle(robot);

    assertThat(w.queries).hasSize(1);
    DatabaseLoans.Originated scored = (DatabaseLoans.Originated) w.queries.get(0);
    assertThat(scored.scored()).isTrue();
    assertThat(scored.cohorts()).containsExactly(YearMonth.of(2025, 1));
    assertThat(scored.above()).isEmpty();
    assertThat(scored.atMost()).isEmpty();
    assertThat(scored.asOf()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isPresent();
  }

  private static TableRow<?> row(FxRobot robot, TableView<?> table, Object item) {
    return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
        .filter(r -> item.equals(r.getItem()))
        .findFirst()
        .orElseThrow();
  }
}
