package com.riskworkbench.portfolio;

import java.io.IOException;

/**
 * Where the rows of a portfolio go: a new portfolio file, or a loan tape folder. Callers give every
 * borrower before the loans that name it and every loan before its months, actions and cases, then
 * call {@link #finish()}; {@link #close()} without {@code finish()} abandons the output and leaves
 * nothing behind.
 */
public interface PortfolioSink extends AutoCloseable {

  void meta(String key, String value) throws IOException;

  void borrower(Borrower borrower) throws IOException;

  void loan(Loan loan) throws IOException;

  void loanMonth(LoanMonth month) throws IOException;

  void collectionAction(CollectionAction action) throws IOException;

  void fraudCase(FraudCase fraudCase) throws IOException;

  /** A data-quality finding of an import; sinks that do not keep findings ignore it. */
  default void finding(DataQualityFinding finding) throws IOException {}

  /** Makes the output complete and visible. */
  void finish() throws IOException;

  @Override
  void close() throws IOException;
}
