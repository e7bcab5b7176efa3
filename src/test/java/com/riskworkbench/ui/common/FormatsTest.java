package com.riskworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers that round to zero read as zero, never with a minus sign. */
class FormatsTest {
  final Formats en = new Formats(Locale.ENGLISH);

  @Test
  void aTinyNegativeNumberIsZeroNotMinusZero() {
    // -0.001 yuan rounds to 0.00; -0.00004 as a ratio is -0.004 %, which rounds to 0.00 %
    assertThat(en.amount(-0.001)).isEqualTo("0.00");
    assertThat(en.percent(-0.00004)).isEqualTo("0.00%");
    assertThat(en.decimal(-0.00001, 3)).isEqualTo("0.000");
    // a change of -0.00002 in a ratio is -0.002 pp, shown as ±0.00 pp
    assertThat(en.points(-0.00002)).isEqualTo("±0.00 pp");
    // -0.0001 relative is -0.01 %, shown as ±0.0%
    assertThat(en.change(-0.0001)).isEqualTo("±0.0%");
  }

  @Test
  void realNegativesKeepTheirSign() {
    // -0.005 as a ratio change is -0.50 pp; -1.5 yuan stays -1.50
    assertThat(en.points(-0.005)).isEqualTo("−0.50 pp");
    assertThat(en.amount(-1.5)).isEqualTo("-1.50");
  }
}
