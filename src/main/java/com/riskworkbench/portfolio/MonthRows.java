package com.riskworkbench.portfolio;

import java.time.YearMonth;

/** The loan rows and the ACTIVE loans of one month, as the import counted them. */
public record MonthRows(YearMonth month, int loanRows, int activeLoans) {}
