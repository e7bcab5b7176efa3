package com.riskworkbench.portfolio.store.pushdown;

import com.riskworkbench.portfolio.BookedCategory;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The ACTIVE rows of one month that share everything an expected credit loss depends on: the class
 * of their days past due ({@code dpdClass}: 0 below the first class edge, then one per edge
 * passed), the booked category (empty where none is booked), the segment, the loan's annual
 * interest rate and its maturity month (empty where the horizon cannot depend on it: stage 1).
 */
public record StageGroup(
    int dpdClass,
    Optional<BookedCategory> booked,
    String segment,
    double rate,
    Optional<YearMonth> maturity,
    long loans,
    long balanceCents) {}
