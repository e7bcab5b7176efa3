package com.riskworkbench.portfolio.store.pushdown;

/**
 * The ACTIVE loans of one segment at a month: how many, their balance, the balance 30+ days past
 * due and non-performing, in cents, and Σ balance × annual interest rate (in cents, for the
 * exposure-weighted average rate).
 */
public record SegmentSum(
    String key,
    long loans,
    long exposureCents,
    long par30Cents,
    long nplCents,
    double rateTimesExposureCents) {}
