package com.riskworkbench.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A message is rendered from the bundle of the language asked, arguments and nested ones too. */
class MessageTest {
  static final ResourceBundle CHINESE =
      ResourceBundle.getBundle(Message.BUNDLE, Locale.SIMPLIFIED_CHINESE);

  @Test
  void englishComesFromTheBaseBundleWithArgumentsAsWritten() {
    // tape.fieldCount = "expected {0} fields as in the header, found {1}"; 12000 shown as written,
    // with no thousands separator, as the command line always printed it.
    assertThat(Message.of("tape.fieldCount", 12000, 3).english())
        .isEqualTo("expected 12000 fields as in the header, found 3");
  }

  @Test
  void aNestedMessageIsRenderedInTheSameLanguage() {
    // tape.expected wraps tape.expect.integer: "应为{0}，实际为“{1}”" with {0} = "整数".
    Message m = Message.of("tape.expected", Message.of("tape.expect.integer"), "x");
    assertThat(m.format(CHINESE)).isEqualTo("应为整数，实际为“x”");
    assertThat(m.english()).isEqualTo("expected a whole number, found 'x'");
  }

  @Test
  void aPlainMessageIsTheSameInEveryLanguage() {
    assertThat(Message.plain("server says no").format(CHINESE)).isEqualTo("server says no");
  }

  @Test
  void anEnglishSentenceReadsBackIntoItsMessage() {
    // finding.gap.many = "{0} months are missing between {1} and {2}".
    Optional<Message> m =
        Message.parseEnglish(
            "2 months are missing between 2025-01 and 2025-04",
            "finding.gap.one",
            "finding.gap.many");
    assertThat(m).map(x -> x.format(CHINESE)).contains("2025-01 至 2025-04 之间缺少 2 个月的记录");
  }

  @Test
  void aMissingArgumentReadsNullAsBefore() {
    // service.badUrl = "The database URL cannot be used: {0}." with an exception that had no text.
    assertThat(Message.of("service.badUrl", (Object) null).english())
        .isEqualTo("The database URL cannot be used: null.");
  }
}
