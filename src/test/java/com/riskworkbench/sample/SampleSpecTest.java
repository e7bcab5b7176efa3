package com.riskworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleSpecTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsFewerThanOneLoan(int loans) {
    assertThatThrownBy(() -> new SampleSpec(loans, 36, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loans must be at least 1");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -3, 241})
  void rejectsMonthsOutsideOneToTwoHundredForty(int months) {
    assertThatThrownBy(() -> new SampleSpec(100, months, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("months must be between 1 and 240");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 240})
  void acceptsTheBoundsOfTheMonthRange(int months) {
    assertThat(new SampleSpec(1, months, 1).months()).isEqualTo(months);
  }

  @Test
  void lastMonthDefaultsToOctober2026() {
    assertThat(new SampleSpec(10, 36, 1).lastMonth()).isEqualTo(YearMonth.of(2026, 10));
  }

  @Test
  void windowEndsAtTheLastMonth() {
    SampleSpec spec = new SampleSpec(10, 36, 1, YearMonth.of(2026, 10));
    assertThat(spec.firstMonth()).isEqualTo(YearMonth.of(2023, 11));
    assertThat(new SampleSpec(10, 1, 1).firstMonth()).isEqualTo(YearMonth.of(2026, 10));
  }

  @Test
  void rejectsMissingOrImplausibleLastMonth() {
    assertThatThrownBy(() -> new SampleSpec(10, 36, 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("lastMonth");
    assertThatThrownBy(() -> new SampleSpec(10, 36, 1, YearMonth.of(1900, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lastMonth");
  }
}
