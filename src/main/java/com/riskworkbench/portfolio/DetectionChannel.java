package com.riskworkbench.portfolio;

/** How a fraud case came to light. */
public enum DetectionChannel {
  MODEL_ALERT,
  MANUAL_REVIEW,
  COLLECTIONS,
  THIRD_PARTY_TIP,
  AUDIT
}
