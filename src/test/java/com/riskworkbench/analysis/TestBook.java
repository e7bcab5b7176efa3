package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A small hand-built book for analysis tests: one borrower, loans added by origination date,
 * principal in cents and channel, months added by {@code YYYY-MM} text. Amounts are cents.
 */
final class TestBook {
  private final PortfolioBuilder builder = new PortfolioBuilder();

  TestBook() {
    builder.addBorrower(
        "B1", BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "Guangdong", "Retail");
  }

  /** Adds a loan on channel "Online"; returns its index. */
  int loan(String id, String originationDate, long principalCents) {
    return loan(id, originationDate, principalCents, "Online");
  }

  int loan(String id, String originationDate, long principalCents, String channel) {
    return builder.addLoan(
        id,
        "B1",
        "Consumer loan",
        channel,
        "B",
        LocalDate.parse(originationDate),
        principalCents,
        0.18);
  }

  /** Sets a loan's maturity date (hand-built loans have none unless told). */
  TestBook maturity(int loan, String date) {
    builder.maturity(loan, LocalDate.parse(date));
    return this;
  }

  /** Adds a loan at an annual rate; returns its index. */
  int loan(String id, String originationDate, long principalCents, double rate) {
    return builder.addLoan(
        id,
        "B1",
        "Consumer loan",
        "Online",
        "B",
        LocalDate.parse(originationDate),
        principalCents,
        rate);
  }

  TestBook active(int loan, String month, long balanceCents, int dpd) {
    return row(loan, month, balanceCents, dpd, LoanStatus.ACTIVE, 0, 0);
  }

  TestBook paidOff(int loan, String month) {
    return row(loan, month, 0, 0, LoanStatus.PAID_OFF, 0, 0);
  }

  TestBook chargedOff(int loan, String month, int dpd, long chargeOffCents, long recoveryCents) {
    return row(loan, month, 0, dpd, LoanStatus.CHARGED_OFF, chargeOffCents, recoveryCents);
  }

  TestBook row(
      int loan,
      String month,
      long balanceCents,
      int dpd,
      LoanStatus status,
      long chargeOffCents,
      long recoveryCents) {
    builder.addMonth(
        loan,
        Months.ordinal(YearMonth.parse(month)),
        balanceCents,
        dpd,
        (byte) status.ordinal(),
        chargeOffCents,
        recoveryCents);
    return this;
  }

  LoadedPortfolio build() {
    return builder.build();
  }

  /** The whole book as of its last month. */
  AnalysisScope scope() {
    return AnalysisScope.all(build());
  }

  AnalysisScope scope(String asOf) {
    return AnalysisScope.of(build(), Optional.of(YearMonth.parse(asOf)), SegmentFilter.NONE);
  }

  AnalysisScope scope(String asOf, SegmentFilter filter) {
    return AnalysisScope.of(build(), Optional.of(YearMonth.parse(asOf)), filter);
  }
}
