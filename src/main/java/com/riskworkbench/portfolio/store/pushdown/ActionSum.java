package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/**
 * The collection actions of one month with the same action type and outcome: how many, and the
 * amount they recovered in cents.
 */
public record ActionSum(
    YearMonth month, String actionType, String outcome, long actions, long recoveredCents) {}
