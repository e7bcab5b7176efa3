package com.riskworkbench.portfolio;

import java.math.BigDecimal;

/**
 * Amounts are exact integer cents ({@code long}) inside the program: DECIMAL(18,2) fits, nothing is
 * lost, and the hot paths over millions of rows stay free of allocation. {@link BigDecimal} is used
 * only where an amount crosses into the database or a report.
 */
public final class Money {
  private Money() {}

  /** Largest amount DECIMAL(18,2) holds, in cents. */
  public static final long MAX_CENTS = 999_999_999_999_999_99L;

  /**
   * The most all the amounts of one column of a portfolio may add up to: 10^15 yuan, far above any
   * book, and low enough that every sum an analysis makes of them (a subset of one column, or of
   * one column's months) is exact in a {@code long}. A tape or file above it is refused rather than
   * summed wrong.
   */
  public static final long MAX_TOTAL_CENTS = 100_000_000_000_000_000L;

  /**
   * {@code total + cents}, or -1 when either is negative or the sum passes {@link #MAX_TOTAL_CENTS}
   * (tested before adding, so it never overflows).
   */
  public static long addToTotal(long total, long cents) {
    if (total < 0 || cents < 0 || cents > MAX_TOTAL_CENTS - total) {
      return -1;
    }
    return total + cents;
  }

  public static BigDecimal toDecimal(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  public static long toCents(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }

  /**
   * Parses a plain decimal such as {@code 1234.5}, {@code -3} or {@code 0.07} to cents. Accepts at
   * most two decimals, {@code .} as separator, no thousands separators or exponent.
   *
   * @throws NumberFormatException when the text is not such a number
   */
  public static long parseCents(CharSequence text) {
    int n = text.length();
    if (n == 0) {
      throw new NumberFormatException("empty");
    }
    int i = 0;
    boolean negative = false;
    char first = text.charAt(0);
    if (first == '-' || first == '+') {
      negative = first == '-';
      i++;
    }
    long whole = 0;
    int digits = 0;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        break;
      }
      if (c < '0' || c > '9') {
        throw new NumberFormatException(text.toString());
      }
      whole = whole * 10 + (c - '0');
      if (++digits > 16) {
        throw new NumberFormatException("too large: " + text);
      }
    }
    long fraction = 0;
    int decimals = 0;
    if (i < n) {
      i++; // the '.'
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9' || ++decimals > 2) {
          throw new NumberFormatException(text.toString());
        }
        fraction = fraction * 10 + (c - '0');
      }
      if (decimals == 0 && digits == 0) {
        throw new NumberFormatException(text.toString());
      }
    }
    if (digits == 0 && decimals == 0) {
      throw new NumberFormatException(text.toString());
    }
    if (decimals == 1) {
      fraction *= 10;
    }
    long cents = whole * 100 + fraction;
    return negative ? -cents : cents;
  }

  /** Formats cents as a plain decimal with two places: {@code -1234.50}. */
  public static String format(long cents) {
    StringBuilder sb = new StringBuilder(16);
    appendTo(sb, cents);
    return sb.toString();
  }

  public static void appendTo(StringBuilder sb, long cents) {
    if (cents < 0) {
      sb.append('-');
      cents = -cents;
    }
    sb.append(cents / 100).append('.');
    long fraction = cents % 100;
    if (fraction < 10) {
      sb.append('0');
    }
    sb.append(fraction);
  }
}
