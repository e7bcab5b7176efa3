package com.riskworkbench.sample;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.PortfolioSink;
import java.io.IOException;

/**
 * A timing check to run by hand, not a unit test: generates into a sink that only counts.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -Xmx512m -cp target/classes:target/test-classes \
 *     com.riskworkbench.sample.SampleGeneratorTiming 1000000 36 42
 * </pre>
 */
public final class SampleGeneratorTiming {

  private SampleGeneratorTiming() {}

  public static void main(String[] args) throws IOException {
    int loans = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int months = args.length > 1 ? Integer.parseInt(args[1]) : 36;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    SampleSpec spec = new SampleSpec(loans, months, seed);
    for (int run = 1; run <= 2; run++) { // the first run includes JIT warm-up
      CountingSink sink = new CountingSink();
      long start = System.nanoTime();
      new SampleGenerator(spec).generate(sink, Progress.NONE);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "run %d: %d ms; borrowers %d, loans %d, loan months %d, actions %d, fraud cases %d,"
              + " balance checksum %d%n",
          run,
          millis,
          sink.borrowers,
          sink.loans,
          sink.months,
          sink.actions,
          sink.fraudCases,
          sink.balanceSum);
    }
  }

  private static final class CountingSink implements PortfolioSink {
    long borrowers;
    long loans;
    long months;
    long actions;
    long fraudCases;
    long balanceSum;

    @Override
    public void meta(String key, String value) {}

    @Override
    public void borrower(Borrower borrower) {
      borrowers++;
    }

    @Override
    public void loan(Loan loan) {
      loans++;
    }

    @Override
    public void loanMonth(LoanMonth month) {
      months++;
      balanceSum += month.balanceCents();
    }

    @Override
    public void collectionAction(CollectionAction action) {
      actions++;
    }

    @Override
    public void fraudCase(FraudCase fraudCase) {
      fraudCases++;
    }

    @Override
    public void finish() {}

    @Override
    public void close() {}
  }
}
