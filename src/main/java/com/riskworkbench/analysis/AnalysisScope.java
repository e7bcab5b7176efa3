package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What every analysis takes (docs/methodology.md §2): the loaded portfolio, the as-of month
 * (default: the latest month with data) and the segment filter, resolved once into a mask of loans.
 */
public record AnalysisScope(
    LoadedPortfolio portfolio, int asOfMonth, SegmentFilter filter, boolean[] include) {

  public static AnalysisScope of(
      LoadedPortfolio p, Optional<YearMonth> asOf, SegmentFilter filter) {
    if (p.rows() == 0) {
      int month = asOf.map(Months::ordinal).orElse(Months.ordinal(YearMonth.of(2000, 1)));
      return new AnalysisScope(p, month, filter, filter.mask(p, month));
    }
    int month = asOf.map(Months::ordinal).orElse(p.lastMonthOrdinal());
    if (month < p.firstMonthOrdinal() || month > p.lastMonthOrdinal()) {
      throw new IllegalArgumentException(
          "as-of month "
              + Months.of(month)
              + " is outside the data ("
              + Months.of(p.firstMonthOrdinal())
              + " to "
              + Months.of(p.lastMonthOrdinal())
              + ")");
    }
    return new AnalysisScope(p, month, filter, filter.mask(p, month));
  }

  public static AnalysisScope all(LoadedPortfolio p) {
    return of(p, Optional.empty(), SegmentFilter.NONE);
  }

  public YearMonth asOf() {
    return Months.of(asOfMonth);
  }
}
