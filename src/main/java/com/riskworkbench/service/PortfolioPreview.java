package com.riskworkbench.service;

import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a portfolio shows before its book is loaded: its overview and, for every month, its ACTIVE
 * loans grouped by days past due and booked category as the import stored them (a few thousand
 * rows, read in milliseconds). Enough for the dashboard's key figures, five categories and trend;
 * the loaded book, whose load checks these groups against the loan months, replaces it.
 *
 * @param loanMonths the rows of the book's loan months
 * @param inDatabase true for a team database of more loan months than {@code
 *     rw.engine.database.minLoanMonths}: its analyses run in the database, and the window loads its
 *     book only when asked
 */
public record PortfolioPreview(
    PortfolioOverview overview,
    Map<YearMonth, List<ActiveGroup>> groups,
    long loanMonths,
    boolean inDatabase) {

  public PortfolioPreview {
    Objects.requireNonNull(overview, "overview");
    groups = java.util.Collections.unmodifiableMap(new TreeMap<>(groups));
  }

  /**
   * The months this preview has figures for, oldest first, up to the latest: the portfolio's
   * months, from the first month with stored groups (a database that stored none is previewed from
   * its latest months only).
   */
  public List<YearMonth> months() {
    List<YearMonth> months = new java.util.ArrayList<>();
    if (overview.asOf().isPresent() && !groups.isEmpty()) {
      YearMonth last = overview.asOf().get();
      YearMonth first = overview.firstMonth().orElseThrow();
      YearMonth stored = groups.keySet().iterator().next();
      for (YearMonth m = stored.isAfter(first) ? stored : first; !m.isAfter(last); ) {
        months.add(m);
        m = m.plusMonths(1);
      }
    }
    return months;
  }

  /** The groups of {@code month}; none for a month without ACTIVE loans. */
  public List<ActiveGroup> groupsOf(YearMonth month) {
    return groups.getOrDefault(month, List.of());
  }

  /** True when the lender booked a five-category classification for some ACTIVE loan. */
  public boolean hasBookedCategories() {
    return groups.values().stream().flatMap(List::stream).anyMatch(g -> g.booked().isPresent());
  }
}
