package com.riskworkbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.app.AppContext;
import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.GuaranteeType;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import com.riskworkbench.service.FilePortfolioService;
import com.riskworkbench.service.UserSettings;
import com.riskworkbench.ui.common.BackgroundRunner;
import com.riskworkbench.ui.shell.Desktop;
import com.riskworkbench.ui.shell.MainView;
import com.riskworkbench.ui.shell.MainViewModel;
import com.riskworkbench.ui.shell.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Chinese run of the window shows no English: the bundled sample imported and opened (its
 * progress messages), every screen, an import's report with its findings, an import refused with
 * its errors, and the error dialog of a file that does not exist. Every text node, every table cell
 * (scrolled out of sight or not), every menu item and every status message is read.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseWindowLeakTest {
  @TempDir static Path temp;

  final List<String> shown = new ArrayList<>();
  MainViewModel model;
  Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    AppContext context =
        new AppContext(
            new FilePortfolioService(
                temp.resolve("data"),
                TapeSource.classpath("sample-data"),
                java.util.Optional.empty()),
            (file, out, asOf, filter, progress) -> {},
            BackgroundRunner.sameThread(),
            Locale.SIMPLIFIED_CHINESE,
            Desktop.none(),
            UserSettings.inMemory());
    model = context.mainViewModel();
    context.screens().jobs().messageProperty().addListener((o, was, now) -> shown.add("" + now));
    model.statusProperty().addListener((o, was, now) -> shown.add("" + now));
    stage.setScene(new Scene(context.views().load(MainView.class), 1280, 800));
    stage.show();
  }

  @Test
  void everyScreenAndDialogOfAChineseRunIsInChinese(FxRobot robot) throws Exception {
    LatinWords words = new LatinWords().allowSampleTape().allowName(temp.toString());
    Map<String, String> tape = new HashMap<>(Tapes.valid());
    tape.forEach(words::allowTape);

    robot.interact(model::openSample);
    for (Screen s : Screen.values()) {
      robot.interact(() -> model.screenProperty().set(s));
      WaitForAsyncUtils.waitForFxEvents();
      shown.addAll(windowTexts());
    }

    // A tape with a column the program does not know and a loan whose months start late: the
    // report lists the findings, and the data-quality screen shows their details.
    Map<String, String> messy = new HashMap<>(tape);
    messy.put("loans.csv", Tapes.LOANS.replace("risk_grade,", "risk_grade,remark,"));
    messy.put(
        "loans.csv",
        messy
            .get("loans.csv")
            .replace(",12,B,CREDIT", ",12,B,,CREDIT")
            .replace(",24,A,GUARANTEED", ",24,A,,GUARANTEED"));
    messy.forEach(words::allowTape);
    words.allow("messy"); // the portfolio's name, from its tape's folder
    Path messyTape = Tapes.write(temp.resolve("messy"), messy);
    robot.interact(() -> model.importTape(messyTape, temp.resolve("messy.mv.db")));
    WaitForAsyncUtils.waitForFxEvents();
    shown.addAll(windowTexts());
    closeDialogs(robot);
    robot.interact(() -> model.screenProperty().set(Screen.DATA_QUALITY));
    WaitForAsyncUtils.waitForFxEvents();
    shown.addAll(windowTexts());

    // A missing file: the error dialog.
    robot.interact(() -> model.open(temp.resolve("nowhere.mv.db")));
    WaitForAsyncUtils.waitForFxEvents();
    shown.addAll(windowTexts());
    closeDialogs(robot);

    assertThat(words.english(shown)).as("English in the Chinese window").isEmpty();
    String all = String.join("\n", shown);
    // What was looked at: a progress message of the sample's import, the finding about the
    // unknown column in detail, and the missing file's error.
    assertThat(all).contains("正在读取 loan_months.csv", "列 loans.csv:remark 不属于贷款数据格式，已忽略", "不存在");
  }

  @Test
  void theErrorsOfARefusedTapeAreInChinese(FxRobot robot) throws Exception {
    Map<String, String> tape = new HashMap<>(Tapes.valid());
    LatinWords words = new LatinWords().allowName(temp.toString());
    tape.forEach(words::allowTape);
    // The codes a tape may hold are its vocabulary: an error lists those expected.
    Stream.of(
            BorrowerType.class,
            GuaranteeType.class,
            LoanStatus.class,
            ActionType.class,
            ActionOutcome.class,
            FraudType.class,
            DetectionChannel.class,
            FraudStatus.class)
        .flatMap(e -> Stream.of(e.getEnumConstants()))
        .forEach(c -> words.allowName(c.name()));
    tape.put(
        "loans.csv",
        Tapes.LOANS
            .replace(",500000,", ",lots,")
            .replace("2025-01-15,2026-01-15", "2025-13-15,2026-01-15")
            .replace(",GUARANTEED", ",PROMISED"));
    tape.put(
        "loan_months.csv",
        Tapes.LOAN_MONTHS
            .replace("L2,2025-03,490000.10", "L2,2025-03,-5")
            .concat("L9,2025-03,100,0,ACTIVE,,\n")
            .concat("L1,2025-04,100,0,ACTIVE,,\n"));
    tape.put("collections.csv", Tapes.COLLECTIONS.concat("A1,L2,2025-03-21,SMS,NO_CONTACT,0\n"));
    tape.put("fraud_cases.csv", Tapes.FRAUD_CASES.replace("case_id,", "case_number,"));
    // What the tape holds where something else was expected is data, quoted back.
    words.allow("lots").allowName("PROMISED");
    Path bad = Tapes.write(temp.resolve("bad"), tape);
    Path out = temp.resolve("bad.mv.db");

    robot.interact(() -> model.importTape(bad, out));
    WaitForAsyncUtils.waitForFxEvents();
    List<String> texts = windowTexts();
    closeDialogs(robot);

    assertThat(Files.exists(out)).isFalse();
    assertThat(String.join("\n", texts)).as("the errors were shown").contains("loans.csv");
    assertThat(words.english(texts)).as("English in the Chinese import report").isEmpty();
  }

  private void closeDialogs(FxRobot robot) {
    robot.interact(
        () -> robot.listWindows().stream().filter(w -> w != stage).forEach(Window::hide));
  }

  /** Every text the showing windows hold, table cells out of sight and menu items included. */
  private static List<String> windowTexts() {
    List<String> out = new ArrayList<>();
    WaitForAsyncUtils.waitForAsyncFx(
        10_000,
        () -> {
          for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
              collect(w.getScene().getRoot(), out);
            }
          }
        });
    return out;
  }

  private static void collect(Node node, List<String> out) {
    if (node instanceof Text t && t.getText() != null) {
      out.add(t.getText());
    } else if (node instanceof Labeled l && l.getText() != null) {
      out.add(l.getText());
    } else if (node instanceof TextInputControl t && t.getText() != null) {
      out.add(t.getText());
    }
    if (node instanceof TableView<?> table) {
      cells(table, out);
    }
    if (node instanceof MenuBar bar) {
      bar.getMenus().forEach(m -> items(m, out));
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, out);
      }
    }
  }

  private static <S> void cells(TableView<S> table, List<String> out) {
    for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
      out.add(c.getText());
      for (S item : table.getItems()) {
        if (c.getCellData(item) instanceof String s) {
          out.add(s);
        }
      }
    }
  }

  private static void items(MenuItem item, List<String> out) {
    out.add(item.getText());
    if (item instanceof Menu m) {
      m.getItems().forEach(i -> items(i, out));
    }
  }
}
