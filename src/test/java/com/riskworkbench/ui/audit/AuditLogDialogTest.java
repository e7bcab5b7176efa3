package com.riskworkbench.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.service.AuditTrail;
import com.riskworkbench.ui.PlainScreens;
import com.riskworkbench.ui.TestWorkbench;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit-log viewer at 1280 × 800: columns as wide as what they hold, inside the window. */
@ExtendWith(ApplicationExtension.class)
class AuditLogDialogTest {
  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 1280, 800));
    stage.show();
  }

  @Test
  void columnsFitTheirTextAndTheDialogFitsTheWindow(FxRobot robot) throws Exception {
    AuditTrail audit = AuditTrail.inMemory(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    String portfolio = "/home/analyst/portfolios/spring-book-2026-10.mv.db";
    audit.record(AuditTrail.REVEAL, portfolio, AuditTrail.revealDetail());
    AuditLogViewModel model =
        new AuditLogViewModel(
            PlainScreens.context(
                new TestWorkbench.FakeService(TestWorkbench.opened(TestWorkbench.smallBook())),
                new PlainScreens.FakeDialogs()),
            audit);
    Dialog<?>[] shown = new Dialog<?>[1];
    robot.interact(
        () ->
            shown[0] =
                new AuditLogDialog(model, ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH))
                    .show(stage.getScene().getWindow()));
    WaitForAsyncUtils.waitForFxEvents();

    TableView<?> table = robot.lookup("#auditTable").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(1);
    Text probe = new Text();
    for (TableColumn<?, ?> c : table.getColumns()) {
      Object cell = c.getCellData(0);
      probe.setText(cell == null ? "" : cell.toString());
      double needed = Math.min(520, probe.getLayoutBounds().getWidth());
      // every column shows its whole text (up to the cap), where it was cut at a fixed width
      assertThat(c.getWidth()).as(c.getText()).isGreaterThanOrEqualTo(needed);
    }
    assertThat(shown[0].getWidth()).isLessThanOrEqualTo(1280);
    assertThat(shown[0].isResizable()).isTrue();
    robot.interact(shown[0]::close);
  }
}
