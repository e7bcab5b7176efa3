package com.riskworkbench.common;

import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A sentence for a person that lower layers produce without choosing its language: a key of the
 * window's bundle ({@code i18n/messages*.properties}) and its arguments. The window renders it in
 * its language, the command line in English ({@link #english()}), both from the same bundle, so
 * that each text exists once per language. Arguments are data (file names, ids, numbers, months)
 * shown as {@link String#valueOf}, or messages themselves, rendered in the same language. Patterns
 * follow {@link MessageFormat}: an apostrophe is written {@code ''}.
 *
 * <p>A {@linkplain #plain plain} message carries a text that is shown as it is in every language:
 * data, or a sentence that comes from outside the program (a database server's refusal).
 */
public record Message(String key, List<Object> args) {
  /** The window's bundle, whose base file holds the English texts. */
  public static final String BUNDLE = "i18n.messages";

  private static final String PLAIN = "";

  public Message {
    Objects.requireNonNull(key, "key");
    // A missing argument (an exception without a message) reads "null", as it always did.
    args = args.stream().map(a -> a == null ? (Object) "null" : a).toList();
  }

  /** The message of {@code key} with {@code args}. */
  public static Message of(String key, Object... args) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a message needs a key");
    }
    return new Message(key, Arrays.asList(args));
  }

  /** A text shown as it is in every language. */
  public static Message plain(String text) {
    return new Message(PLAIN, List.of(text));
  }

  public boolean isPlain() {
    return key.isEmpty();
  }

  /** The text in the language of {@code bundle}. */
  public String format(ResourceBundle bundle) {
    if (isPlain()) {
      return String.valueOf(args.get(0));
    }
    List<Object> shown = new ArrayList<>(args.size());
    for (Object a : args) {
      shown.add(a instanceof Message m ? m.format(bundle) : String.valueOf(a));
    }
    Locale locale = bundle.getLocale() == null ? Locale.ROOT : bundle.getLocale();
    return new MessageFormat(bundle.getString(key), locale).format(shown.toArray());
  }

  /** The text in English: the command line, logs and exception messages. */
  public String english() {
    return format(English.BUNDLE);
  }

  /**
   * The message among {@code keys} whose English pattern {@code text} was written from, with its
   * arguments as texts: for sentences kept in English in a file, so that the window can show them
   * in its language. Empty when none of the patterns gives back exactly {@code text}.
   */
  public static Optional<Message> parseEnglish(String text, String... keys) {
    for (String key : keys) {
      MessageFormat pattern = new MessageFormat(English.BUNDLE.getString(key), Locale.ROOT);
      ParsePosition at = new ParsePosition(0);
      Object[] parsed = pattern.parse(text, at);
      if (parsed != null && at.getIndex() == text.length()) {
        Message m = new Message(key, Arrays.asList(parsed));
        if (m.english().equals(text)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /** The text in English, as {@link #english()}. */
  @Override
  public String toString() {
    return english();
  }

  /** The English bundle, loaded on first use. */
  private static final class English {
    // Locale.ROOT asks for the base file itself: no fallback to the machine's default language.
    static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Message.BUNDLE, Locale.ROOT);
  }
}
