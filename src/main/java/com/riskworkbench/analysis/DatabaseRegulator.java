package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.Aggregates;
import com.riskworkbench.portfolio.store.pushdown.MigrationCell;
import com.riskworkbench.portfolio.store.pushdown.NplBalance;
import com.riskworkbench.portfolio.store.pushdown.NplComponent;
import com.riskworkbench.portfolio.store.pushdown.NplFlow;
import com.riskworkbench.portfolio.store.pushdown.NplFlowLoans;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The regulator's views run inside the database (docs/decisions/0008-push-down.md): migration, the
 * NPL walk and the classification checks from the database's small sums, finished by the in-memory
 * analyses' own code (the result types' arithmetic, {@link NplWalkAnalysis#finish}, {@link
 * ClassificationChecks#finish}). The results list no loans: the loans behind a figure come a page
 * at a time, by loan id ({@link #migrationPage}, {@link #nplWalkPage}, {@link
 * #underClassifiedPage}).
 */
public final class DatabaseRegulator {
  private final DatabaseEngine engine;

  public DatabaseRegulator(DatabaseEngine engine) {
    this.engine = engine;
  }

  /** The migration of {@link MigrationAnalysis#run} over {@code from} (default: start of year). */
  MigrationResult migration(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      FiveCategoryRule rule,
      Optional<YearMonth> from) {
    int end = Months.ordinal(engine.asOfMonth(asOf));
    int start = start(from, end);
    int cats = FiveCategory.values().length;
    int states = MigrationAnalysis.STATES;
    long[] loans = new long[cats * states];
    long[] startCents = new long[loans.length];
    long[] endCents = new long[loans.length];
    long[] keptCents = new long[cats];
    for (MigrationCell c :
        engine
            .queries()
            .migration(engine.scope(asOf, filter), edges(rule), Months.of(start), Months.of(end))) {
      int cell = c.from() * states + c.to();
      loans[cell] = c.loans();
      startCents[cell] = c.startCents();
      endCents[cell] = c.endCents();
      keptCents[c.from()] += c.keptCents();
    }
    return new MigrationResult(
        start, end, rule, new byte[0], new byte[0], loans, startCents, endCents, keptCents);
  }

  /** The NPL walk of {@link NplWalkAnalysis#run} over {@code from} (default: start of year). */
  NplWalkResult nplWalk(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      FiveCategoryRule rule,
      Optional<YearMonth> from) {
    int end = Months.ordinal(engine.asOfMonth(asOf));
    int start = start(from, end);
    YearMonth first = Months.of(start);
    YearMonth last = Months.of(end);
    PushDownScope scope = engine.scope(asOf, filter);
    Aggregates q = engine.queries();
    int months = end - start;
    int sm = rule.specialMentionMax();
    long[][] byMonth = new long[months][NplWalkAnalysis.Component.values().length];
    long[] nplAt = new long[months + 1];
    long[] loans = new long[NplWalkAnalysis.Component.values().length];
    for (NplBalance b : q.nplBalances(scope, sm, first, last)) {
      int i = Months.ordinal(b.month()) - start;
      nplAt[i] = b.cents();
      if (i == 0) {
        loans[NplWalkAnalysis.OPENING] = b.loans();
      }
      if (i == months) {
        loans[NplWalkAnalysis.CLOSING] = b.loans();
      }
    }
    for (NplFlow f : q.nplFlows(scope, sm, first, last)) {
      long[] at = byMonth[Months.ordinal(f.next()) - 1 - start];
      at[NplWalkAnalysis.NEW] = f.newCents();
      at[NplWalkAnalysis.UPGRADED] = f.upgradedCents();
      at[NplWalkAnalysis.COLLECTED] = f.collectedCents();
      at[NplWalkAnalysis.WRITTEN_OFF] = f.writtenOffCents();
      at[NplWalkAnalysis.LEFT_DATA] = f.leftDataCents();
      at[NplWalkAnalysis.OTHER] = f.otherCents();
    }
    NplFlowLoans l = q.nplFlowLoans(scope, sm, first, last);
    loans[NplWalkAnalysis.NEW] = l.newLoans();
    loans[NplWalkAnalysis.UPGRADED] = l.upgradedLoans();
    loans[NplWalkAnalysis.COLLECTED] = l.collectedLoans();
    loans[NplWalkAnalysis.WRITTEN_OFF] = l.writtenOffLoans();
    loans[NplWalkAnalysis.LEFT_DATA] = l.leftDataLoans();
    loans[NplWalkAnalysis.OTHER] = l.otherLoans();
    // The summary's NPL balance at S and E, as the in-memory walk checks its ends against it.
    long opening =
        SummaryAnalysis.snapshot(
                start, q.activeByDaysPastDue(scope, first), DelinquencyBuckets.DEFAULT, rule)
            .nplCents();
    long closing =
        SummaryAnalysis.snapshot(
                end, q.activeByDaysPastDue(scope, last), DelinquencyBuckets.DEFAULT, rule)
            .nplCents();
    return NplWalkAnalysis.finish(
        start, end, rule, byMonth, nplAt, opening, closing, new int[0], loans);
  }

  /** The checks of {@link ClassificationChecks#run} from the as-of month's ACTIVE groups. */
  ClassificationChecks.Result classification(
      Optional<YearMonth> asOf, SegmentFilter filter, FiveCategoryRule rule) {
    YearMonth month = engine.asOfMonth(asOf);
    return ClassificationChecks.finish(
        Months.ordinal(month),
        rule,
        engine.queries().activeByDaysPastDue(engine.scope(asOf, filter), month));
  }

  /**
   * One page of the loans of a migration cell — category {@code from} at the start, state {@code
   * to} at the end ({@link MigrationAnalysis#PAID_OFF} and after for the states that are not a
   * category) — by loan id, after {@code after} (the last of the previous page).
   */
  public List<String> migrationPage(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      FiveCategoryRule rule,
      Optional<YearMonth> from,
      FiveCategory category,
      int state,
      Optional<String> after,
      int limit) {
    return cellsPage(
        asOf, filter, rule, from, new int[] {category.ordinal()}, new int[] {state}, after, limit);
  }

  /**
   * One page of the loans behind a migration rate's numerator ({@link
   * MigrationResult#loansBehind}): a category of its from-set at the start, a worse category at the
   * end — its cells in one query.
   */
  public List<String> ratePage(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      FiveCategoryRule rule,
      Optional<YearMonth> from,
      MigrationAnalysis.Rate rate,
      Optional<String> after,
      int limit) {
    int[] froms =
        java.util.stream.IntStream.range(0, FiveCategory.values().length)
            .filter(rate::from)
            .toArray();
    int[] worse =
        java.util.stream.IntStream.range(0, MigrationAnalysis.STATES).filter(rate::worse).toArray();
    return cellsPage(asOf, filter, rule, from, froms, worse, after, limit);
  }

  /** One page of the loans of the cells of {@code froms} at the start × {@code tos} at the end. */
  private List<String> cellsPage(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      FiveCategoryRule rule,
      Optional<YearMonth> from,
      int[] froms,
      int[] tos,
      Optional<String> after,
      int limit) {
    int end = Months.ordinal(engine.asOfMonth(asOf));
    return engine
        .queries()
        .migrationPage(
            engine.scope(asOf, filter),
            edges(rule),
            Months.of(start(from, end)),
            Months.of(end),
            froms,
            tos,
            after,
            limit);
  }

  /** One page of the loans behind an NPL-walk component, by loan id, after {@code after}. */
  public List<String> nplWalkPage(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      FiveCategoryRule rule,
      Optional<YearMonth> from,
      NplWalkAnalysis.Component component,
      Optional<String> after,
      int limit) {
    int end = Months.ordinal(engine.asOfMonth(asOf));
    return engine
        .queries()
        .nplWalkPage(
            engine.scope(asOf, filter),
            rule.specialMentionMax(),
            Months.of(start(from, end)),
            Months.of(end),
            NplComponent.valueOf(component.name()),
            after,
            limit);
  }

  /** One page of the under-classified loans at the as-of month, by loan id, after {@code after}. */
  public List<String> underClassifiedPage(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      FiveCategoryRule rule,
      Optional<String> after,
      int limit) {
    return engine
        .queries()
        .underClassifiedPage(
            engine.scope(asOf, filter), edges(rule), engine.asOfMonth(asOf), after, limit);
  }

  /** The rule's last special-mention, substandard and doubtful days. */
  static int[] edges(FiveCategoryRule rule) {
    return new int[] {rule.specialMentionMax(), rule.substandardMax(), rule.doubtfulMax()};
  }

  /** The period's start: {@code from}, else the start of the year within the data; checked. */
  private int start(Optional<YearMonth> from, int end) {
    boolean hasData = engine.firstMonth().isPresent();
    int first = engine.firstMonth().map(Months::ordinal).orElse(0);
    int last = hasData ? Months.ordinal(engine.asOfMonth(Optional.empty())) : 0;
    int start =
        from.map(Months::ordinal)
            .orElseGet(() -> ReportingMonth.defaultStart(hasData, first, last, end));
    ReportingMonth.checkStart(hasData, first, last, start, end);
    return start;
  }
}
