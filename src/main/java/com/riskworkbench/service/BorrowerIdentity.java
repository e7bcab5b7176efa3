package com.riskworkbench.service;

import java.util.Objects;
import java.util.Optional;

/** A borrower's personal data (docs/methodology.md §13): mask it before showing or exporting it. */
public record BorrowerIdentity(Optional<String> name, Optional<String> idNumber) {
  public static final BorrowerIdentity UNKNOWN =
      new BorrowerIdentity(Optional.empty(), Optional.empty());

  public BorrowerIdentity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idNumber, "idNumber");
  }
}
