package com.riskworkbench.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A loan as originated. {@code interestRate} is annual, as a fraction (0.18 = 18 %). */
public record Loan(
    String loanId,
    String borrowerId,
    String product,
    String channel,
    LocalDate originationDate,
    LocalDate maturityDate,
    long principalCents,
    BigDecimal interestRate,
    int termMonths,
    String riskGrade,
    GuaranteeType guaranteeType) {

  public Loan {
    Objects.requireNonNull(loanId, "loanId");
    Objects.requireNonNull(borrowerId, "borrowerId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(originationDate, "originationDate");
    Objects.requireNonNull(maturityDate, "maturityDate");
    Objects.requireNonNull(interestRate, "interestRate");
    Objects.requireNonNull(riskGrade, "riskGrade");
    Objects.requireNonNull(guaranteeType, "guaranteeType");
  }
}
