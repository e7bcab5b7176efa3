package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

class ForwardLookingStageTest {

  /**
   * With the 2023 rule, 1–90 days is special mention (stage 2 whatever the 30-day threshold) and
   * 91+ is substandard or worse (stage 3); the credit-card rule makes 91+ substandard as well.
   */
  @ParameterizedTest(name = "{0} dpd is stage {1}")
  @CsvSource(
      textBlock =
          """
          0,   1
          1,   2
          30,  2
          31,  2
          90,  2
          91,  3
          400, 3
          """)
  void stageFollowsDaysPastDueAndRuleCategory(int dpd, int stage) {
    FiveCategoryRule rule = FiveCategoryRule.REGULATORY_2023;
    assertThat(StageThresholds.DEFAULT.stage(dpd, rule.classify(dpd))).isEqualTo(stage);
  }

  @ParameterizedTest(name = "{0} dpd, {1} is stage {2}")
  @CsvSource(
      textBlock =
          """
          0,  NORMAL,          1
          30, NORMAL,          1
          31, NORMAL,          2
          0,  SPECIAL_MENTION, 2
          90, NORMAL,          2
          91, NORMAL,          3
          0,  SUBSTANDARD,     3
          0,  DOUBTFUL,        3
          0,  LOSS,            3
          """)
  void thresholdsAreStrictlyAbove(int dpd, FiveCategory category, int stage) {
    assertThat(StageThresholds.DEFAULT.stage(dpd, category)).isEqualTo(stage);
  }

  /**
   * As of 2024-06: L1 current 1,000.00 (stage 1), L2 45 dpd 500.00 (stage 2), L3 120 dpd 250.50
   * (stage 3), L4 paid off (no stage), L5 no row at 2024-06 (no stage). ALL: 3 loans, 1,750.50.
   */
  @Test
  void onlyActiveLoansAtAsOfHaveAStage() {
    TestBook b = new TestBook();
    int l1 = b.loan("L1", "2024-01-15", 500_000);
    b.active(l1, "2024-05", 110_000, 0).active(l1, "2024-06", 100_000, 0);
    int l2 = b.loan("L2", "2024-01-15", 500_000);
    b.active(l2, "2024-06", 50_000, 45);
    int l3 = b.loan("L3", "2024-01-15", 500_000);
    b.active(l3, "2024-06", 25_050, 120);
    int l4 = b.loan("L4", "2024-01-15", 500_000);
    b.active(l4, "2024-05", 10_000, 0).paidOff(l4, "2024-06");
    int l5 = b.loan("L5", "2024-01-15", 500_000);
    b.active(l5, "2024-05", 10_000, 0);
    AnalysisScope scope = b.scope("2024-06");

    Stages s = Stages.of(scope, StageThresholds.DEFAULT, FiveCategoryRule.REGULATORY_2023);

    assertThat(s.loans()).containsExactly(l1, l2, l3);
    assertThat(s.stages()).containsExactly(1, 2, 3);
    Table t = s.table(scope.portfolio());
    assertThat(t.stringColumn("stage").asList()).containsExactly("1", "2", "3", "ALL");
    assertThat(t.intColumn("loans").asList()).containsExactly(1, 1, 1, 3);
    assertThat(t.doubleColumn("balance").asList()).containsExactly(1000.0, 500.0, 250.5, 1750.5);
  }
}
