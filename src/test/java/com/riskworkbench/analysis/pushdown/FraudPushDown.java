package com.riskworkbench.analysis.pushdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseFraud;
import com.riskworkbench.analysis.FraudAnalysis;
import com.riskworkbench.analysis.FraudResult;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.portfolio.FraudCase;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fraud summary of the database engine equals the in-memory one: totals by type × status, by
 * detection channel, by root cause and overall (DISMISSED cases' losses left out), days from
 * origination to report (mean and median to the last bit), confirmed-fraud rates by channel and by
 * cohort; for as-of months and filters, borrower-only cases counted as in memory.
 */
public interface FraudPushDown {
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
          12 | age_band=25-34
          -1 | funding_partner=(own),Bank Hua
          -1 | group=(none)
          3  | region=Henan;risk_grade=D,E
          -1 | borrower_type=INDIVIDUAL
          -1 | product=No such product
          """)
  default void fraudEqualsTheInMemorySummary(int monthsBack, String filters) {
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = PushDownContract.asOf(b, monthsBack);
      SegmentFilter filter = PushDownContract.filter(filters);
      FraudResult memory = FraudAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter));
      FraudResult database = DatabaseFraud.run(b.database(), asOf, filter);

      String where = b.name() + " as of " + asOf + " " + filters;
      assertThat(database.cells()).as(where).isEqualTo(memory.cells());
      assertThat(database.byChannel()).as(where).isEqualTo(memory.byChannel());
      assertThat(database.byRootCause()).as(where).containsExactlyEntriesOf(memory.byRootCause());
      assertThat(database.totals()).as(where).isEqualTo(memory.totals());
      assertThat(database.daysToReport()).as(where).isEqualTo(memory.daysToReport());
      assertThat(database.confirmedRateByChannel())
          .as(where)
          .containsExactlyEntriesOf(memory.confirmedRateByChannel());
      assertThat(database.confirmedRateByCohort())
          .as(where)
          .containsExactlyEntriesOf(memory.confirmedRateByCohort());
      assertThat(database.confirmedRate()).as(where).isEqualTo(memory.confirmedRate());
      // the same counted cases, listed by case id (the pack's case list sorts them so too)
      assertThat(database.cases())
          .as(where)
          .isSortedAccordingTo(java.util.Comparator.comparing(FraudCase::caseId))
          .containsExactlyInAnyOrderElementsOf(memory.cases());
      PushDownContract.assertSameTable(database.rows(), memory.rows(), where);
      PushDownContract.assertSameExtras(database.extras(), memory.extras(), where);
    }
  }
}
