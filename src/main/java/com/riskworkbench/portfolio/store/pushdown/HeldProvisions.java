package com.riskworkbench.portfolio.store.pushdown;

/**
 * The provisions booked for the scope's ACTIVE loans at a month: whether the book has any booked
 * provision at all, the loans, those with none booked, and the sum of the booked ones in cents.
 */
public record HeldProvisions(
    boolean bookHasProvisions, long loans, long withoutProvision, long provisionCents) {}
