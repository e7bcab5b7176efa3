package com.riskworkbench.ui.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.FraudAnalysis;
import com.riskworkbench.analysis.FraudResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.app.files.AuditLog;
import com.riskworkbench.app.files.AuditLogTrail;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.service.AuditEntry;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.CasesBook;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.shell.Desktop;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Fraud screen on {@link CasesBook}, whose figures are worked out in its comment. */
@ExtendWith(ApplicationExtension.class)
class FraudViewTest {
  /** SHA-256 of the three bytes "abc" (FIPS 180-2, appendix B.1): the portfolio file's content. */
  static final String SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @TempDir Path temp;
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  Path file;
  Path log;
  AppContext context;
  FraudViewModel model;

  @Start
  void start(Stage stage) throws Exception {
    file = Files.createTempDirectory("fraud-view").resolve("case-book.mv.db");
    Files.writeString(file, "abc", StandardCharsets.US_ASCII);
    log = file.resolveSibling("data").resolve("audit.log");
    context =
        new AppContext(
            CasesBook.service(file),
            (f, out, asOf, filter, progress) -> {},
            runner,
            Locale.ENGLISH,
            Desktop.none(),
            UserSettings.inMemory(),
            new AuditLogTrail(new AuditLog(log, Clock.systemUTC())));
    model = context.model(FraudViewModel.class);
    stage.setScene(new Scene(context.views().load(FraudView.class), 1090, 680));
    stage.show();
  }

  private void openBook(FxRobot robot) {
    robot.interact(context.mainViewModel()::openSample);
    settle(robot);
  }

  /** Runs held tasks until none is left: a task's result may start the next one. */
  private void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  /** The texts of the cells of one row of a table, in column order. */
  static List<String> row(FxRobot robot, String tableId, int index) {
    TableView<?> table = robot.lookup(tableId).queryAs(TableView.class);
    Node row =
        robot
            .from(table)
            .lookup(".table-row-cell")
            .match((TableRow<?> r) -> r.getIndex() == index && !r.isEmpty())
            .query();
    return robot.from(row).lookup(".table-cell").queryAllAs(TableCell.class).stream()
        .sorted(
            Comparator.comparingInt(c -> table.getVisibleLeafColumns().indexOf(c.getTableColumn())))
        .map(c -> c.getText() == null ? "" : c.getText())
        .toList();
  }

  private void selectTab(FxRobot robot, String tabId) {
    TabPane tabs = robot.lookup("#fraudTabs").queryAs(TabPane.class);
    robot.interact(
        () ->
            tabs.getSelectionModel()
                .select(
                    tabs.getTabs().stream()
                        .filter(t -> tabId.equals(t.getId()))
                        .findFirst()
                        .orElseThrow()));
  }

  @Test
  void saysWhatToDoBeforeAPortfolioIsOpen(FxRobot robot) {
    assertThat(text(robot, "#emptyLabel")).isEqualTo("Open a portfolio to see its fraud cases.");
    assertThat(robot.lookup("#emptyLabel").query().isVisible()).isTrue();
    assertThat(robot.lookup("#fraudTabs").query().isVisible()).isFalse();
  }

  @Test
  void summaryByTypeAndStatusAsWorkedOut(FxRobot robot) {
    openBook(robot);

    // Identity theft · Confirmed: F1 + F2 + F4 = 3 cases naming loans L1 and L2;
    // exposure 100,000 + 200,000 + 10,000; loss 60,000 + 50,000 + 2,000; recovered 10,000;
    // net 112,000 − 10,000 = 102,000
    assertThat(row(robot, "#typeStatusTable", 0))
        .containsExactly(
            "Identity theft",
            "Confirmed",
            "3",
            "2",
            "310,000.00",
            "112,000.00",
            "10,000.00",
            "102,000.00");
    // Document forgery · Open (F5), then Dismissed (F3): listed with its exposure, loss left out
    assertThat(row(robot, "#typeStatusTable", 1)).startsWith("Document forgery", "Open", "1", "1");
    assertThat(row(robot, "#typeStatusTable", 2))
        .containsExactly(
            "Document forgery", "Dismissed", "1", "1", "50,000.00", "0.00", "0.00", "0.00");
    // 5 cases, 1 dismissed; net loss 102,000; confirmed fraud on L1 and L2 of 4 loans = 50 %
    assertThat(text(robot, "#casesValue")).isEqualTo("5");
    assertThat(text(robot, "#casesNote")).isEqualTo("dismissed: 1");
    assertThat(text(robot, "#netLossValue")).isEqualTo("CNY 102,000.00");
    assertThat(text(robot, "#rateValue")).isEqualTo("50.00%");
    assertThat(text(robot, "#rateNote")).isEqualTo("2 of 4 loans");
  }

  @Test
  void figuresEqualTheAnalysisOfTheSameScope(FxRobot robot) {
    openBook(robot);
    robot.interact(() -> context.screens().state().asOfProperty().set(YearMonth.of(2025, 2)));
    settle(robot);

    FraudResult r =
        FraudAnalysis.run(
            AnalysisScope.of(
                CasesBook.book(), Optional.of(YearMonth.of(2025, 2)), SegmentFilter.NONE));
    Formats f = new Formats(Locale.ENGLISH);
    // At 2025-02 only F1 is reported
    assertThat(model.byTypeStatus()).hasSize(r.cells().size()).hasSize(1);
    var cell = r.cell(FraudType.IDENTITY_THEFT, FraudStatus.CONFIRMED).orElseThrow();
    assertThat(row(robot, "#typeStatusTable", 0))
        .containsExactly(
            "Identity theft",
            "Confirmed",
            f.count(cell.cases()),
            f.count(r.loansBehind(FraudType.IDENTITY_THEFT, FraudStatus.CONFIRMED).length),
            f.amount(cell.exposureCents() / 100.0),
            f.amount(cell.lossCents() / 100.0),
            f.amount(cell.recoveredCents() / 100.0),
            f.amount(cell.netLossCents() / 100.0));
    assertThat(text(robot, "#exposureValue"))
        .isEqualTo(f.moneyShort(r.totals().exposureCents(), "CNY"));
    assertThat(text(robot, "#rateValue")).isEqualTo(f.percent(r.confirmedRate().rate(), 2));
  }

  @Test
  void clickingASummaryRowShowsExactlyTheLoansBehindIt(FxRobot robot) {
    openBook(robot);
    List<String> shown = row(robot, "#typeStatusTable", 0);

    robot.clickOn(
        robot
            .from(robot.lookup("#typeStatusTable").queryAs(TableView.class))
            .lookup(".table-row-cell")
            .match((TableRow<?> r) -> r.getIndex() == 0)
            .<Node>query());

    LoanSelection s = context.screens().state().drillDownProperty().get();
    var book = context.screens().state().scope().orElseThrow().portfolio().book();
    // F1 names L1, F2 names L2, F4 names only B1: two loans, as the Loans column says
    assertThat(s.loans()).containsExactly(book.loanIndex("L1"), book.loanIndex("L2"));
    assertThat(Integer.toString(s.size())).isEqualTo(shown.get(3));
    assertThat(s.month()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(s.title()).contains("Identity theft · Confirmed");

    // By detection channel: MODEL_ALERT is F1 and F2 (L1, L2); AUDIT is F4 alone, no loan
    selectTab(robot, "channelTab");
    assertThat(row(robot, "#channelTable", 0)).startsWith("Model alert", "2", "2");
    assertThat(row(robot, "#channelTable", 3)).startsWith("Audit", "1", "0");
  }

  @Test
  void caseListIsMaskedAndFiltersBySearchStatusAndDate(FxRobot robot) {
    openBook(robot);
    selectTab(robot, "casesTab");

    assertThat(model.cases()).hasSize(5);
    // F1 names L1 of B1 张伟 / 110101199003071236, masked as DESIGN §7 says
    List<String> f1 = row(robot, "#caseTable", 0);
    assertThat(f1.get(0)).isEqualTo("F1");
    assertThat(f1).contains("张*", "110***********1236");

    robot.interact(() -> model.searchProperty().set("payslip"));
    assertThat(model.cases()).extracting(c -> c.fraudCase().caseId()).containsExactly("F5");
    robot.interact(() -> model.searchProperty().set("张伟"));
    assertThat(model.cases()).as("names are not searchable while masked").isEmpty();
    robot.interact(() -> model.searchProperty().set(""));
    robot.interact(() -> model.statusFilterProperty().set(FraudStatus.CONFIRMED));
    robot.interact(() -> model.fromProperty().set(java.time.LocalDate.parse("2025-03-01")));
    // CONFIRMED and reported on or after 2025-03-01: F2, F4
    assertThat(model.cases()).extracting(c -> c.fraudCase().caseId()).containsExactly("F2", "F4");
    assertThat(text(robot, "#caseCount")).isEqualTo("2 of 5 cases");
  }

  @Test
  void selectingACaseShowsItsLoanHistoryAndTheBorrowersLoans(FxRobot robot) {
    openBook(robot);
    selectTab(robot, "casesTab");

    robot.clickOn(
        robot
            .from(robot.lookup("#caseTable").queryAs(TableView.class))
            .lookup(".table-row-cell")
            .match((TableRow<?> r) -> r.getIndex() == 0)
            .<Node>query());
    settle(robot);

    CaseDetail d = model.detailProperty().get().orElseThrow();
    // F1 names L1: three months, 100,000 → 90,000 → 80,000; B1 also holds L4
    assertThat(d.history()).hasSize(3);
    assertThat(row(robot, "#historyTable", 2))
        .containsExactly("2025-03", "80,000.00", "0", "Active");
    assertThat(d.borrowerLoans())
        .extracting(CaseDetail.LoanFacts::loanId)
        .containsExactly("L1", "L4");
  }

  @Test
  void revealingAndExportingAreRecordedWithTheFilesHashAndSurviveARestart(FxRobot robot)
      throws Exception {
    openBook(robot);
    selectTab(robot, "casesTab");

    robot.clickOn("#revealButton");
    Button ok =
        robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
            .filter(b -> "OK".equals(b.getText()))
            .findFirst()
            .orElseThrow();
    robot.clickOn(ok);
    // Nothing is shown before the entry is written
    assertThat(model.revealedProperty().get()).isFalse();
    assertThat(row(robot, "#caseTable", 0)).contains("张*");
    settle(robot);

    assertThat(model.revealedProperty().get()).isTrue();
    assertThat(robot.lookup("#revealButton").queryAs(ToggleButton.class).isSelected()).isTrue();
    assertThat(row(robot, "#caseTable", 0)).contains("张伟", "110101199003071236");

    Path csv = file.resolveSibling("cases.csv");
    robot.interact(() -> model.exportCases(csv));
    settle(robot);
    assertThat(Files.readString(csv)).contains("F1", "张伟", "110101199003071236");

    // A restart: a new trail on the same log file reads both entries
    List<AuditEntry> entries = new AuditLogTrail(new AuditLog(log, Clock.systemUTC())).entries();
    assertThat(entries).extracting(AuditEntry::action).containsExactly("reveal", "export");
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.sha256()).isEqualTo(SHA_ABC);
              assertThat(e.portfolio()).isEqualTo(file.toAbsolutePath().toString());
              assertThat(e.user()).isEqualTo(System.getProperty("user.name"));
            });
    assertThat(entries.get(0).detail()).contains("names and ID numbers", "Fraud cases");
    assertThat(entries.get(1).detail()).contains("5 fraud cases", csv.toAbsolutePath().toString());

    // Hiding and showing again in the same session asks and records nothing more
    robot.interact(model::hide);
    robot.interact(model::reveal);
    assertThat(model.revealedProperty().get()).isTrue();
    assertThat(new AuditLogTrail(new AuditLog(log, Clock.systemUTC())).entries()).hasSize(2);
  }

  @Test
  void aMaskedExportIsNotRecordedAndMasksTheIdentities(FxRobot robot) throws Exception {
    openBook(robot);
    Path csv = file.resolveSibling("masked.csv");

    robot.interact(() -> model.exportCases(csv));
    settle(robot);

    String text = Files.readString(csv);
    assertThat(text).contains("张*", "110***********1236").doesNotContain("张伟");
    assertThat(text.lines().count()).isEqualTo(6); // header + 5 cases
    assertThat(Files.exists(log)).isFalse();
  }
}
