package com.riskworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.ui.loans.LoansRows.HistoryRow;
import java.time.YearMonth;
import java.util.Optional;
import javafx.scene.control.Label;
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
 * pages, a selected loan's history is fetched, a page that fails can be asked for again, and the
 * list of every loan is asked for only once the Loans screen is shown.
 */
@ExtendWith(ApplicationExtension.class)
class InDatabaseLoansTest {
  final InDatabaseWindow w = new InDatabaseWindow();

  @Start
  void start(Stage stage) {
    w.start(stage);
  }

  @Test
  void aCategoryListsItsLoansAPageAtATimeFromTheDatabase(FxRobot robot) {
    w.open(robot);
    w.queries.clear(); // the list of every loan, asked for when the database was opened
    w.afters.clear();

    robot.clickOn("#drill-NORMAL");
    w.settle(robot);

    assertThat(robot.lookup("#loanPagesScreen").tryQuery()).isPresent();
    // the small book's latest month, the whole book, the default rule
    assertThat(w.queries)
        .containsExactly(
            DatabaseLoans.category(
                YearMonth.of(2025, 3),
                SegmentFilter.NONE,
                FiveCategory.NORMAL,
                FiveCategoryRule.REGULATORY_2023));
    assertThat(w.afters).containsExactly(Optional.empty());
    assertThat(w.text(robot, "#pagesTitle")).isEqualTo("Normal, as of 2025-03");
    assertThat(w.pages(robot).getItems()).hasSize(100);
    assertThat(w.pages(robot).getItems().get(0).loanId()).isEqualTo("L001");
    // 1,000,000 cents = 10,000.00; 12 % a year; 35 days past due at the month
    assertThat(w.pages(robot).getItems().get(0).principal()).isEqualTo("10,000.00");
    assertThat(w.pages(robot).getItems().get(0).daysPastDue()).isEqualTo("35");
    assertThat(w.text(robot, "#pageLabel")).isEqualTo("Loans 1–100 (page 1), by loan id");
    assertThat(w.disabled(robot, "#previousButton")).isTrue();
    assertThat(w.disabled(robot, "#nextButton")).isFalse();

    robot.clickOn("#nextButton");
    w.settle(robot);
    // the second page starts after the first's last loan
    assertThat(w.afters.get(1)).contains("L100");
    assertThat(w.pages(robot).getItems().get(0).loanId()).isEqualTo("L101");
    assertThat(w.text(robot, "#pageLabel")).isEqualTo("Loans 101–200 (page 2), by loan id");

    robot.clickOn("#nextButton");
    w.settle(robot);
    // 250 loans: the third page holds the last 50, and there is no fourth
    assertThat(w.pages(robot).getItems()).hasSize(50);
    assertThat(w.text(robot, "#pageLabel")).isEqualTo("Loans 201–250 (page 3), by loan id");
    assertThat(w.disabled(robot, "#nextButton")).isTrue();

    robot.clickOn("#previousButton");
    w.settle(robot);
    assertThat(w.afters.get(3)).contains("L100");
    assertThat(w.pages(robot).getItems().get(0).loanId()).isEqualTo("L101");
    assertThat(w.disabled(robot, "#previousButton")).isFalse();

    robot.interact(() -> w.pages(robot).getSelectionModel().select(4));
    w.settle(robot);
    assertThat(w.histories).containsExactly("L105");
    @SuppressWarnings("unchecked")
    TableView<HistoryRow> history = robot.lookup("#pagesHistoryTable").queryAs(TableView.class);
    assertThat(history.getItems())
        .extracting(HistoryRow::balance)
        .containsExactly("1,200.00", "1,000.00");

    robot.clickOn("#pagesAllButton");
    w.settle(robot);
    assertThat(w.text(robot, "#pagesTitle")).isEqualTo("All loans of the scope at 2025-03");
    assertThat(w.queries.get(w.queries.size() - 1))
        .isEqualTo(DatabaseLoans.all(YearMonth.of(2025, 3), SegmentFilter.NONE));
  }

  @Test
  void par30TileListsItsLoansFromTheDatabase(FxRobot robot) {
    w.open(robot);
    w.queries.clear();

    // the tile may lie below the window's fold: fire its link rather than move the mouse there
    robot.interact(
        () ->
            robot
                .lookup("#drill-par30_ratio")
                .queryAs(javafx.scene.control.Hyperlink.class)
                .fire());
    w.settle(robot);

    assertThat(w.queries)
        .containsExactly(DatabaseLoans.par30(YearMonth.of(2025, 3), SegmentFilter.NONE));
    assertThat(w.text(robot, "#pagesTitle")).startsWith("PAR30");
  }

  @Test
  void aPageThatCannotBeFetchedSaysWhyAndTheSameButtonTriesAgain(FxRobot robot) {
    w.open(robot);
    robot.clickOn("#drill-NORMAL");
    w.settle(robot);
    assertThat(w.pages(robot).getItems().get(0).loanId()).isEqualTo("L001");

    w.down = true;
    robot.clickOn("#nextButton");
    w.settle(robot);

    // the first page stays, with the reason, and Next is still there to try again
    assertThat(w.text(robot, "#pagesError"))
        .isEqualTo("Cannot reach the database server at db.example:5432.");
    assertThat(w.pages(robot).getItems().get(0).loanId()).isEqualTo("L001");
    assertThat(w.text(robot, "#pageLabel")).isEqualTo("Loans 1–100 (page 1), by loan id");
    assertThat(w.disabled(robot, "#nextButton")).isFalse();

    w.down = false;
    robot.clickOn("#nextButton");
    w.settle(robot);

    assertThat(robot.lookup("#pagesError").queryAs(Label.class).isVisible()).isFalse();
    assertThat(w.pages(robot).getItems().get(0).loanId()).isEqualTo("L101");
    assertThat(w.text(robot, "#pageLabel")).isEqualTo("Loans 101–200 (page 2), by loan id");
    assertThat(w.afters.get(w.afters.size() - 1)).contains("L100");
  }

  @Test
  void everyLoanIsListedOnlyOnceTheLoansScreenIsShownAndAFailedFirstPageCanBeRetried(
      FxRobot robot) {
    w.open(robot);
    // nothing asked of the database for a screen nobody looked at
    assertThat(w.queries).isEmpty();

    w.down = true;
    robot.interact(() -> w.model.screenProperty().set(Screen.LOANS));
    w.settle(robot);
    assertThat(w.text(robot, "#pagesError")).startsWith("Cannot reach the database server");
    assertThat(w.pages(robot).getItems()).isEmpty();

    w.down = false;
    robot.clickOn("#retryButton");
    w.settle(robot);

    assertThat(w.queries)
        .containsExactly(DatabaseLoans.all(YearMonth.of(2025, 3), SegmentFilter.NONE));
    assertThat(w.pages(robot).getItems()).hasSize(100);
    assertThat(robot.lookup("#retryButton").query().isVisible()).isFalse();
  }
}
