package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.GuaranteeType;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.PortfolioSink;
import com.riskworkbench.portfolio.tape.TapeRows.EnumParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a loan tape (docs/methodology.md §1), checks it and streams its rows into a {@link
 * PortfolioSink}. Rows go to the sink only while no error has been found; on any error the import
 * goes on checking (up to the error cap) and then throws {@link TapeImportException}, and the
 * caller abandons the sink, so that nothing is written.
 */
public final class TapeImporter {
  public static final int DEFAULT_ERROR_CAP = 50;
  static final int PROGRESS_EVERY = 1 << 16;

  static final EnumParser<BorrowerType> BORROWER_TYPES = new EnumParser<>(BorrowerType.class);
  static final EnumParser<GuaranteeType> GUARANTEES = new EnumParser<>(GuaranteeType.class);
  static final EnumParser<LoanStatus> STATUSES = new EnumParser<>(LoanStatus.class);
  static final EnumParser<ActionType> ACTION_TYPES = new EnumParser<>(ActionType.class);
  static final EnumParser<ActionOutcome> OUTCOMES = new EnumParser<>(ActionOutcome.class);
  static final EnumParser<FraudType> FRAUD_TYPES = new EnumParser<>(FraudType.class);
  static final EnumParser<DetectionChannel> DETECTION = new EnumParser<>(DetectionChannel.class);
  static final EnumParser<FraudStatus> FRAUD_STATUSES = new EnumParser<>(FraudStatus.class);

  private final int errorCap;

  public TapeImporter() {
    this(DEFAULT_ERROR_CAP);
  }

  public TapeImporter(int errorCap) {
    if (errorCap < 1) {
      throw new IllegalArgumentException("errorCap must be at least 1");
    }
    this.errorCap = errorCap;
  }

  public ImportSummary importTape(TapeSource source, PortfolioSink sink, Progress progress)
      throws TapeImportException, IOException {
    return new TapeRun(source, sink, progress, errorCap).execute();
  }

  /** Counts bytes read, for progress. */
  static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
