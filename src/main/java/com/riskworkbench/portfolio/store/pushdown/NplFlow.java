package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/**
 * The NPL walk's components over one month t → t+1 ({@code next} = t+1), in cents, each as {@link
 * Aggregates#nplFlows} defines it.
 */
public record NplFlow(
    YearMonth next,
    long newCents,
    long upgradedCents,
    long collectedCents,
    long writtenOffCents,
    long leftDataCents,
    long otherCents) {}
