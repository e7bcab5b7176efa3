package com.riskworkbench.ui.shell;

import com.riskworkbench.portfolio.tape.ImportSummary;
import com.riskworkbench.portfolio.tape.TapeError;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How an import of a loan tape ended, for the validation dialog: what was written, or the tape's
 * errors by file, line and column.
 */
public record ImportReport(
    Path tape,
    Path out,
    Optional<ImportSummary> summary,
    List<TapeError> errors,
    boolean truncated) {

  public boolean succeeded() {
    return summary.isPresent();
  }
}
