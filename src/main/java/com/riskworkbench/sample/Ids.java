package com.riskworkbench.sample;

/** Fixed-width identifiers such as {@code L00000042}: they sort as they were issued. */
final class Ids {

  private Ids() {}

  static String of(String prefix, long number, int width) {
    String digits = Long.toString(number);
    StringBuilder sb = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
    sb.append(prefix);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  /** Digits needed for {@code count} ids, at least {@code minimum}. */
  static int width(long count, int minimum) {
    return Math.max(minimum, Long.toString(count).length());
  }
}
