package com.riskworkbench.ui.common;

import com.riskworkbench.analysis.DatabaseLoans;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The loans behind a number the analyst clicked: indexes into the loaded book, the month whose
 * figures the number describes, and a title saying which number it was. For a book left in its
 * database, {@code query} says which loans instead, fetched a page at a time, and {@code loans} is
 * empty.
 */
public record LoanSelection(
    String title, int[] loans, YearMonth month, Optional<DatabaseLoans.Figure> query) {

  public LoanSelection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(loans, "loans");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(query, "query");
  }

  /** The loans of a loaded book. */
  public LoanSelection(String title, int[] loans, YearMonth month) {
    this(title, loans, month, Optional.empty());
  }

  /** The loans of {@code query}, in a book left in its database. */
  public static LoanSelection inDatabase(String title, DatabaseLoans.Figure query) {
    return new LoanSelection(title, new int[0], query.month(), Optional.of(query));
  }

  public int size() {
    return loans.length;
  }

  /** True when there is no loan to list: none in the book, and no query of the database. */
  public boolean isEmpty() {
    return loans.length == 0 && query.isEmpty();
  }
}
