package com.riskworkbench.analysis.pushdown;

import static com.riskworkbench.analysis.pushdown.PushDownContract.asOf;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameExtras;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameTable;
import static com.riskworkbench.analysis.pushdown.PushDownContract.filter;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.CoLendingAnalysis;
import com.riskworkbench.analysis.CoLendingResult;
import com.riskworkbench.analysis.CoLendingRules;
import com.riskworkbench.analysis.DatabaseExposures;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.GroupAnalysis;
import com.riskworkbench.analysis.GroupLimit;
import com.riskworkbench.analysis.LorenzAnalysis;
import com.riskworkbench.analysis.LorenzAnalysis.LorenzResult;
import com.riskworkbench.analysis.SegmentFilter;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Lorenz curve, the related-party groups and co-lending: the database engine's result equals
 * the in-memory one on every book, row by row and field by field, every ratio to the last bit (the
 * finishing code is shared), for as-of months, filters and dimensions.
 */
public interface ExposuresPushDown {
  List<PushDownContract.Book> books();

  /** monthsBack: -1 the default as-of, 99 the book's first month; filters separated by ';'. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                  | borrower
          6  |                                  | borrower
          99 |                                  | borrower
          -1 | channel=Partner A,Partner B      | borrower
          -1 | age_band=25-34,35-44             | borrower
          -1 | funding_partner=(own),Bank Hua   | borrower
          -1 | group=(none)                     | borrower
          -1 |                                  | product
          -1 |                                  | region
          12 |                                  | age_band
          -1 |                                  | funding_partner
          -1 |                                  | group
          3  | region=Henan;risk_grade=D,E      | group
          -1 | product=No such product          | borrower
          """)
  default void lorenzEqualsTheInMemoryCurve(int monthsBack, String filters, String by) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      Dimension dimension = Dimension.parse(by);
      LorenzResult memory =
          LorenzAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter), dimension);
      AnalysisResult database =
          b.database()
              .run(
                  Analyses.Kind.LORENZ,
                  asOf,
                  filter,
                  Analyses.Params.defaults().withDimension(dimension));

      String where = b.name() + " as of " + asOf + " " + filters + " by " + by;
      assertThat(database).as(where).isEqualTo(memory);
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  /** The default limit (15 % of net assets) and a low one (0.1 %), so that groups breach it. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                  | 0.15
          -1 |                                  | 0.001
          6  |                                  | 0.001
          99 |                                  | 0.15
          -1 | channel=Partner A                | 0.001
          -1 | age_band=<25,55+,unknown          | 0.15
          -1 | funding_partner=Bank Xin         | 0.001
          -1 | group=(none)                     | 0.15
          -1 | borrower_type=INDIVIDUAL         | 0.001
          -1 | product=No such product          | 0.15
          """)
  default void groupsEqualTheInMemoryGroups(int monthsBack, String filters, double share) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      GroupLimit limit = new GroupLimit(share);
      GroupAnalysis.GroupResult memory =
          GroupAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter), limit);
      GroupAnalysis.GroupResult database = groups(b, asOf, filter, limit);

      String where = b.name() + " as of " + asOf + " " + filters + " limit " + share;
      assertThat(database).as(where).isEqualTo(memory);
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  /** The default rules and strict ones (50 % own share, 1 % of tier 1, 5 % co-lent). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                  | 0.30 | 0.25 | 0.50
          -1 |                                  | 0.50 | 0.01 | 0.05
          6  |                                  | 0.30 | 0.25 | 0.50
          99 |                                  | 0.50 | 0.01 | 0.05
          -1 | channel=Partner A,Partner C      | 0.30 | 0.25 | 0.50
          -1 | age_band=25-34                   | 0.50 | 0.01 | 0.05
          -1 | funding_partner=Bank Yuan        | 0.30 | 0.25 | 0.50
          -1 | funding_partner=(own)            | 0.30 | 0.25 | 0.50
          -1 | group=(none);region=Henan        | 0.50 | 0.01 | 0.05
          -1 | product=No such product          | 0.30 | 0.25 | 0.50
          """)
  default void coLendingEqualsTheInMemoryPartners(
      int monthsBack, String filters, double minOwn, double partnerTier1, double coLent) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      CoLendingRules rules = new CoLendingRules(minOwn, partnerTier1, coLent);
      CoLendingResult memory =
          CoLendingAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter), rules);
      CoLendingResult database = coLending(b, asOf, filter, rules);

      String where = b.name() + " as of " + asOf + " " + filters + " rules " + rules;
      assertThat(database.partnersAndTotal()).as(where).isEqualTo(memory.partnersAndTotal());
      assertThat(database.rules()).as(where).isEqualTo(memory.rules());
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  private static GroupAnalysis.GroupResult groups(
      PushDownContract.Book b, Optional<YearMonth> asOf, SegmentFilter filter, GroupLimit limit) {
    if (limit.equals(GroupLimit.DEFAULT)) {
      return (GroupAnalysis.GroupResult)
          b.database().run(Analyses.Kind.GROUPS, asOf, filter, Analyses.Params.defaults());
    }
    return new DatabaseExposures(b.database()).groups(asOf, filter, limit);
  }

  private static CoLendingResult coLending(
      PushDownContract.Book b,
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      CoLendingRules rules) {
    if (rules.equals(CoLendingRules.DEFAULT)) {
      return (CoLendingResult)
          b.database().run(Analyses.Kind.CO_LENDING, asOf, filter, Analyses.Params.defaults());
    }
    return new DatabaseExposures(b.database()).coLending(asOf, filter, rules);
  }
}
