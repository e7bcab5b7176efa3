package com.riskworkbench.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.service.AuditEntry;
import com.riskworkbench.service.AuditTrail;
import com.riskworkbench.ui.TestWorkbench;
import com.riskworkbench.ui.common.BackgroundRunner;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.common.WorkbenchState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The audit log keeps English; a Chinese window shows the program's own entries in Chinese. */
class AuditLogViewModelTest {
  final ResourceBundle chinese =
      ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);
  final AuditLogViewModel model =
      new AuditLogViewModel(
          new ScreenContext(
              new WorkbenchState(),
              new Jobs(BackgroundRunner.sameThread(), chinese),
              new Formats(Locale.SIMPLIFIED_CHINESE),
              new Labels(chinese),
              chinese,
              new TestWorkbench.FakeService(TestWorkbench.opened(TestWorkbench.smallBook())),
              new com.riskworkbench.ui.PlainScreens.FakeDialogs()),
          AuditTrail.inMemory(java.time.Clock.systemUTC()));

  static AuditEntry entry(String action, String detail) {
    return new AuditEntry(Instant.EPOCH, "analyst", action, "/data/a.mv.db", "00", detail);
  }

  @Test
  void anExportIsShownInChineseWithItsCountAndPath() {
    AuditEntry e = entry(AuditTrail.EXPORT, AuditTrail.exportDetail(3, Path.of("/data/cases.csv")));
    assertThat(e.detail())
        .isEqualTo("exported 3 fraud cases with names and ID numbers to /data/cases.csv");
    assertThat(model.action(e)).isEqualTo("导出个人信息");
    assertThat(model.detail(e)).isEqualTo("将 3 件欺诈案件连同姓名和证件号码导出至 /data/cases.csv");
  }

  @Test
  void aFailedExportAndAnUnmaskedPackHaveChineseNames() {
    assertThat(model.action(entry(AuditTrail.EXPORT_FAILED, ""))).isEqualTo("导出失败");
    assertThat(model.action(entry(AuditTrail.UNMASKED_PACK, "/data/pack.xlsx")))
        .isEqualTo("导出未脱敏的信贷委员会报告");
    assertThat(model.detail(entry(AuditTrail.UNMASKED_PACK, "/data/pack.xlsx")))
        .isEqualTo("/data/pack.xlsx");
  }
}
