package com.riskworkbench.portfolio.store.pushdown;

import java.util.Optional;

/**
 * The ACTIVE loans of one related-party group at a month (empty id: the borrowers in no group):
 * distinct borrowers, loans and their balance in cents.
 */
public record GroupExposure(
    Optional<String> groupId, long borrowers, long loans, long exposureCents) {}
