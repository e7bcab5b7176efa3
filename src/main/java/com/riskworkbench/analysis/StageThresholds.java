package com.riskworkbench.analysis;

/**
 * Days past due that move an ACTIVE loan to stage 2 and stage 3 (docs/methodology.md §14): stage 3
 * when days past due exceed {@code stage3Dpd} or the category is non-performing, else stage 2 when
 * they exceed {@code stage2Dpd} or the category is special mention, else stage 1.
 */
public record StageThresholds(int stage2Dpd, int stage3Dpd) {
  /** China's 2022 expected-credit-loss measures: more than 30 and more than 90 days. */
  public static final StageThresholds DEFAULT = new StageThresholds(30, 90);

  public StageThresholds {
    if (stage2Dpd < 0 || stage3Dpd <= stage2Dpd) {
      throw new IllegalArgumentException(
          "stage thresholds must be 0 or more and increase, got " + stage2Dpd + ", " + stage3Dpd);
    }
  }

  /** Stage 1, 2 or 3 of an ACTIVE row with these days past due and this category. */
  public int stage(int dpd, FiveCategory category) {
    if (dpd > stage3Dpd || category.nonPerforming()) {
      return 3;
    }
    if (dpd > stage2Dpd || category == FiveCategory.SPECIAL_MENTION) {
      return 2;
    }
    return 1;
  }
}
