package com.riskworkbench.portfolio;

/**
 * Status of a loan at a month end. PAID_OFF and CHARGED_OFF are terminal: no month follows them.
 */
public enum LoanStatus {
  ACTIVE,
  PAID_OFF,
  CHARGED_OFF;

  public boolean isTerminal() {
    return this != ACTIVE;
  }
}
