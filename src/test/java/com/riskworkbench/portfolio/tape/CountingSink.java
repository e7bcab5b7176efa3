package com.riskworkbench.portfolio.tape;

import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.PortfolioSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps what it is sent, for tests. */
final class CountingSink implements PortfolioSink {
  final List<Borrower> borrowers = new ArrayList<>();
  final List<Loan> loans = new ArrayList<>();
  final List<LoanMonth> months = new ArrayList<>();
  final List<CollectionAction> actions = new ArrayList<>();
  final List<FraudCase> cases = new ArrayList<>();
  final List<DataQualityFinding> findings = new ArrayList<>();

  @Override
  public void meta(String key, String value) {}

  @Override
  public void borrower(Borrower b) {
    borrowers.add(b);
  }

  @Override
  public void loan(Loan l) {
    loans.add(l);
  }

  @Override
  public void loanMonth(LoanMonth m) {
    months.add(m);
  }

  @Override
  public void collectionAction(CollectionAction a) {
    actions.add(a);
  }

  @Override
  public void fraudCase(FraudCase f) {
    cases.add(f);
  }

  @Override
  public void finding(DataQualityFinding f) {
    findings.add(f);
  }

  @Override
  public void finish() {}

  @Override
  public void close() {}
}
