package com.riskworkbench.portfolio;

/** Kind of borrower (docs/methodology.md §1). */
public enum BorrowerType {
  INDIVIDUAL,
  MICRO_ENTERPRISE,
  SMALL_ENTERPRISE
}
