package com.riskworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ResidentIdNumberProperties {

  @Property
  void everyBuiltNumberIsValid(
      @ForAll @IntRange(min = 110000, max = 659999) int region,
      @ForAll @IntRange(min = 0, max = 40000) int daysSince1940,
      @ForAll @IntRange(min = 0, max = 999) int sequence) {
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(daysSince1940);
    String id =
        ResidentIdNumber.of(
            Integer.toString(region),
            birth.getYear(),
            birth.getMonthValue(),
            birth.getDayOfMonth(),
            sequence);
    assertThat(ResidentIdNumber.isValid(id)).isTrue();
  }

  /** MOD 11-2 catches every single-character error: 11 is prime and no weight is 0 mod 11. */
  @Property
  void changingOneDigitMakesTheNumberInvalid(
      @ForAll @IntRange(min = 0, max = 40000) int daysSince1940,
      @ForAll @IntRange(min = 0, max = 16) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(daysSince1940);
    String id =
        ResidentIdNumber.of(
            "330106", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), 123);
    char[] chars = id.toCharArray();
    chars[position] = (char) ('0' + (chars[position] - '0' + shift) % 10);
    assertThat(ResidentIdNumber.isValid(new String(chars))).isFalse();
  }
}
