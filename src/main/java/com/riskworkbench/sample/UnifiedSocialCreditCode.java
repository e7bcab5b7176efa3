package com.riskworkbench.sample;

/**
 * The 18-character unified social credit code of a Chinese organisation (GB 32100-2015): the
 * registration authority and organisation type ({@code 91} a company, {@code 92} an individual
 * business), a 6-digit region code, a 9-character organisation code (GB 11714: eight characters and
 * a MOD 11 check) and a MOD 31 check character. Enterprises in the sample carry one as their id
 * number, the way a real tape records them.
 */
public final class UnifiedSocialCreditCode {

  public static final int LENGTH = 18;

  /** The 31 characters of the code, in value order (no I, O, S, V, Z). */
  private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private UnifiedSocialCreditCode() {}

  /**
   * The check character for the first 17 characters: 31 − (Σ value_i × weight_i mod 31), with 31
   * written as {@code 0}.
   *
   * @throws IllegalArgumentException when a character is not one of the code's 31 characters
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("expected 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int value = CHARS.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException(
            "not a code character at position " + (i + 1) + ": " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    return CHARS.charAt((31 - sum % 31) % 31);
  }

  /** Whether {@code code} has 18 code characters and a correct check character. */
  public static boolean isValid(CharSequence code) {
    if (code == null || code.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (CHARS.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(code.subSequence(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
  }

  /**
   * Builds a code.
   *
   * @param individualBusiness {@code true} for a 个体工商户 (type {@code 92}), else a company
   * @param regionCode 6-digit region code
   * @param organisationBody eight digits; the organisation code's own check digit is added
   */
  static String of(boolean individualBusiness, String regionCode, int organisationBody) {
    StringBuilder sb = new StringBuilder(LENGTH);
    sb.append(individualBusiness ? "92" : "91").append(regionCode);
    String body = Integer.toString(organisationBody);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int digit = i < 8 - body.length() ? 0 : body.charAt(i - (8 - body.length())) - '0';
      sb.append((char) ('0' + digit));
      sum += digit * ORG_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    sb.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
    sb.append(checkCharacter(sb));
    return sb.toString();
  }
}
