package com.riskworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default engine rule, the setting that moves it, and the filter's names in the database. */
class EngineTest {
  /** 20,000,000 loan months is the default line; only a team database crosses to the database. */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          false, 50000000, 20000000, MEMORY
          true,  20000000, 20000000, MEMORY
          true,  20000001, 20000000, DATABASE
          true,  1000,     999,      DATABASE
          true,  0,        0,        MEMORY
          """)
  void theDefaultEngineIsTheDatabaseOnlyForALargeTeamBook(
      boolean server, long loanMonths, long min, Engine expected) {
    assertThat(Engine.defaultFor(server, loanMonths, min)).isEqualTo(expected);
  }

  @Test
  void theSettingDefaultsToTwentyMillionLoanMonths() {
    assertThat(Engine.minLoanMonths(null)).isEqualTo(20_000_000L);
    assertThat(Engine.minLoanMonths(" 5000 ")).isEqualTo(5_000L);
    assertThatThrownBy(() -> Engine.minLoanMonths("lots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rw.engine.database.minLoanMonths");
  }

  /** The database engine maps each dimension by name and uses the same segment labels. */
  @Test
  void everyDimensionHasItsAttributeWithTheSameLabels() {
    assertThat(Arrays.stream(LoanAttribute.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(Dimension.values()).map(Enum::name).toList());
    assertThat(LoanAttribute.AGE_BANDS).isEqualTo(Dimension.AGE_BANDS);
    assertThat(LoanAttribute.OWN).isEqualTo(Dimension.OWN);
    assertThat(LoanAttribute.NO_GROUP).isEqualTo(Dimension.NO_GROUP);
  }
}
