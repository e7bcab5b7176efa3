package com.riskworkbench.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.common.Message;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A finding's detail, stored in English, is shown in the window's language. */
class DataQualityFindingTextTest {
  static final ResourceBundle CHINESE =
      ResourceBundle.getBundle(Message.BUNDLE, Locale.SIMPLIFIED_CHINESE);

  @Test
  void aStoredFindingIsShownInChineseAndAnUnknownOneAsItIs() {
    DataQualityFinding late =
        new DataQualityFinding(
            FindingKind.LATE_FIRST_MONTH,
            Optional.of("L3"),
            "first month 2025-01 is 3 months after origination");
    assertThat(late.text().format(CHINESE)).isEqualTo("首个月份 2025-01 比发放月份晚 3 个月");
    DataQualityFinding odd =
        new DataQualityFinding(FindingKind.NO_HISTORY, Optional.of("L4"), "written elsewhere");
    assertThat(odd.text().format(CHINESE)).isEqualTo("written elsewhere");
  }
}
