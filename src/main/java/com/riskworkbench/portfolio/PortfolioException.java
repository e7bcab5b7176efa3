package com.riskworkbench.portfolio;

/**
 * A portfolio or a tape cannot be used. The message is one sentence for a person: it names the file
 * or database and says what is wrong; it never carries a stack trace nor a password.
 */
public class PortfolioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean needsPassword;

  public PortfolioException(String message) {
    this(message, null, false);
  }

  public PortfolioException(String message, Throwable cause) {
    this(message, cause, false);
  }

  public PortfolioException(String message, Throwable cause, boolean needsPassword) {
    super(message, cause);
    this.needsPassword = needsPassword;
  }

  /**
   * True when a database server asked for a password and none was given, or refused the one given:
   * the window should ask for it (again) and retry.
   */
  public boolean needsPassword() {
    return needsPassword;
  }
}
