package com.riskworkbench.analysis.pushdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.CollectionsAnalysis;
import com.riskworkbench.analysis.CollectionsResult;
import com.riskworkbench.analysis.DatabaseCollections;
import com.riskworkbench.analysis.SegmentFilter;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The collections summary of the database engine equals the in-memory one: the actions per month
 * and type, per type and overall (counts, rates to the last bit, amounts to the cent), and the
 * recoveries against charged-off balance by cohort, for as-of months and filters.
 */
public interface CollectionsPushDown {
  List<PushDownContract.Book> books();

  /** monthsBack as in {@link PushDownContract}: -1 the default as-of, 99 the book's first month. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |
          6  |
          99 |
          -1 | channel=Partner A,Own app
          -1 | age_band=<25,55+,unknown
          12 | age_band=35-44
          -1 | funding_partner=(own),Bank Hua
          -1 | group=(none)
          3  | region=Henan;risk_grade=D,E
          -1 | product=No such product
          """)
  default void collectionsEqualTheInMemorySummary(int monthsBack, String filters) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = PushDownContract.asOf(b, monthsBack);
      SegmentFilter filter = PushDownContract.filter(filters);
      CollectionsResult memory =
          CollectionsAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter));
      CollectionsResult database = DatabaseCollections.run(b.database(), asOf, filter);

      String where = b.name() + " as of " + asOf + " " + filters;
      assertThat(database.cells()).as(where).isEqualTo(memory.cells());
      assertThat(database.totalsByType()).as(where).isEqualTo(memory.totalsByType());
      assertThat(database.total()).as(where).isEqualTo(memory.total());
      assertThat(database.recoveriesByCohort()).as(where).isEqualTo(memory.recoveriesByCohort());
      PushDownContract.assertSameTable(database.rows(), memory.rows(), where);
      PushDownContract.assertSameExtras(database.extras(), memory.extras(), where);
    }
  }
}
