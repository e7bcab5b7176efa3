package com.riskworkbench.portfolio;

/**
 * A portfolio or a tape cannot be used. The message is one sentence for a person: it names the file
 * and says what is wrong; it never carries a stack trace.
 */
public class PortfolioException extends Exception {
  private static final long serialVersionUID = 1L;

  public PortfolioException(String message) {
    super(message);
  }

  public PortfolioException(String message, Throwable cause) {
    super(message, cause);
  }
}
