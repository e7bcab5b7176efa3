package com.riskworkbench.common;

/**
 * Masks personal data for exports (docs/methodology.md §13): a name keeps its first character
 * ({@code 张伟} → {@code 张*}, {@code John} → {@code J***}); an ID number keeps its first 3 and last 4
 * characters.
 */
public final class Masking {
  private Masking() {}

  public static String name(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    int first = name.offsetByCodePoints(0, 1);
    int rest = name.codePointCount(first, name.length());
    return name.substring(0, first) + "*".repeat(rest);
  }

  public static String idNumber(String id) {
    if (id == null || id.isEmpty()) {
      return "";
    }
    int n = id.length();
    if (n <= 7) {
      return "*".repeat(n);
    }
    return id.substring(0, 3) + "*".repeat(n - 7) + id.substring(n - 4);
  }
}
