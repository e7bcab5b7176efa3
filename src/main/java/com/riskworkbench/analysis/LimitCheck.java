package com.riskworkbench.analysis;

import tech.tablesaw.api.BooleanColumn;

/** The outcome of a limit check: within it, over it, or not available for want of an input. */
public enum LimitCheck {
  PASS,
  BREACH,
  NOT_AVAILABLE;

  /** {@code BREACH} when {@code over}, else {@code PASS}. */
  public static LimitCheck of(boolean over) {
    return over ? BREACH : PASS;
  }

  /** Breached when either is; passed when both pass; otherwise not available. */
  public LimitCheck or(LimitCheck other) {
    if (this == BREACH || other == BREACH) {
      return BREACH;
    }
    return this == PASS && other == PASS ? PASS : NOT_AVAILABLE;
  }

  /** Appends this as a breach flag: true, false, or missing when not available. */
  void appendTo(BooleanColumn breach) {
    if (this == NOT_AVAILABLE) {
      breach.appendMissing();
    } else {
      breach.append(this == BREACH);
    }
  }
}
