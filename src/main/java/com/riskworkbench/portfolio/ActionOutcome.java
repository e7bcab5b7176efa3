package com.riskworkbench.portfolio;

/** Result of a collection action. */
public enum ActionOutcome {
  NO_CONTACT,
  CONTACTED,
  PROMISE_TO_PAY,
  PAID,
  REFUSED
}
