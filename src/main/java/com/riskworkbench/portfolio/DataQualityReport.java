package com.riskworkbench.portfolio;

import java.util.List;
import java.util.Map;

/** What the import found, by kind, its first findings, and the rows of every month. */
public record DataQualityReport(
    Map<FindingKind, Integer> counts, List<DataQualityFinding> first, List<MonthRows> months) {}
