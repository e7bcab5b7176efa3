package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/** The scope's loans originated in one month: how many, and their principal in cents. */
public record CohortSum(YearMonth origination, long loans, long principalCents) {}
