package com.riskworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Typed text in a window spinner of 1 to 120 months, now at 12. */
class SpinnersTest {
  @Test
  void digitsAreTakenWithinTheBounds() {
    assertThat(Spinners.read("24", 12, 1, 120)).isEqualTo(24);
    assertThat(Spinners.read(" 6 months", 12, 1, 120)).isEqualTo(6);
    assertThat(Spinners.read("500", 12, 1, 120)).isEqualTo(120);
    assertThat(Spinners.read("0", 12, 1, 120)).isEqualTo(1);
    assertThat(Spinners.read("12345678901234", 12, 1, 120)).isEqualTo(120);
  }

  @Test
  void emptyOrUnreadableTextKeepsTheValue() {
    assertThat(Spinners.read("", 12, 1, 120)).isEqualTo(12);
    assertThat(Spinners.read("abc", 12, 1, 120)).isEqualTo(12);
    assertThat(Spinners.read(null, 12, 1, 120)).isEqualTo(12);
  }

  @Test
  void theFactoryReadsThroughTheSameRule() {
    var f = Spinners.integers(1, 120, 12);
    f.setValue(f.getConverter().fromString(""));
    assertThat(f.getValue()).isEqualTo(12);
    f.setValue(f.getConverter().fromString("36"));
    assertThat(f.getValue()).isEqualTo(36);
  }
}
