package com.riskworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.app.AppContext;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import com.riskworkbench.service.FilePortfolioService;
import com.riskworkbench.service.PortfolioOverview;
import com.riskworkbench.service.PortfolioService;
import com.riskworkbench.ui.common.BackgroundRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {
  @TempDir static Path temp;

  /** Holds tasks until the test runs them, so that the busy state can be seen. */
  static final class HeldRunner implements BackgroundRunner {
    final List<Task<?>> held = new ArrayList<>();

    @Override
    public void run(Task<?> task) {
      held.add(task);
    }
  }

  static final PortfolioOverview OVERVIEW =
      new PortfolioOverview(
          Path.of("/data/book.mv.db"),
          "Spring book",
          "CNY",
          Optional.of(YearMonth.of(2026, 10)),
          24,
          3_456,
          2_345,
          123_456_789);

  final HeldRunner runner = new HeldRunner();
  PortfolioService service =
      new PortfolioService() {
        @Override
        public PortfolioOverview openSample(Progress progress) {
          progress.update(1, 2, "Importing the sample portfolio");
          return OVERVIEW;
        }

        @Override
        public PortfolioOverview open(Path file, Progress progress) throws PortfolioException {
          throw new PortfolioException("The portfolio file " + file + " does not exist.");
        }
      };
  MainViewModel model;
  final List<Path> written = new ArrayList<>();
  final List<Path> opened = new ArrayList<>();

  @Start
  void start(Stage stage) {
    AppContext context =
        new AppContext(
            service,
            (file, out, progress) -> written.add(out),
            runner,
            Locale.ENGLISH,
            opened::add);
    model = context.mainViewModel();
    stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
    stage.show();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void showsPlaceholdersBeforeAPortfolioIsOpen(FxRobot robot) {
    assertThat(text(robot, "#nameLabel")).isEqualTo("No portfolio open");
    assertThat(text(robot, "#outstandingValue")).isEqualTo("—");
    assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).isVisible()).isFalse();
  }

  @Test
  void busyStateShowsWhileLoadingAndClearsWithTheFigures(FxRobot robot) {
    robot.interact(model::openSample);

    assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).isVisible()).isTrue();
    assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isVisible()).isTrue();

    robot.interact(() -> runner.held.get(0).run());

    assertThat(text(robot, "#nameLabel")).isEqualTo("Spring book");
    assertThat(text(robot, "#asOfValue")).isEqualTo("2026-10");
    assertThat(text(robot, "#activeLoansValue")).isEqualTo("2,345");
    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 1,234,567.89");
    assertThat(text(robot, "#loansValue")).isEqualTo("3,456");
    assertThat(text(robot, "#statusLabel")).isEqualTo("Opened Spring book");
    assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).isVisible()).isFalse();
  }

  @Test
  void exportIsOfferedOnlyWithAPortfolioAndOpensTheFolderWhenDone(FxRobot robot) {
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isTrue();
    robot.interact(model::openSample);
    robot.interact(() -> runner.held.get(0).run());
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();
    assertThat(model.suggestedPackName()).isEqualTo("Spring-book-pack-2026-10.xlsx");

    Path out = Path.of("/reports/Spring-book-pack-2026-10.xlsx");
    robot.interact(() -> model.exportPack(out));
    assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled())
        .as("no second export while one runs")
        .isTrue();
    robot.interact(() -> runner.held.get(1).run());

    assertThat(written).containsExactly(out);
    assertThat(opened).containsExactly(Path.of("/reports"));
    assertThat(text(robot, "#statusLabel"))
        .isEqualTo("Committee pack written to /reports/Spring-book-pack-2026-10.xlsx");
  }

  @Test
  void cancelStopsTheTaskAndSaysSo(FxRobot robot) {
    robot.interact(model::openSample);
    robot.clickOn("#cancelButton");

    assertThat(runner.held.get(0).isCancelled()).isTrue();
    assertThat(text(robot, "#statusLabel")).isEqualTo("Cancelled");
    assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isVisible()).isFalse();
  }

  @Test
  void failureLeavesTheMessageForTheUser(FxRobot robot) {
    robot.interact(() -> model.open(Path.of("/nowhere/x.mv.db")));
    robot.interact(() -> runner.held.get(0).run());

    assertThat(model.errorProperty().get())
        .isEqualTo("The portfolio file /nowhere/x.mv.db does not exist.");
    assertThat(text(robot, "#statusLabel")).isEqualTo("Could not open the portfolio");
    assertThat(text(robot, "#nameLabel")).isEqualTo("No portfolio open");
  }

  @Test
  void realSampleIsImportedIntoTheDataFolderAndShown(FxRobot robot) throws Exception {
    Path tape = Tapes.write(temp.resolve("tape"), Tapes.valid());
    Path data = temp.resolve("data");
    service = new FilePortfolioService(data, TapeSource.folder(tape));
    AppContext context = new AppContext(service, BackgroundRunner.sameThread(), Locale.ENGLISH);
    robot.interact(
        () -> {
          Stage stage = (Stage) robot.lookup("#nameLabel").query().getScene().getWindow();
          stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
          context.mainViewModel().openSample();
        });

    // The tape's last month is 2025-03: only L2 is ACTIVE then, with 490,000.10 outstanding.
    assertThat(text(robot, "#nameLabel")).isEqualTo("Sample micro-lending portfolio");
    assertThat(text(robot, "#asOfValue")).isEqualTo("2025-03");
    assertThat(text(robot, "#activeLoansValue")).isEqualTo("1");
    assertThat(text(robot, "#outstandingValue")).isEqualTo("CNY 490,000.10");
    assertThat(text(robot, "#loansValue")).isEqualTo("2");
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("sample-portfolio-v1-1.mv.db");
    }
  }
}
