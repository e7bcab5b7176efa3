package com.riskworkbench.portfolio;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A borrower. {@code name} and {@code idNumber} are personal data (docs/methodology.md §13): mask
 * them wherever they leave the program. {@code groupId} is the related-party group (集团/关联方) the
 * borrower belongs to, when the tape gives it.
 */
public record Borrower(
    String borrowerId,
    BorrowerType type,
    Optional<String> name,
    Optional<String> idNumber,
    Optional<LocalDate> birthDate,
    String region,
    Optional<String> city,
    String industry,
    OptionalLong annualIncomeCents,
    OptionalInt creditScore,
    Optional<String> groupId) {

  /** A borrower of no known related-party group. */
  public Borrower(
      String borrowerId,
      BorrowerType type,
      Optional<String> name,
      Optional<String> idNumber,
      Optional<LocalDate> birthDate,
      String region,
      Optional<String> city,
      String industry,
      OptionalLong annualIncomeCents,
      OptionalInt creditScore) {
    this(
        borrowerId,
        type,
        name,
        idNumber,
        birthDate,
        region,
        city,
        industry,
        annualIncomeCents,
        creditScore,
        Optional.empty());
  }

  public Borrower {
    Objects.requireNonNull(borrowerId, "borrowerId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(annualIncomeCents, "annualIncomeCents");
    Objects.requireNonNull(creditScore, "creditScore");
    Objects.requireNonNull(groupId, "groupId");
  }
}
