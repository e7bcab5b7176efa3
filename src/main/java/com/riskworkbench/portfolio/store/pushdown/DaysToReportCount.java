package com.riskworkbench.portfolio.store.pushdown;

/** How many counted fraud cases of a type, naming a loan, were reported {@code days} after it. */
public record DaysToReportCount(String fraudType, int days, long cases) {}
