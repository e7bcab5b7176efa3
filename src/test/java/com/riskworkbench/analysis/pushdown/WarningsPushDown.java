package com.riskworkbench.analysis.pushdown;

import static com.riskworkbench.analysis.pushdown.PushDownContract.asOf;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameExtras;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameTable;
import static com.riskworkbench.analysis.pushdown.PushDownContract.filter;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.EarlyWarnings;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.SegmentFilter;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The early warnings: every indicator the database engine colours equals the in-memory one — value
 * to the last bit, thresholds, status, rule and the flagged cohorts — since both read the same
 * analyses' results through the same finishing code.
 */
public interface WarningsPushDown {
  List<PushDownContract.Book> books();

  /** monthsBack: -1 the default as-of, 99 the book's first month; filters separated by ';'. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                  | regulatory-2023
          -1 |                                  | credit-card
          3  |                                  | regulatory-2023
          99 |                                  | regulatory-2023
          -1 | channel=Partner A,Own app         | regulatory-2023
          5  | region=Henan;risk_grade=D,E      | credit-card
          -1 | product=No such product          | regulatory-2023
          """)
  default void warningsEqualTheInMemoryIndicators(int monthsBack, String filters, String rule) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      Analyses.Params params =
          Analyses.Params.defaults().withFiveCategory(FiveCategoryRule.preset(rule));
      EarlyWarnings.WarningsResult memory =
          (EarlyWarnings.WarningsResult)
              Analyses.run(
                  Analyses.Kind.WARNINGS, AnalysisScope.of(b.memory(), asOf, filter), params);
      EarlyWarnings.WarningsResult database =
          (EarlyWarnings.WarningsResult)
              b.database().run(Analyses.Kind.WARNINGS, asOf, filter, params);

      String where = b.name() + " as of " + asOf + " " + filters + " " + rule;
      assertThat(database.asOf()).as(where).isEqualTo(memory.asOf());
      assertThat(database.indicators()).as(where).isEqualTo(memory.indicators());
      assertThat(database.cohortFlags()).as(where).isEqualTo(memory.cohortFlags());
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }
}
