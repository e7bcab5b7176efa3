package com.riskworkbench.sample;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectingSink;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.LoanStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A generated portfolio held in memory, indexed for the tests' questions. */
final class SamplePortfolio {

  final SampleSpec spec;
  final CollectingSink sink;
  final List<Borrower> borrowers;
  final List<Loan> loans;
  final Map<String, Borrower> borrowerById;
  final Map<String, Loan> loanById;
  final Map<String, List<LoanMonth>> monthsByLoan;
  final List<CollectionAction> actions;
  final List<FraudCase> fraudCases;

  private SamplePortfolio(SampleSpec spec, CollectingSink sink) {
    this.spec = spec;
    this.sink = sink;
    borrowers = sink.all(Borrower.class).toList();
    loans = sink.all(Loan.class).toList();
    borrowerById = index(borrowers, Borrower::borrowerId);
    loanById = index(loans, Loan::loanId);
    monthsByLoan = new LinkedHashMap<>();
    sink.all(LoanMonth.class)
        .forEach(m -> monthsByLoan.computeIfAbsent(m.loanId(), k -> new ArrayList<>()).add(m));
    actions = sink.all(CollectionAction.class).toList();
    fraudCases = sink.all(FraudCase.class).toList();
  }

  static SamplePortfolio generate(SampleSpec spec) {
    CollectingSink sink = new CollectingSink();
    try {
      new SampleGenerator(spec).generate(sink, Progress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SamplePortfolio(spec, sink);
  }

  List<LoanMonth> months(Loan loan) {
    return monthsByLoan.getOrDefault(loan.loanId(), List.of());
  }

  /** Ever 30+ DPD or charged off, in any of its rows (the vintage "bad" definition at X = 30). */
  boolean everBad30(Loan loan) {
    return months(loan).stream()
        .anyMatch(
            m ->
                m.status() == LoanStatus.CHARGED_OFF
                    || (m.status() == LoanStatus.ACTIVE && m.daysPastDue() >= 30));
  }

  /** Share of loans matching {@code segment} that were ever 30+ DPD. */
  double everBad30Rate(Predicate<Loan> segment) {
    List<Loan> in = loans.stream().filter(segment).toList();
    return in.stream().filter(this::everBad30).count() / (double) in.size();
  }

  /** Sum of ACTIVE balances at {@code month} per borrower. */
  Map<String, Long> exposureByBorrower(YearMonth month) {
    return loans.stream()
        .collect(
            Collectors.groupingBy(
                Loan::borrowerId,
                LinkedHashMap::new,
                Collectors.summingLong(
                    l ->
                        months(l).stream()
                            .filter(m -> m.month().equals(month) && m.status() == LoanStatus.ACTIVE)
                            .mapToLong(LoanMonth::balanceCents)
                            .sum())));
  }

  private static <T> Map<String, T> index(
      List<T> items, java.util.function.Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.put(key.apply(item), item);
    }
    return map;
  }
}
