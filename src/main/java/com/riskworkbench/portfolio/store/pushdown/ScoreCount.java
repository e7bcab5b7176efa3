package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/**
 * The scored loans of one origination-month cohort with one credit score that went bad (or not)
 * within the performance window: how many.
 */
public record ScoreCount(YearMonth cohort, int score, boolean bad, long loans) {}
