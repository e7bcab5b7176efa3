package com.riskworkbench.portfolio.tape;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a loan tape: the file, the line (0 for the file as a whole), the column when
 * one is to blame, and what was expected.
 */
public record TapeError(String file, long line, Optional<String> column, String message) {
  public TapeError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(", line ").append(line);
    }
    column.ifPresent(c -> sb.append(", column ").append(c));
    return sb.append(": ").append(message).toString();
  }
}
