package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/**
 * One transition behind a roll-rate cell: the loan and the month t it moved from; also the key
 * after which the next page of a drill-down starts.
 */
public record TransitionRef(String loanId, YearMonth month) {}
