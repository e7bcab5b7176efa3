package com.riskworkbench.portfolio;

import java.time.LocalDate;
import java.util.Objects;

/** One collection action on a delinquent loan. */
public record CollectionAction(
    String actionId,
    String loanId,
    LocalDate actionDate,
    ActionType actionType,
    ActionOutcome outcome,
    long amountRecoveredCents) {

  public CollectionAction {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(loanId, "loanId");
    Objects.requireNonNull(actionDate, "actionDate");
    Objects.requireNonNull(actionType, "actionType");
    Objects.requireNonNull(outcome, "outcome");
  }
}
