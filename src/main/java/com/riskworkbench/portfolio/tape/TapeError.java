package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a loan tape: the file, the line (0 for the file as a whole), the column when
 * one is to blame, and what was expected, as a message of the window's bundle ({@code tape.*}), so
 * that the window shows it in its language and the command line in English.
 */
public record TapeError(String file, long line, Optional<String> column, Message text) {
  public TapeError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(text, "text");
  }

  /** What is wrong, in English. */
  public String message() {
    return text.english();
  }

  /** The whole error in one sentence: "loans.csv, line 3, column principal: expected …". */
  public Message describe() {
    if (line > 0 && column.isPresent()) {
      return Message.of("tape.at.lineColumn", file, line, column.get(), text);
    }
    if (line > 0) {
      return Message.of("tape.at.line", file, line, text);
    }
    return column
        .map(c -> Message.of("tape.at.column", file, c, text))
        .orElseGet(() -> Message.of("tape.at.file", file, text));
  }

  @Override
  public String toString() {
    return describe().english();
  }
}
