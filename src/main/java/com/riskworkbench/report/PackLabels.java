package com.riskworkbench.report;

import com.riskworkbench.common.Message;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Labels of the pack in its language (i18n/report*.properties), with a readable fallback. */
public final class PackLabels {
  private final ResourceBundle bundle;
  private final ResourceBundle messages;
  private final Locale locale;

  public PackLabels(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("i18n.report", locale);
    this.messages = ResourceBundle.getBundle(Message.BUNDLE, locale);
  }

  /**
   * A sentence of the lower layers (a data-quality finding's detail) in the pack's language, from
   * the window's bundle where such sentences are kept once per language.
   */
  public String text(Message message) {
    return message.format(messages);
  }

  /**
   * The pattern of {@code key} with {@code args} shown as {@link String#valueOf} (numbers as the
   * caller formatted them).
   */
  public String format(String key, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = String.valueOf(args[i]);
    }
    return new java.text.MessageFormat(get(key), locale).format(shown);
  }

  public static PackLabels of(String lang) {
    return switch (lang) {
      case "en" -> new PackLabels(Locale.ROOT);
      case "zh" -> new PackLabels(Locale.SIMPLIFIED_CHINESE);
      default ->
          throw new IllegalArgumentException("unknown language '" + lang + "'; expected en or zh");
    };
  }

  public Locale locale() {
    return locale;
  }

  /** Whether the bundle has a label for {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The label of a key, or the key made readable ({@code par30_ratio} → {@code Par30 ratio}). */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      if (key.startsWith("value.")) {
        return key.substring("value.".length()).replace('_', ' ');
      }
      String s = key.replace('_', ' ');
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
