package com.riskworkbench.analysis.pushdown;

import static com.riskworkbench.analysis.pushdown.PushDownContract.asOf;
import static com.riskworkbench.analysis.pushdown.PushDownContract.filter;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.CoLendingAnalysis;
import com.riskworkbench.analysis.CoLendingResult;
import com.riskworkbench.analysis.CoLendingRules;
import com.riskworkbench.analysis.ConcentrationAnalysis;
import com.riskworkbench.analysis.ConcentrationAnalysis.ConcentrationResult;
import com.riskworkbench.analysis.DataQualityChecks;
import com.riskworkbench.analysis.DatabaseLoans;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.LoanListing;
import com.riskworkbench.analysis.RollRateAnalysis;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.analysis.ScorecardAnalysis;
import com.riskworkbench.analysis.ScorecardParams;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SingleBorrowerLimits;
import com.riskworkbench.analysis.StageThresholds;
import com.riskworkbench.analysis.Stages;
import com.riskworkbench.analysis.SummaryAnalysis;
import com.riskworkbench.analysis.SummaryAnalysis.SummaryResult;
import com.riskworkbench.analysis.VintageAnalysis;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.VintageResult;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The loans behind a figure, a page at a time from the database, are the in-memory drill-down's
 * loans in loan-id order (every five-category class under two rules, PAR30, NPL, every segment of a
 * dimension), and each page's lines and a loan's history are the in-memory listing's.
 */
public interface LoanPagesPushDown {
  List<PushDownContract.Book> books();

  /** monthsBack as {@link PushDownContract#asOf}; filters separated by ';'. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                           | regulatory-2023
          -1 | channel=Partner A         | credit-card
          6  | region=East;age_band=35-44 | regulatory-2023
          99 |                           | credit-card
          """)
  default void summaryDrillPagesListTheInMemoryLoans(int monthsBack, String filters, String rule) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      YearMonth month = asOf.orElse(b.memory().lastMonth().orElseThrow());
      SegmentFilter filter = filter(filters);
      FiveCategoryRule r = FiveCategoryRule.preset(rule);
      AnalysisScope scope = AnalysisScope.of(b.memory(), Optional.of(month), filter);
      SummaryResult memory = SummaryAnalysis.run(scope, DelinquencyBuckets.DEFAULT, r);
      String as = b.name() + " " + month + " " + filters + " " + rule;
      for (FiveCategory c : FiveCategory.values()) {
        assertThat(paged(b, DatabaseLoans.category(month, filter, c, r)))
            .as(as + " " + c)
            .isEqualTo(ids(b.memory(), memory.loansIn(scope, c)));
      }
      assertThat(paged(b, DatabaseLoans.par30(month, filter)))
          .as(as + " PAR30")
          .isEqualTo(ids(b.memory(), memory.loansPar30(scope)));
      assertThat(paged(b, DatabaseLoans.nonPerforming(month, filter, r)))
          .as(as + " NPL")
          .isEqualTo(ids(b.memory(), memory.loansNonPerforming(scope)));
      Stages stages = Stages.of(scope, StageThresholds.DEFAULT, r);
      for (int stage = 1; stage <= 3; stage++) {
        int st = stage;
        int[] loans =
            java.util.stream.IntStream.range(0, stages.size())
                .filter(i -> stages.stages()[i] == st)
                .map(i -> stages.loans()[i])
                .toArray();
        assertThat(paged(b, DatabaseLoans.stage(month, filter, st, StageThresholds.DEFAULT, r)))
            .as(as + " stage " + st)
            .isEqualTo(ids(b.memory(), loans));
      }
      // every loan of the scope: the categories' loans together
      assertThat(paged(b, DatabaseLoans.all(month, filter)))
          .as(as + " all")
          .hasSize((int) memory.asOf().loans());
    }
  }

  /** Each segment of a dimension lists the segment's loans, within the filter. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PRODUCT     | -1 |
          CHANNEL     | 6  | product=Credit loan
          AGE_BAND    | -1 |
          GROUP       | -1 |
          FUNDING_PARTNER | 3 |
          """)
  default void segmentPagesListTheInMemoryLoans(
      Dimension dimension, int monthsBack, String filters) {
    for (PushDownContract.Book b : books()) {
      YearMonth month = asOf(b, monthsBack).orElse(b.memory().lastMonth().orElseThrow());
      SegmentFilter filter = filter(filters);
      AnalysisScope scope = AnalysisScope.of(b.memory(), Optional.of(month), filter);
      ConcentrationResult memory =
          ConcentrationAnalysis.run(
              scope, dimension, FiveCategoryRule.REGULATORY_2023, SingleBorrowerLimits.DEFAULT);
      assertThat(memory.segments()).isNotEmpty();
      for (ConcentrationAnalysis.Segment s : memory.segments()) {
        assertThat(paged(b, DatabaseLoans.segment(month, filter, dimension, s.key())))
            .as(b.name() + " " + dimension + " " + s.key())
            .isEqualTo(ids(b.memory(), memory.loansIn(scope, s.key())));
      }
    }
  }

  /**
   * The distinct loans behind each roll-rate cell, paged, are the in-memory cell's distinct loans
   * (a loan that moved the same way in several months once), for windows of one, six and every
   * month; CURRENT → CURRENT spans many chunks of transitions.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                   | 6
          -1 | channel=Partner A | 1
          4  |                   | 0
          """)
  default void rollRateCellPagesListTheInMemoryLoans(int monthsBack, String filters, int window) {
    for (PushDownContract.Book b : books()) {
      YearMonth asOf = asOf(b, monthsBack).orElse(b.memory().lastMonth().orElseThrow());
      SegmentFilter filter = filter(filters);
      AnalysisScope scope = AnalysisScope.of(b.memory(), Optional.of(asOf), filter);
      RollRateResult memory = RollRateAnalysis.run(scope, DelinquencyBuckets.DEFAULT, window);
      YearMonth last = memory.months().get(memory.months().size() - 1);
      int cells = 0;
      for (String from : memory.fromStates()) {
        for (String to : memory.toStates()) {
          if (memory.loans(from, to) == 0) {
            continue;
          }
          cells++;
          DatabaseLoans.RollRateCell cell =
              new DatabaseLoans.RollRateCell(
                  asOf, filter, DelinquencyBuckets.DEFAULT, window, from, to, last);
          assertThat(paged(b, cell))
              .as(b.name() + " " + asOf + " " + filters + " W=" + window + " " + from + "→" + to)
              .isEqualTo(ids(b.memory(), memory.distinctLoansBehind(from, to)));
        }
      }
      assertThat(cells).as("cells with loans").isGreaterThan(5);
    }
  }

  /** A vintage cell's loans, paged through the figure, are the in-memory cell's. */
  @ParameterizedTest
  @CsvSource({"false", "true"})
  default void vintageCellPagesListTheInMemoryLoans(boolean chargeOffs) {
    for (PushDownContract.Book b : books()) {
      YearMonth asOf = b.memory().lastMonth().orElseThrow();
      AnalysisScope scope = AnalysisScope.of(b.memory(), Optional.of(asOf), SegmentFilter.NONE);
      VintageResult memory = VintageAnalysis.run(scope, VintageParams.DEFAULT);
      int listed = 0;
      for (String cohort : memory.cohorts()) {
        for (int mob = 0; mob <= memory.maxMob(cohort).orElse(-1); mob += 5) {
          int[] expected =
              chargeOffs
                  ? memory.chargeOffLoansBehind(cohort, mob)
                  : memory.loansBehind(cohort, mob);
          listed += expected.length;
          DatabaseLoans.VintageCell cell =
              new DatabaseLoans.VintageCell(
                  asOf,
                  SegmentFilter.NONE,
                  VintageParams.DEFAULT,
                  memory.cohortMonth(cohort).orElseThrow(),
                  mob,
                  chargeOffs);
          assertThat(paged(b, cell))
              .as(b.name() + " " + cohort + " MOB " + mob)
              .isEqualTo(ids(b.memory(), expected));
        }
      }
      assertThat(listed).as("loans behind the cells").isGreaterThan(0);
    }
  }

  /**
   * A page's lines are the in-memory listing's at the month, for loans active, ended before it and
   * not yet originated alike; a loan's history is its months.
   */
  @ParameterizedTest
  @CsvSource({"0", "12", "99"})
  default void linesAndHistoryAreTheInMemoryListing(int monthsBack) {
    for (PushDownContract.Book b : books()) {
      LoadedPortfolio p = b.memory();
      YearMonth month = asOf(b, monthsBack).orElseThrow();
      int m = Months.ordinal(month);
      // every 7th loan of the book, in book order: a mix of states at any month
      List<String> ids = new ArrayList<>();
      List<LoanListing.LoanLine> expected = new ArrayList<>();
      for (int l = 0; l < p.loans(); l += 7) {
        ids.add(p.loanIds()[l]);
        LoanListing.LoanLine e = LoanListing.line(p, l, m);
        expected.add(
            new LoanListing.LoanLine(
                -1,
                e.loanId(),
                e.borrowerId(),
                e.product(),
                e.channel(),
                e.riskGrade(),
                e.originated(),
                e.principalCents(),
                e.interestRate(),
                e.status(),
                e.balanceCents(),
                e.daysPastDue()));
      }
      List<LoanListing.LoanLine> lines = new ArrayList<>();
      for (int from = 0; from < ids.size(); from += 100) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
        b.pages().lines(chunk, month).forEach(l -> lines.add(DatabaseLoans.line(l)));
      }
      assertThat(lines).as(b.name() + " " + month).isEqualTo(expected);
      assertThat(lines.stream().map(LoanListing.LoanLine::status).distinct().count())
          .as("active, ended and not yet originated loans among them")
          .isGreaterThanOrEqualTo(monthsBack == 99 ? 2 : 3);
      for (int l = 0; l < p.loans(); l += 97) {
        assertThat(DatabaseLoans.history(b.pages(), p.loanIds()[l]))
            .as(b.name() + " " + p.loanIds()[l])
            .isEqualTo(LoanListing.history(p, l));
      }
    }
  }

  /** Each filter offers the database's values as a loaded book's filter bar lists them. */
  @org.junit.jupiter.api.Test
  default void filterValuesAreTheLoadedBooks() {
    for (PushDownContract.Book b : books()) {
      for (Dimension d :
          List.of(
              Dimension.PRODUCT,
              Dimension.CHANNEL,
              Dimension.REGION,
              Dimension.INDUSTRY,
              Dimension.RISK_GRADE,
              Dimension.BORROWER_TYPE,
              Dimension.FUNDING_PARTNER,
              Dimension.GROUP)) {
        List<String> memory = com.riskworkbench.service.BookLookup.filterValues(b.memory(), d);
        assertThat(com.riskworkbench.service.BookLookup.filterValues(b.pages(), d))
            .as(b.name() + " " + d)
            .isNotEmpty()
            .isEqualTo(memory);
      }
    }
  }

  /**
   * The loans with a row in each of the last months up to the as-of month, whatever the row's
   * status, within the filter at the as-of month, and the loans each check finds, are the in-memory
   * data-quality drill's.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |
          3  | channel=Partner A;age_band=35-44
          """)
  default void monthRowPagesListTheInMemoryLoans(int monthsBack, String filters) {
    for (PushDownContract.Book b : books()) {
      YearMonth asOf = asOf(b, monthsBack).orElse(b.memory().lastMonth().orElseThrow());
      SegmentFilter filter = filter(filters);
      DataQualityChecks.Result memory =
          DataQualityChecks.run(AnalysisScope.of(b.memory(), Optional.of(asOf), filter));
      int rowsSeen = 0;
      for (YearMonth m = asOf.minusMonths(3); !m.isAfter(asOf); m = m.plusMonths(1)) {
        List<String> expected = ids(b.memory(), memory.loansWithRowIn(m));
        rowsSeen += expected.size();
        assertThat(paged(b, DatabaseLoans.monthRows(asOf, filter, m)))
            .as(b.name() + " " + asOf + " " + filters + " rows of " + m)
            .isEqualTo(expected);
      }
      assertThat(rowsSeen).as(b.name() + " rows in the four months").isPositive();
      // and the loans each check finds
      for (DataQualityChecks.Finding f : memory.findings()) {
        assertThat(paged(b, new DatabaseLoans.CheckLoans(asOf, filter, f.check())))
            .as(b.name() + " " + asOf + " " + filters + " " + f.check())
            .isEqualTo(ids(b.memory(), f.loans()));
      }
    }
  }

  /**
   * Named loans (as fraud cases name them) page by loan id, each once; an id the database does not
   * hold is left out.
   */
  @org.junit.jupiter.api.Test
  default void namedLoansPageByLoanId() {
    for (PushDownContract.Book b : books()) {
      String[] all = b.memory().loanIds();
      List<String> named = new ArrayList<>();
      for (int i = all.length - 1; i >= 0; i -= 3) {
        named.add(all[i]); // every third loan, backwards
      }
      named.add(all[all.length - 1]); // twice
      named.add("NO-SUCH-LOAN");
      List<String> expected = new ArrayList<>(named);
      expected.remove("NO-SUCH-LOAN");
      expected = expected.stream().sorted().distinct().toList();
      YearMonth month = b.memory().lastMonth().orElseThrow();
      assertThat(paged(b, new DatabaseLoans.Named(month, named)))
          .as(b.name() + " named loans")
          .hasSizeGreaterThan(7)
          .isEqualTo(expected);
    }
  }

  /**
   * The scored loans of each cohort and of the baseline, in every score decile and in all of them,
   * page to the in-memory scorecard drill-down.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |
          4  | channel=Partner A;age_band=35-44
          """)
  default void scorecardPagesListTheInMemoryLoans(int monthsBack, String filters) {
    for (PushDownContract.Book b : books()) {
      YearMonth asOf = asOf(b, monthsBack).orElse(b.memory().lastMonth().orElseThrow());
      SegmentFilter filter = filter(filters);
      ScorecardResult memory =
          ScorecardAnalysis.run(
              AnalysisScope.of(b.memory(), Optional.of(asOf), filter), ScorecardParams.DEFAULT);
      List<String> cohorts = new ArrayList<>();
      cohorts.add(ScorecardResult.BASELINE);
      memory.cohorts().stream()
          .skip(Math.max(0, memory.cohorts().size() - 3))
          .forEach(c -> cohorts.add(c.cohort()));
      int listed = 0;
      for (String cohort : cohorts) {
        for (int d = ScorecardResult.ALL_DECILES; d <= ScorecardResult.DECILES; d++) {
          List<String> expected = ids(b.memory(), memory.loansBehind(cohort, d, false));
          listed += expected.size();
          assertThat(paged(b, DatabaseLoans.scored(memory, filter, cohort, d)))
              .as(b.name() + " " + asOf + " " + filters + " " + cohort + " decile " + d)
              .isEqualTo(expected);
        }
      }
      assertThat(listed).as(b.name() + " scored loans listed").isPositive();
      // every loan of a cohort, scored or not (a vintage cohort the early warnings flag)
      AnalysisScope scope = AnalysisScope.of(b.memory(), Optional.of(asOf), filter);
      for (int back = 0; back < 3; back++) {
        YearMonth cohort = asOf.minusMonths(back);
        int m = Months.ordinal(cohort);
        int[] origin = b.memory().loanOriginMonth();
        int[] expected =
            java.util.stream.IntStream.range(0, origin.length)
                .filter(l -> scope.include()[l] && origin[l] == m)
                .toArray();
        assertThat(paged(b, DatabaseLoans.cohort(asOf, filter, cohort)))
            .as(b.name() + " " + filters + " cohort " + cohort)
            .isEqualTo(ids(b.memory(), expected));
      }
    }
  }

  /** Every co-lent loan (the co-lending table's total): the segments of every partner at once. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |
          3  | channel=Partner A
          """)
  default void coLentLoansPageAsTheTotal(int monthsBack, String filters) {
    for (PushDownContract.Book b : books()) {
      YearMonth month = asOf(b, monthsBack).orElse(b.memory().lastMonth().orElseThrow());
      SegmentFilter filter = filter(filters);
      AnalysisScope scope = AnalysisScope.of(b.memory(), Optional.of(month), filter);
      CoLendingResult memory = CoLendingAnalysis.run(scope, CoLendingRules.DEFAULT);
      List<String> partners =
          memory.partners().stream().map(CoLendingAnalysis.Partner::partner).toList();
      List<String> expected = ids(b.memory(), memory.loansOf(scope, CoLendingAnalysis.ALL));
      assertThat(expected).as(b.name() + " co-lent loans").isNotEmpty();
      assertThat(
              paged(b, DatabaseLoans.segments(month, filter, Dimension.FUNDING_PARTNER, partners)))
          .as(b.name() + " " + month + " " + filters + " every partner")
          .isEqualTo(expected);
    }
  }

  /** Pages of 7 through {@link DatabaseLoans#page}, until the last, checking each page's size. */
  private static List<String> paged(PushDownContract.Book b, DatabaseLoans.Figure query) {
    List<String> all = new ArrayList<>();
    Optional<String> after = Optional.empty();
    while (true) {
      DatabaseLoans.Page page = DatabaseLoans.page(b.pages(), b.database(), query, after, 7);
      page.lines().forEach(l -> all.add(l.loanId()));
      if (page.next().isEmpty()) {
        assertThat(page.lines().size()).isLessThanOrEqualTo(7);
        return all;
      }
      assertThat(page.lines()).hasSize(7);
      assertThat(page.next()).contains(page.lines().get(6).loanId());
      after = page.next();
    }
  }

  /** The ids of loans (book indexes), sorted as the database pages them. */
  private static List<String> ids(LoadedPortfolio p, int[] loans) {
    List<String> ids = new ArrayList<>();
    for (int l : loans) {
      ids.add(p.loanIds()[l]);
    }
    ids.sort(null);
    return ids;
  }
}
