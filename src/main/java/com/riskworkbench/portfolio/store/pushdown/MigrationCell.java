package com.riskworkbench.portfolio.store.pushdown;

/**
 * One cell of the migration matrix as the database sums it: the loans of category {@code from} at
 * the start month (0 NORMAL … 4 LOSS) in state {@code to} at the end month (the categories, then 5
 * PAID_OFF, 6 CHARGED_OFF, 7 MISSING); their balance at the start, their balance at the end and Σ
 * min(balance at the start, balance at the end), both in cents and 0 unless ACTIVE at the end.
 */
public record MigrationCell(
    int from, int to, long loans, long startCents, long endCents, long keptCents) {}
