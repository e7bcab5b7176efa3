package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.PortfolioException;
import java.util.List;

/** The tape has errors; nothing was written. */
public final class TapeImportException extends PortfolioException {
  private static final long serialVersionUID = 1L;

  private final transient List<TapeError> errors;
  private final boolean truncated;

  TapeImportException(String source, List<TapeError> errors, boolean truncated) {
    super(headline(source, errors.size(), truncated));
    this.errors = List.copyOf(errors);
    this.truncated = truncated;
  }

  private static Message headline(String source, int count, boolean truncated) {
    String key =
        truncated
            ? "tape.refused.truncated"
            : count == 1 ? "tape.refused.one" : "tape.refused.many";
    return Message.of(key, source, count);
  }

  public List<TapeError> errors() {
    return errors;
  }

  /** True when more errors may exist than are listed: checking stopped at the cap. */
  public boolean truncated() {
    return truncated;
  }

  /** The full report, so that a log or a failed test shows every error, not only the headline. */
  @Override
  public String toString() {
    return getClass().getName() + ": " + report();
  }

  /** The headline followed by one line per error. */
  public String report() {
    StringBuilder sb = new StringBuilder(getMessage());
    for (TapeError e : errors) {
      sb.append(System.lineSeparator()).append("  ").append(e);
    }
    return sb.toString();
  }
}
