package com.riskworkbench.portfolio.store.pushdown;

import com.riskworkbench.portfolio.BookedCategory;
import java.util.Optional;

/**
 * The ACTIVE rows of one month with the same days past due and the same booked category (empty
 * where the lender booked none): how many, and their balance in cents.
 */
public record ActiveGroup(
    int daysPastDue, Optional<BookedCategory> booked, long loans, long balanceCents) {}
