package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Runs analyses over one scope — a book, an as-of month and a filter — in memory over the loaded
 * book or inside the database, for a report that asks for many of them. Both give the same results
 * (docs/methodology.md §17).
 */
public interface AnalysisRunner {
  /** The analysed book's name, currency and months. */
  BookFacts book();

  /** The as-of month, checked against the data. */
  YearMonth asOf();

  SegmentFilter filter();

  /** Where the analyses run. */
  Engine engine();

  AnalysisResult run(Analyses.Kind kind, Analyses.Params params);

  /** The as-of month as an ordinal ({@link Months}). */
  default int asOfMonth() {
    return Months.ordinal(asOf());
  }

  /** The analyses over a loaded book. */
  static AnalysisRunner inMemory(AnalysisScope scope) {
    BookFacts book = BookFacts.of(scope.portfolio());
    return new AnalysisRunner() {
      @Override
      public BookFacts book() {
        return book;
      }

      @Override
      public YearMonth asOf() {
        return scope.asOf();
      }

      @Override
      public SegmentFilter filter() {
        return scope.filter();
      }

      @Override
      public Engine engine() {
        return Engine.MEMORY;
      }

      @Override
      public AnalysisResult run(Analyses.Kind kind, Analyses.Params params) {
        return Analyses.run(kind, scope, params);
      }
    };
  }

  /**
   * The analyses inside the database of {@code engine}.
   *
   * @throws IllegalArgumentException for an as-of month outside the data
   */
  static AnalysisRunner inDatabase(
      DatabaseEngine engine, BookFacts book, Optional<YearMonth> asOf, SegmentFilter filter) {
    YearMonth month = engine.asOfMonth(asOf);
    Optional<YearMonth> checked = Optional.of(month);
    return new AnalysisRunner() {
      @Override
      public BookFacts book() {
        return book;
      }

      @Override
      public YearMonth asOf() {
        return month;
      }

      @Override
      public SegmentFilter filter() {
        return filter;
      }

      @Override
      public Engine engine() {
        return Engine.DATABASE;
      }

      @Override
      public AnalysisResult run(Analyses.Kind kind, Analyses.Params params) {
        return engine.run(kind, checked, filter, params);
      }
    };
  }
}
