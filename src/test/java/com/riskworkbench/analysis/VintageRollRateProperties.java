package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.VintageParams.CohortPeriod;
import com.riskworkbench.analysis.VintageParams.Weight;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.CollectingSink;
import com.riskworkbench.portfolio.Loan;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.sample.SampleGenerator;
import com.riskworkbench.sample.SampleSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import tech.tablesaw.api.Table;

/**
 * Invariants of the vintage, roll-rate and flow-rate analyses on generated books of 200–800 loans
 * over 6–18 months, and agreement with a direct reading of DESIGN §4.3 and §4.4 written against the
 * generator's own records rather than the loaded arrays.
 */
class VintageRollRateProperties {
  private static final int TRIES = 12;

  /** A generated book: the sink calls in generation order, and the portfolio built from them. */
  private record Book(SampleSpec spec, CollectingSink calls, LoadedPortfolio portfolio) {
    static Book of(int loans, int months, long seed) {
      SampleSpec spec = new SampleSpec(loans, months, seed);
      CollectingSink calls = new CollectingSink();
      PortfolioBuilder builder = new PortfolioBuilder();
      try {
        new SampleGenerator(spec).generate(calls, Progress.NONE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      replay(calls.calls, builder);
      return new Book(spec, calls, builder.build());
    }

    /** Scope as of {@code back} months before the last month (clamped to the data). */
    AnalysisScope scope(int back) {
      YearMonth asOf = spec.lastMonth().minusMonths(Math.min(back, spec.months() - 1));
      return AnalysisScope.of(portfolio, Optional.of(asOf), SegmentFilter.NONE);
    }
  }

  private static void replay(List<Object> calls, PortfolioBuilder builder) {
    for (Object call : calls) {
      if (call instanceof Borrower b) {
        builder.borrower(b);
      } else if (call instanceof Loan l) {
        builder.loan(l);
      } else if (call instanceof LoanMonth m) {
        builder.loanMonth(m);
      }
    }
  }

  @Property(tries = TRIES)
  void rollRateRowsSumToOneForEveryNonEmptyFromState(
      @ForAll @IntRange(min = 200, max = 800) int loans,
      @ForAll @IntRange(min = 6, max = 18) int months,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 17) int back,
      @ForAll @IntRange(min = 0, max = 18) int window) {
    Book book = Book.of(loans, months, seed);

    RollRateResult r = RollRateAnalysis.run(book.scope(back), DelinquencyBuckets.DEFAULT, window);

    for (String from : r.fromStates()) {
      double loanShares = 0;
      double balanceShares = 0;
      for (String to : r.toStates()) {
        loanShares += r.loanShare(from, to).orElse(0);
        balanceShares += r.balanceShare(from, to).orElse(0);
      }
      if (r.loansFrom(from) > 0) {
        assertThat(loanShares).as(from).isCloseTo(1.0, within(1e-9));
      }
      if (r.balanceCentsFrom(from) > 0) {
        assertThat(balanceShares).as(from).isCloseTo(1.0, within(1e-9));
      }
    }
  }

  @Property(tries = TRIES)
  void everBadCurvesNeverDecreaseAndStayWithinZeroAndOne(
      @ForAll @IntRange(min = 200, max = 800) int loans,
      @ForAll @IntRange(min = 6, max = 18) int months,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 17) int back,
      @ForAll @IntRange(min = 1, max = 120) int threshold,
      @ForAll Weight weight,
      @ForAll CohortPeriod period) {
    Book book = Book.of(loans, months, seed);

    VintageResult r =
        VintageAnalysis.run(book.scope(back), new VintageParams(threshold, weight, period));

    assertThat(r.cohorts()).isNotEmpty();
    for (String cohort : r.cohorts()) {
      double[] curve = r.curve(cohort);
      for (int k = 0; k < curve.length; k++) {
        assertThat(curve[k]).as("%s MOB %d", cohort, k).isBetween(0.0, 1.0);
        if (k > 0) {
          assertThat(curve[k]).as("%s MOB %d", cohort, k).isGreaterThanOrEqualTo(curve[k - 1]);
        }
      }
    }
  }

  @Property(tries = TRIES)
  void drillDownGivesAsManyLoansAsEachCellCounts(
      @ForAll @IntRange(min = 200, max = 800) int loans,
      @ForAll @IntRange(min = 6, max = 18) int months,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 17) int back,
      @ForAll @IntRange(min = 0, max = 18) int window,
      @ForAll CohortPeriod period) {
    Book book = Book.of(loans, months, seed);
    AnalysisScope scope = book.scope(back);

    VintageResult v = VintageAnalysis.run(scope, VintageParams.DEFAULT.withCohortPeriod(period));
    for (String cohort : v.cohorts()) {
      for (int k = 0; k <= v.maxMob(cohort).orElseThrow(); k++) {
        assertThat(v.loansBehind(cohort, k))
            .as("%s MOB %d", cohort, k)
            .hasSize(v.cell(cohort, k).orElseThrow().badLoans());
        assertThat(v.chargeOffLoansBehind(cohort, k))
            .as("%s MOB %d", cohort, k)
            .hasSize(v.chargeOffLoans(cohort, k));
      }
    }
    RollRateResult r = RollRateAnalysis.run(scope, DelinquencyBuckets.DEFAULT, window);
    for (String from : r.fromStates()) {
      for (String to : r.toStates()) {
        assertThat(r.loansBehind(from, to)).hasSize((int) r.loans(from, to));
        assertThat(r.distinctLoansBehind(from, to)).hasSize((int) r.distinctLoans(from, to));
      }
    }
  }

  @Property(tries = TRIES)
  void resultsDoNotDependOnTheOrderRowsArrive(
      @ForAll @IntRange(min = 200, max = 800) int loans,
      @ForAll @IntRange(min = 6, max = 18) int months,
      @ForAll long seed,
      @ForAll long shuffleSeed,
      @ForAll @IntRange(min = 0, max = 17) int back,
      @ForAll @IntRange(min = 0, max = 18) int window,
      @ForAll Weight weight,
      @ForAll CohortPeriod period) {
    Book book = Book.of(loans, months, seed);
    LoadedPortfolio shuffled = shuffledCopy(book.calls, new Random(shuffleSeed));
    AnalysisScope a = book.scope(back);
    AnalysisScope b = AnalysisScope.of(shuffled, Optional.of(a.asOf()), SegmentFilter.NONE);
    VintageParams params = new VintageParams(30, weight, period);
    DelinquencyBuckets buckets = DelinquencyBuckets.DEFAULT;

    assertSameTable(VintageAnalysis.run(a, params).rows(), VintageAnalysis.run(b, params).rows());
    RollRateResult rollA = RollRateAnalysis.run(a, buckets, window);
    RollRateResult rollB = RollRateAnalysis.run(b, buckets, window);
    assertSameTable(rollA.rows(), rollB.rows());
    assertSameTable((Table) rollA.extras().get("rates"), (Table) rollB.extras().get("rates"));
    assertSameTable(
        FlowRateAnalysis.run(a, buckets, window).rows(),
        FlowRateAnalysis.run(b, buckets, window).rows());
  }

  /** Borrowers, loans and months each in a random order (borrowers before loans before months). */
  private static LoadedPortfolio shuffledCopy(CollectingSink calls, Random random) {
    List<Borrower> borrowers = new ArrayList<>(calls.list(Borrower.class));
    List<Loan> loans = new ArrayList<>(calls.list(Loan.class));
    List<LoanMonth> months = new ArrayList<>(calls.list(LoanMonth.class));
    Collections.shuffle(borrowers, random);
    Collections.shuffle(loans, random);
    Collections.shuffle(months, random);
    PortfolioBuilder builder = new PortfolioBuilder();
    borrowers.forEach(builder::borrower);
    loans.forEach(builder::loan);
    months.forEach(builder::loanMonth);
    return builder.build();
  }

  private static void assertSameTable(Table expected, Table actual) {
    assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
    assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
    for (int c = 0; c < expected.columnCount(); c++) {
      assertThat(actual.column(c).asList())
          .as(expected.column(c).name())
          .isEqualTo(expected.column(c).asList());
    }
  }

  @Property(tries = TRIES)
  void vintageMatchesADirectReadingOfTheDefinition(
      @ForAll @IntRange(min = 200, max = 800) int loans,
      @ForAll @IntRange(min = 6, max = 18) int months,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 17) int back,
      @ForAll @IntRange(min = 1, max = 120) int threshold) {
    Book book = Book.of(loans, months, seed);
    AnalysisScope scope = book.scope(back);
    YearMonth asOf = scope.asOf();
    Map<String, List<LoanMonth>> rows = rowsByLoan(book.calls);

    VintageResult r = VintageAnalysis.run(scope, VintageParams.DEFAULT.withThreshold(threshold));

    Map<YearMonth, List<Loan>> cohorts = new HashMap<>();
    for (Loan loan : book.calls.list(Loan.class)) {
      YearMonth cohort = YearMonth.from(loan.originationDate());
      if (!cohort.isAfter(asOf)) {
        cohorts.computeIfAbsent(cohort, c -> new ArrayList<>()).add(loan);
      }
    }
    assertThat(r.cohorts()).hasSameSizeAs(cohorts.keySet());
    for (Map.Entry<YearMonth, List<Loan>> e : cohorts.entrySet()) {
      YearMonth cohort = e.getKey();
      long last = ChronoUnit.MONTHS.between(cohort, asOf);
      assertThat(r.maxMob(cohort.toString())).hasValue((int) last);
      assertThat(r.cell(cohort.toString(), (int) last + 1)).isEmpty();
      for (int k = 0; k <= last; k++) {
        long principal = 0;
        long badPrincipal = 0;
        int bad = 0;
        long netChargeOff = 0;
        for (Loan loan : e.getValue()) {
          principal += loan.principalCents();
          boolean isBad = false;
          for (LoanMonth m : rows.getOrDefault(loan.loanId(), List.of())) {
            if (m.month().isAfter(asOf) || ChronoUnit.MONTHS.between(cohort, m.month()) > k) {
              continue;
            }
            isBad |=
                m.status() == LoanStatus.CHARGED_OFF
                    || (m.status() == LoanStatus.ACTIVE && m.daysPastDue() >= threshold);
            netChargeOff += m.chargeOffCents().orElse(0) - m.recoveryCents().orElse(0);
          }
          if (isBad) {
            bad++;
            badPrincipal += loan.principalCents();
          }
        }
        VintageResult.Cell cell = r.cell(cohort.toString(), k).orElseThrow();
        assertThat(cell.loans()).isEqualTo(e.getValue().size());
        assertThat(cell.principalCents()).isEqualTo(principal);
        assertThat(cell.badLoans()).as("%s MOB %d", cohort, k).isEqualTo(bad);
        assertThat(cell.badPrincipalCents()).as("%s MOB %d", cohort, k).isEqualTo(badPrincipal);
        assertThat(cell.netChargeOffCents()).as("%s MOB %d", cohort, k).isEqualTo(netChargeOff);
      }
    }
  }

  @Property(tries = TRIES)
  void rollRateMatchesADirectReadingOfTheDefinition(
      @ForAll @IntRange(min = 200, max = 800) int loans,
      @ForAll @IntRange(min = 6, max = 18) int months,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 17) int back,
      @ForAll @IntRange(min = 1, max = 18) int window) {
    Book book = Book.of(loans, months, seed);
    AnalysisScope scope = book.scope(back);
    YearMonth asOf = scope.asOf();
    YearMonth firstNext = asOf.minusMonths(window - 1L);
    List<String> labels = DelinquencyBuckets.DEFAULT.labels();

    Map<String, long[]> expected = new HashMap<>(); // "from>to" -> {loans, balance}
    for (List<LoanMonth> history : rowsByLoan(book.calls).values()) {
      Map<YearMonth, LoanMonth> byMonth = new HashMap<>();
      history.forEach(m -> byMonth.put(m.month(), m));
      for (LoanMonth m : history) {
        YearMonth next = m.month().plusMonths(1);
        if (m.status() != LoanStatus.ACTIVE || next.isBefore(firstNext) || next.isAfter(asOf)) {
          continue;
        }
        LoanMonth after = byMonth.get(next);
        String to =
            after == null
                ? "MISSING"
                : after.status() == LoanStatus.ACTIVE
                    ? bucketByHand(after.daysPastDue(), labels)
                    : after.status().name();
        long[] cell =
            expected.computeIfAbsent(
                bucketByHand(m.daysPastDue(), labels) + ">" + to, key -> new long[2]);
        cell[0]++;
        cell[1] += m.balanceCents();
      }
    }

    RollRateResult r = RollRateAnalysis.run(scope, DelinquencyBuckets.DEFAULT, window);

    for (String from : r.fromStates()) {
      for (String to : r.toStates()) {
        long[] cell = expected.getOrDefault(from + ">" + to, new long[2]);
        assertThat(r.loans(from, to)).as("%s -> %s", from, to).isEqualTo(cell[0]);
        assertThat(r.balanceCents(from, to)).as("%s -> %s", from, to).isEqualTo(cell[1]);
      }
    }
  }

  /** DESIGN §4.1 default buckets, written out. */
  private static String bucketByHand(int dpd, List<String> labels) {
    if (dpd < 1) {
      return "CURRENT";
    } else if (dpd < 30) {
      return "DPD_1_29";
    } else if (dpd < 60) {
      return "DPD_30_59";
    } else if (dpd < 90) {
      return "DPD_60_89";
    }
    return labels.get(4);
  }

  private static Map<String, List<LoanMonth>> rowsByLoan(CollectingSink calls) {
    Map<String, List<LoanMonth>> rows = new HashMap<>();
    calls
        .all(LoanMonth.class)
        .forEach(m -> rows.computeIfAbsent(m.loanId(), k -> new ArrayList<>()).add(m));
    return rows;
  }
}
