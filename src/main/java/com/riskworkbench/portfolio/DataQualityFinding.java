package com.riskworkbench.portfolio;

import java.util.Objects;
import java.util.Optional;

/** One data-quality finding about a loan (or about the tape as a whole when no loan is named). */
public record DataQualityFinding(FindingKind kind, Optional<String> loanId, String detail) {
  public DataQualityFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(loanId, "loanId");
    Objects.requireNonNull(detail, "detail");
  }
}
