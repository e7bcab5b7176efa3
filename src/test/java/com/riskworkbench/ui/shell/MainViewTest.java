package com.riskworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import com.riskworkbench.service.FilePortfolioService;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.BackgroundRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {
  @TempDir static Path temp;

  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  final List<Path> written = new ArrayList<>();
  final List<Path> folders = new ArrayList<>();
  final List<SegmentFilter> exportFilters = new ArrayList<>();
  Path settingsFile;
  TestWorkbench.FakeService service =
      new TestWorkbench.FakeService(book) {
        @Override
        public OpenedPortfolio open(Path file, Progress progress) throws PortfolioException {
          if (file.toString().startsWith("/nowhere")) {
            throw new PortfolioException("The portfolio file " + file + " does not exist.");
          }
          return super.open(file, progress);
        }

        @Override
        public ImportSummary importTape(Path tapeFolder, Path out, Progress progress)
            throws PortfolioException {
          return new FilePortfolioService(temp.resolve("unused"), TapeSource.folder(tapeFolder))
              .importTape(tapeFolder, out, progress);
        }
      };
  MainViewModel model;
  Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    settingsFile = Files.createTempDirectory(temp, "settings").resolve("settings.properties");
    AppContext context =
        new AppContext(
            service,
            (file, out, asOf, filter, progress) -> {
              written.add(out);
              exportFilters.add(filter);
            },
            runner,
            Locale.ENGLISH,
            new Desktop() {
              @Override
              public void openFolder(Path folder) {
                folders.add(folder);
              }

              @Override
              public void setDarkTheme(boolean dark) {}

              @Override
              public void relaunch(Locale locale) {}
            },
            UserSettings.load(settingsFile));
    model = context.mainViewModel();
    stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
    stage.show();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private void openBook(FxRobot robot) {
    robot.interact(model::openSample);
    settle(robot);
  }

  /**
   * Runs held tasks until none is left: a task's result arrives through Platform.runLater and may
   * start the screens' computations.
   */
  private void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  @SuppressWarnings("unchecked")
  private static CheckComboBox<String> filter(FxRobot robot, Dimension d) {
    return robot.lookup("#filter-" + d.cliName()).queryAs(CheckComboBox.class);
  }

  @Test
  void showsPlaceholdersBeforeAPortfolioIsOpen(FxRobot robot) {
    assertThat(text(robot, "#titleLabel")).isEqualTo("No portfolio open");
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#filterBar").queryAs(FlowPane.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).isVisible()).isFalse();
  }

  @Test
  void navigationListsEveryScreenAndSwitchesTheContent(FxRobot robot) {
    @SuppressWarnings("unchecked")
    ListView<Screen> nav = robot.lookup("#navList").queryAs(ListView.class);
    assertThat(nav.getItems()).containsExactly(Screen.values());
    assertThat(nav.getSelectionModel().getSelectedItem()).isEqualTo(Screen.DASHBOARD);
    assertThat(robot.lookup("#dashboardScreen").tryQuery()).isPresent();

    robot.clickOn("Vintage");

    assertThat(model.screenProperty().get()).isEqualTo(Screen.VINTAGE);
    assertThat(robot.lookup("#vintageScreen").tryQuery()).isPresent();
    assertThat(robot.lookup("#dashboardScreen").tryQuery()).isEmpty();
  }

  @Test
  void busyStateShowsWhileLoadingAndClearsWithThePortfolio(FxRobot robot) {
    robot.interact(model::openSample);

    assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).isVisible()).isTrue();
    assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isVisible()).isTrue();
    assertThat(text(robot, "#statusLabel")).isEqualTo("Opening the portfolio…");

    settle(robot);

    assertThat(text(robot, "#titleLabel")).isEqualTo("Spring book");
    assertThat(text(robot, "#statusLabel")).isEqualTo("Opened Spring book");
    assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).isVisible()).isFalse();
    assertThat(robot.lookup("#filterBar").queryAs(FlowPane.class).isDisabled()).isFalse();
  }

  @Test
  void asOfAndFiltersOfferThePortfoliosMonthsAndValues(FxRobot robot) {
    openBook(robot);

    @SuppressWarnings("unchecked")
    ComboBox<YearMonth> asOf = robot.lookup("#asOfBox").queryAs(ComboBox.class);
    // The small book runs from 2025-01 to 2025-03 and opens at its latest month.
    assertThat(asOf.getItems())
        .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
    assertThat(asOf.getValue()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(filter(robot, Dimension.CHANNEL).getItems()).containsExactly("Online", "Partner B");
    assertThat(filter(robot, Dimension.PRODUCT).getItems())
        .containsExactly("Business loan", "Credit loan");
    assertThat(filter(robot, Dimension.CHANNEL).getTitle()).isEqualTo("Channel: All");

    robot.interact(() -> filter(robot, Dimension.CHANNEL).getCheckModel().check("Partner B"));

    assertThat(model.state().filterProperty().get().allowed())
        .isEqualTo(Map.of(Dimension.CHANNEL, Set.of("Partner B")));
    assertThat(filter(robot, Dimension.CHANNEL).getTitle()).isEqualTo("Channel: Partner B");

    robot.interact(() -> asOf.setValue(YearMonth.of(2025, 2)));
    assertThat(model.state().scope().orElseThrow().asOf()).isEqualTo(YearMonth.of(2025, 2));

    robot.clickOn("#clearFiltersButton");
    assertThat(model.state().filterProperty().get().isEmpty()).isTrue();
    assertThat(filter(robot, Dimension.CHANNEL).getCheckModel().getCheckedItems()).isEmpty();
  }

  @Test
  void exportIsOfferedOnlyWithAPortfolioAndUsesTheFilters(FxRobot robot) {
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isTrue();
    openBook(robot);
    robot.interact(() -> model.setFilter(Dimension.CHANNEL, List.of("Online")));
    settle(robot);
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();
    assertThat(model.suggestedPackName()).isEqualTo("Spring-book-pack-2025-03.xlsx");

    Path out = Path.of("/reports/Spring-book-pack-2025-03.xlsx");
    robot.interact(() -> model.exportPack(out));
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled())
        .as("no second export while one runs")
        .isTrue();
    settle(robot);

    assertThat(written).containsExactly(out);
    assertThat(exportFilters.get(0).allowed())
        .isEqualTo(Map.of(Dimension.CHANNEL, Set.of("Online")));
    assertThat(folders).containsExactly(Path.of("/reports"));
    assertThat(text(robot, "#statusLabel"))
        .isEqualTo("Committee pack written to /reports/Spring-book-pack-2025-03.xlsx");
  }

  @Test
  void cancelStopsTheTaskAndSaysSo(FxRobot robot) {
    robot.interact(model::openSample);
    robot.clickOn("#cancelButton");

    assertThat(runner.held.get(0).isCancelled()).isTrue();
    assertThat(text(robot, "#statusLabel")).isEqualTo("Cancelled");
    assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isVisible()).isFalse();
    assertThat(text(robot, "#titleLabel")).isEqualTo("No portfolio open");
  }

  @Test
  void failureLeavesTheMessageForTheUser(FxRobot robot) {
    robot.interact(() -> model.open(Path.of("/nowhere/x.mv.db")));
    robot.interact(runner::runAll);

    assertThat(model.errorProperty().get())
        .isEqualTo("The portfolio file /nowhere/x.mv.db does not exist.");
    assertThat(text(robot, "#statusLabel")).isEqualTo("Could not open the portfolio");
    assertThat(text(robot, "#titleLabel")).isEqualTo("No portfolio open");
    robot.interact(
        () -> robot.listWindows().stream().filter(w -> w != stage).forEach(w -> w.hide()));
  }

  @Test
  void openedPortfoliosBecomeRecentAndSurviveARestart(FxRobot robot) {
    robot.interact(() -> model.open(Path.of("/data/a.mv.db")));
    robot.interact(runner::runAll);
    robot.interact(() -> model.open(Path.of("/data/b.mv.db")));
    robot.interact(runner::runAll);
    robot.interact(() -> model.open(Path.of("/data/a.mv.db")));
    robot.interact(runner::runAll);

    assertThat(model.recent()).containsExactly("/data/a.mv.db", "/data/b.mv.db");
    UserSettings reread = UserSettings.load(settingsFile);
    assertThat(reread.recent()).containsExactly("/data/a.mv.db", "/data/b.mv.db");
    assertThat(reread.get("portfolio.last")).contains("/data/a.mv.db");
  }

  @Test
  void aTapeWithErrorsIsListedByFileLineAndColumn(FxRobot robot) throws Exception {
    Map<String, String> tape = new java.util.HashMap<>(Tapes.valid());
    // Line 3 of loans.csv (the second loan, L2) gets a principal that is not a number.
    tape.put("loans.csv", Tapes.LOANS.replace(",500000,", ",lots,"));
    Path folder = Tapes.write(temp.resolve("bad-tape"), tape);
    Path out = temp.resolve("bad.mv.db");

    robot.interact(() -> model.importTape(folder, out));
    robot.interact(runner::runAll);

    ImportReport report = model.importReportProperty().get();
    assertThat(report.succeeded()).isFalse();
    assertThat(report.errors()).isNotEmpty();
    assertThat(report.errors().get(0).file()).isEqualTo("loans.csv");
    assertThat(report.errors().get(0).line()).isEqualTo(3);
    assertThat(Files.exists(out)).as("nothing written").isFalse();
    assertThat(text(robot, "#statusLabel")).isEqualTo("The import failed");
    @SuppressWarnings("unchecked")
    TableView<Object> table = robot.lookup("#importErrors").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(report.errors().size());
    robot.interact(
        () -> robot.listWindows().stream().filter(w -> w != stage).forEach(w -> w.hide()));
  }

  @Test
  void realSampleIsImportedIntoTheDataFolderAndShown(FxRobot robot) throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
    Path data = temp.resolve("data");
    AppContext context =
        new AppContext(
            new FilePortfolioService(data, TapeSource.folder(tape)),
            BackgroundRunner.sameThread(),
            Locale.ENGLISH);
    robot.interact(
        () -> {
          stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
          context.mainViewModel().openSample();
        });

    // The tape's last month is 2025-03: only L2 is ACTIVE then.
    assertThat(text(robot, "#titleLabel")).isEqualTo("Sample micro-lending portfolio");
    assertThat(context.screens().state().asOfProperty().get()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(context.screens().state().scope().orElseThrow().portfolio().book().loans())
        .isEqualTo(2);
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("sample-portfolio-v1-1.mv.db");
    }
  }
}
