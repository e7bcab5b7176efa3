package com.riskworkbench.portfolio.store.pushdown;

import java.util.Optional;

/**
 * The counted fraud cases with the same type, status, detection channel and root cause (as stored:
 * empty when none): how many, and their exposure, loss and recovered amounts in cents, whatever
 * their status.
 */
public record CaseSum(
    String fraudType,
    String status,
    String detectionChannel,
    Optional<String> rootCause,
    long cases,
    long exposureCents,
    long lossCents,
    long recoveredCents) {}
