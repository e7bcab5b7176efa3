package com.riskworkbench.portfolio.book;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Distinct text values of one segment column, each with a small integer code. */
public final class Dictionary {
  private final List<String> values = new ArrayList<>();
  private final Map<String, Integer> codes = new HashMap<>();

  /** The value's code, adding the value when new. */
  public int intern(String value) {
    Integer code = codes.get(value);
    if (code == null) {
      code = values.size();
      values.add(value);
      codes.put(value, code);
    }
    return code;
  }

  /** The value's code, or -1 when the value does not occur. */
  public int code(String value) {
    return codes.getOrDefault(value, -1);
  }

  public String value(int code) {
    return values.get(code);
  }

  public int size() {
    return values.size();
  }

  public List<String> values() {
    return List.copyOf(values);
  }
}
