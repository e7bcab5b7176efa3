package com.riskworkbench.sample;

import java.time.YearMonth;

/**
 * The 18-character PRC resident identity number (GB 11643-1999): a 6-digit administrative region
 * code, the birth date as {@code yyyyMMdd}, a 3-digit sequence (odd for men, even for women) and a
 * check character computed with ISO 7064 MOD 11-2.
 */
public final class ResidentIdNumber {

  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";

  private ResidentIdNumber() {}

  /**
   * The check character for the first 17 digits: Σ digit_i × weight_i mod 11 indexes {@code
   * "10X98765432"}.
   *
   * @throws IllegalArgumentException when {@code first17} is not 17 ASCII digits
   */
  public static char checkDigit(CharSequence first17) {
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("expected 17 digits, got " + first17.length() + " chars");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a digit at position " + (i + 1) + ": " + c);
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  /**
   * Whether {@code id} is 17 digits and a correct check character ({@code X} upper case), with a
   * real calendar date in positions 7–14.
   */
  public static boolean isValid(CharSequence id) {
    if (id == null || id.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    if (!isCalendarDate(number(id, 6, 10), number(id, 10, 12), number(id, 12, 14))) {
      return false;
    }
    return checkDigit(id.subSequence(0, LENGTH - 1)) == id.charAt(LENGTH - 1);
  }

  /**
   * Builds a number from its parts.
   *
   * @param regionCode 6-digit administrative region code
   * @param sequence 0–999; odd for men, even for women
   */
  static String of(String regionCode, int year, int month, int day, int sequence) {
    StringBuilder sb = new StringBuilder(LENGTH);
    sb.append(regionCode);
    appendPadded(sb, year, 4);
    appendPadded(sb, month, 2);
    appendPadded(sb, day, 2);
    appendPadded(sb, sequence, 3);
    sb.append(checkDigit(sb));
    return sb.toString();
  }

  private static void appendPadded(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(digits);
  }

  private static int number(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private static boolean isCalendarDate(int year, int month, int day) {
    if (year < 1800 || month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= YearMonth.of(year, month).lengthOfMonth();
  }
}
