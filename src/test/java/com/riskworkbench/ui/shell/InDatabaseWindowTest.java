package com.riskworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.app.AppContext;
import com.riskworkbench.common.Progress;
import com.riskworkbench.service.OpenedPortfolio;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.service.PortfolioPreview;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.TestWorkbench;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a team database too big to load: the other screens say why they are empty and offer
 * to load the book; the committee pack is written without it, at the latest month.
 */
@ExtendWith(ApplicationExtension.class)
class InDatabaseWindowTest {
  static final String URL = "jdbc:postgresql://db.example/risk";

  final TestWorkbench.HeldRunner runner = new TestWorkbench.HeldRunner();
  final OpenedPortfolio book = TestWorkbench.opened(TestWorkbench.smallBook());
  final List<String> packs = new ArrayList<>();
  MainViewModel model;

  @Start
  void start(Stage stage) {
    PortfolioOverview o = book.overview();
    PortfolioOverview atServer =
        new PortfolioOverview(
            URL, o.name(), o.currency(), o.asOf(), o.months(), o.loans(), 3, 32_300_000);
    // 25,000,000 loan months: over the default line of 20,000,000; the groups do not matter here
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
            return Analyses.run(
                kind, AnalysisScope.of(book.book(), Optional.of(asOf), filter), params);
          }
        };
    AppContext context =
        new AppContext(
            service,
            (file, out, asOf, filter, progress) -> packs.add(file + " " + asOf + " " + out),
            runner,
            Locale.ENGLISH,
            Desktop.none(),
            UserSettings.inMemory());
    model = context.mainViewModel();
    stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
    stage.show();
  }

  private void settle(FxRobot robot) {
    do {
      robot.interact(runner::runAll);
    } while (!runner.held.isEmpty());
  }

  @Test
  void otherScreensOfferToLoadTheBookAndThePackIsWrittenWithoutIt(FxRobot robot) {
    robot.interact(() -> model.openDatabase(URL, Optional.empty(), Optional.empty()));
    settle(robot);
    robot.interact(() -> model.screenProperty().set(Screen.PROVISIONS));

    assertThat(robot.lookup("#inDatabasePanel").tryQuery()).isPresent();
    assertThat(robot.lookup("#provisionsScreen").tryQuery()).isEmpty();
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();

    robot.interact(() -> model.exportPack(Path.of("/tmp/pack.xlsx")));
    settle(robot);
    // the small book's latest month
    assertThat(packs).containsExactly(URL + " 2025-03 /tmp/pack.xlsx");

    robot.clickOn("#loadBookButton");
    settle(robot);

    assertThat(model.state().portfolioProperty().get()).isPresent();
    assertThat(robot.lookup("#inDatabasePanel").tryQuery()).isEmpty();
    assertThat(robot.lookup("#provisionsScreen").tryQuery()).isPresent();
  }
}
