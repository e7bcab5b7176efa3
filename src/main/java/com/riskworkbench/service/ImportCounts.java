package com.riskworkbench.service;

import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.portfolio.tape.ImportSummary;
import java.util.Map;

/** What an import wrote, for the screens: rows per table and data-quality findings per kind. */
public record ImportCounts(
    long borrowers,
    long loans,
    long loanMonths,
    long collectionActions,
    long fraudCases,
    Map<FindingKind, Integer> findings) {

  public static ImportCounts of(ImportSummary s) {
    return new ImportCounts(
        s.borrowers(),
        s.loans(),
        s.loanMonths(),
        s.collectionActions(),
        s.fraudCases(),
        s.findings());
  }
}
