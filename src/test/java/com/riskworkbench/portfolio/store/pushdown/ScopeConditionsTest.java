package com.riskworkbench.portfolio.store.pushdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.db.Tables;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The birth-date limits of the age bands: the latest birth date of someone N years old on the last
 * day of the as-of month, as Period.between counts completed years (the in-memory rule).
 */
class ScopeConditionsTest {
  /**
   * 2025-02-28: born 2000-02-28 is 25 (the anniversary is that day), born 2000-02-29 is 24 (Period
   * counts 24 years, 11 months, 30 days). 2024-02-29 (leap month end): born 1999-02-28 is 25 that
   * day; born 1999-03-01 is not. 2025-12-31: born 2000-12-31 is 25. 2025-04-30: born 1990-04-30 is
   * 35, born 1990-05-01 is 34.
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          25, 2025-02-28, 2000-02-28
          25, 2024-02-29, 1999-02-28
          25, 2025-12-31, 2000-12-31
          35, 2025-04-30, 1990-04-30
          55, 2026-06-30, 1971-06-30
          """)
  void theLimitIsTheLastBirthDateOfThatAge(int years, LocalDate end, LocalDate expected) {
    LocalDate limit = ScopeConditions.latestBirthOfAge(years, end);

    assertThat(limit).isEqualTo(expected);
    assertThat(Period.between(limit, end).getYears()).isEqualTo(years);
    assertThat(Period.between(limit.plusDays(1), end).getYears()).isEqualTo(years - 1);
  }

  /**
   * H2 evaluates an uncorrelated {@code IN (subquery)} once into a result held in the program's
   * heap — one id per loan in scope, out of memory at -Xmx256m under a broad filter of a 1M-loan
   * file (docs/benchmarks.md). The scope is a correlated EXISTS on the loan's key, the inner tables
   * aliased so that an outer {@code loan} is not shadowed: the outer key appears in the inner
   * WHERE.
   */
  @Test
  void theScopeIsACorrelatedExistsOnTheLoansKey() {
    PushDownScope scope =
        new PushDownScope(YearMonth.of(2026, 10), Map.of(LoanAttribute.PRODUCT, Set.of("A")));

    String sql =
        DSL.using(SQLDialect.H2)
            .renderInlined(ScopeConditions.loans(Tables.LOAN.LOAN_ID, scope, 2))
            .toLowerCase(Locale.ROOT);

    assertThat(sql)
        .startsWith("exists (select 1 \"one\" from \"loan\" \"scope_loan\" join")
        .contains("\"scope_loan\".\"loan_id\" = \"loan\".\"loan_id\"")
        .contains("\"scope_loan\".\"product\" in ('a')")
        .doesNotContain(" in (select");
  }

  /** No filter, no condition: the whole book without a semi-join. */
  @Test
  void theWholeBookHasNoCondition() {
    PushDownScope all = new PushDownScope(YearMonth.of(2026, 10), Map.of());

    assertThat(ScopeConditions.loans(Tables.LOAN.LOAN_ID, all, 2)).isEqualTo(DSL.noCondition());
  }
}
