package com.riskworkbench.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0,            0
          12,           1200
          12.5,         1250
          12.05,        1205
          -3.07,        -307
          .5,           50
          7.,           700
          9999999999999999.99, 999999999999999999
          """)
  void parsesPlainDecimalsToCents(String text, long cents) {
    assertThat(Money.parseCents(text)).isEqualTo(cents);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-", ".", "1,000", "1.234", "1e3", "abc", "12 000", "99999999999999999"})
  void rejectsAnythingElse(String text) {
    assertThatThrownBy(() -> Money.parseCents(text)).isInstanceOf(NumberFormatException.class);
  }

  @ParameterizedTest
  @CsvSource({"0, 0.00", "5, 0.05", "1250, 12.50", "-307, -3.07", "100000000, 1000000.00"})
  void formatsWithTwoDecimals(long cents, String text) {
    assertThat(Money.format(cents)).isEqualTo(text);
  }
}
