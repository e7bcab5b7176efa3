package com.riskworkbench.analysis;

/**
 * What scorecard monitoring measures (docs/methodology.md §16): a loan is bad when, at some month
 * with months on book at most {@code mob}, it is ACTIVE with {@code threshold} or more days past
 * due, or CHARGED_OFF.
 */
public record ScorecardParams(int mob, int threshold) {

  /** The performance window: 12 months on book, 90+ days past due. */
  public static final ScorecardParams DEFAULT = new ScorecardParams(12, 90);

  /** The longest performance window accepted, in months on book. */
  public static final int MAX_MOB = 120;

  public ScorecardParams {
    if (mob < 1 || mob > MAX_MOB) {
      throw new IllegalArgumentException(
          "the performance window must be 1 to " + MAX_MOB + " months on book, got " + mob);
    }
    if (threshold < 1) {
      throw new IllegalArgumentException(
          "threshold must be at least 1 day past due, got " + threshold);
    }
  }

  public ScorecardParams withMob(int k) {
    return new ScorecardParams(k, threshold);
  }

  public ScorecardParams withThreshold(int days) {
    return new ScorecardParams(mob, days);
  }
}
