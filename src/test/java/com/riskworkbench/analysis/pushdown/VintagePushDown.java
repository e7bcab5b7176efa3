package com.riskworkbench.analysis.pushdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.DatabaseVintage;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.VintageAnalysis;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.VintageResult;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vintage grid of the database engine equals the in-memory one, cell by cell (loans, principal
 * and bad principal to the cent, rates to the last bit, net charge-off and the loans behind it),
 * for every parameter the command line takes: threshold, weight, cohort period; as-of months inside
 * a quarter and at its end; filters, age band, co-lending partner and group included.
 */
public interface VintagePushDown {
  List<PushDownContract.Book> books();

  /** monthsBack as in {@link PushDownContract}: -1 the default as-of, 99 the book's first month. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                                          | 30  | amount | month
          -1 |                                          | 60  | count  | month
          -1 |                                          | 90  | amount | quarter
          1  |                                          | 30  | count  | quarter
          2  |                                          | 1   | amount | quarter
          5  | channel=Partner A,Own app                 | 30  | count  | month
          -1 | age_band=<25,55+,unknown                  | 30  | amount | month
          14 | age_band=25-34                            | 60  | amount | quarter
          -1 | funding_partner=(own),Bank Hua            | 30  | amount | month
          -1 | group=(none)                              | 90  | count  | quarter
          -1 | region=Henan;risk_grade=D,E               | 30  | amount | month
          22 |                                           | 30  | amount | month
          99 |                                           | 30  | amount | month
          99 |                                           | 30  | amount | quarter
          -1 | product=No such product                   | 30  | amount | month
          3  | borrower_type=INDIVIDUAL;industry=Farming | 180 | count  | month
          """)
  default void vintageEqualsTheInMemoryGrid(
      int monthsBack, String filters, int threshold, String weight, String cohort) {
    VintageParams params =
        new VintageParams(
            threshold,
            VintageParams.Weight.parse(weight),
            VintageParams.CohortPeriod.parse(cohort));
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = PushDownContract.asOf(b, monthsBack);
      SegmentFilter filter = PushDownContract.filter(filters);
      VintageResult memory =
          VintageAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter), params);
      VintageResult database = DatabaseVintage.run(b.database(), asOf, filter, params);

      String where = b.name() + " as of " + asOf + " " + filters + " " + params;
      assertThat(database.asOf()).as(where).isEqualTo(memory.asOf());
      assertThat(database.cohorts()).as(where).isEqualTo(memory.cohorts());
      for (String c : memory.cohorts()) {
        int maxMob = memory.maxMob(c).orElseThrow();
        assertThat(database.maxMob(c)).as(where + " " + c).hasValue(maxMob);
        for (int k = 0; k <= maxMob; k++) {
          assertThat(database.cell(c, k))
              .as(where + " " + c + " " + k)
              .isEqualTo(memory.cell(c, k));
          assertThat(database.chargeOffLoans(c, k))
              .as(where + " " + c + " " + k)
              .isEqualTo(memory.chargeOffLoans(c, k));
        }
      }
      PushDownContract.assertSameTable(database.rows(), memory.rows(), where);
      PushDownContract.assertSameExtras(database.extras(), memory.extras(), where);
    }
  }

  /**
   * The loans behind a cell, page by page (pages of 5, each after the last id of the previous one),
   * are the in-memory loans of that cell by loan id: for every fourth cohort, at its middle and
   * last MOB; a cell past the as-of month has none.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -1 |                   | 30 | month   | false
          -1 |                   | 90 | quarter | false
          -1 | channel=Partner B | 30 | month   | true
          6  | age_band=25-34    | 60 | quarter | true
          10 | group=(none)      | 1  | month   | false
          """)
  default void drillPagesListTheLoansBehindACell(
      int monthsBack, String filters, int threshold, String cohort, boolean chargeOffs) {
    VintageParams params =
        new VintageParams(
            threshold, VintageParams.Weight.AMOUNT, VintageParams.CohortPeriod.parse(cohort));
    for (PushDownContract.Book b : books()) {
      Optional<YearMonth> asOf = PushDownContract.asOf(b, monthsBack);
      SegmentFilter filter = PushDownContract.filter(filters);
      VintageResult memory =
          VintageAnalysis.run(AnalysisScope.of(b.memory(), asOf, filter), params);
      List<String> cohorts = memory.cohorts();
      for (int c = 0; c < cohorts.size(); c += 4) {
        String label = cohorts.get(c);
        YearMonth month = memory.cohortMonth(label).orElseThrow();
        int maxMob = memory.maxMob(label).orElseThrow();
        for (int mob : new int[] {maxMob / 2, maxMob, maxMob + 1}) {
          int[] behind =
              chargeOffs ? memory.chargeOffLoansBehind(label, mob) : memory.loansBehind(label, mob);
          List<String> expected = new ArrayList<>();
          for (int l : behind) {
            expected.add(b.memory().loanIds()[l]);
          }
          Collections.sort(expected);

          List<String> paged = new ArrayList<>();
          Optional<String> after = Optional.empty();
          while (true) {
            List<String> page =
                DatabaseVintage.page(
                    b.database(), asOf, filter, params, month, mob, chargeOffs, after, 5);
            paged.addAll(page);
            if (page.size() < 5) {
              break;
            }
            after = Optional.of(page.get(page.size() - 1));
          }
          assertThat(paged)
              .as(b.name() + " " + filters + " " + params + " " + label + " MOB " + mob)
              .isEqualTo(expected);
        }
      }
    }
  }
}
