package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.CohortMonthSum;
import com.riskworkbench.portfolio.store.pushdown.CohortSum;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The vintage of {@link VintageAnalysis#run}, scanned by the database: originations, first bad and
 * first charge-off months, and net charge-offs per origination month and month come back as small
 * sums, fill the same {@link VintageAnalysis.Tally} as the in-memory scan, and are finished by the
 * same {@link VintageAnalysis#finish}.
 */
public final class DatabaseVintage {
  private DatabaseVintage() {}

  /** The vintage with the command line's parameters. */
  static VintageResult run(
      DatabaseEngine engine, Optional<YearMonth> asOf, SegmentFilter filter, Analyses.Params p) {
    return run(
        engine,
        asOf,
        filter,
        new VintageParams(
            p.threshold(),
            VintageParams.Weight.parse(p.weight()),
            VintageParams.CohortPeriod.parse(p.cohort())));
  }

  public static VintageResult run(
      DatabaseEngine engine, Optional<YearMonth> asOf, SegmentFilter filter, VintageParams params) {
    int month = Months.ordinal(engine.asOfMonth(asOf));
    PushDownScope scope = engine.scope(asOf, filter);
    boolean quarters = params.cohortPeriod() == VintageParams.CohortPeriod.QUARTER;
    List<CohortSum> originated = engine.queries().originations(scope);
    int firstOrigin = Integer.MAX_VALUE;
    for (CohortSum c : originated) {
      int o = Months.ordinal(c.origination());
      if (VintageAnalysis.cohortEnd(o, quarters) <= month) {
        firstOrigin = Math.min(firstOrigin, o);
      }
    }
    if (firstOrigin == Integer.MAX_VALUE) {
      return VintageResult.empty(params, month);
    }
    VintageAnalysis.Tally t = new VintageAnalysis.Tally(firstOrigin, month);
    for (CohortSum c : originated) {
      int o = Months.ordinal(c.origination());
      if (VintageAnalysis.cohortEnd(o, quarters) <= month) {
        t.originated(o, c.loans(), c.principalCents());
      }
    }
    for (CohortMonthSum s : engine.queries().firstBadMonths(scope, params.threshold())) {
      if (inGrid(s, month, quarters)) {
        t.firstBad(origin(s), mob(s), s.count(), s.cents());
      }
    }
    for (CohortMonthSum s : engine.queries().firstChargeOffMonths(scope)) {
      if (inGrid(s, month, quarters)) {
        t.firstChargeOff(origin(s), mob(s), s.count());
      }
    }
    for (CohortMonthSum s : engine.queries().netChargeOffs(scope)) {
      if (inGrid(s, month, quarters)) {
        t.netChargeOff(origin(s), mob(s), s.cents());
      }
    }
    return VintageAnalysis.finish(
        params,
        t,
        (cohortEnd, mob, chargeOffs) -> {
          throw new UnsupportedOperationException(
              "the database engine lists the loans behind a vintage cell a page at a time");
        });
  }

  /**
   * One page of the loans behind a cell, by loan id after {@code after} (the last id of the
   * previous page; empty for the first): the cohort dated {@code cohortMonth} (its month, or its
   * quarter's last month, as {@link VintageResult#cohortMonth}), those bad by MOB {@code mob}, or
   * with {@code chargeOffs} those with a charge-off by then — the ids of {@link
   * VintageResult#loansBehind} and {@link VintageResult#chargeOffLoansBehind}. Empty for a cell
   * past the as-of month.
   */
  public static List<String> page(
      DatabaseEngine engine,
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      VintageParams params,
      YearMonth cohortMonth,
      int mob,
      boolean chargeOffs,
      Optional<String> after,
      int limit) {
    int month = Months.ordinal(engine.asOfMonth(asOf));
    int end = Months.ordinal(cohortMonth);
    if (mob < 0 || end + mob > month) {
      return List.of();
    }
    boolean quarters = params.cohortPeriod() == VintageParams.CohortPeriod.QUARTER;
    YearMonth first = quarters ? cohortMonth.minusMonths(2) : cohortMonth;
    return engine
        .queries()
        .vintageLoanPage(
            engine.scope(asOf, filter),
            first,
            cohortMonth,
            mob,
            chargeOffs ? Optional.empty() : Optional.of(params.threshold()),
            after,
            limit);
  }

  /**
   * A sum of a loan whose cohort is in the grid: its cohort's last month is the as-of or before.
   */
  private static boolean inGrid(CohortMonthSum s, int asOf, boolean quarters) {
    return VintageAnalysis.cohortEnd(origin(s), quarters) <= asOf;
  }

  private static int origin(CohortMonthSum s) {
    return Months.ordinal(s.origination());
  }

  /** Months on book as the in-memory scan counts them: a row before origination is MOB 0. */
  private static int mob(CohortMonthSum s) {
    return Math.max(0, Months.ordinal(s.month()) - origin(s));
  }
}
