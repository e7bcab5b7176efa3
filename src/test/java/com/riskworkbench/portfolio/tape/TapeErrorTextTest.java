package com.riskworkbench.portfolio.tape;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.common.Message;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A tape error names file, line and column in the window's language, and in English as before. */
class TapeErrorTextTest {
  static final ResourceBundle CHINESE =
      ResourceBundle.getBundle(Message.BUNDLE, Locale.SIMPLIFIED_CHINESE);

  final TapeError bad =
      new TapeError(
          "loans.csv",
          3,
          Optional.of("principal"),
          Message.of("tape.expected", Message.of("tape.expect.integer"), "lots"));

  @Test
  void theCommandLineReadsTheEnglishSentence() {
    assertThat(bad.toString())
        .isEqualTo("loans.csv, line 3, column principal: expected a whole number, found 'lots'");
  }

  @Test
  void theWindowReadsLineAndColumnInChinese() {
    assertThat(bad.describe().format(CHINESE))
        .isEqualTo("loans.csv，第 3 行，列 principal：应为整数，实际为“lots”");
  }

  @Test
  void anErrorOfTheWholeFileNamesNoLine() {
    TapeError missing =
        new TapeError("loans.csv", 0, Optional.empty(), Message.of("tape.missingFile"));
    assertThat(missing.describe().format(CHINESE))
        .isEqualTo("loans.csv：缺少该文件；贷款数据须包含 borrowers.csv、loans.csv 和 loan_months.csv");
  }
}
