package com.riskworkbench.analysis.pushdown;

import static com.riskworkbench.analysis.pushdown.PushDownContract.asOf;
import static com.riskworkbench.analysis.pushdown.PushDownContract.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DataQualityChecks;
import com.riskworkbench.analysis.DataQualityChecks.Finding;
import com.riskworkbench.analysis.DatabaseDataQuality;
import com.riskworkbench.analysis.SegmentFilter;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data-quality checks: the database engine's occurrences and loans of every check, and the
 * rows, ACTIVE loans, neighbours' median and unusual flag of every month, equal the in-memory ones
 * on every book, for as-of months and filters.
 */
public interface DataQualityPushDown {
  List<PushDownContract.Book> books();

  /** monthsBack: -1 the default as-of, 99 the book's first month; filters separated by ';'. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |
          6  |
          99 |
          1  |
          -1 | channel=Partner A,Own app
          -1 | age_band=<25,unknown
          -1 | funding_partner=(own),Bank Hua
          -1 | group=(none)
          12 | region=Henan;risk_grade=D,E
          -1 | borrower_type=MICRO_ENTERPRISE,SMALL_ENTERPRISE
          -1 | product=No such product
          """)
  default void dataQualityEqualsTheInMemoryChecks(int monthsBack, String filters) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      DataQualityChecks.Result memory =
          DataQualityChecks.run(AnalysisScope.of(b.memory(), asOf, filter));
      DataQualityChecks.Result database = DatabaseDataQuality.run(b.database(), asOf, filter);

      String where = b.name() + " as of " + asOf + " " + filters;
      assertThat(database.findings())
          .as(where)
          .extracting(f -> List.<Object>of(f.check(), f.occurrences(), f.loanCount()))
          .containsExactlyElementsOf(
              memory.findings().stream()
                  .map(f -> List.<Object>of(f.check(), f.occurrences(), f.loans().length))
                  .toList());
      assertThat(database.findings()).extracting(Finding::loans).allMatch(l -> l.length == 0);
      assertThat(database.months()).as(where).isEqualTo(memory.months());
      if (!memory.months().isEmpty()) {
        YearMonth m = memory.months().get(0).month();
        assertThatThrownBy(() -> database.loansWithRowIn(m))
            .isInstanceOf(UnsupportedOperationException.class);
      }
    }
  }
}
