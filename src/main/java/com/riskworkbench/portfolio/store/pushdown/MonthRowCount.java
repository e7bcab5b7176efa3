package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/** The scope's loans with a row at a month, and those of them ACTIVE. */
public record MonthRowCount(YearMonth month, long loanRows, long activeLoans) {}
