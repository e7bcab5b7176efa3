package com.riskworkbench.portfolio.book;

import java.time.LocalDate;
import java.time.YearMonth;

/** Months as ordinals (year × 12 + month − 1), so that month arithmetic is integer arithmetic. */
public final class Months {
  private Months() {}

  public static int ordinal(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  public static int ordinal(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  public static YearMonth of(int ordinal) {
    return YearMonth.of(Math.floorDiv(ordinal, 12), Math.floorMod(ordinal, 12) + 1);
  }
}
