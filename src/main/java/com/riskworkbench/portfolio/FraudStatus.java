package com.riskworkbench.portfolio;

/** Where a fraud case stands; DISMISSED cases are listed but never counted in losses. */
public enum FraudStatus {
  OPEN,
  CONFIRMED,
  DISMISSED,
  CLOSED
}
