package com.riskworkbench.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates formatted for people: thousands separators, sensible decimals. */
public final class Formats {
  private final Locale locale;
  private final DateTimeFormatter monthFormat;

  public Formats(Locale locale) {
    this.locale = locale;
    this.monthFormat = DateTimeFormatter.ofPattern("yyyy-MM", locale);
  }

  public String count(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** An amount in cents with its currency code: {@code CNY 1,234,567.89}. */
  public String money(long cents, String currency) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return currency + " " + f.format(BigDecimal.valueOf(cents, 2));
  }

  public String month(YearMonth m) {
    return monthFormat.format(m);
  }
}
