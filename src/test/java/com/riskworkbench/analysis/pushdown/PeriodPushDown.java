package com.riskworkbench.analysis.pushdown;

import static com.riskworkbench.analysis.pushdown.PushDownContract.asOf;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameExtras;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameTable;
import static com.riskworkbench.analysis.pushdown.PushDownContract.filter;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.PeriodResult;
import com.riskworkbench.analysis.ReportingMonth;
import com.riskworkbench.analysis.SegmentFilter;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The period comparison the database engine runs equals the in-memory one on every book: each
 * reporting month's figures (loans, outstanding, PAR30, NPL, special mention, 90+ days, provisions
 * with their basis, the ECL point estimate) to the cent, and the table and JSON fields, for as-of
 * months (a quarter end, a year's first month, months whose year-ago column falls outside the
 * data), filters (the age band taken at the as-of month for every column), both presets and
 * transition windows. The sample books provisions (held basis), the generated book none (ECL).
 */
public interface PeriodPushDown {
  List<PushDownContract.Book> books();

  /** monthsBack as in {@link PushDownContract}; window -1 for the default. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                     | regulatory-2023 | -1
          1  |                                     | regulatory-2023 | -1
          3  |                                     | credit-card     | 6
          12 | channel=Partner A,Own app           | regulatory-2023 | -1
          5  | age_band=<25,55+,unknown            | regulatory-2023 | 12
          -1 | funding_partner=(own),Bank Hua      | credit-card     | 3
          -1 | group=(none);risk_grade=C,D,E       | regulatory-2023 | -1
          20 | product=Credit loan                 | regulatory-2023 | 24
          -1 | product=No such product             | regulatory-2023 | -1
          99 |                                     | regulatory-2023 | -1
          """)
  default void periodEqualsTheInMemoryComparison(
      int monthsBack, String filters, String rule, int window) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = asOf(b, monthsBack);
      SegmentFilter filter = filter(filters);
      Analyses.Params p =
          Analyses.Params.defaults()
              .withFiveCategory(FiveCategoryRule.preset(rule))
              .withWindow(window == -1 ? Optional.empty() : Optional.of(window));
      String where = b.name() + " as of " + asOf + " " + filters + " " + rule + " W=" + window;
      PeriodResult memory =
          (PeriodResult)
              Analyses.run(Analyses.Kind.PERIOD, AnalysisScope.of(b.memory(), asOf, filter), p);
      PeriodResult database =
          (PeriodResult) b.database().run(Analyses.Kind.PERIOD, asOf, filter, p);
      assertThat(database.asOfMonth()).as(where).isEqualTo(memory.asOfMonth());
      for (ReportingMonth m : ReportingMonth.values()) {
        // records: every count and cent, the provision basis
        assertThat(database.columns().get(m))
            .as(where + " " + m)
            .isEqualTo(memory.columns().get(m));
      }
      assertSameTable(database.rows(), memory.rows(), where);
      assertSameExtras(database.extras(), memory.extras(), where);
    }
  }
}
