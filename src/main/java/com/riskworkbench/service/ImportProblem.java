package com.riskworkbench.service;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.tape.TapeError;
import com.riskworkbench.portfolio.tape.TapeImportException;
import java.util.List;
import java.util.Optional;

/**
 * One thing wrong with a loan tape, for the screens: the file, the line (0 for the file as a
 * whole), the column ("" when none) and what is wrong, in words of the window's bundle.
 */
public record ImportProblem(String file, long line, String column, Message message) {

  /** The problems of a failed import and whether the list was cut short. */
  public record Failure(List<ImportProblem> problems, boolean truncated) {}

  static ImportProblem of(TapeError e) {
    return new ImportProblem(e.file(), e.line(), e.column().orElse(""), e.text());
  }

  /** The tape's problems when {@code error} is an import refusing the tape; empty otherwise. */
  public static Optional<Failure> failure(Throwable error) {
    if (error instanceof TapeImportException t) {
      return Optional.of(
          new Failure(t.errors().stream().map(ImportProblem::of).toList(), t.truncated()));
    }
    return Optional.empty();
  }
}
