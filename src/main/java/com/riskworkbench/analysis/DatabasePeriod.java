package com.riskworkbench.analysis;

import com.riskworkbench.analysis.PeriodAnalysis.Figures;
import com.riskworkbench.analysis.PeriodAnalysis.ProvisionBasis;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import com.riskworkbench.portfolio.store.pushdown.HeldProvisions;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The period comparison of {@link PeriodAnalysis#run} inside the database: at each reporting month
 * the summary's groups (days past due × booked category), the held provisions and the base-scenario
 * ECL point estimate from the forward-looking aggregates. The loans in scope are those of the as-of
 * month's scope at every column (an age band is the one at the as-of month), as in memory.
 */
final class DatabasePeriod {
  private DatabasePeriod() {}

  static PeriodResult run(
      DatabaseEngine engine,
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window) {
    int a = Months.ordinal(engine.asOfMonth(asOf));
    PushDownScope scope = engine.scope(asOf, filter);
    Map<Integer, Figures> byMonth = new HashMap<>();
    Map<ReportingMonth, Optional<Figures>> columns = new EnumMap<>(ReportingMonth.class);
    for (ReportingMonth m : ReportingMonth.values()) {
      int month = m.month(a);
      boolean inData =
          engine.firstMonth().isPresent()
              && month >= Months.ordinal(engine.firstMonth().get())
              && month <= a;
      if (inData) {
        byMonth.computeIfAbsent(
            month, k -> figures(engine, scope, Months.of(k), buckets, rule, window));
      }
      columns.put(m, Optional.ofNullable(byMonth.get(month)));
    }
    return new PeriodResult(a, rule, columns);
  }

  /** The figures of {@link PeriodAnalysis#figures}, from the month's groups and sums. */
  private static Figures figures(
      DatabaseEngine engine,
      PushDownScope scope,
      YearMonth month,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window) {
    long loans = 0;
    long outstanding = 0;
    long par30 = 0;
    long npl = 0;
    long specialMention = 0;
    long dpd90 = 0;
    for (ActiveGroup g : engine.queries().activeByDaysPastDue(scope, month)) {
      byte booked = g.booked().map(c -> (byte) c.ordinal()).orElse(LoadedPortfolio.NO_CATEGORY);
      long b = g.balanceCents();
      loans += g.loans();
      outstanding += b;
      if (g.daysPastDue() >= 30) {
        par30 += b;
      }
      if (g.daysPastDue() > PeriodAnalysis.DPD_90) {
        dpd90 += b;
      }
      FiveCategory c = rule.category(booked, g.daysPastDue());
      if (c.nonPerforming()) {
        npl += b;
      } else if (c == FiveCategory.SPECIAL_MENTION) {
        specialMention += b;
      }
    }
    HeldProvisions held = engine.queries().heldProvisions(scope, month);
    boolean allHeld = held.bookHasProvisions() && held.withoutProvision() == 0;
    DatabaseForward forward = engine.forward();
    long ecl =
        EclAnalysis.finish(
                forward.model(scope, engine.window(Optional.of(month), window), buckets),
                forward.groups(scope, month, buckets, rule, Dimension.PRODUCT),
                forward.lgd(scope, month),
                Scenario.BASE,
                Dimension.PRODUCT,
                0,
                Bootstrap.DEFAULT_SEED,
                Progress.NONE)
            .eclCents(0);
    return new Figures(
        Months.ordinal(month),
        loans,
        outstanding,
        par30,
        npl,
        specialMention,
        dpd90,
        allHeld ? held.provisionCents() : ecl,
        allHeld ? ProvisionBasis.HELD : ProvisionBasis.ECL,
        ecl);
  }
}
