package com.riskworkbench.ui.common;

import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Editable number spinners that never take an empty, unreadable or out-of-range value. */
public final class Spinners {
  private Spinners() {}

  /**
   * A factory for whole numbers from {@code min} to {@code max} whose typed text is read leniently:
   * the digits it holds, kept within the bounds; text without digits (or too long to be a number in
   * range) leaves the value as it was, never null.
   */
  public static SpinnerValueFactory.IntegerSpinnerValueFactory integers(
      int min, int max, int initial) {
    SpinnerValueFactory.IntegerSpinnerValueFactory f =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
    f.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Integer value) {
            return value == null ? "" : value.toString();
          }

          @Override
          public Integer fromString(String text) {
            return read(text, f.getValue(), min, max);
          }
        });
    return f;
  }

  /** The typed {@code text} as a value within the bounds, or {@code current} when unreadable. */
  static Integer read(String text, Integer current, int min, int max) {
    String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return current;
    }
    if (digits.length() > 9) {
      return max;
    }
    return Math.max(min, Math.min(max, Integer.parseInt(digits)));
  }
}
