package com.riskworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.SegmentFilter;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTextTest {
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final SegmentFilter TWO =
      new SegmentFilter(
          Map.of(
              Dimension.REGION, Set.of("湖北"),
              Dimension.PRODUCT, Set.of("Car loan", "Credit loan"),
              Dimension.BORROWER_TYPE, Set.of("SMALL_ENTERPRISE")));

  private static ScopeText in(Locale locale) {
    ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", locale);
    return new ScopeText(messages, new Labels(messages), new Formats(locale));
  }

  @Test
  void withoutAFilterTheLineSaysAllLoans() {
    assertThat(in(Locale.ENGLISH).line(OCTOBER, SegmentFilter.NONE))
        .isEqualTo("As of 2026-10 · all loans");
    assertThat(in(Locale.SIMPLIFIED_CHINESE).line(OCTOBER, SegmentFilter.NONE))
        .isEqualTo("数据截至 2026-10 · 全部贷款");
  }

  @Test
  void filtersAreListedInTheBarsOrderWithTheirValuesSortedAndLabelled() {
    // dimensions in declaration order (product, region, borrower type); values sorted; the borrower
    // type code is shown by its label
    assertThat(in(Locale.ENGLISH).line(OCTOBER, TWO))
        .isEqualTo(
            "As of 2026-10 · Product: Car loan, Credit loan · Region: 湖北"
                + " · Borrower type: Small enterprise");
    assertThat(in(Locale.SIMPLIFIED_CHINESE).filters(TWO))
        .isEqualTo("产品：Car loan、Credit loan · 地区：湖北 · 借款人类型：小型企业");
  }

  @Test
  void fileNamesCarryTheMonthAndFiltersInCharactersEveryFileSystemTakes() {
    assertThat(ScopeText.fileName("loans", OCTOBER, SegmentFilter.NONE, ".csv"))
        .isEqualTo("loans-2026-10.csv");
    // spaces become _, values joined by +, letters of any script kept
    assertThat(ScopeText.fileName("loans", OCTOBER, TWO, ".csv"))
        .isEqualTo(
            "loans-2026-10-product-Car_loan+Credit_loan-region-湖北-borrower_type-SMALL_ENTERPRISE.csv");
    SegmentFilter hostile =
        new SegmentFilter(Map.of(Dimension.CHANNEL, Set.of("../../etc/passwd:x*?")));
    assertThat(ScopeText.fileName("loans", OCTOBER, hostile, ".csv"))
        .isEqualTo("loans-2026-10-channel-______etc_passwd_x__.csv");
  }

  @Test
  void aLongFilterIsCutSoTheNameStaysUsable() {
    SegmentFilter many = new SegmentFilter(Map.of(Dimension.INDUSTRY, Set.of("x".repeat(200))));
    String name = ScopeText.fileName("loans", OCTOBER, many, ".csv");
    // "loans-2026-10" + 80 characters of filters + ".csv"
    assertThat(name)
        .hasSize(13 + 80 + 4)
        .startsWith("loans-2026-10-industry-xxx")
        .endsWith("x.csv");
  }
}
