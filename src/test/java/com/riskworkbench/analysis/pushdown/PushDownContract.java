package com.riskworkbench.analysis.pushdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.ConcentrationAnalysis;
import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.FlowRateAnalysis;
import com.riskworkbench.analysis.FlowRateResult;
import com.riskworkbench.analysis.RollRateAnalysis;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SingleBorrowerLimits;
import com.riskworkbench.analysis.SummaryAnalysis;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.store.pushdown.LoanPages;
import com.riskworkbench.portfolio.store.pushdown.TransitionRef;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Each analysis the database engine runs equals the in-memory one on the sample and on a generated
 * book, for as-of months, filters (age band, co-lending partner and group included), bucket edges
 * and windows: the roll-rate matrix cell by cell (count, balance to the cent, distinct loans) and
 * row by row of its CSV and JSON tables, its keyset drill pages transition by transition, the
 * flow-rate series row by row, concentration along every dimension with its limit breaches, the
 * summary with every five-category table (booked where present). Each database the engine runs on
 * extends this with where the books are imported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PushDownContract {
  /** Where the books' files go: the folder of {@link #openBooks}. */
  Path temp;

  private final List<PortfolioRepository> open = new ArrayList<>();
  private final List<Book> books = new ArrayList<>();

  /** A book opened both ways: loaded for the in-memory engine, queried by the database one. */
  record Book(String name, LoadedPortfolio memory, DatabaseEngine database, LoanPages pages) {}

  /** Imports the tape folder where this database keeps portfolios; returns its location. */
  abstract PortfolioLocation importTape(Path tape, String name) throws Exception;

  /** The environment that holds the database's credentials. */
  Map<String, String> environment() {
    return Map.of();
  }

  @BeforeAll
  void openBooks(@TempDir Path folder) throws Exception {
    temp = folder;
    add("sample", importTape(PushDownBooks.SAMPLE, "sample"));
    add("generated", importTape(PushDownBooks.generated(temp.resolve("generated")), "generated"));
  }

  private void add(String name, PortfolioLocation where) throws Exception {
    PortfolioRepository repo = PortfolioRepository.open(where, environment());
    open.add(repo);
    books.add(
        new Book(
            name,
            repo.load(Progress.NONE, Optional.empty()),
            engine(name, repo),
            new LoanPages(repo.pushDown())));
  }

  /**
   * The engine whose aggregates are compared with memory for the book imported as {@code name}: the
   * database's own queries, unless the subclass computes them elsewhere (a Spark job).
   */
  DatabaseEngine engine(String name, PortfolioRepository repo) throws Exception {
    return DatabaseEngine.of(repo);
  }

  /**
   * The books, for the contracts of further analyses: test interfaces in this package whose default
   * methods compare both engines, implemented by each database's test class.
   */
  public List<Book> books() {
    return books;
  }

  @AfterAll
  void closeBooks() {
    open.forEach(PortfolioRepository::close);
  }

  /**
   * monthsBack: the as-of month that many months before the book's last (-1: the default as-of);
   * filters separated by ';'; window 0 means every month of the data.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                           | 1,30,60,90         | 6
          5  |                                           | 1,30,60,90         | 1
          -1 |                                           | 1,30,60,90         | 0
          7  | channel=Partner A,Own app                  | 1,30,60,90         | 12
          -1 | age_band=<25,55+,unknown                   | 1,30,60,90         | 6
          14 | age_band=25-34                             | 1,30,60,90         | 6
          -1 | funding_partner=(own),Bank Hua             | 1,30,60,90         | 6
          -1 | group=(none)                               | 1,60,120           | 3
          -1 | region=Henan;risk_grade=D,E                | 1,30,60,90,120,180 | 6
          22 |                                           | 1,30,60,90         | 6
          -1 | product=No such product                    | 1,30,60,90         | 6
          3  | borrower_type=INDIVIDUAL;industry=Farming | 1,30,60,90         | 24
          """)
  void rollRateEqualsTheInMemoryMatrix(int monthsBack, String filters, String edges, int window) {
    for (Book b : books) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      DelinquencyBuckets buckets = buckets(edges);
      RollRateResult memory =
          RollRateAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter), buckets, window);
      RollRateResult database = b.database().rollRate(asOf, filter, buckets, window);

      String where = b.name() + " as of " + asOf + " " + filters + " " + edges + " W=" + window;
      assertThat(database.months()).as(where).isEqualTo(memory.months());
      for (String from : memory.fromStates()) {
        for (String to : memory.toStates()) {
          assertThat(
                  new long[] {
                    database.loans(from, to),
                    database.balanceCents(from, to),
                    database.distinctLoans(from, to)
                  })
              .as(where + " " + from + "→" + to)
              .containsExactly(
                  memory.loans(from, to),
                  memory.balanceCents(from, to),
                  memory.distinctLoans(from, to));
        }
      }
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  /**
   * Every dimension, with the default limits and with low ones (50,000.00 consumer, 100,000.00
   * business) so that there are breaches to list; the weighted interest rate, a sum of products of
   * doubles in memory and of decimals in the database, to 1e-12, every other figure exactly.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                  | product         | regulatory-2023 | 20000000 | 1000000000
          -1 |                                  | channel         | credit-card     | 5000000  | 10000000
          6  |                                  | region          | regulatory-2023 | 20000000 | 1000000000
          -1 | product=Credit loan              | industry        | regulatory-2023 | 5000000  | 10000000
          -1 |                                  | risk_grade      | credit-card     | 20000000 | 1000000000
          12 |                                  | borrower_type   | regulatory-2023 | 5000000  | 10000000
          -1 |                                  | age_band        | regulatory-2023 | 20000000 | 1000000000
          99 |                                  | age_band        | regulatory-2023 | 20000000 | 1000000000
          -1 | channel=Partner A,Partner B      | funding_partner | regulatory-2023 | 5000000  | 10000000
          -1 |                                  | group           | credit-card     | 20000000 | 1000000000
          3  | age_band=25-34,35-44             | borrower        | regulatory-2023 | 5000000  | 10000000
          -1 | product=No such product          | product         | regulatory-2023 | 20000000 | 1000000000
          """)
  void concentrationEqualsTheInMemorySegments(
      int monthsBack,
      String filters,
      String by,
      String rule,
      long consumerLimitCents,
      long businessLimitCents) {
    for (Book b : books) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      Dimension dimension = Dimension.parse(by);
      FiveCategoryRule fiveCategory = FiveCategoryRule.preset(rule);
      SingleBorrowerLimits limits =
          new SingleBorrowerLimits(consumerLimitCents, businessLimitCents, 0.10);
      ConcentrationAnalysis.ConcentrationResult memory =
          ConcentrationAnalysis.run(
              AnalysisScope.of(b.memory(), asOf, filter), dimension, fiveCategory, limits);
      ConcentrationAnalysis.ConcentrationResult database =
          b.database().concentration(asOf, filter, dimension, fiveCategory, limits);

      String where = b.name() + " as of " + asOf + " " + filters + " by " + by + " " + rule;
      assertSameConcentration(database, memory, where);
    }
  }

  /** monthsBack as for the roll rates, 99 for the book's first month (no month before it). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                     | 1,30,60,90   | regulatory-2023
          5  |                                     | 1,30,60,90   | credit-card
          -1 | age_band=<25,25-34                  | 1,30,60,90   | regulatory-2023
          12 | funding_partner=(own);group=(none)  | 1,60,120     | credit-card
          99 |                                     | 1,30,60,90   | regulatory-2023
          -1 | product=No such product             | 1,30,60,90   | regulatory-2023
          2  | risk_grade=D,E;borrower_type=INDIVIDUAL | 1,30,60,90,120,180 | regulatory-2023
          """)
  void summaryEqualsTheInMemoryFigures(int monthsBack, String filters, String edges, String rule) {
    for (Book b : books) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      DelinquencyBuckets buckets = buckets(edges);
      FiveCategoryRule fiveCategory = FiveCategoryRule.preset(rule);
      SummaryAnalysis.SummaryResult memory =
          SummaryAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter), buckets, fiveCategory);
      SummaryAnalysis.SummaryResult database =
          b.database().summary(asOf, filter, buckets, fiveCategory);

      String where = b.name() + " as of " + asOf + " " + filters + " " + edges + " " + rule;
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  /** monthsBack and filters as for the roll rates; window 0 means every month of the data. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                | 1,30,60,90  | 0
          -1 |                                | 1,30,60,90  | 6
          9  | product=Credit loan            | 1,30,60,90  | 1
          -1 | age_band=35-44;group=(none)    | 1,60,120    | 12
          22 | funding_partner=Bank Yuan      | 1,30,60,90  | 0
          """)
  void flowRatesEqualTheInMemorySeries(int monthsBack, String filters, String edges, int window) {
    for (Book b : books) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      DelinquencyBuckets buckets = buckets(edges);
      FlowRateResult memory =
          FlowRateAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter), buckets, window);
      FlowRateResult database = b.database().flowRate(asOf, filter, buckets, window);

      String where = b.name() + " as of " + asOf + " " + filters + " " + edges + " W=" + window;
      assertThat(database.months()).as(where).isEqualTo(memory.months());
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  /**
   * The drill tests' page size: 7, so that most cells take several pages; an engine for which each
   * page is a job of its own (Spark) takes larger ones, still several for the larger cells.
   */
  int drillPage() {
    return 7;
  }

  /**
   * Every transition of a cell, page by page after the last one of the previous page (pages of
   * {@link #drillPage}), is the in-memory list of that cell, by loan id then month.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                          | CURRENT   | DPD_1_29
          -1 |                          | DPD_1_29  | CURRENT
          4  | channel=Partner B        | DPD_30_59 | DPD_60_89
          -1 |                          | CURRENT   | MISSING
          -1 | funding_partner=Bank Xin | CURRENT   | PAID_OFF
          """)
  void drillPagesListTheTransitionsBehindACell(
      int monthsBack, String filters, String from, String to) {
    for (Book b : books) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      RollRateResult memory =
          RollRateAnalysis.run(
              AnalysisScope.of(b.memory(), asOf, filter), DelinquencyBuckets.DEFAULT, 6);
      RollRateResult.Transitions behind = memory.transitionsBehind(from, to);
      List<TransitionRef> expected = new ArrayList<>();
      for (int i = 0; i < behind.size(); i++) {
        expected.add(
            new TransitionRef(b.memory().loanIds()[behind.loans()[i]], behind.months()[i]));
      }
      expected.sort(
          (x, y) ->
              x.loanId().equals(y.loanId())
                  ? x.month().compareTo(y.month())
                  : x.loanId().compareTo(y.loanId()));

      List<TransitionRef> paged = new ArrayList<>();
      Optional<TransitionRef> after = Optional.empty();
      while (true) {
        List<TransitionRef> page =
            b.database()
                .rollRatePage(
                    asOf, filter, DelinquencyBuckets.DEFAULT, 6, from, to, after, drillPage());
        paged.addAll(page);
        if (page.size() < drillPage()) {
          break;
        }
        after = Optional.of(page.get(page.size() - 1));
      }
      assertThat(paged).as(b.name() + " " + from + "→" + to).isEqualTo(expected);
      assertThat(paged.size()).isEqualTo(behind.size());
    }
  }

  /** Every figure equal, but the weighted interest rate: to 1e-12 (decimals against doubles). */
  static void assertSameConcentration(
      ConcentrationAnalysis.ConcentrationResult database,
      ConcentrationAnalysis.ConcentrationResult memory,
      String where) {
    Table expected = memory.rows();
    Table actual = database.rows();
    assertThat(actual.doubleColumn("avg_interest_rate").asDoubleArray())
        .as(where)
        .containsExactly(expected.doubleColumn("avg_interest_rate").asDoubleArray(), within(1e-12));
    assertSameTable(
        actual.removeColumns("avg_interest_rate"),
        expected.removeColumns("avg_interest_rate"),
        where);
    assertSameExtras(database.extras(), memory.extras(), where);
  }

  static void assertSameTable(Table actual, Table expected, String where) {
    assertThat(actual.columnNames()).as(where).isEqualTo(expected.columnNames());
    assertThat(actual.rowCount()).as(where).isEqualTo(expected.rowCount());
    for (Column<?> c : expected.columns()) {
      // Double.equals: NaN equals NaN, and the values must be equal to the last bit.
      assertThat(actual.column(c.name()).asList()).as(where + " " + c.name()).isEqualTo(c.asList());
    }
  }

  /** The JSON fields, key by key: tables column by column, maps key by key, values equal. */
  static void assertSameExtras(
      Map<String, Object> actual, Map<String, Object> expected, String where) {
    assertThat(actual.keySet()).as(where).containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      Object a = actual.get(e.getKey());
      if (e.getValue() instanceof Table t) {
        assertSameTable((Table) a, t, where + " " + e.getKey());
      } else if (e.getValue() instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> am = (Map<String, Object>) a;
        @SuppressWarnings("unchecked")
        Map<String, Object> em = (Map<String, Object>) m;
        assertSameExtras(am, em, where + " " + e.getKey());
      } else {
        assertThat(a).as(where + " " + e.getKey()).isEqualTo(e.getValue());
      }
    }
  }

  static Optional<YearMonth> asOf(Book b, int monthsBack) {
    if (monthsBack < 0) {
      return Optional.empty();
    }
    if (monthsBack == 99) {
      return b.memory().firstMonth();
    }
    return Optional.of(b.memory().lastMonth().orElseThrow().minusMonths(monthsBack));
  }

  static SegmentFilter filter(String filters) {
    if (filters == null || filters.isBlank()) {
      return SegmentFilter.NONE;
    }
    return SegmentFilter.parse(Arrays.asList(filters.split(";")));
  }

  static DelinquencyBuckets buckets(String edges) {
    return new DelinquencyBuckets(
        Arrays.stream(edges.split(",")).mapToInt(e -> Integer.parseInt(e.trim())).toArray());
  }
}
