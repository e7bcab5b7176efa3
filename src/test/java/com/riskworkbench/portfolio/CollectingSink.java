package com.riskworkbench.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A sink for tests: keeps every call in order; records compare by value, so two runs compare with
 * equals.
 */
public final class CollectingSink implements PortfolioSink {

  public record Meta(String key, String value) {}

  public final List<Object> calls = new ArrayList<>();
  public boolean finished;
  public boolean closed;

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
  public void finding(DataQualityFinding finding) {
    calls.add(finding);
  }

  @Override
  public void finish() {
    finished = true;
  }

  @Override
  public void close() {
    closed = true;
  }

  public <T> Stream<T> all(Class<T> type) {
    return calls.stream().filter(type::isInstance).map(type::cast);
  }

  public <T> List<T> list(Class<T> type) {
    return all(type).toList();
  }
}
