package com.riskworkbench.portfolio;

/**
 * The five-category classification (五级分类) a lender booked for a loan at a month end, as the tape's
 * optional {@code five_category} column gives it (docs/methodology.md §4). Declared in the order of
 * the analyses' categories, best first, so that the ordinal is the same code in both.
 */
public enum BookedCategory {
  NORMAL,
  SPECIAL_MENTION,
  SUBSTANDARD,
  DOUBTFUL,
  LOSS
}
