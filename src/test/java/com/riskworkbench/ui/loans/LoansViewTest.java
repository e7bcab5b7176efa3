package com.riskworkbench.ui.loans;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.shell.MainView;
import com.riskworkbench.ui.shell.MainViewModel;
import com.riskworkbench.ui.shell.Screen;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Loans view on the small book of {@link TestWorkbench} (loans L1–L4 are indexes 0–3). */
@ExtendWith(ApplicationExtension.class)
class LoansViewTest {
  @TempDir Path temp;

  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  AppContext context;
  MainViewModel main;
  WorkbenchState state;

  @Start
  void start(Stage stage) {
    context =
        new AppContext(
            new TestWorkbench.FakeService(TestWorkbench.opened(TestWorkbench.smallBook())) {
              @Override
              public java.util.Map<String, com.riskworkbench.service.BorrowerIdentity>
                  borrowerIdentities(String location, java.util.Collection<String> ids) {
                // the names the portfolio stores; the export masks them
                java.util.Map<String, com.riskworkbench.service.BorrowerIdentity> m =
                    new java.util.HashMap<>();
                for (String id : ids) {
                  String name = id.equals("B2") ? "王芳" : id.equals("B3") ? "Li Na" : "Zhang Wei";
                  m.put(
                      id,
                      new com.riskworkbench.service.BorrowerIdentity(
                          java.util.Optional.of(name), java.util.Optional.empty()));
                }
                return m;
              }
            },
            runner,
            Locale.ENGLISH);
    main = context.mainViewModel();
    state = context.screens().state();
    // the window's theme and style sheet, so that rows and headers have the heights they have there
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    Parent root = context.views().load(MainView.class);
    root.getStylesheets().add(getClass().getResource("/css/workbench.css").toExternalForm());
    stage.setScene(new Scene(root, 1280, 800));
    stage.show();
  }

  private void open(FxRobot robot) {
    robot.interact(main::openSample);
    runner.runAll();
    robot.interact(() -> main.screenProperty().set(Screen.LOANS));
  }

  @SuppressWarnings("unchecked")
  private static TableView<Integer> loans(FxRobot robot) {
    return robot.lookup("#loansTable").queryAs(TableView.class);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void withoutADrillDownListsEveryLoanOfTheScope(FxRobot robot) {
    open(robot);

    // At 2025-03 all four loans are originated.
    assertThat(loans(robot).getItems()).containsExactly(0, 1, 2, 3);
    assertThat(text(robot, "#loansTitle")).isEqualTo("All loans of the scope at 2025-03");
    assertThat(text(robot, "#loansCount")).isEqualTo("4 loans · As of 2025-03 · all loans");
    assertThat(robot.lookup("#allButton").queryAs(Button.class).isVisible()).isFalse();

    robot.interact(() -> main.setFilter(Dimension.CHANNEL, List.of("Online")));
    runner.runAll();

    assertThat(loans(robot).getItems()).containsExactly(0, 3);
  }

  @Test
  void drillDownShowsExactlyTheLoansBehindTheNumber(FxRobot robot) {
    open(robot);
    robot.interact(() -> main.screenProperty().set(Screen.DASHBOARD));

    robot.interact(
        () ->
            state.drillDown(
                new LoanSelection("PAR30 at 2025-03", new int[] {1}, YearMonth.of(2025, 3))));

    assertThat(main.screenProperty().get()).isEqualTo(Screen.LOANS);
    assertThat(loans(robot).getItems()).containsExactly(1);
    assertThat(text(robot, "#loansTitle")).isEqualTo("PAR30 at 2025-03");
    assertThat(text(robot, "#loansCount")).isEqualTo("1 loan · As of 2025-03 · all loans");
    // L2's line at 2025-03: balance 195,000.00 and 45 days past due.
    var table = loans(robot);
    assertThat(table.getColumns().get(0).getCellData(0)).isEqualTo("L2");
    assertThat(table.getColumns().get(9).getCellData(0)).isEqualTo("195,000.00");
    assertThat(table.getColumns().get(10).getCellData(0)).isEqualTo("45");
    assertThat(robot.lookup("#allButton").queryAs(Button.class).isVisible()).isTrue();

    robot.clickOn("#allButton");
    runner.runAll();
    assertThat(loans(robot).getItems()).hasSize(4);
  }

  @Test
  void searchNarrowsTheListAndSelectionShowsTheHistory(FxRobot robot) {
    open(robot);

    robot.interact(() -> context.model(LoansViewModel.class).searchProperty().set("b1"));
    runner.runAll(); // the search runs in the background

    // Borrower B1 has L1 and L4.
    assertThat(loans(robot).getItems()).containsExactly(0, 3);
    assertThat(text(robot, "#loansCount"))
        .isEqualTo("2 of 4 loans match the search · As of 2025-03 · all loans");

    robot.interact(() -> loans(robot).getSelectionModel().select(1));

    @SuppressWarnings("unchecked")
    TableView<Object> history = robot.lookup("#historyTable").queryAs(TableView.class);
    // L4: 2025-01 active with 30,000.00, 2025-02 paid off.
    assertThat(history.getItems()).hasSize(2);
    assertThat(history.getColumns().get(1).getCellData(0)).isEqualTo("30,000.00");
    assertThat(history.getColumns().get(3).getCellData(1)).isEqualTo("Paid off");
  }

  @Test
  void exportWritesTheShownLoansAsCsv(FxRobot robot) throws Exception {
    open(robot);
    robot.interact(
        () -> state.drillDown(new LoanSelection("NPL", new int[] {1, 2}, YearMonth.of(2025, 3))));
    Path out = temp.resolve("loans.csv");

    robot.interact(() -> context.model(LoansViewModel.class).exportCsv(out));
    runner.runAll();

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    // Names masked to their first character (王芳 → 王*, "Li Na" → L****), then region and
    // industry of the borrower: B2 Jiangsu / Manufacturing, B3 Jiangsu / Retail.
    assertThat(lines.get(0))
        .isEqualTo(
            "\uFEFFloan_id,borrower_id,borrower_name,region,industry,product,channel,risk_grade,"
                + "origination_date,principal,interest_rate,month,status,balance,days_past_due");
    assertThat(lines.get(1))
        .isEqualTo(
            "L2,B2,王*,Jiangsu,Manufacturing,Business loan,Partner B,C,2025-01-20,200000.00,0.15,"
                + "2025-03,ACTIVE,195000.00,45");
    assertThat(lines.get(2))
        .isEqualTo(
            "L3,B3,L****,Jiangsu,Retail,Credit loan,Partner B,B,2025-02-05,50000.00,0.18,2025-03,"
                + "ACTIVE,48000.00,0");
    assertThat(text(robot, "#exportedLabel")).startsWith("2 loans written to");
  }

  @Test
  void aLongDrillDownTitleWrapsAndLeavesTheButtonsWhole(FxRobot robot) {
    open(robot);
    robot.interact(
        () ->
            state.drillDown(
                new LoanSelection(
                    "Single-borrower limit breaches at 2025-03: borrowers whose exposure is over"
                        + " 10 % of net capital, with every loan of each such borrower",
                    new int[] {1, 2}, YearMonth.of(2025, 3))));
    WaitForAsyncUtils.waitForFxEvents();

    // each button is as wide as its text and icon need (no "All l…"); the title wraps instead
    for (String id : List.of("#allButton", "#exportButton")) {
      Button button = robot.lookup(id).queryAs(Button.class);
      assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
    }
    Label title = robot.lookup("#loansTitle").queryAs(Label.class);
    assertThat(title.getHeight()).isGreaterThan(title.getFont().getSize() * 2);
  }

  @Test
  void theHistoryOfASelectedLoanHasRoomForSixMonthsAt1280By800(FxRobot robot) {
    open(robot);
    robot.interact(() -> loans(robot).getSelectionModel().select(0));
    runner.runAll();
    WaitForAsyncUtils.waitForFxEvents();

    TableView<?> history = robot.lookup("#historyTable").queryAs(TableView.class);
    assertThat(history.getItems()).hasSize(3); // L1's months 2025-01 to 2025-03
    Node row = robot.lookup("#historyTable .table-row-cell").query();
    Node header = robot.lookup("#historyTable .column-header-background").query();
    double room = history.getHeight() - header.getBoundsInLocal().getHeight();
    // the window used to leave room for four rows; a year's history wants more at a glance
    assertThat(room / row.getBoundsInLocal().getHeight()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void aChargedOffStatusFitsItsColumnsUncut(FxRobot robot) {
    open(robot);
    WaitForAsyncUtils.waitForFxEvents();
    // "Charged off" in the table's font, with a cell's padding either side (8 px each in the theme)
    Label probe = new Label("Charged off");
    probe.setFont(robot.lookup("#loansTable .table-cell").queryAs(Labeled.class).getFont());
    double needed = probe.prefWidth(-1) + 16;
    for (String table : List.of("#loansTable", "#historyTable")) {
      TableView<?> t = robot.lookup(table).queryAs(TableView.class);
      TableColumn<?, ?> status =
          t.getColumns().stream()
              .filter(c -> c.getText().equals("Status"))
              .findFirst()
              .orElseThrow();
      assertThat(status.getWidth()).as(table).isGreaterThanOrEqualTo(needed);
    }
  }
}
