package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/** The non-performing ACTIVE rows of one month: how many loans, and their balance in cents. */
public record NplBalance(YearMonth month, long loans, long cents) {}
