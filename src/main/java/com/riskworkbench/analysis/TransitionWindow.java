package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months t+1 of month-to-month transitions that a roll-rate or flow-rate analysis covers
 * (docs/methodology.md §8): the {@code window} months ending at the as-of month, or with {@code
 * window ≤ 0} every month up to the as-of month; either way only months whose previous month is in
 * the data, since before the first month there are no rows to move from.
 *
 * @param first the first month t+1 covered, as a {@link Months} ordinal
 * @param last the as-of month; the range is empty when {@code first > last}
 */
record TransitionWindow(int window, int first, int last) {

  static TransitionWindow of(AnalysisScope scope, int window) {
    LoadedPortfolio p = scope.portfolio();
    return of(window, p.rows() == 0 ? Integer.MAX_VALUE : p.firstMonthOrdinal(), scope.asOfMonth());
  }

  /**
   * @param firstDataMonth the first month in the data, or {@link Integer#MAX_VALUE} when there is
   *     none
   * @param last the as-of month
   */
  static TransitionWindow of(int window, int firstDataMonth, int last) {
    if (firstDataMonth == Integer.MAX_VALUE) {
      return new TransitionWindow(window, last + 1, last);
    }
    long earliest = (long) firstDataMonth + 1;
    long first = window <= 0 ? earliest : Math.max(earliest, (long) last - window + 1);
    return new TransitionWindow(window, (int) Math.min(first, (long) last + 1), last);
  }

  boolean isEmpty() {
    return first > last;
  }

  int months() {
    return Math.max(0, last - first + 1);
  }

  /** The months t+1 covered, as {@code YYYY-MM} text. */
  List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (int m = first; m <= last; m++) {
      labels.add(Months.of(m).toString());
    }
    return labels;
  }

  List<YearMonth> yearMonths() {
    List<YearMonth> months = new ArrayList<>();
    for (int m = first; m <= last; m++) {
      months.add(Months.of(m));
    }
    return months;
  }
}
