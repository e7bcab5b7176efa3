package com.riskworkbench.analysis.pushdown;

import static com.riskworkbench.analysis.pushdown.PushDownContract.asOf;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameExtras;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameTable;
import static com.riskworkbench.analysis.pushdown.PushDownContract.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.ScorecardAnalysis;
import com.riskworkbench.analysis.ScorecardParams;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.analysis.SegmentFilter;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scorecard monitoring: the database engine's cohorts, baseline, cut points and deciles equal the
 * in-memory ones on every book, every KS, AUC, Gini and PSI to the last bit (the finishing code is
 * shared), for as-of months, filters, performance windows and thresholds.
 */
public interface ScorecardPushDown {
  List<PushDownContract.Book> books();

  /** monthsBack: -1 the default as-of, 99 the book's first month; filters separated by ';'. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                  | 12 | 90
          -1 |                                  | 6  | 30
          -1 |                                  | 1  | 1
          8  |                                  | 12 | 90
          99 |                                  | 12 | 90
          -1 |                                  | 120 | 90
          -1 | channel=Partner A,Own app         | 6  | 60
          -1 | age_band=25-34,35-44             | 12 | 90
          -1 | funding_partner=(own),Bank Hua   | 3  | 30
          -1 | group=(none)                     | 12 | 90
          5  | region=Henan;risk_grade=D,E      | 6  | 30
          -1 | product=No such product          | 12 | 90
          """)
  default void scorecardEqualsTheInMemoryCohorts(
      int monthsBack, String filters, int mob, int threshold) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      ScorecardParams params = new ScorecardParams(mob, threshold);
      ScorecardResult memory =
          ScorecardAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter), params);
      ScorecardResult database =
          (ScorecardResult)
              b.database()
                  .run(
                      Analyses.Kind.SCORECARD,
                      asOf,
                      filter,
                      Analyses.Params.defaults().withScorecard(params));

      String where = b.name() + " as of " + asOf + " " + filters + " K=" + mob + " X=" + threshold;
      assertThat(database.asOf()).as(where).isEqualTo(memory.asOf());
      assertThat(database.cohorts()).as(where).isEqualTo(memory.cohorts());
      assertThat(database.baseline()).as(where).isEqualTo(memory.baseline());
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
      if (!memory.cohorts().isEmpty()) {
        assertThatThrownBy(() -> database.loansBehind(ScorecardResult.BASELINE))
            .isInstanceOf(UnsupportedOperationException.class);
      }
    }
  }
}
