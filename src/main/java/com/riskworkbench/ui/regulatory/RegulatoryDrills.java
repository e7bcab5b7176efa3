package com.riskworkbench.ui.regulatory;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.DatabaseLoans.Behind;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.ui.common.LoanSelection;
import com.riskworkbench.ui.regulatory.RegulatoryFigures.Shown;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The loans behind a figure of the Regulatory screen: from the loaded book (a result's list, or a
 * scan of the book off the FX thread), or, for a book left in its database, the figure's query.
 */
final class RegulatoryDrills {
  private RegulatoryDrills() {}

  /**
   * Lists the loans a scan of the book finds ({@code inMemory}), or those of the query {@code
   * inDatabase} makes for the filter of a book left in its database; shown at {@code month}.
   */
  static void find(
      RegulatoryViewModel model,
      Shown s,
      String title,
      YearMonth month,
      Function<AnalysisScope, int[]> inMemory,
      Function<SegmentFilter, DatabaseLoans.Figure> inDatabase) {
    if (s.inDatabase().isPresent()) {
      model.select(LoanSelection.inDatabase(title, inDatabase.apply(s.inDatabase().get())));
      return;
    }
    AnalysisScope resolved = s.resolved().orElseThrow();
    model.find(title, () -> inMemory.apply(resolved), month);
  }

  /**
   * Lists the loans of a period's figure from {@code from} to the as-of month: the result's own
   * list ({@code loans}) for a loaded book, else {@code behind} by query; shown at {@code month}.
   */
  static void select(
      RegulatoryViewModel model,
      Shown s,
      String title,
      YearMonth month,
      Supplier<int[]> loans,
      YearMonth from,
      Behind behind) {
    if (s.inDatabase().isPresent()) {
      model.select(
          LoanSelection.inDatabase(
              title,
              new DatabaseLoans.Regulator(
                  s.asOf(), s.inDatabase().get(), s.rule(), from, behind, month)));
      return;
    }
    model.select(new LoanSelection(title, loans.get(), month));
  }
}
