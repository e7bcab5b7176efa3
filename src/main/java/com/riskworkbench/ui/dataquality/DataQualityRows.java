package com.riskworkbench.ui.dataquality;

import com.riskworkbench.analysis.DataQualityChecks.Finding;
import com.riskworkbench.analysis.DataQualityChecks.MonthRows;
import com.riskworkbench.portfolio.FindingKind;

/** The rows of the Data quality screen's tables, as texts made by {@link DataQualityViewModel}. */
public final class DataQualityRows {
  private DataQualityRows() {}

  /** A check: its label and description, its counts; it drills down when it found loans. */
  public record CheckRow(
      String label,
      String occurrences,
      String loans,
      String meaning,
      boolean drillable,
      Finding finding) {}

  /** Loan rows of a month against the months around it; unusual months are flagged. */
  public record MonthRow(
      String month,
      String loanRows,
      String activeLoans,
      String median,
      String deviation,
      String flag,
      boolean drillable,
      boolean unusual,
      MonthRows rows) {}

  /** A kind of import finding and how many the import recorded. */
  public record KindRow(FindingKind kind, String label, String count) {}

  /** One finding the import recorded. */
  public record FindingRow(String kind, String loan, String detail) {}
}
