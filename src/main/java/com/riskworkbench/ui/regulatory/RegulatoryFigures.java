package com.riskworkbench.ui.regulatory;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.BookFacts;
import com.riskworkbench.analysis.ClassificationChecks;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.MigrationResult;
import com.riskworkbench.analysis.NplWalkResult;
import com.riskworkbench.analysis.PeriodResult;
import com.riskworkbench.analysis.ReportingMonth;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.regulatory.RegulatoryRows.BookedRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.PeriodRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.RateRow;
import com.riskworkbench.ui.regulatory.RegulatoryRows.WalkBar;
import com.riskworkbench.ui.regulatory.RegulatoryRows.WalkRow;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The figures of the Regulatory screen for one scope and period, made off the FX thread from the
 * analyses' results, whether computed from a loaded book or inside a team database.
 */
final class RegulatoryFigures {
  private RegulatoryFigures() {}

  /** Runs one analysis of the scope, in memory or in the database. */
  @FunctionalInterface
  interface Analysis {
    AnalysisResult run(Analyses.Kind kind, Analyses.Params params) throws Exception;
  }

  /**
   * Everything the screen shows for one scope and period. {@code resolved} is the loaded book's
   * scope (its loans are found by a scan of the book); {@code inDatabase} the filter of a book left
   * in its database (its loans are listed by query).
   */
  record Shown(
      YearMonth asOf,
      String currency,
      String scopeLine,
      FiveCategoryRule rule,
      Optional<AnalysisScope> resolved,
      Optional<SegmentFilter> inDatabase,
      PeriodResult period,
      List<String> periodHeaders,
      List<PeriodRow> periodRows,
      Map<ReportingMonth, Integer> starts,
      ReportingMonth chosen,
      Optional<MigrationResult> migration,
      Optional<NplWalkResult> walk,
      String periodNote,
      List<RateRow> rates,
      List<WalkRow> walkRows,
      List<WalkBar> walkBars,
      ClassificationChecks.Result checks,
      String checksNote,
      String underText,
      String deviation90,
      String deviation60,
      List<BookedRow> bookedRows) {}

  /** A loaded book's figures. */
  static Shown inMemory(
      ScreenContext context,
      AnalysisScope scope,
      String currency,
      SegmentFilter filter,
      Analyses.Params params,
      ReportingMonth wanted,
      Progress progress)
      throws Exception {
    return compute(
        context,
        BookFacts.of(scope.portfolio()),
        Months.of(scope.asOfMonth()),
        currency,
        filter,
        params,
        wanted,
        Optional.of(scope),
        Optional.empty(),
        (kind, p) -> Analyses.run(kind, scope, p),
        progress);
  }

  /** The figures of a book left in its database, whose months are {@code book}'s. */
  static Shown inDatabase(
      ScreenContext context,
      String where,
      BookFacts book,
      YearMonth asOf,
      SegmentFilter filter,
      Analyses.Params params,
      ReportingMonth wanted,
      Progress progress)
      throws Exception {
    return compute(
        context,
        book,
        asOf,
        book.currency(),
        filter,
        params,
        wanted,
        Optional.empty(),
        Optional.of(filter),
        (kind, p) -> context.service().analyzeInDatabase(where, kind, asOf, filter, p, progress),
        progress);
  }

  private static Shown compute(
      ScreenContext context,
      BookFacts book,
      YearMonth asOf,
      String currency,
      SegmentFilter filter,
      Analyses.Params params,
      ReportingMonth wanted,
      Optional<AnalysisScope> resolved,
      Optional<SegmentFilter> inDatabase,
      Analysis analysis,
      Progress progress)
      throws Exception {
    Formats f = context.formats();
    ResourceBundle m = context.messages();
    var labels = context.labels();
    PeriodResult period = (PeriodResult) analysis.run(Analyses.Kind.PERIOD, params);
    progress.checkCancelled();
    YearMonth first = book.firstMonth().orElse(asOf);
    YearMonth last = book.lastMonth().orElse(asOf);
    List<String> headers = RegulatoryRows.periodHeaders(period, f, m);
    Map<ReportingMonth, Integer> starts = ReportingMonth.periodStarts(book, Months.ordinal(asOf));
    ReportingMonth chosen =
        starts.containsKey(wanted)
            ? wanted
            : starts.keySet().stream().findFirst().orElse(ReportingMonth.START_OF_YEAR);
    Optional<MigrationResult> migration = Optional.empty();
    Optional<NplWalkResult> walk = Optional.empty();
    String note;
    if (starts.isEmpty()) {
      note = MessageFormat.format(text(m, "regulatory.period.none"), f.month(asOf));
    } else {
      Analyses.Params from = params.withFrom(Optional.of(Months.of(starts.get(chosen))));
      migration = Optional.of((MigrationResult) analysis.run(Analyses.Kind.MIGRATION, from));
      progress.checkCancelled();
      walk = Optional.of((NplWalkResult) analysis.run(Analyses.Kind.NPL_WALK, from));
      note =
          MessageFormat.format(
              text(m, "regulatory.period.note"),
              f.month(migration.get().start()),
              f.month(migration.get().end()));
    }
    ClassificationChecks.Result checks =
        (ClassificationChecks.Result) analysis.run(Analyses.Kind.CLASSIFICATION, params);
    return new Shown(
        asOf,
        currency,
        ScopeText.of(context).line(asOf, filter),
        params.fiveCategory(),
        resolved,
        inDatabase,
        period,
        headers,
        RegulatoryRows.period(period, first, last, f, m),
        starts,
        chosen,
        migration,
        walk,
        note,
        migration.map(r -> RegulatoryRows.rates(r, f, m)).orElse(List.of()),
        walk.map(r -> RegulatoryRows.walk(r, f, m)).orElse(List.of()),
        walk.map(r -> RegulatoryRows.walkBars(r, f, m)).orElse(List.of()),
        checks,
        checks.available()
            ? MessageFormat.format(
                text(m, "regulatory.checks.note"),
                f.count(checks.bookedLoans()),
                f.count(checks.loans()),
                f.month(asOf))
            : MessageFormat.format(text(m, "regulatory.checks.notBooked"), f.month(asOf)),
        MessageFormat.format(
            text(m, "regulatory.checks.under"),
            checks.underLoans(),
            f.count(checks.underLoans()),
            f.money(checks.underCents(), currency)),
        MessageFormat.format(
            text(m, "regulatory.checks.deviation90"),
            f.percent(checks.deviation90()),
            f.money(checks.dpd90Cents(), currency),
            f.money(checks.nplCents(), currency)),
        MessageFormat.format(
            text(m, "regulatory.checks.deviation60"),
            f.percent(checks.deviation60()),
            f.money(checks.dpd60Cents(), currency),
            f.money(checks.nplCents(), currency)),
        checks.available() ? RegulatoryRows.booked(checks, currency, labels, f, m) : List.of());
  }

  private static String text(ResourceBundle m, String key) {
    return m.getString(key);
  }
}
