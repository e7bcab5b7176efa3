package com.riskworkbench.portfolio;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A loan's state at one month end ({@code loan_month}, docs/methodology.md §1); amounts in cents.
 * {@code fiveCategory} and {@code provisionCents} are what the lender booked, when the tape gives
 * them.
 */
public record LoanMonth(
    String loanId,
    YearMonth month,
    long balanceCents,
    int daysPastDue,
    LoanStatus status,
    OptionalLong chargeOffCents,
    OptionalLong recoveryCents,
    Optional<BookedCategory> fiveCategory,
    OptionalLong provisionCents) {

  /** A month without a booked category or provision. */
  public LoanMonth(
      String loanId,
      YearMonth month,
      long balanceCents,
      int daysPastDue,
      LoanStatus status,
      OptionalLong chargeOffCents,
      OptionalLong recoveryCents) {
    this(
        loanId,
        month,
        balanceCents,
        daysPastDue,
        status,
        chargeOffCents,
        recoveryCents,
        Optional.empty(),
        OptionalLong.empty());
  }

  public LoanMonth {
    Objects.requireNonNull(loanId, "loanId");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(chargeOffCents, "chargeOffCents");
    Objects.requireNonNull(recoveryCents, "recoveryCents");
    Objects.requireNonNull(fiveCategory, "fiveCategory");
    Objects.requireNonNull(provisionCents, "provisionCents");
  }
}
