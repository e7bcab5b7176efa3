package com.riskworkbench.portfolio.store.pushdown;

/**
 * The charged-off loans of a scope up to an as-of month, seasoned (charged off at least the
 * seasoning's months before) or not: how many, and the sums of their charge-off and recovery
 * amounts up to the as-of month, in cents.
 */
public record ChargeOffTally(
    boolean seasoned, long loans, long chargeOffCents, long recoveryCents) {}
