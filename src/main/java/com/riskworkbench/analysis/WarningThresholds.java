package com.riskworkbench.analysis;

/**
 * Amber and red thresholds of the early-warning indicators (docs/methodology.md §12). A value at or
 * above the amber threshold is amber, at or above red is red. Defaults are a starting point for a
 * micro-lending book; every one is configurable.
 *
 * <p>The two provision ratios read the other way, as the supervisory bands do (§9.4 of the
 * contract, docs/methodology.md §14): below the red threshold (the band's floor) red, up to the
 * amber threshold (the band's ceiling) amber, above it green. Their defaults are the 2018 bands of
 * {@link ProvisionAnalysis.Rates#DEFAULT}.
 *
 * <p>The score PSI follows the stability bands (docs/methodology.md §16): amber from the amber
 * threshold, red only above the red threshold, so a PSI of exactly 0.25 is amber (watch).
 */
public record WarningThresholds(
    double par30Amber,
    double par30Red,
    double par30ChangeAmber,
    double par30ChangeRed,
    double nplAmber,
    double nplRed,
    double currentToDpd1Amber,
    double currentToDpd1Red,
    double largestShareAmber,
    double largestShareRed,
    double hhiAmber,
    double hhiRed,
    int breachesAmber,
    int breachesRed,
    double cohortFactorAmber,
    double cohortFactorRed,
    int cohortMinMob,
    int cohortMinLoans,
    double coverageAmber,
    double coverageRed,
    double provisionToLoanAmber,
    double provisionToLoanRed,
    double psiAmber,
    double psiRed) {

  public static final WarningThresholds DEFAULT =
      new WarningThresholds(
          0.03,
          0.05, // PAR30
          0.005,
          0.01, // PAR30 month-on-month change, in ratio points (0.005 = 0.5 pp)
          0.02,
          0.03, // NPL
          0.03,
          0.05, // CURRENT → 1-29 roll rate (balance)
          0.50,
          0.70, // largest segment share
          0.25,
          0.40, // HHI (0–1)
          1,
          1, // single-borrower breaches: any is red
          1.5,
          2.0, // cohort ever-30+ against the mean of the six cohorts before it
          3, // compare cohorts from this MOB on (earlier rates are too small to compare)
          30, // and only cohorts of at least 30 loans originated within the data
          ProvisionAnalysis.Rates.DEFAULT
              .coverageCeiling(), // provision coverage: amber up to 150 %
          ProvisionAnalysis.Rates.DEFAULT.coverageFloor(), // red below 120 %
          ProvisionAnalysis.Rates.DEFAULT.loanCeiling(), // provision-to-loan: amber up to 2.5 %
          ProvisionAnalysis.Rates.DEFAULT.loanFloor(), // red below 1.5 %
          PsiBand.WATCH_FROM, // score PSI of the latest cohort: amber from 0.10 (watch)
          PsiBand.SHIFTED_ABOVE); // red above 0.25 (shifted)
}
