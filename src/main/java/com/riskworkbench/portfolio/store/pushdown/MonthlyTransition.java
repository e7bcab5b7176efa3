package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/**
 * The transitions into month {@code next} (from month {@code next} − 1) from bucket {@code from} to
 * state {@code to}, numbered as {@link Aggregates#transitions} says: how many, and their balance at
 * the month moved from, in cents.
 */
public record MonthlyTransition(
    YearMonth next, int from, int to, long transitions, long balanceCents) {}
