package com.riskworkbench.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * What a vintage analysis measures (docs/methodology.md §7): a loan is bad once it is ACTIVE with
 * {@code threshold} or more days past due, or CHARGED_OFF; cells are weighted by principal or by
 * count; cohorts are calendar months or calendar quarters of origination.
 */
public record VintageParams(int threshold, Weight weight, CohortPeriod cohortPeriod) {

  /** 30+ days past due, weighted by principal, monthly cohorts. */
  public static final VintageParams DEFAULT =
      new VintageParams(30, Weight.AMOUNT, CohortPeriod.MONTH);

  /** What a cell's rate divides: principal (AMOUNT) or number of loans (COUNT). */
  public enum Weight {
    AMOUNT,
    COUNT;

    /** The command-line and JSON name: {@code amount} or {@code count}. */
    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Weight parse(String text) {
      return switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "amount" -> AMOUNT;
        case "count" -> COUNT;
        default ->
            throw new IllegalArgumentException(
                "unknown weight '" + text + "'; expected amount or count");
      };
    }
  }

  /** The length of a cohort: the calendar month or the calendar quarter of origination. */
  public enum CohortPeriod {
    MONTH,
    QUARTER;

    /** The command-line and JSON name: {@code month} or {@code quarter}. */
    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static CohortPeriod parse(String text) {
      return switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "month" -> MONTH;
        case "quarter" -> QUARTER;
        default ->
            throw new IllegalArgumentException(
                "unknown cohort period '" + text + "'; expected month or quarter");
      };
    }
  }

  public VintageParams {
    if (threshold < 1) {
      throw new IllegalArgumentException(
          "threshold must be at least 1 day past due, got " + threshold);
    }
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(cohortPeriod, "cohortPeriod");
  }

  public VintageParams withThreshold(int days) {
    return new VintageParams(days, weight, cohortPeriod);
  }

  public VintageParams withWeight(Weight w) {
    return new VintageParams(threshold, w, cohortPeriod);
  }

  public VintageParams withCohortPeriod(CohortPeriod period) {
    return new VintageParams(threshold, weight, period);
  }
}
