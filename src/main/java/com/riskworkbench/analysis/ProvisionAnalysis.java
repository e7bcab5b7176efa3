package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.ratio;

import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Provisions at the as-of month (docs/methodology.md §14): held (the booked {@code provision}
 * column, not in the tape yet: not available), ECL-based (base scenario) and regulatory-rate
 * (general 1 % of the balance plus 2 / 25 / 50 / 100 % of special mention, substandard, doubtful
 * and loss by the rule category), each with coverage = provisions / NPL balance and
 * provision-to-loan = provisions / outstanding against the 2018 bands: below the floor red, within
 * amber, above green.
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

    double specific(FiveCategory c) {
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
        EclAnalysis.run(scope, buckets, rule, window, Scenario.BASE, Dimension.PRODUCT);
    return compute(scope, rule, Rates.DEFAULT, ecl.eclCents(0));
  }

  static ProvisionResult compute(
      AnalysisScope scope, FiveCategoryRule rule, Rates rates, long eclCents) {
    SummaryAnalysis.Snapshot s =
        SummaryAnalysis.snapshot(scope, scope.asOfMonth(), DelinquencyBuckets.DEFAULT, rule);
    double regulatory = rates.general() * s.outstandingCents();
    for (FiveCategory c : FiveCategory.values()) {
      regulatory += rates.specific(c) * s.categoryCents()[c.ordinal()];
    }
    return new ProvisionResult(
        rates, Math.round(regulatory), eclCents, s.nplCents(), s.outstandingCents());
  }

  /** {@code basis,provisions,npl_balance,outstanding,coverage,provision_to_loan} and the bands. */
  public record ProvisionResult(
      Rates rates, long regulatoryCents, long eclCents, long nplCents, long outstandingCents)
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
      double[] cents = {Double.NaN, eclCents, regulatoryCents};
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
      m.put("held_note", "not available: the tape has no provision column");
      m.put("coverage_band", rates.coverageFloor() + "-" + rates.coverageCeiling());
      m.put("provision_to_loan_band", rates.loanFloor() + "-" + rates.loanCeiling());
      m.put("ecl_scenario", Scenario.BASE.name());
      return m;
    }
  }
}
