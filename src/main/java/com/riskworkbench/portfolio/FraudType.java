package com.riskworkbench.portfolio;

/** Kind of fraud behind a case. */
public enum FraudType {
  IDENTITY_THEFT,
  SYNTHETIC_IDENTITY,
  APPLICATION_MISREPRESENTATION,
  DOCUMENT_FORGERY,
  FIRST_PAYMENT_DEFAULT,
  INSIDER_COLLUSION,
  LOAN_PURPOSE_MISUSE,
  OTHER
}
