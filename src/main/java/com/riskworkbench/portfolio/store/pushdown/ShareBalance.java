package com.riskworkbench.portfolio.store.pushdown;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The ACTIVE loans at a month with one funding partner (empty: not co-lent) and one own share
 * (empty where the tape gave none): how many, and their balance in cents.
 */
public record ShareBalance(
    Optional<String> partner, Optional<BigDecimal> ownShare, long loans, long balanceCents) {}
