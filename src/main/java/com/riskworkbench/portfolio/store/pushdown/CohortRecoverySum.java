package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/**
 * The scope's loans originated in one month, those of them with a CHARGED_OFF row up to the as-of
 * month, and the charge-off and recovery amounts of those rows, in cents.
 */
public record CohortRecoverySum(
    YearMonth origination,
    long loans,
    long chargedOffLoans,
    long chargeOffCents,
    long recoveryCents) {}
