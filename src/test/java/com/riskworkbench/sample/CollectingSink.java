package com.riskworkbench.sample;

import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.PortfolioSink;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Keeps every call in order; records compare by value, so two runs compare with equals. */
final class CollectingSink implements PortfolioSink {

  record Meta(String key, String value) {}

  final List<Object> calls = new ArrayList<>();
  boolean finished;
  boolean closed;

  @Override
  public void meta(String key, String value) {
    calls.add(new Meta(key, value));
  }

  @Override
  public void borrower(Borrower borrower) {
    calls.add(borrower);
  }

  @Override
  public void loan(Loan loan) {
    calls.add(loan);
  }

  @Override
  public void loanMonth(LoanMonth month) {
    calls.add(month);
  }

  @Override
  public void collectionAction(CollectionAction action) {
    calls.add(action);
  }

  @Override
  public void fraudCase(FraudCase fraudCase) {
    calls.add(fraudCase);
  }

  @Override
  public void finish() {
    finished = true;
  }

  @Override
  public void close() {
    closed = true;
  }

  <T> Stream<T> all(Class<T> type) {
    return calls.stream().filter(type::isInstance).map(type::cast);
  }
}
