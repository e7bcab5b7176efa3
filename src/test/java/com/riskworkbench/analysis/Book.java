package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.LocalDate;
import java.time.YearMonth;

/** A small hand-built book for analysis tests; amounts in cents. */
final class Book {
  final PortfolioBuilder b = new PortfolioBuilder();

  static int month(String yyyyMm) {
    return Months.ordinal(YearMonth.parse(yyyyMm));
  }

  Book borrower(String id, BorrowerType type, String birth, String region, String industry) {
    b.addBorrower(
        id,
        type,
        birth == null ? LoadedPortfolio.NO_DATE : (int) LocalDate.parse(birth).toEpochDay(),
        region,
        industry);
    return this;
  }

  Book borrower(String id) {
    return borrower(id, BorrowerType.INDIVIDUAL, "1990-01-01", "Zhejiang", "Retail");
  }

  /** An individual borrower in related-party group {@code group}. */
  Book borrowerInGroup(String id, String group) {
    int index =
        b.addBorrower(
            id,
            BorrowerType.INDIVIDUAL,
            (int) LocalDate.parse("1990-01-01").toEpochDay(),
            "Zhejiang",
            "Retail");
    b.group(index, group);
    return this;
  }

  /** A line of {@code portfolio_meta}, e.g. {@code net_assets}, {@code tier1_net_capital}. */
  Book meta(String key, String value) {
    b.meta(key, value);
    return this;
  }

  int loan(
      String id,
      String borrower,
      String product,
      String channel,
      String grade,
      String originated,
      long principal,
      double rate) {
    return b.addLoan(
        id, borrower, product, channel, grade, LocalDate.parse(originated), principal, rate);
  }

  int loan(String id, String borrower, String channel, long principal) {
    return loan(id, borrower, "Credit loan", channel, "B", "2025-01-15", principal, 0.18);
  }

  Book active(int loan, String month, long balance, int dpd) {
    b.addMonth(loan, month(month), balance, dpd, LoadedPortfolio.ACTIVE, 0, 0);
    return this;
  }

  Book paidOff(int loan, String month) {
    b.addMonth(loan, month(month), 0, 0, LoadedPortfolio.PAID_OFF, 0, 0);
    return this;
  }

  Book chargedOff(int loan, String month, int dpd, long chargeOff, long recovery) {
    b.addMonth(loan, month(month), 0, dpd, LoadedPortfolio.CHARGED_OFF, chargeOff, recovery);
    return this;
  }

  LoadedPortfolio build() {
    return b.build();
  }
}
