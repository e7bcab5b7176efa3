package com.riskworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  /**
   * The example of GB 11643-1999, 11010519491231002X (Beijing Chaoyang 110105, born 1949-12-31,
   * sequence 002):
   *
   * <pre>
   * digit   1  1  0  1  0  5  1  9  4  9  1  2  3  1  0  0  2
   * weight  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
   * product 7  9  0  5  0 20  2  9 24 27  7 18 30  5  0  0  4   sum = 167
   * </pre>
   *
   * 167 mod 11 = 2 (167 = 15 × 11 + 2), and position 2 of "10X98765432" is X.
   */
  @Test
  void checkDigitOfTheStandardsExampleIsX() {
    assertThat(ResidentIdNumber.checkDigit("11010519491231002")).isEqualTo('X');
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          # first 17 digits, check character; sums worked by hand: 195 mod 11 = 8 -> '4'; 45 mod 11 = 1 -> '0'
          44052418800101001, 4
          11010120000101001, 0
          """)
  void checkDigitFollowsModEleven(String first17, char expected) {
    assertThat(ResidentIdNumber.checkDigit(first17)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "440524188001010014", "110101200001010010"})
  void acceptsNumbersWithCorrectCheckCharacter(String id) {
    assertThat(ResidentIdNumber.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105194912310021", // wrong check character
        "11010519491231002x", // check character must be upper-case X
        "11010519491231002", // too short
        "11010519491231002X0", // too long
        "1101051949123100AX", // letter among the digits
        "110105194902300023", // 30 February
        ""
      })
  void rejectsMalformedNumbers(String id) {
    assertThat(ResidentIdNumber.isValid(id)).isFalse();
  }

  @Test
  void rejectsNull() {
    assertThat(ResidentIdNumber.isValid(null)).isFalse();
  }

  @Test
  void checkDigitRequiresSeventeenDigits() {
    assertThatThrownBy(() -> ResidentIdNumber.checkDigit("1101051949123100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("17");
    assertThatThrownBy(() -> ResidentIdNumber.checkDigit("1101051949123100A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 17");
  }

  @Test
  void builtNumberCarriesRegionBirthDateAndSequence() {
    String id = ResidentIdNumber.of("440106", 1990, 3, 7, 41);
    assertThat(id).startsWith("44010619900307041").hasSize(18);
    assertThat(ResidentIdNumber.isValid(id)).isTrue();
  }
}
