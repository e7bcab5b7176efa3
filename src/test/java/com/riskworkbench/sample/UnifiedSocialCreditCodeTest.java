package com.riskworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  /**
   * The example of GB 32100-2015, 91350100M000100Y43. Values of the first 17 characters (M = 21, Y
   * = 30) times the weights 3^i mod 31:
   *
   * <pre>
   * char    9  1  3  5  0  1  0  0  M  0  0  0  1  0  0  Y  4
   * value   9  1  3  5  0  1  0  0 21  0  0  0  1  0  0 30  4
   * weight  1  3  9 27 19 26 16 17 20 29 25 13  8 24 10 30 28
   * product 9  3 27 135 0 26  0  0 420 0  0  0  8  0  0 900 112   sum = 1640
   * </pre>
   *
   * 1640 mod 31 = 28 (1640 = 52 × 31 + 28), 31 − 28 = 3: check character '3'.
   */
  @Test
  void checkCharacterOfTheStandardsExampleIsThree() {
    assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100I000100Y43", ""})
  void rejectsMalformedCodes(String code) {
    assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
  }

  @Test
  void builtCodesAreValidForCompaniesAndIndividualBusinesses() {
    for (int body = 0; body < 100_000_000; body += 7_654_321) {
      String company = UnifiedSocialCreditCode.of(false, "330106", body);
      String shop = UnifiedSocialCreditCode.of(true, "440106", body);
      assertThat(company).startsWith("91330106").hasSize(18);
      assertThat(shop).startsWith("92440106").hasSize(18);
      assertThat(UnifiedSocialCreditCode.isValid(company)).isTrue();
      assertThat(UnifiedSocialCreditCode.isValid(shop)).isTrue();
    }
  }
}
