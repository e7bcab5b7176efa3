package com.riskworkbench.ui.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.WorkbenchState;
import com.riskworkbench.ui.concentration.CoLendingViewModel.PartnerRow;
import com.riskworkbench.ui.concentration.CoLendingViewModel.RuleRow;
import com.riskworkbench.ui.concentration.GroupsViewModel.GroupRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
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
 * The Lorenz, related-party groups and co-lending tabs of the Concentration screen on a book of one
 * month, 2025-03, every loan ACTIVE: L1 Z1 own funds 500.00 (Online); L2 X1 with P1, own share
 * 0.30, 200.00; L3 X2 with P1, 0.20, 100.00; L4 Y1 with P2, no share (= 1), 100.00; L5 X1 with P2,
 * 0.50, 100.00 (all four on Partner). Groups: X1 and X2 in G1, Y1 in G2. Net assets 2,000.00 (group
 * limit 15 % = 300.00), tier 1 net capital 1,000.00 (partner limit 25 % = 250.00).
 */
@ExtendWith(ApplicationExtension.class)
class ConcentrationTabsTest {
  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  AppContext context;
  WorkbenchState state;

  static LoadedPortfolio book() {
    PortfolioBuilder b = new PortfolioBuilder();
    b.meta("name", "Partner book");
    b.meta("currency", "CNY");
    b.meta("net_assets", "2000.00");
    b.meta("tier1_net_capital", "1000.00");
    int day = (int) LocalDate.parse("1990-05-01").toEpochDay();
    b.addBorrower("Z1", BorrowerType.INDIVIDUAL, day, "Zhejiang", "Retail");
    b.group(b.addBorrower("X1", BorrowerType.INDIVIDUAL, day, "Zhejiang", "Retail"), "G1");
    b.group(b.addBorrower("X2", BorrowerType.INDIVIDUAL, day, "Zhejiang", "Retail"), "G1");
    b.group(b.addBorrower("Y1", BorrowerType.INDIVIDUAL, day, "Zhejiang", "Retail"), "G2");
    int march = Months.ordinal(YearMonth.of(2025, 3));
    loan(b, march, "L1", "Z1", "Online", null, Double.NaN, 50_000);
    loan(b, march, "L2", "X1", "Partner", "P1", 0.30, 20_000);
    loan(b, march, "L3", "X2", "Partner", "P1", 0.20, 10_000);
    loan(b, march, "L4", "Y1", "Partner", "P2", Double.NaN, 10_000);
    loan(b, march, "L5", "X1", "Partner", "P2", 0.50, 10_000);
    return b.build();
  }

  static void loan(
      PortfolioBuilder b,
      int month,
      String id,
      String borrower,
      String channel,
      String partner,
      double share,
      long balance) {
    int l =
        b.addLoan(
            id, borrower, "Credit loan", channel, "B", LocalDate.parse("2025-01-10"), balance, 0.1);
    if (partner != null) {
      b.coLending(l, partner, share);
    }
    b.addMonth(l, month, balance, 0, LoadedPortfolio.ACTIVE, 0, 0);
  }

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    OpenedPortfolio opened = TestWorkbench.opened(book());
    context = new AppContext(new TestWorkbench.FakeService(opened), runner, Locale.ENGLISH);
    state = context.screens().state();
    stage.setScene(new Scene(context.views().load(ConcentrationView.class), 1200, 760));
    stage.show();
  }

  private void open(FxRobot robot, int tab) {
    robot.interact(context.mainViewModel()::openSample);
    settle(robot);
    robot.interact(
        () ->
            robot
                .lookup("#concentrationTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(tab));
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
  void lorenzTabShowsGiniAndTopSharesAcrossBorrowersOrSegments(FxRobot robot) {
    open(robot, 1);

    // Borrowers' exposures 100, 100, 300, 500 (Y1, X2, X1, Z1) of 1,000: Y = 0, .1, .2, .5, 1;
    // Σ (Y_k + Y_{k−1}) = .1 + .3 + .7 + 1.5 = 2.6; Gini = 1 − 2.6 / 4 = 0.35. The top 1, 5 and
    // 10 % are each one borrower, Z1: 50 %.
    assertThat(text(robot, "#unitsValue")).isEqualTo("4");
    assertThat(text(robot, "#giniValue")).isEqualTo("0.350");
    assertThat(text(robot, "#top1Value")).isEqualTo("50.0%");
    assertThat(text(robot, "#top10Value")).isEqualTo("50.0%");
    LineChart<?, ?> chart = robot.lookup("#lorenzChart").queryAs(LineChart.class);
    // The curve's five points and the two ends of the equality line.
    assertThat(chart.getData().get(0).getData()).hasSize(5);
    assertThat(chart.getData().get(1).getData()).hasSize(2);

    // Segments of the screen's dimension (product by default: one segment, "Credit loan").
    RadioButton segments = robot.lookup("#segmentChoice").queryAs(RadioButton.class);
    assertThat(segments.getText()).isEqualTo("Segments by Product");
    robot.interact(() -> segments.setSelected(true));
    settle(robot);

    assertThat(text(robot, "#unitsValue")).isEqualTo("1");
    assertThat(text(robot, "#giniValue")).isEqualTo("0.000");
  }

  @Test
  void groupsTabHighlightsTheBreachAndDrillsToTheGroupsLoans(FxRobot robot) {
    open(robot, 2);

    // G1: X1 200 + 100 and X2 100 = 400.00 of 1,000.00 (40 %), 20 % of net assets, over 300.00.
    // G2: Y1 100.00, 5 % of net assets, within.
    @SuppressWarnings("unchecked")
    TableView<GroupRow> table = robot.lookup("#groupTable").queryAs(TableView.class);
    assertThat(table.getItems())
        .containsExactly(
            new GroupRow("G1", "2", "3", "400.00", "40.00%", "20.00%", "300.00", "Breach", true),
            new GroupRow(
                "G2", "1", "1", "100.00", "10.00%", "5.00%", "300.00", "Within limit", false));
    assertThat(text(robot, "#groupsSummary"))
        .isEqualTo("2 groups with exposure · over the limit: 1");
    assertThat(text(robot, "#groupsNote"))
        .isEqualTo("Limit: 15% of net assets (CNY 2,000.00) = CNY 300.00 per group");
    assertThat(
            robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getTableView() == table && r.getIndex() == 0)
                .findFirst()
                .orElseThrow()
                .getStyleClass())
        .contains("breach");

    robot.interact(
        () ->
            robot.from(table).lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(link -> ((TableCell<?, ?>) link.getParent()).getIndex() == 0)
                .findFirst()
                .orElseThrow()
                .fire());
    settle(robot);

    // G1's loans: L2, L3, L5 (indexes 1, 2, 4).
    assertThat(state.drillDownProperty().get().loans()).containsExactly(1, 2, 4);
    assertThat(state.drillDownProperty().get().title())
        .isEqualTo("Related-party group G1, as of 2025-03");
  }

  @Test
  void coLendingTabShowsFullAndOwnFiguresAndTheRules(FxRobot robot) {
    open(robot, 3);

    @SuppressWarnings("unchecked")
    TableView<PartnerRow> partners = robot.lookup("#partnerTable").queryAs(TableView.class);
    // P1: 300.00 full (30 % of 1,000.00; 30 % of tier 1), own 60 + 20 = 80.00 of the own book
    // 500 + 60 + 20 + 100 + 50 = 730.00 (10.96 %); lowest share 20 %; L3 below 30 % and 300.00
    // over 250.00: a breach at full balance; at own share still L3.
    assertThat(partners.getItems().get(0))
        .isEqualTo(
            new PartnerRow(
                "P1", "P1", "2", "300.00", "80.00", "30.00%", "10.96%", "20%", "30.00%", "Breach",
                "Breach", true, false));
    // P2: 200.00, own 100 + 50 = 150.00 (20.55 % of 730), share 1 and 0.5: within every limit.
    assertThat(partners.getItems().get(1))
        .isEqualTo(
            new PartnerRow(
                "P2",
                "P2",
                "2",
                "200.00",
                "150.00",
                "20.00%",
                "20.55%",
                "50%",
                "20.00%",
                "Within limit",
                "Within limit",
                false,
                false));
    assertThat(partners.getItems().get(2).partner()).isEqualTo("All partners");
    assertThat(partners.getItems().get(2).ownBalance()).isEqualTo("230.00");

    @SuppressWarnings("unchecked")
    TableView<RuleRow> rules = robot.lookup("#ruleTable").queryAs(TableView.class);
    // (a) lowest share 20 % < 30 %; (b) largest partner 300 / 1,000 = 30 % > 25 %, own 150 /
    // 1,000 = 15 %; (c) co-lent 500 / 1,000 = 50 % (at most 50 %), own 230 / 730 = 31.51 %.
    assertThat(rules.getItems())
        .extracting(RuleRow::value, RuleRow::ownValue, RuleRow::check, RuleRow::ownCheck)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("20.00%", "20.00%", "Breach", "Breach"),
            org.assertj.core.groups.Tuple.tuple("30.00%", "15.00%", "Breach", "Within limit"),
            org.assertj.core.groups.Tuple.tuple(
                "50.00%", "31.51%", "Within limit", "Within limit"));

    Hyperlink below = robot.lookup("#belowLink").queryAs(Hyperlink.class);
    assertThat(below.getText()).isEqualTo("Show the co-lent loans with own share below 30% (1)");
    robot.interact(below::fire);
    settle(robot);
    assertThat(state.drillDownProperty().get().loans()).containsExactly(2);

    robot.interact(
        () ->
            robot.from(partners).lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(link -> ((TableCell<?, ?>) link.getParent()).getIndex() == 1)
                .findFirst()
                .orElseThrow()
                .fire());
    settle(robot);
    assertThat(state.drillDownProperty().get().loans()).containsExactly(3, 4);
    assertThat(List.of(state.drillDownProperty().get().title()))
        .containsExactly("Loans co-lent with P2, as of 2025-03");
  }
}
