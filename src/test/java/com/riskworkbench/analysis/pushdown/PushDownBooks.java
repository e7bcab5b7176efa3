package com.riskworkbench.analysis.pushdown;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.TapeWriter;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * The books the push-down equality tests run on: the bundled sample-data tape (co-lending, groups,
 * birth dates, booked categories, seasoned loans) and a generated tape of 3,000 loans over 24
 * months.
 */
final class PushDownBooks {
  private PushDownBooks() {}

  static final Path SAMPLE = Path.of("sample-data");

  /** The generated tape's last month: every as-of month of the tests lies within its data. */
  static final YearMonth GENERATED_LAST = YearMonth.of(2026, 9);

  /** Writes the generated tape into {@code folder}. */
  static Path generated(Path folder) throws IOException, PortfolioException {
    try (TapeWriter tape = new TapeWriter(folder)) {
      new SampleGenerator(new SampleSpec(3_000, 24, 11, GENERATED_LAST))
          .generate(tape, Progress.NONE);
      tape.finish();
    }
    return folder;
  }
}
