package com.riskworkbench.portfolio.store.pushdown;

/**
 * The distinct loans behind each NPL-walk component over a whole period: a loan that takes part in
 * a component in several months counts once.
 */
public record NplFlowLoans(
    long newLoans,
    long upgradedLoans,
    long collectedLoans,
    long writtenOffLoans,
    long leftDataLoans,
    long otherLoans) {}
