package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.PeriodAnalysis.Figures;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each column of the period comparison is what the summary and the provisions analysis say at that
 * month for the same loans — the period computes them in one pass, with every month's transition
 * matrix from one scan of the rows, and must not drift from them. On a generated book with booked
 * categories and provisions, whole and filtered (the filter exercises the portfolio-wide fallback
 * rows of the matrices).
 */
class PeriodConsistencyTest {
  private static final FiveCategoryRule RULE = FiveCategoryRule.REGULATORY_2023;

  @ParameterizedTest
  @ValueSource(strings = {"", "channel=Own app"})
  void everyColumnMatchesTheSummaryAndTheProvisionsOfItsMonth(String filter) throws Exception {
    LoadedPortfolio p = NplWalkIdentityTest.generated(5);
    AnalysisScope scope =
        AnalysisScope.of(
            p,
            Optional.empty(),
            filter.isEmpty() ? SegmentFilter.NONE : SegmentFilter.parse(List.of(filter)));

    PeriodResult r =
        PeriodAnalysis.run(scope, DelinquencyBuckets.DEFAULT, RULE, TransitionModel.DEFAULT_WINDOW);

    for (ReportingMonth m : ReportingMonth.values()) {
      int month = m.month(scope.asOfMonth());
      Figures f = r.figures(m).orElseThrow(); // 24 months: every column is inside the data
      AnalysisScope at = new AnalysisScope(p, month, scope.filter(), scope.include());
      SummaryAnalysis.Snapshot s =
          SummaryAnalysis.snapshot(at, month, DelinquencyBuckets.DEFAULT, RULE);
      ProvisionAnalysis.ProvisionResult prov =
          ProvisionAnalysis.run(
              at, DelinquencyBuckets.DEFAULT, RULE, TransitionModel.DEFAULT_WINDOW);
      assertThat(f.outstandingCents()).as(m.column()).isEqualTo(s.outstandingCents());
      assertThat(f.nplCents()).as(m.column()).isEqualTo(s.nplCents());
      assertThat(f.par30Cents()).as(m.column()).isEqualTo(s.par30Cents());
      assertThat(f.eclCents()).as(m.column()).isEqualTo(prov.eclCents());
      assertThat(f.provisionCents())
          .as(m.column())
          .isEqualTo(prov.heldCents().orElse(prov.eclCents()));
    }
  }
}
