package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.BiFunction;

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
    return new Runner(
        BookFacts.of(scope.portfolio()),
        scope.asOf(),
        scope.filter(),
        Engine.MEMORY,
        (kind, params) -> Analyses.run(kind, scope, params));
  }

  /**
   * The analyses inside the database of {@code engine}.
   *
   * @throws IllegalArgumentException for an as-of month outside the data
   */
  static AnalysisRunner inDatabase(
      DatabaseEngine engine, BookFacts book, Optional<YearMonth> asOf, SegmentFilter filter) {
    YearMonth month = engine.asOfMonth(asOf);
    return new Runner(
        book,
        month,
        filter,
        Engine.DATABASE,
        (kind, params) -> engine.run(kind, Optional.of(month), filter, params));
  }

  /** A runner: the scope's facts and how it runs an analysis. */
  record Runner(
      BookFacts book,
      YearMonth asOf,
      SegmentFilter filter,
      Engine engine,
      BiFunction<Analyses.Kind, Analyses.Params, AnalysisResult> analysis)
      implements AnalysisRunner {
    @Override
    public AnalysisResult run(Analyses.Kind kind, Analyses.Params params) {
      return analysis.apply(kind, params);
    }
  }
}
