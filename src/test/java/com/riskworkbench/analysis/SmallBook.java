package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-built portfolio for analysis tests: borrowers appear when a loan first names them, every
 * loan has a principal of 10,000.00, and loan months carry only what the collections and fraud
 * analyses read.
 */
final class SmallBook {
  private final PortfolioBuilder b = new PortfolioBuilder();
  private final Map<String, Integer> loans = new HashMap<>();

  SmallBook borrower(String id) {
    b.addBorrower(id, BorrowerType.INDIVIDUAL, LoadedPortfolio.NO_DATE, "East", "Retail");
    return this;
  }

  /** A loan of an existing borrower, originated on {@code origination} (YYYY-MM-DD). */
  SmallBook loan(String id, String borrower, String channel, String origination) {
    loans.put(
        id,
        b.addLoan(
            id,
            borrower,
            "Credit loan",
            channel,
            "A",
            LocalDate.parse(origination),
            1_000_000,
            0.12));
    return this;
  }

  /** A loan with a borrower of its own, named "B-" + id. */
  SmallBook loan(String id, String channel, String origination) {
    borrower("B-" + id);
    return loan(id, "B-" + id, channel, origination);
  }

  /** ACTIVE month ends from {@code from} to {@code to} (YYYY-MM), both included. */
  SmallBook active(String loan, String from, String to) {
    for (int m = month(from); m <= month(to); m++) {
      b.addMonth(loans.get(loan), m, 500_000, 0, (byte) LoanStatus.ACTIVE.ordinal(), 0, 0);
    }
    return this;
  }

  /** The CHARGED_OFF month end of a loan. */
  SmallBook chargedOff(String loan, String month, long chargeOffCents, long recoveryCents) {
    b.addMonth(
        loans.get(loan),
        month(month),
        0,
        180,
        (byte) LoanStatus.CHARGED_OFF.ordinal(),
        chargeOffCents,
        recoveryCents);
    return this;
  }

  SmallBook action(
      String id,
      String loan,
      String date,
      ActionType type,
      ActionOutcome outcome,
      long recoveredCents) {
    b.collectionAction(
        new CollectionAction(id, loan, LocalDate.parse(date), type, outcome, recoveredCents));
    return this;
  }

  /** A fraud case; {@code loan}, {@code borrower} and {@code rootCause} may be null. */
  SmallBook fraud(
      String id,
      String loan,
      String borrower,
      String reported,
      FraudType type,
      DetectionChannel channel,
      FraudStatus status,
      long exposureCents,
      long lossCents,
      long recoveredCents,
      String rootCause) {
    b.fraudCase(
        new FraudCase(
            id,
            Optional.ofNullable(loan),
            Optional.ofNullable(borrower),
            LocalDate.parse(reported),
            type,
            channel,
            status,
            exposureCents,
            lossCents,
            recoveredCents,
            Optional.ofNullable(rootCause),
            Optional.empty()));
    return this;
  }

  /**
   * Fraud cases, one a line: {@code id, loan, borrower, reported, type, channel, status, exposure,
   * loss, recovered, root cause}, amounts as plain decimals; "-" is an absent loan, borrower or
   * root cause, while an empty root cause stays an empty text.
   */
  SmallBook fraudCases(String table) {
    for (String line : table.strip().split("\n")) {
      String[] f = line.split(",", -1);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      fraud(
          f[0],
          absent(f[1]),
          absent(f[2]),
          f[3],
          FraudType.valueOf(f[4]),
          DetectionChannel.valueOf(f[5]),
          FraudStatus.valueOf(f[6]),
          Money.parseCents(f[7]),
          Money.parseCents(f[8]),
          Money.parseCents(f[9]),
          absent(f[10]));
    }
    return this;
  }

  private static String absent(String field) {
    return field.equals("-") ? null : field;
  }

  LoadedPortfolio build() {
    return b.build();
  }

  /** The scope at {@code asOf} (YYYY-MM), with filters such as {@code channel=Online}. */
  AnalysisScope scope(String asOf, String... filters) {
    return AnalysisScope.of(
        build(), Optional.of(YearMonth.parse(asOf)), SegmentFilter.parse(List.of(filters)));
  }

  int loanIndex(String loan) {
    return loans.get(loan);
  }

  static int month(String yearMonth) {
    return Months.ordinal(YearMonth.parse(yearMonth));
  }
}
