package com.riskworkbench.portfolio.store.pushdown;

/**
 * What a segment filter can select loans by, in the database's terms: the analysis layer's
 * dimensions, one for one. The labels are those of the in-memory engine: a loan with no funding
 * partner is in {@link #OWN}, a borrower in no group in {@link #NO_GROUP}, and age bands are {@link
 * #AGE_BANDS}.
 */
public enum LoanAttribute {
  PRODUCT,
  CHANNEL,
  REGION,
  INDUSTRY,
  RISK_GRADE,
  BORROWER_TYPE,
  AGE_BAND,
  FUNDING_PARTNER,
  GROUP,
  BORROWER;

  /** The segment of loans that are not co-lent. */
  public static final String OWN = "(own)";

  /** The segment of borrowers in no related-party group. */
  public static final String NO_GROUP = "(none)";

  /** Age bands in completed years at the end of the as-of month, youngest first. */
  public static final java.util.List<String> AGE_BANDS =
      java.util.List.of("<25", "25-34", "35-44", "45-54", "55+", "unknown");

  /**
   * The latest birth date of someone at least {@code years} old (completed years, as {@link
   * java.time.Period#between} counts them, the in-memory engine's rule) on {@code end}: a person
   * born on or before it has that age. Every engine compares birth dates with these limits, so no
   * engine's date arithmetic is involved.
   */
  public static java.time.LocalDate latestBirthOfAge(int years, java.time.LocalDate end) {
    java.time.LocalDate d = end.minusYears(years);
    while (java.time.Period.between(d, end).getYears() < years) {
      d = d.minusDays(1);
    }
    while (java.time.Period.between(d.plusDays(1), end).getYears() >= years) {
      d = d.plusDays(1);
    }
    return d;
  }
}
