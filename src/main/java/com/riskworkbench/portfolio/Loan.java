package com.riskworkbench.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A loan as originated. {@code interestRate} is annual, as a fraction (0.18 = 18 %). {@code
 * fundingPartner} is the co-lending partner (empty: not co-lent) and {@code ownShare} the fraction
 * of the principal the portfolio's holder funds (empty: all of it).
 */
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
    GuaranteeType guaranteeType,
    Optional<String> fundingPartner,
    Optional<BigDecimal> ownShare) {

  /** A loan that is not co-lent. */
  public Loan(
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
    this(
        loanId,
        borrowerId,
        product,
        channel,
        originationDate,
        maturityDate,
        principalCents,
        interestRate,
        termMonths,
        riskGrade,
        guaranteeType,
        Optional.empty(),
        Optional.empty());
  }

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
    Objects.requireNonNull(fundingPartner, "fundingPartner");
    Objects.requireNonNull(ownShare, "ownShare");
  }
}
