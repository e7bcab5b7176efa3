package com.riskworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Dialogs speak the window's language and use its CJK-capable font, whatever the system's. */
@ExtendWith(ApplicationExtension.class)
class FxDialogsTest {
  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  @Test
  void aChineseWindowsDialogSaysOkInChineseInTheWindowsFont(FxRobot robot) {
    FxDialogs dialogs =
        new FxDialogs(ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE));

    robot.interact(() -> dialogs.info("标题", "无法打开资产组合", "文件已损坏。"));

    DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(robot.from(pane).lookup(".button").queryAs(Button.class).getText()).isEqualTo("确定");
    assertThat(pane.getStyle()).contains("Noto Sans CJK SC");
    robot.interact(() -> pane.getScene().getWindow().hide());
  }
}
