package com.riskworkbench.portfolio;

/** How a loan is secured. */
public enum GuaranteeType {
  CREDIT,
  GUARANTEED,
  COLLATERAL
}
