package com.riskworkbench.portfolio.store;

import java.time.YearMonth;

/** The outstanding book at one month end: ACTIVE loans and their balance in cents. */
public record BookSnapshot(YearMonth asOf, long activeLoans, long outstandingCents) {}
