package com.riskworkbench.portfolio;

/** Kind of collection action. */
public enum ActionType {
  SMS,
  CALL,
  VISIT,
  LETTER,
  LEGAL,
  AGENCY
}
