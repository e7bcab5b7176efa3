package com.riskworkbench.portfolio;

import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A loan's state at one month end ({@code loan_month}, docs/methodology.md §1); amounts in cents.
 */
public record LoanMonth(
    String loanId,
    YearMonth month,
    long balanceCents,
    int daysPastDue,
    LoanStatus status,
    OptionalLong chargeOffCents,
    OptionalLong recoveryCents) {

  public LoanMonth {
    Objects.requireNonNull(loanId, "loanId");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(chargeOffCents, "chargeOffCents");
    Objects.requireNonNull(recoveryCents, "recoveryCents");
  }
}
