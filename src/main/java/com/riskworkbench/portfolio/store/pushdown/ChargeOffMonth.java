package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/**
 * The CHARGED_OFF rows of one month after a forecast's origin, each counted with the balance it had
 * the month before (its charge-off amount where that month has no row), in cents: those of loans
 * ACTIVE in the origin's scope at the origin, and those of the other loans of the as-of scope.
 */
public record ChargeOffMonth(
    YearMonth month, long originRows, long originCents, long laterRows, long laterCents) {}
