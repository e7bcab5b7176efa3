package com.riskworkbench.ui.shell;

import com.riskworkbench.service.ImportCounts;
import com.riskworkbench.service.ImportProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How an import of a loan tape ended, for the validation dialog: what was written, or the tape's
 * problems by file, line and column.
 */
public record ImportReport(
    Path tape,
    Path out,
    Optional<ImportCounts> summary,
    List<ImportProblem> errors,
    boolean truncated) {

  public boolean succeeded() {
    return summary.isPresent();
  }
}
