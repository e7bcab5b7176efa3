package com.riskworkbench.sample;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What {@link SampleGenerator} should produce: {@code loans} loans observed over the {@code months}
 * calendar months ending at {@code lastMonth}, drawn from a pseudo-random stream seeded with {@code
 * seed}. The same spec always gives the same portfolio.
 */
public record SampleSpec(int loans, int months, long seed, YearMonth lastMonth) {

  /** Last month of the data window when none is given. */
  public static final YearMonth DEFAULT_LAST_MONTH = YearMonth.of(2026, 10);

  public static final int MAX_MONTHS = 240;

  public SampleSpec {
    if (loans < 1) {
      throw new IllegalArgumentException("loans must be at least 1, got " + loans);
    }
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "months must be between 1 and " + MAX_MONTHS + ", got " + months);
    }
    Objects.requireNonNull(lastMonth, "lastMonth");
    // Borrowers are born up to ~60 years before the window and loans start up to 2 years before it.
    if (lastMonth.getYear() < 1990 || lastMonth.getYear() > 2200) {
      throw new IllegalArgumentException(
          "lastMonth must be between 1990-01 and 2200-12, got " + lastMonth);
    }
  }

  public SampleSpec(int loans, int months, long seed) {
    this(loans, months, seed, DEFAULT_LAST_MONTH);
  }

  /** First month of the data window. */
  public YearMonth firstMonth() {
    return lastMonth.minusMonths(months - 1L);
  }
}
