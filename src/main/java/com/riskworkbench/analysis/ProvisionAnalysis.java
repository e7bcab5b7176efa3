package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Provisions at the as-of month (docs/methodology.md §14): held (the sum of the booked {@code
 * provision} of the scope's ACTIVE loans; not available unless every one of them has one),
 * ECL-based (base scenario) and regulatory-rate (general 1 % of the balance plus 2 / 25 / 50 / 100
 * % of special mention, substandard, doubtful and loss by each row's category, booked or by the
 * rule), each with coverage = provisions / NPL balance and provision-to-loan = provisions /
 * outstanding against the 2018 bands: below the floor red, within amber, above green.
 */
public final class ProvisionAnalysis {
  private ProvisionAnalysis() {}

  /** The regulatory rates and supervisory bands, as fractions. */
  public record Rates(
      double general,
      double specialMention,
      double substandard,
      double doubtful,
      double loss,
      double coverageFloor,
      double coverageCeiling,
      double loanFloor,
      double loanCeiling) {
    public static final Rates DEFAULT =
        new Rates(0.01, 0.02, 0.25, 0.50, 1.00, 1.20, 1.50, 0.015, 0.025);

    /** The specific rate of a category: 0 for normal. */
    public double specific(FiveCategory c) {
      return switch (c) {
        case NORMAL -> 0;
        case SPECIAL_MENTION -> specialMention;
        case SUBSTANDARD -> substandard;
        case DOUBTFUL -> doubtful;
        case LOSS -> loss;
      };
    }
  }

  public static ProvisionResult run(
      AnalysisScope scope, DelinquencyBuckets buckets, FiveCategoryRule rule, int window) {
    EclAnalysis.EclResult ecl =
        // the point estimate alone: its bootstrap interval is not a provision basis
        EclAnalysis.run(
            scope,
            buckets,
            rule,
            window,
            Scenario.BASE,
            Dimension.PRODUCT,
            0,
            Bootstrap.DEFAULT_SEED,
            Progress.NONE);
    return compute(scope, rule, Rates.DEFAULT, ecl.eclCents(0));
  }

  static ProvisionResult compute(
      AnalysisScope scope, FiveCategoryRule rule, Rates rates, long eclCents) {
    SummaryAnalysis.Snapshot s =
        SummaryAnalysis.snapshot(scope, scope.asOfMonth(), DelinquencyBuckets.DEFAULT, rule);
    return finish(rates, s, held(scope), eclCents);
  }

  /**
   * The provisions from the as-of snapshot (default buckets), the booked provisions and the ECL,
   * however they were counted (memory or database).
   */
  static ProvisionResult finish(Rates rates, SummaryAnalysis.Snapshot s, Held held, long eclCents) {
    double regulatory = rates.general() * s.outstandingCents();
    for (FiveCategory c : FiveCategory.values()) {
      regulatory += rates.specific(c) * s.categoryCents()[c.ordinal()];
    }
    return new ProvisionResult(
        rates,
        held.cents(),
        held.note(),
        Math.round(regulatory),
        eclCents,
        s.nplCents(),
        s.outstandingCents());
  }

  /**
   * The booked provisions of the scope's ACTIVE loans at the as-of month, or why there are none.
   */
  record Held(OptionalLong cents, String note) {

    /**
     * The booked provisions of {@code loans} ACTIVE loans, {@code without} of them with none
     * booked, the others' summing to {@code cents}; not available when the book has no booked
     * provision.
     */
    static Held of(boolean bookHasProvisions, long loans, long without, long cents) {
      if (!bookHasProvisions) {
        return new Held(
            OptionalLong.empty(), "not available: the portfolio has no booked provisions");
      }
      if (without > 0) {
        return new Held(
            OptionalLong.empty(),
            "not available: "
                + without
                + " of "
                + loans
                + " loans at the as-of month have no booked provision");
      }
      return new Held(OptionalLong.of(cents), "the booked provisions of " + loans + " loans");
    }
  }

  private static Held held(AnalysisScope scope) {
    LoadedPortfolio p = scope.portfolio();
    if (!p.hasProvisions()) {
      return Held.of(false, 0, 0, 0);
    }
    boolean[] include = scope.include();
    long[] provision = p.rowProvision();
    byte[] status = p.rowStatus();
    long sum = 0;
    int loans = 0;
    int without = 0;
    for (int l = 0; l < include.length; l++) {
      int r = include[l] ? p.rowAt(l, scope.asOfMonth()) : -1;
      if (r < 0 || status[r] != LoadedPortfolio.ACTIVE) {
        continue;
      }
      loans++;
      if (provision[r] == LoadedPortfolio.NO_AMOUNT) {
        without++;
      } else {
        sum += provision[r];
      }
    }
    return Held.of(true, loans, without, sum);
  }

  /** {@code basis,provisions,npl_balance,outstanding,coverage,provision_to_loan} and the bands. */
  public record ProvisionResult(
      Rates rates,
      OptionalLong heldCents,
      String heldNote,
      long regulatoryCents,
      long eclCents,
      long nplCents,
      long outstandingCents)
      implements AnalysisResult {

    @Override
    public Table rows() {
      StringColumn basis = StringColumn.create("basis");
      DoubleColumn provisions = DoubleColumn.create("provisions");
      DoubleColumn npl = DoubleColumn.create("npl_balance");
      DoubleColumn outstanding = DoubleColumn.create("outstanding");
      DoubleColumn coverage = DoubleColumn.create("coverage");
      DoubleColumn toLoan = DoubleColumn.create("provision_to_loan");
      StringColumn coverageBand = StringColumn.create("coverage_band");
      StringColumn loanBand = StringColumn.create("provision_to_loan_band");
      String[] names = {"held", "ecl", "regulatory"};
      double held = heldCents.isPresent() ? heldCents.getAsLong() : Double.NaN;
      double[] cents = {held, eclCents, regulatoryCents};
      for (int i = 0; i < names.length; i++) {
        double cov = ratio(cents[i], nplCents);
        double ptl = ratio(cents[i], outstandingCents);
        basis.append(names[i]);
        provisions.append(cents[i] / 100.0);
        npl.append(nplCents / 100.0);
        outstanding.append(outstandingCents / 100.0);
        coverage.append(cov);
        toLoan.append(ptl);
        coverageBand.append(band(cov, rates.coverageFloor(), rates.coverageCeiling()));
        loanBand.append(band(ptl, rates.loanFloor(), rates.loanCeiling()));
      }
      return Table.create(
          "provisions",
          basis,
          provisions,
          npl,
          outstanding,
          coverage,
          toLoan,
          coverageBand,
          loanBand);
    }

    /** Red below the floor, amber within the band, green above; empty when not available. */
    static String band(double value, double floor, double ceiling) {
      if (Double.isNaN(value)) {
        return "";
      }
      return value < floor ? "red" : value <= ceiling ? "amber" : "green";
    }

    @Override
    public Map<String, Object> extras() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("held_note", heldNote);
      m.put("coverage_band", rates.coverageFloor() + "-" + rates.coverageCeiling());
      m.put("provision_to_loan_band", rates.loanFloor() + "-" + rates.loanCeiling());
      m.put("ecl_scenario", Scenario.BASE.name());
      return m;
    }
  }
}
