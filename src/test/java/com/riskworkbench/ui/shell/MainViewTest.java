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
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
  final List<Locale> relaunched = new ArrayList<>();
  Path settingsFile;
  TestWorkbench.FakeService service =
      new TestWorkbench.FakeService(book) {
        @Override
        public OpenedPortfolio open(Path file, Progress progress) throws PortfolioException {
          if (file.toString().startsWith("/nowhere")) {
            throw new PortfolioException("The portfolio file " + file + " does not exist.");
          }
          if (file.endsWith("second.mv.db")) {
            return TestWorkbench.opened(TestWorkbench.smallBook()); // another book, same figures
          }
          return super.open(file, progress);
        }

        @Override
        public OpenedPortfolio openDatabase(
            String url,
            java.util.Optional<String> user,
            java.util.Optional<char[]> password,
            Progress progress)
            throws PortfolioException {
          if (password.isEmpty() || !new String(password.get()).equals("s3cret")) {
            throw new PortfolioException(
                "The database refused the password of user analyst.", null, true);
          }
          var o = book.overview();
          return new OpenedPortfolio(
              new com.riskworkbench.service.PortfolioOverview(
                  url,
                  o.name(),
                  o.currency(),
                  o.asOf(),
                  o.months(),
                  o.loans(),
                  o.activeLoans(),
                  o.outstandingCents()),
              book.book());
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
              public void relaunch(Locale locale) {
                relaunched.add(locale);
              }
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
    runner.runAll();
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

  /**
   * Eleven screens: Ctrl+1 … Ctrl+9 reach the first nine in the order of the list (Regulatory, the
   * eighth, is Ctrl+8), Ctrl+0 the tenth (Model monitoring); the eleventh is in the View menu
   * without a digit.
   */
  @Test
  void theViewMenuGivesTheFirstTenScreensADigitAndTheEleventhNone(FxRobot robot) {
    MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
    Menu view =
        bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
    List<MenuItem> items =
        view.getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem)).toList();
    assertThat(items).hasSize(Screen.values().length);
    assertThat(items.get(7).getText()).isEqualTo("Regulatory");
    assertThat(items.get(7).getAccelerator().getName()).isEqualTo("Shortcut+8");
    assertThat(items.get(9).getText()).isEqualTo("Model monitoring");
    assertThat(items.get(9).getAccelerator().getName()).isEqualTo("Shortcut+0");
    assertThat(items.get(Screen.values().length - 1).getAccelerator()).isNull();

    robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.SHORTCUT);

    assertThat(model.screenProperty().get()).isEqualTo(Screen.REGULATORY);
    assertThat(robot.lookup("#regulatoryScreen").tryQuery()).isPresent();
  }

  @Test
  void busyStateShowsWhileLoadingAndClearsWithThePortfolio(FxRobot robot) {
    robot.interact(model::openSample);

    assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).isVisible()).isTrue();
    assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isVisible()).isTrue();
    assertThat(text(robot, "#statusLabel")).isEqualTo("Opening the portfolio…");

    runner.runAll();

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
    assertThat(filter(robot, Dimension.CHANNEL).getTitle()).isEqualTo("Channel");

    robot.interact(() -> filter(robot, Dimension.CHANNEL).getCheckModel().check("Partner B"));

    assertThat(model.state().filterProperty().get().allowed())
        .isEqualTo(Map.of(Dimension.CHANNEL, Set.of("Partner B")));
    assertThat(filter(robot, Dimension.CHANNEL).getTitle()).isEqualTo("Channel: Partner B");

    robot.interact(() -> asOf.setValue(YearMonth.of(2025, 2)));
    assertThat(model.state().scope().orElseThrow().asOf()).isEqualTo(YearMonth.of(2025, 2));

    robot.clickOn("#clearFiltersButton");
    assertThat(model.state().filterProperty().get().isEmpty()).isTrue();
    assertThat(filter(robot, Dimension.CHANNEL).getCheckModel().getCheckedItems()).isEmpty();
    assertThat(filter(robot, Dimension.CHANNEL).getTitle()).isEqualTo("Channel");
  }

  @Test
  void exportIsOfferedOnlyWithAPortfolioAndUsesTheFilters(FxRobot robot) {
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isTrue();
    openBook(robot);
    robot.interact(() -> model.setFilter(Dimension.CHANNEL, List.of("Online")));
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();
    // the book's name, its last month and the channel filter: a pack never travels without its
    // scope
    assertThat(model.suggestedPackName()).isEqualTo("Spring-book-pack-2025-03-channel-Online.xlsx");

    Path out = Path.of("/reports/Spring-book-pack-2025-03.xlsx");
    robot.interact(() -> model.exportPack(out));
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled())
        .as("no second export while one runs")
        .isTrue();
    runner.runAll();

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
    runner.runAll();

    assertThat(model.errorProperty().get())
        .isEqualTo("The portfolio file /nowhere/x.mv.db does not exist.");
    assertThat(text(robot, "#statusLabel")).isEqualTo("Could not open the portfolio");
    assertThat(text(robot, "#titleLabel")).isEqualTo("No portfolio open");
    robot.interact(
        () -> robot.listWindows().stream().filter(w -> w != stage).forEach(w -> w.hide()));
  }

  @Test
  void aPortfolioFileWithATriggerIsRefusedAndNothingInItRuns(FxRobot robot) throws Exception {
    Path folder = Files.createTempDirectory(temp, "hostile");
    Path marker = folder.resolve("marker");
    Path hostile =
        com.riskworkbench.portfolio.store.HostilePortfolios.make(folder, "java-trigger", marker);
    AppContext context =
        new AppContext(
            new FilePortfolioService(folder.resolve("data"), TapeSource.folder(folder)),
            BackgroundRunner.sameThread(),
            Locale.ENGLISH);
    robot.interact(
        () -> {
          stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
          context.mainViewModel().open(hostile);
        });

    assertThat(context.mainViewModel().errorProperty().get())
        .isEqualTo(
            "The portfolio file "
                + hostile
                + " contains a trigger PWN, which a portfolio never has; it was not opened and"
                + " nothing in it ran.");
    assertThat(text(robot, "#titleLabel")).isEqualTo("No portfolio open");
    assertThat(marker).doesNotExist();
    robot.interact(
        () -> robot.listWindows().stream().filter(w -> w != stage).forEach(w -> w.hide()));
  }

  @Test
  void openedPortfoliosBecomeRecentAndSurviveARestart(FxRobot robot) {
    robot.interact(() -> model.open(Path.of("/data/a.mv.db")));
    runner.runAll();
    robot.interact(() -> model.open(Path.of("/data/b.mv.db")));
    runner.runAll();
    robot.interact(() -> model.open(Path.of("/data/a.mv.db")));
    runner.runAll();

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
    runner.runAll();

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
          .containsExactly("sample-portfolio-v3-2.mv.db");
    }
  }

  @Test
  void choosingChineseInSettingsRebuildsTheWindowInChineseAndRemembersIt(FxRobot robot) {
    robot.clickOn("Settings").clickOn("Language").clickOn("中文（简体）");

    assertThat(relaunched).containsExactly(Locale.SIMPLIFIED_CHINESE);
    assertThat(model.settings().get("language")).contains("zh-CN");
  }

  @Test
  void theChineseWindowNamesScreensAndFormatsNumbersInChinese(FxRobot robot) {
    AppContext context =
        new AppContext(service, BackgroundRunner.sameThread(), Locale.SIMPLIFIED_CHINESE);
    robot.interact(
        () -> {
          stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
          context.mainViewModel().openSample();
        });

    assertThat(robot.lookup("总览").tryQuery()).isPresent();
    assertThat(robot.lookup("迁徙率").tryQuery()).isPresent();
    assertThat(text(robot, "#statusLabel")).isEqualTo("已打开 Spring book");
    assertThat(filter(robot, Dimension.CHANNEL).getTitle()).isEqualTo("渠道");
    // 1,234,567.89 with Chinese grouping; 60.37 % as 60.37%.
    assertThat(context.screens().formats().money(123_456_789, "CNY")).isEqualTo("CNY 1,234,567.89");
    assertThat(context.screens().formats().percent(0.6037)).isEqualTo("60.37%");
    assertThat(context.screens().labels().of(com.riskworkbench.analysis.FiveCategory.SUBSTANDARD))
        .isEqualTo("次级");
  }

  @Test
  void aTeamDatabaseAsksForThePasswordAndRemembersOnlyTheUrl(FxRobot robot) throws Exception {
    String url = "jdbc:postgresql://db.example:5432/risk?user=analyst";
    robot.interact(() -> model.openRecent(url));
    runner.runAll();

    // The server wants a password: the window asks, saying why.
    MainViewModel.DatabaseLogin login = model.loginProperty().get();
    assertThat(login.url()).isEqualTo(url);
    assertThat(login.message()).isEqualTo("The database refused the password of user analyst.");
    assertThat(text(robot, "#statusLabel")).isEqualTo("The database needs a password");
    robot.interact(
        () -> robot.listWindows().stream().filter(w -> w != stage).forEach(w -> w.hide()));

    robot.interact(
        () ->
            model.openDatabase(
                url, java.util.Optional.empty(), java.util.Optional.of("s3cret".toCharArray())));
    runner.runAll();

    assertThat(text(robot, "#titleLabel")).isEqualTo("Spring book");
    assertThat(model.recent()).containsExactly(url);
    assertThat(Files.readString(settingsFile)).doesNotContain("s3cret");
  }

  @Test
  void openingASecondPortfolioKeepsTheScopeForEveryScreen(FxRobot robot) {
    openBook(robot);
    robot.interact(() -> model.open(Path.of("/data/again.mv.db")));
    runner.runAll();

    // Replacing the as-of choices must not leave the screens without a month.
    assertThat(model.state().scope()).isPresent();
    assertThat(model.state().asOfProperty().get()).isEqualTo(YearMonth.of(2025, 3));
    @SuppressWarnings("unchecked")
    ComboBox<YearMonth> asOf = robot.lookup("#asOfBox").queryAs(ComboBox.class);
    assertThat(asOf.getValue()).isEqualTo(YearMonth.of(2025, 3));
  }

  /**
   * Open a second portfolio and press Cancel while its screens compute: the screens must never show
   * the first portfolio's figures under the second's title (they show nothing until they are
   * computed again).
   */
  @Test
  void aCancelWhileTheScreensComputeNeverLeavesTheOldFiguresOnScreen(FxRobot robot) {
    openBook(robot);
    String before = text(robot, "#outstandingValue");
    robot.interact(() -> model.open(Path.of("/data/second.mv.db")));
    // only the open runs: the portfolio is now the second one, its screens are still to compute
    robot.interact(() -> runner.held.remove(0).run());
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#cancelButton");
    runner.runAll();

    assertThat(before).isNotEqualTo("—");
    assertThat(text(robot, "#outstandingValue")).isEqualTo("—");
    assertThat(model.state().scope()).isPresent();
  }
}
