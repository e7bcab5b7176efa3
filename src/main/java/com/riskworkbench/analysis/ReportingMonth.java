package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The months a regulator's report sets the as-of month A against (docs/methodology.md §15): A
 * itself, the previous month, the previous quarter end (the last quarter end before A: March, June,
 * September or December), the start of the year (December of the previous year) and the same month
 * a year before.
 */
public enum ReportingMonth {
  AS_OF("as_of"),
  PREVIOUS_MONTH("previous_month"),
  PREVIOUS_QUARTER_END("previous_quarter_end"),
  START_OF_YEAR("start_of_year"),
  YEAR_AGO("year_ago");

  private final String column;

  ReportingMonth(String column) {
    this.column = column;
  }

  /** The name of its column in the period table and on the command line. */
  public String column() {
    return column;
  }

  /** Its month (a {@link Months} ordinal) for the as-of month {@code asOf}. */
  public int month(int asOf) {
    int monthOfYear = Math.floorMod(asOf, 12) + 1; // 1..12
    return switch (this) {
      case AS_OF -> asOf;
      case PREVIOUS_MONTH -> asOf - 1;
      case PREVIOUS_QUARTER_END -> asOf - (monthOfYear - 1) % 3 - 1;
      case START_OF_YEAR -> asOf - monthOfYear;
      case YEAR_AGO -> asOf - 12;
    };
  }

  public YearMonth yearMonth(int asOf) {
    return Months.of(month(asOf));
  }

  /** Whether the portfolio has data at {@code month}: the first to the last month with rows. */
  public static boolean inData(LoadedPortfolio p, int month) {
    return p.rows() > 0 && month >= p.firstMonthOrdinal() && month <= p.lastMonthOrdinal();
  }

  /**
   * Checks the start month of a period ending at {@code end}: before it and inside the data;
   * otherwise an {@link IllegalArgumentException} with the reason in one line.
   */
  public static void checkStart(LoadedPortfolio p, int start, int end) {
    checkStart(p.rows() > 0, p.firstMonthOrdinal(), p.lastMonthOrdinal(), start, end);
  }

  /**
   * {@link #checkStart(LoadedPortfolio, int, int)} for a book whose data run from month {@code
   * first} to {@code last} ({@code hasData} false: no months), wherever it is stored.
   */
  static void checkStart(boolean hasData, int first, int last, int start, int end) {
    if (start >= end) {
      throw new IllegalArgumentException(
          "--from " + Months.of(start) + " must be before the as-of month " + Months.of(end) + ".");
    }
    if (!hasData || start < first || start > last) {
      throw new IllegalArgumentException(
          "--from "
              + Months.of(start)
              + " is outside the data ("
              + (!hasData ? "no months" : Months.of(first) + " to " + Months.of(last))
              + ").");
    }
  }

  /**
   * The start of a period ending at A when none is given: the start of the year, or the first month
   * of the data when the year starts before it (the result says so); an {@link
   * IllegalArgumentException} when A is the first month of the data.
   */
  public static int defaultStart(LoadedPortfolio p, int asOf) {
    return defaultStart(p.rows() > 0, p.firstMonthOrdinal(), p.lastMonthOrdinal(), asOf);
  }

  /** {@link #defaultStart(LoadedPortfolio, int)} of a book wherever it is stored. */
  public static int defaultStart(BookFacts book, int asOf) {
    return book.hasData()
        ? defaultStart(true, book.firstMonthOrdinal(), book.lastMonthOrdinal(), asOf)
        : defaultStart(false, 0, 0, asOf);
  }

  /**
   * {@link #defaultStart(LoadedPortfolio, int)} for a book with data from {@code first} to {@code
   * last}.
   */
  static int defaultStart(boolean hasData, int first, int last, int asOf) {
    int start = START_OF_YEAR.month(asOf);
    if (hasData && start < first) {
      start = first;
    }
    checkStart(hasData, first, last, start, asOf);
    return start;
  }

  /**
   * The standard starts of a period ending at {@code asOf} that the data allow, in this order: the
   * start of the year, the previous quarter end, the previous month (methodology §15.2). A start
   * outside the data is left out (the window shows it as not available); the months may coincide.
   */
  public static Map<ReportingMonth, Integer> periodStarts(LoadedPortfolio p, int asOf) {
    return periodStarts(BookFacts.of(p), asOf);
  }

  /** {@link #periodStarts(LoadedPortfolio, int)} of a book wherever it is stored. */
  public static Map<ReportingMonth, Integer> periodStarts(BookFacts book, int asOf) {
    Map<ReportingMonth, Integer> starts = new LinkedHashMap<>();
    for (ReportingMonth m : List.of(START_OF_YEAR, PREVIOUS_QUARTER_END, PREVIOUS_MONTH)) {
      int start = m.month(asOf);
      boolean inData =
          book.hasData() && start >= book.firstMonthOrdinal() && start <= book.lastMonthOrdinal();
      if (inData && start < asOf) {
        starts.put(m, start);
      }
    }
    return starts;
  }
}
