package com.riskworkbench.portfolio.store.pushdown;

/** A data-quality check of the loans' histories whose loans a page lists ({@link LoanPages}). */
public enum HistoryCheck {
  /** A month missing between a loan's first and last row up to the as-of month. */
  GAP_IN_HISTORY,
  /** An ACTIVE row at a month of the window without a row the month after. */
  MISSING_TRANSITION,
  /** A blank region or industry, or an individual without a birth date. */
  NO_BORROWER_ATTRIBUTES,
  /** A first row after the origination month. */
  LATE_FIRST_MONTH,
  /** Originated by the as-of month, no row at all. */
  NO_HISTORY
}
