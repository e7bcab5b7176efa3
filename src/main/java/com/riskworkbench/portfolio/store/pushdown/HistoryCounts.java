package com.riskworkbench.portfolio.store.pushdown;

/**
 * The data-quality checks of the scope's loans up to an as-of month, counted: loans with a gap in
 * their months and the months missing, loans whose first row is after their origination month,
 * loans originated with no row at all, loans whose borrower lacks a segmenting attribute, and the
 * transitions from an ACTIVE row to no row the month after with their distinct loans.
 */
public record HistoryCounts(
    long gapLoans,
    long missingMonths,
    long lateFirstMonthLoans,
    long noHistoryLoans,
    long lackingAttributeLoans,
    long missingTransitions,
    long missingTransitionLoans) {}
