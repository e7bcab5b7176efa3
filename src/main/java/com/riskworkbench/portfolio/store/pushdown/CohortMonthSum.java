package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/**
 * A count and an amount in cents for the loans originated in month {@code origination}, at the
 * calendar month {@code month} of their life (what is counted depends on the query).
 */
public record CohortMonthSum(YearMonth origination, YearMonth month, long count, long cents) {}
