package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the errors of one import up to a cap. */
final class TapeErrors {
  private final int cap;
  private final List<TapeError> errors = new ArrayList<>();

  TapeErrors(int cap) {
    this.cap = cap;
  }

  void add(TapeFile file, long line, String column, Message message) {
    if (errors.size() < cap) {
      errors.add(new TapeError(file.fileName(), line, Optional.ofNullable(column), message));
    }
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  boolean full() {
    return errors.size() >= cap;
  }

  List<TapeError> list() {
    return errors;
  }
}
