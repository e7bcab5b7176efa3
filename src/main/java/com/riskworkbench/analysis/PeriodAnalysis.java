package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
    // The transition matrices of every month come from one scan of the rows; the rest of each
    // month is independent of the others, so the months run side by side (the same month twice,
    // e.g. a quarter end that is also the previous month, is computed once).
    int[] months =
        Stream.of(ReportingMonth.values())
            .mapToInt(m -> m.month(asOf))
            .distinct()
            .filter(m -> ReportingMonth.inData(p, m))
            .toArray();
    Map<Integer, TransitionModel> models =
        TransitionModel.estimateEach(scope, buckets, window, months);
    Map<Integer, Figures> byMonth =
        IntStream.of(months)
            .parallel()
            .mapToObj(m -> figures(scope, m, buckets, rule, models.get(m)))
            .collect(Collectors.toMap(Figures::month, f -> f));
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
      TransitionModel model) {
    AnalysisScope at = new AnalysisScope(scope.portfolio(), month, scope.filter(), scope.include());
    LoadedPortfolio p = scope.portfolio();
    IntArrayList activeLoans = new IntArrayList();
    IntArrayList activeRows = new IntArrayList();
    boolean[] include = scope.include();
    byte[] status = p.rowStatus();
    int[] dpd = p.rowDpd();
    long[] balance = p.rowBalance();
    long[] provision = p.rowProvision();
    long loans = 0;
    long outstanding = 0;
    long par30 = 0;
    long npl = 0;
    long specialMention = 0;
    long dpd90 = 0;
    long held = 0;
    boolean allHeld = p.hasProvisions();
    // One pass for every figure of the month: the same definitions as the summary's snapshot and
    // the held provisions of ProvisionAnalysis (held only when every ACTIVE loan has one).
    for (int l = 0; l < include.length; l++) {
      int r = include[l] ? p.rowAt(l, month) : -1;
      if (r < 0 || status[r] != LoadedPortfolio.ACTIVE) {
        continue;
      }
      activeLoans.add(l);
      activeRows.add(r);
      long b = balance[r];
      loans++;
      outstanding += b;
      if (dpd[r] >= 30) {
        par30 += b;
      }
      if (dpd[r] > DPD_90) {
        dpd90 += b;
      }
      FiveCategory c = rule.category(p, r);
      if (c.nonPerforming()) {
        npl += b;
      } else if (c == FiveCategory.SPECIAL_MENTION) {
        specialMention += b;
      }
      if (provision[r] == LoadedPortfolio.NO_AMOUNT) {
        allHeld = false;
      } else {
        held += provision[r];
      }
    }
    long ecl = eclCents(at, buckets, model, stages(p, rule, activeLoans, activeRows));
    return new Figures(
        month,
        loans,
        outstanding,
        par30,
        npl,
        specialMention,
        dpd90,
        allHeld ? held : ecl,
        allHeld ? ProvisionBasis.HELD : ProvisionBasis.ECL,
        ecl);
  }

  /**
   * The stages of the month's ACTIVE loans, as {@link Stages#of} finds them, from the same pass.
   */
  private static Stages stages(
      LoadedPortfolio p, FiveCategoryRule rule, IntArrayList loans, IntArrayList rows) {
    int[] rowArray = rows.toIntArray();
    byte[] stage = new byte[rowArray.length];
    int[] dpd = p.rowDpd();
    for (int i = 0; i < rowArray.length; i++) {
      stage[i] =
          (byte) StageThresholds.DEFAULT.stage(dpd[rowArray[i]], rule.category(p, rowArray[i]));
    }
    return new Stages(StageThresholds.DEFAULT, rule, loans.toIntArray(), rowArray, stage);
  }

  /**
   * The base-scenario ECL point estimate at the scope's month, as {@link ProvisionAnalysis} takes
   * it, without the bootstrap's aggregates that a point estimate does not need.
   */
  static long eclCents(
      AnalysisScope at, DelinquencyBuckets buckets, TransitionModel model, Stages stages) {
    Matrix matrix = model.matrix(false, Scenario.BASE);
    return EclAnalysis.compute(
            at,
            buckets,
            matrix,
            stages,
            LossGivenDefault.of(at, LossGivenDefault.DEFAULT_SEASONING),
            Scenario.BASE,
            Dimension.PRODUCT)
        .eclCents(0);
  }
}
