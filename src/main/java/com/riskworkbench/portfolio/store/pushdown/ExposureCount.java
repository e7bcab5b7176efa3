package com.riskworkbench.portfolio.store.pushdown;

/** How many units (borrowers, segments) have exactly this exposure in cents. */
public record ExposureCount(long exposureCents, long units) {}
