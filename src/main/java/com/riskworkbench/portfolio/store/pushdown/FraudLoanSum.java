package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/**
 * The scope's loans of one channel originated in one month, and those of them named by a counted
 * confirmed-fraud case.
 */
public record FraudLoanSum(String channel, YearMonth origination, long loans, long fraudLoans) {}
