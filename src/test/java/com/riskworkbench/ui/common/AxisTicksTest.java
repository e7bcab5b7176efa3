package com.riskworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Axis ticks at readable steps, with the decimals that keep neighbouring labels apart. */
class AxisTicksTest {

  @ParameterizedTest(name = "{0} to {1} in at most {2} steps: {3} to {4} by {5}, {6} decimals")
  @CsvSource(
      textBlock =
          """
          # rough step 7.9/4 = 1.98; step 1 needs 8 steps, step 2 needs 0..4 = 4: fits
          0,     7.9,    4, 0,     8,    2,    0
          # rough 2.5; 1 needs 10 steps, 2 needs 5, 2.5 needs 4: fits, and 2.5 needs a decimal
          0,     10,     4, 0,     10,   2.5,  1
          # the "0.1% 0.1% 0.1%" axis: 0.08..0.14 %; 0.01 needs 8..14 = 6 steps, 0.02 needs 4..7 = 3
          0.08,  0.14,   5, 0.08,  0.14, 0.02, 2
          # negatives: rough 7.3/5 = 1.46; 1 needs -4..5 = 9, 2 needs -2..3 = 5 steps: -4 to 6
          -3.2,  4.1,    5, -4,    6,    2,    0
          # outstanding in millions: rough 42.6; 10, 20, 25 need 22, 11, 9 steps; 50 needs 5
          0,     213.05, 5, 0,     250,  50,   0
          # 0.3 / 0.1 is 2.9999999999999996 in doubles: the top value still sits on the 3rd tick
          0,     0.3,    3, 0,     0.3,  0.1,  1
          # one value, 5: padded to 4.5..5.5, rough 0.25; 0.1 needs 10, 0.2 needs 22..28 = 6, 0.25 needs 4
          5,     5,      4, 4.5,   5.5,  0.25, 2
          # min and max given the wrong way round are the same range
          7.9,   0,      4, 0,     8,    2,    0
          """)
  void readableStepsEncloseTheData(
      double min, double max, int maxSteps, double lower, double upper, double step, int decimals) {
    assertThat(AxisTicks.of(min, max, maxSteps))
        .isEqualTo(new AxisTicks(lower, upper, step, decimals));
  }

  @Test
  void noDataGivesZeroToOne() {
    // 0..1 in 4 steps: 0.1 needs 10, 0.2 needs 5, 0.25 needs 4
    assertThat(AxisTicks.of(Double.NaN, Double.NaN, 4)).isEqualTo(new AxisTicks(0, 1, 0.25, 2));
  }

  @Test
  void countsNeverStepBelowOne() {
    // 0..3 actions in at most 5 steps: the rough step 0.6 would give 0.5s; whole steps start at 1
    assertThat(AxisTicks.whole(0, 3, 5)).isEqualTo(new AxisTicks(0, 3, 1, 0));
    // 0..480 actions: rough 96; 100 needs 5 steps
    assertThat(AxisTicks.whole(0, 480, 5)).isEqualTo(new AxisTicks(0, 500, 100, 0));
  }

  @ParameterizedTest
  @CsvSource({"0, 0.0123, 5", "0, 7.9, 4", "0.08, 0.14, 5", "0, 10, 4", "0, 187.5, 6", "2, 2.2, 5"})
  void neighbouringTickLabelsNeverReadTheSame(double min, double max, int maxSteps) {
    AxisTicks ticks = AxisTicks.of(min, max, maxSteps);
    Formats formats = new Formats(Locale.ENGLISH);
    Set<String> labels = new HashSet<>();
    int count = (int) Math.round((ticks.upper() - ticks.lower()) / ticks.step()) + 1;
    for (int i = 0; i < count; i++) {
      labels.add(formats.decimal(ticks.lower() + i * ticks.step(), ticks.decimals()));
    }
    assertThat(labels).hasSize(count);
    assertThat(ticks.lower()).isLessThanOrEqualTo(min);
    assertThat(ticks.upper()).isGreaterThanOrEqualTo(max);
  }
}
