package com.riskworkbench.portfolio;

/** Kinds of data-quality finding. None of them stops an import; each is shown to the analyst. */
public enum FindingKind {
  /** A month is missing between a loan's first and last month. */
  GAP_IN_HISTORY,
  /**
   * A loan's first month is after its origination month (a seasoned loan, or one from before the
   * data).
   */
  LATE_FIRST_MONTH,
  /** A loan has no monthly rows at all. */
  NO_HISTORY,
  /** A tape column the program does not know; it was ignored. */
  UNKNOWN_COLUMN
}
