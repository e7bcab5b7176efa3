package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The key figures at the as-of month and at each {@link ReportingMonth} before it, with their
 * changes (docs/methodology.md §15.1). A month outside the data is not available: no figures, never
 * zeros. The scope's loans are those of the as-of month's filter at every month, as the summary's
 * previous month. Provisions are the booked ones where every ACTIVE loan of the month has one,
 * ECL-based otherwise (the result names which); ECL is the base-scenario point estimate with the
 * transition matrix of the {@code window} months ending at that month.
 */
public final class PeriodAnalysis {
  private PeriodAnalysis() {}

  /**
   * "90+" in the regulator's sense (逾期90天以上): more than 90 days past due, the substandard floor of
   * the 2023 rules — not the 90+ delinquency bucket, which starts at 90 (methodology §15.4).
   */
  static final int DPD_90 = 90;

  /** What provisions a month's coverage figures use. */
  public enum ProvisionBasis {
    /** The lender's booked provisions. */
    HELD,
    /** The base-scenario ECL, for want of booked provisions. */
    ECL
  }

  /** The figures of one month, in cents and counts; ratios are computed from them. */
  public record Figures(
      int month,
      long loans,
      long outstandingCents,
      long par30Cents,
      long nplCents,
      long specialMentionCents,
      long dpd90Cents,
      long provisionCents,
      ProvisionBasis provisionBasis,
      long eclCents) {}

  public static PeriodResult run(
      AnalysisScope scope, DelinquencyBuckets buckets, FiveCategoryRule rule, int window) {
    LoadedPortfolio p = scope.portfolio();
    int asOf = scope.asOfMonth();
    // Each month's ECL estimates its own transition matrix: the months are independent, so they
    // run side by side (the same month twice, e.g. a quarter end that is also the previous month,
    // is computed once).
    Map<Integer, Figures> byMonth =
        Stream.of(ReportingMonth.values())
            .map(m -> m.month(asOf))
            .distinct()
            .filter(m -> ReportingMonth.inData(p, m))
            .parallel()
            .map(m -> figures(scope, m, buckets, rule, window))
            .collect(java.util.stream.Collectors.toMap(Figures::month, f -> f));
    Map<ReportingMonth, Optional<Figures>> columns = new EnumMap<>(ReportingMonth.class);
    for (ReportingMonth m : ReportingMonth.values()) {
      columns.put(m, Optional.ofNullable(byMonth.get(m.month(asOf))));
    }
    return new PeriodResult(asOf, rule, columns);
  }

  static Figures figures(
      AnalysisScope scope,
      int month,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window) {
    AnalysisScope at = new AnalysisScope(scope.portfolio(), month, scope.filter(), scope.include());
    SummaryAnalysis.Snapshot s = SummaryAnalysis.snapshot(at, month, buckets, rule);
    ProvisionAnalysis.ProvisionResult provisions = ProvisionAnalysis.run(at, buckets, rule, window);
    OptionalLong held = provisions.heldCents();
    return new Figures(
        month,
        s.loans(),
        s.outstandingCents(),
        s.par30Cents(),
        s.nplCents(),
        s.categoryCents()[FiveCategory.SPECIAL_MENTION.ordinal()],
        dpdOver(at, month, DPD_90),
        held.isPresent() ? held.getAsLong() : provisions.eclCents(),
        held.isPresent() ? ProvisionBasis.HELD : ProvisionBasis.ECL,
        provisions.eclCents());
  }

  /** Balance of the scope's loans ACTIVE at {@code month} more than {@code days} past due. */
  static long dpdOver(AnalysisScope scope, int month, int days) {
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    byte[] status = p.rowStatus();
    int[] dpd = p.rowDpd();
    long[] balance = p.rowBalance();
    long sum = 0;
    for (int l = 0; l < include.length; l++) {
      int r = include[l] ? p.rowAt(l, month) : -1;
      if (r >= 0 && status[r] == LoadedPortfolio.ACTIVE && dpd[r] > days) {
        sum += balance[r];
      }
    }
    return sum;
  }
}
