package com.riskworkbench.portfolio.tape;

import com.riskworkbench.portfolio.FindingKind;
import java.util.List;
import java.util.Map;

/** What an import read: rows per table and data-quality findings per kind. */
public record ImportSummary(
    long borrowers,
    long loans,
    long loanMonths,
    long collectionActions,
    long fraudCases,
    Map<FindingKind, Integer> findings,
    List<String> ignoredColumns) {

  public ImportSummary {
    findings = Map.copyOf(findings);
    ignoredColumns = List.copyOf(ignoredColumns);
  }
}
