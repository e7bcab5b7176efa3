package com.riskworkbench.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** String converters for choice boxes whose items are shown, never typed. */
public final class Converters {
  private Converters() {}

  /** Shows each item as {@code text} says; a choice list never reads text back. */
  public static <T> StringConverter<T> showing(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T item) {
        return text.apply(item);
      }

      @Override
      public T fromString(String typed) {
        return null;
      }
    };
  }
}
