package com.riskworkbench.ui.common;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The loans behind a number the analyst clicked: indexes into the loaded book, the month whose
 * figures the number describes, and a title saying which number it was.
 */
public record LoanSelection(String title, int[] loans, YearMonth month) {

  public LoanSelection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(loans, "loans");
    Objects.requireNonNull(month, "month");
  }

  public int size() {
    return loans.length;
  }
}
