package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.PortfolioInfo;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What a report states about a book besides its figures: its name, currency and the months it has
 * data for — read from the loaded book or, without loading it, from the database.
 */
public record BookFacts(
    String name, String currency, Optional<YearMonth> firstMonth, Optional<YearMonth> lastMonth) {

  public static BookFacts of(LoadedPortfolio p) {
    return p.rows() == 0
        ? new BookFacts(p.name(), p.currency(), Optional.empty(), Optional.empty())
        : new BookFacts(p.name(), p.currency(), p.firstMonth(), p.lastMonth());
  }

  public static BookFacts of(PortfolioInfo info) {
    return info.firstMonth().isEmpty()
        ? new BookFacts(info.name(), info.currency(), Optional.empty(), Optional.empty())
        : new BookFacts(info.name(), info.currency(), info.firstMonth(), info.lastMonth());
  }

  public boolean hasData() {
    return firstMonth.isPresent();
  }

  /** The first month with data as an ordinal ({@link Months}); only when {@link #hasData()}. */
  public int firstMonthOrdinal() {
    return Months.ordinal(firstMonth.orElseThrow());
  }

  /** The last month with data as an ordinal ({@link Months}); only when {@link #hasData()}. */
  public int lastMonthOrdinal() {
    return Months.ordinal(lastMonth.orElseThrow());
  }
}
