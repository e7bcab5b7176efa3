package com.riskworkbench.sample;

import com.riskworkbench.portfolio.Borrower;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Scores that drift in the last months of the window: a borrower whose first loan is originated in
 * the last {@value #MONTHS} months gets a score shifted upward and partly replaced by a draw
 * unrelated to quality, both ramping up over the first {@value #RAMP} of those months. The score
 * inflation is not matched by better loans, and the noise weakens the rank order, so the latest
 * cohorts show a PSI in the watch and shifted bands and a lower KS (docs/methodology.md §16).
 *
 * <p>The noise comes from a random stream of each borrower's own, seeded from the sample's seed and
 * the borrower id: nothing is drawn from the generator's shared stream, so every other value of the
 * sample is what it was without the drift.
 */
final class ScoreDrift {
  /** How many of the window's last months drift. */
  static final int MONTHS = 9;

  /** The drift grows over this many months, then stays at its full size. */
  static final int RAMP = 4;

  /** The full upward shift, in score points. */
  static final double SHIFT = 70;

  /**
   * The share of the score that, at full drift, is replaced by a draw unrelated to quality (with
   * the mean and spread of the undrifted scores, {@value #MEAN} and {@value #SPREAD}).
   */
  static final double BLUR = 0.6;

  static final double MEAN = 640;
  static final double SPREAD = 74;

  private final long seed;
  private final int from;

  /** Drifts scores of borrowers first originated in the last {@value #MONTHS} of {@code months}. */
  ScoreDrift(long seed, MonthTable months) {
    this.seed = seed ^ 0x5343_4F52_4544_5249L; // "SCOREDRI"
    this.from = Math.max(months.first, months.last - MONTHS + 1);
  }

  /** The borrower with its score drifted when its first loan is originated in {@code month}. */
  Borrower apply(Borrower b, int month) {
    OptionalInt score = b.creditScore();
    if (month < from || score.isEmpty()) {
      return b;
    }
    double w = Math.min(1.0, (month - from + 1) / (double) RAMP);
    SplittableRandom own = new SplittableRandom(seed ^ mix(b.borrowerId().hashCode()));
    double unrelated = MEAN + SPREAD * Draws.gaussian(own);
    double drifted = (1 - BLUR * w) * score.getAsInt() + BLUR * w * unrelated + w * SHIFT;
    int s = (int) Math.max(300, Math.min(850, Math.round(drifted)));
    return new Borrower(
        b.borrowerId(),
        b.type(),
        b.name(),
        b.idNumber(),
        b.birthDate(),
        b.region(),
        b.city(),
        b.industry(),
        b.annualIncomeCents(),
        OptionalInt.of(s),
        b.groupId());
  }

  /** Spreads a 32-bit hash over 64 bits (SplitMix64's finaliser). */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
