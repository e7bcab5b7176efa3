package com.riskworkbench.analysis;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What the early warnings are read from: the other analyses' results over one scope, from either
 * engine. {@code concentrations} holds one result per dimension of {@code
 * EarlyWarnings.DIMENSIONS}, in that order; {@code rollRate} is the roll-rate matrix over the
 * latest month alone; {@code firstMonth} is the book's first month with data (cohorts before it
 * were never fully observed).
 */
record WarningInputs(
    YearMonth asOf,
    SummaryAnalysis.SummaryResult summary,
    RollRateResult rollRate,
    ProvisionAnalysis.ProvisionResult provisions,
    List<ConcentrationAnalysis.ConcentrationResult> concentrations,
    VintageResult vintage,
    ScorecardResult scorecard,
    Optional<YearMonth> firstMonth) {}
