package com.riskworkbench.portfolio;

/** Kind of borrower (DESIGN §2). */
public enum BorrowerType {
  INDIVIDUAL,
  MICRO_ENTERPRISE,
  SMALL_ENTERPRISE
}
