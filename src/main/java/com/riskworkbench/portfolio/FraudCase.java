package com.riskworkbench.portfolio;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A fraud case; it names a loan, a borrower, or both. */
public record FraudCase(
    String caseId,
    Optional<String> loanId,
    Optional<String> borrowerId,
    LocalDate reportedDate,
    FraudType fraudType,
    DetectionChannel detectionChannel,
    FraudStatus status,
    long exposureCents,
    long lossCents,
    long recoveredCents,
    Optional<String> rootCause,
    Optional<String> summary) {

  public FraudCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(loanId, "loanId");
    Objects.requireNonNull(borrowerId, "borrowerId");
    Objects.requireNonNull(reportedDate, "reportedDate");
    Objects.requireNonNull(fraudType, "fraudType");
    Objects.requireNonNull(detectionChannel, "detectionChannel");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(summary, "summary");
  }
}
