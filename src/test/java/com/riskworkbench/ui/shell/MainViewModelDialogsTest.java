package com.riskworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import com.riskworkbench.service.FilePortfolioService;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.PlainScreens;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's view model asks its dialogs through {@code Dialogs}: a fake answers. */
class MainViewModelDialogsTest {
  final PlainScreens.FakeDialogs dialogs = new PlainScreens.FakeDialogs();
  final TestWorkbench.FakeService service =
      new TestWorkbench.FakeService(TestWorkbench.opened(TestWorkbench.smallBook()));
  final MainViewModel model =
      new MainViewModel(
          PlainScreens.context(service, dialogs),
          (file, out, asOf, filter, progress) -> {},
          UserSettings.inMemory());

  @Test
  void openAsksForTheFileAndOpensIt() {
    dialogs.answers.add(Path.of("/data/spring.mv.db"));

    model.chooseAndOpen();

    assertThat(dialogs.asked).containsExactly("chooseFile: Open portfolio");
    assertThat(service.openedPaths).containsExactly(Path.of("/data/spring.mv.db"));
    assertThat(model.titleProperty().get()).isEqualTo("Spring book");
  }

  @Test
  void aCancelledChoiceOpensNothing() {
    model.chooseAndOpen();

    assertThat(service.openedPaths).isEmpty();
  }

  @Test
  void aFailedImportIsShownAsAnError() {
    dialogs.answers.add(Path.of("/tapes/spring"));
    dialogs.answers.add(Path.of("/data/spring.mv.db"));

    model.chooseAndImport();

    // The fake service refuses every import with "No imports in this test."
    assertThat(dialogs.asked).hasSize(3);
    assertThat(dialogs.asked.get(0)).isEqualTo("chooseFolder: Choose the folder of the loan tape");
    assertThat(dialogs.asked.get(1)).isEqualTo("chooseSaveFile: Save the imported portfolio as");
    assertThat(dialogs.asked.get(2)).startsWith("error: ").endsWith("No imports in this test.");
    assertThat(model.errorProperty().get()).isEqualTo("No imports in this test.");
  }

  @Test
  void aSampleOfTheAskedSizeIsGeneratedThenOpened() {
    List<String> generated = new ArrayList<>();
    TestWorkbench.FakeService sampling =
        new TestWorkbench.FakeService(TestWorkbench.opened(TestWorkbench.smallBook())) {
          @Override
          public Path generateSample(int loans, int months, long seed, Progress progress) {
            generated.add(loans + " loans, " + months + " months, seed " + seed);
            return Path.of("/data/samples/sample.mv.db");
          }
        };
    MainViewModel main =
        new MainViewModel(
            PlainScreens.context(sampling, dialogs),
            (file, out, asOf, filter, progress) -> {},
            UserSettings.inMemory());
    dialogs.sampleAnswer = Optional.of(new Dialogs.SampleAnswer(20_000, 36, OptionalLong.of(42)));

    main.chooseAndGenerateSample();

    assertThat(dialogs.asked).hasSize(1).allMatch(a -> a.startsWith("sample: A synthetic"));
    assertThat(generated).containsExactly("20000 loans, 36 months, seed 42");
    assertThat(sampling.openedPaths).containsExactly(Path.of("/data/samples/sample.mv.db"));
  }

  @Test
  void aCancelledSampleDialogGeneratesNothing() {
    model.chooseAndGenerateSample();

    assertThat(dialogs.asked).hasSize(1);
    assertThat(service.openedPaths).isEmpty();
  }

  /**
   * A tape whose borrower B2 and one month of L1 have the wrong number of fields: each such row is
   * one problem. The loan L2 of the skipped borrower is not reported again as naming an unknown
   * borrower, and the other months of L1 are fine.
   */
  @Test
  void aTapeWithShortAndLongRowsListsEachProblemOnce(@TempDir Path temp) throws Exception {
    Map<String, String> tape = new HashMap<>(Tapes.valid());
    tape.put("borrowers.csv", Tapes.BORROWERS.replace(",Retail,,\n", ",Retail,,,extra\n"));
    tape.put(
        "loan_months.csv",
        Tapes.LOAN_MONTHS.replace(
            "L1,2025-02,11100.50,0,ACTIVE,,", "L1,2025-02,11100.50,0,ACTIVE"));
    Path folder = Tapes.write(temp.resolve("tape"), tape);
    MainViewModel importing =
        new MainViewModel(
            PlainScreens.context(
                new FilePortfolioService(temp.resolve("data"), TapeSource.folder(folder)), dialogs),
            (file, out, asOf, filter, progress) -> {},
            UserSettings.inMemory());

    importing.importTape(folder, temp.resolve("out.mv.db"));

    assertThat(dialogs.asked)
        .containsExactly("table: 2 errors in the loan tape " + folder + "; nothing was written.");
    assertThat(dialogs.lastTable)
        .extracting(row -> row.get(0) + ":" + row.get(1))
        .containsExactly("borrowers.csv:3", "loan_months.csv:3");
    assertThat(temp.resolve("out.mv.db")).doesNotExist();
  }
}
