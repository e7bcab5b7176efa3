package com.riskworkbench.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates formatted for people: thousands separators, sensible decimals, a dash for a
 * value that is undefined (NaN), never "NaN".
 */
public final class Formats {
  /** What an undefined value (a ratio over zero, an immature cell) shows. */
  public static final String NONE = "—";

  private final Locale locale;
  private final DateTimeFormatter monthFormat;
  private final DateTimeFormatter dateFormat;
  private final boolean chinese;

  public Formats(Locale locale) {
    this.locale = locale;
    this.monthFormat = DateTimeFormatter.ofPattern("yyyy-MM", locale);
    this.dateFormat = DateTimeFormatter.ISO_LOCAL_DATE;
    this.chinese = locale.getLanguage().equals("zh");
  }

  public Locale locale() {
    return locale;
  }

  public String count(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** An amount in cents with its currency code: {@code CNY 1,234,567.89}. */
  public String money(long cents, String currency) {
    return currency + " " + amount(BigDecimal.valueOf(cents, 2));
  }

  /** An amount in currency units, two decimals, no currency code: {@code 1,234,567.89}. */
  public String amount(double units) {
    if (Double.isNaN(units)) {
      return NONE;
    }
    return amount(BigDecimal.valueOf(units));
  }

  private String amount(BigDecimal units) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(unsignedZero(units.doubleValue(), 2) == 0 ? BigDecimal.ZERO : units);
  }

  /**
   * {@code value}, or +0 when it rounds to zero at {@code decimals} decimals: a tiny negative
   * number must read "0.00", never "−0.00".
   */
  static double unsignedZero(double value, int decimals) {
    return Math.abs(value) * Math.pow(10, decimals) < 0.5 ? 0.0 : value;
  }

  /**
   * A large amount in cents, short for a key-figure tile: {@code CNY 1.23 bn}, {@code CNY 45.6 m}
   * in English; {@code 12.35亿}, {@code 4,560.00万} in Chinese.
   */
  public String moneyShort(long cents, String currency) {
    double units = cents / 100.0;
    double abs = Math.abs(units);
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    if (chinese) {
      if (abs >= 1e8) {
        return currency + " " + f.format(units / 1e8) + "亿";
      }
      if (abs >= 1e4) {
        return currency + " " + f.format(units / 1e4) + "万";
      }
      return currency + " " + f.format(units);
    }
    if (abs >= 1e9) {
      return currency + " " + f.format(units / 1e9) + " bn";
    }
    if (abs >= 1e6) {
      return currency + " " + f.format(units / 1e6) + " m";
    }
    return currency + " " + f.format(units);
  }

  /**
   * A ratio 0–1 as a percentage with {@code decimals} decimals: {@code 12.35%}; NaN shows a dash.
   */
  public String percent(double ratio, int decimals) {
    if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
      return NONE;
    }
    NumberFormat f = NumberFormat.getPercentInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(unsignedZero(ratio, decimals + 2));
  }

  /** A ratio 0–1 as a percentage with two decimals. */
  public String percent(double ratio) {
    return percent(ratio, 2);
  }

  /** A change of a ratio in percentage points, signed: {@code +0.42 pp}; NaN shows a dash. */
  public String points(double change) {
    if (Double.isNaN(change)) {
      return NONE;
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    double points = unsignedZero(change * 100, 2);
    String s = f.format(Math.abs(points));
    return (points > 0 ? "+" : points < 0 ? "−" : "±") + s + (chinese ? " 个百分点" : " pp");
  }

  /** A plain decimal number: {@code 1,234.5} with {@code decimals} decimals; NaN shows a dash. */
  public String decimal(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return NONE;
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(unsignedZero(value, decimals));
  }

  /** A signed relative change, e.g. {@code +3.2%}; NaN shows a dash. */
  public String change(double relative) {
    if (Double.isNaN(relative) || Double.isInfinite(relative)) {
      return NONE;
    }
    double shown = unsignedZero(relative, 3);
    String s = percent(Math.abs(shown), 1);
    return (shown > 0 ? "+" : shown < 0 ? "−" : "±") + s;
  }

  public String month(YearMonth m) {
    return monthFormat.format(m);
  }

  public String date(LocalDate d) {
    return dateFormat.format(d);
  }
}
