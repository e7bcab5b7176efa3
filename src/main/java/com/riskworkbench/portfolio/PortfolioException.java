package com.riskworkbench.portfolio;

import com.riskworkbench.common.Message;

/**
 * A portfolio or a tape cannot be used. The message is one sentence for a person: it names the file
 * or database and says what is wrong; it never carries a stack trace nor a password. Made from a
 * {@link Message}, the window shows it in its language ({@link #text()}); {@link #getMessage()} is
 * the English, for the command line and logs.
 */
public class PortfolioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean needsPassword;
  private final transient Message text;

  /** A sentence shown as it is in every language (a server's own words, a test's). */
  public PortfolioException(String message) {
    this(Message.plain(message), null, false);
  }

  public PortfolioException(String message, Throwable cause) {
    this(Message.plain(message), cause, false);
  }

  public PortfolioException(String message, Throwable cause, boolean needsPassword) {
    this(Message.plain(message), cause, needsPassword);
  }

  public PortfolioException(Message text) {
    this(text, null, false);
  }

  public PortfolioException(Message text, Throwable cause) {
    this(text, cause, false);
  }

  public PortfolioException(Message text, Throwable cause, boolean needsPassword) {
    super(text.english(), cause);
    this.text = text;
    this.needsPassword = needsPassword;
  }

  /** The sentence as a message of the window's bundle. */
  public Message text() {
    return text != null ? text : Message.plain(String.valueOf(getMessage()));
  }

  /**
   * True when a database server asked for a password and none was given, or refused the one given:
   * the window should ask for it (again) and retry.
   */
  public boolean needsPassword() {
    return needsPassword;
  }
}
