package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;

/**
 * Classifies an ACTIVE row by days past due: Normal at 0, Special mention up to {@code
 * specialMentionMax}, Substandard up to {@code substandardMax}, Doubtful up to {@code doubtfulMax},
 * Loss above (docs/methodology.md §4). Where the lender booked a category for a row, that is the
 * row's category ({@link #category}); the rule's stays beside it ({@link #classify}).
 */
public record FiveCategoryRule(
    String name, int specialMentionMax, int substandardMax, int doubtfulMax) {
  /** The 2023 rules on risk classification of financial assets: 1–90, 91–270, 271–360, > 360. */
  public static final FiveCategoryRule REGULATORY_2023 =
      new FiveCategoryRule("regulatory-2023", 90, 270, 360);

  /** The credit-card rules: 1–90, 91–120, 121–180, > 180. */
  public static final FiveCategoryRule CREDIT_CARD =
      new FiveCategoryRule("credit-card", 90, 120, 180);

  public FiveCategoryRule {
    if (!(0 < specialMentionMax
        && specialMentionMax < substandardMax
        && substandardMax < doubtfulMax)) {
      throw new IllegalArgumentException("five-category edges must increase");
    }
  }

  public static FiveCategoryRule preset(String name) {
    return switch (name) {
      case "regulatory-2023", "regulatory" -> REGULATORY_2023;
      case "credit-card" -> CREDIT_CARD;
      default ->
          throw new IllegalArgumentException(
              "unknown five-category preset '"
                  + name
                  + "'; expected regulatory-2023 or credit-card");
    };
  }

  private static final FiveCategory[] CATEGORIES = FiveCategory.values();

  /**
   * The category every analysis uses for row {@code row}: the one the lender booked, where it did
   * (the tape's {@code five_category}); the rule's by days past due otherwise.
   */
  public FiveCategory category(LoadedPortfolio p, int row) {
    return category(p.rowCategory()[row], p.rowDpd()[row]);
  }

  /**
   * The category of a row that booked {@code booked} ({@link LoadedPortfolio#NO_CATEGORY} for none)
   * with {@code dpd} days past due.
   */
  public FiveCategory category(byte booked, int dpd) {
    return booked == LoadedPortfolio.NO_CATEGORY ? classify(dpd) : CATEGORIES[booked];
  }

  /** The rule's category by days past due alone, whatever the lender booked. */
  public FiveCategory classify(int dpd) {
    if (dpd <= 0) {
      return FiveCategory.NORMAL;
    }
    if (dpd <= specialMentionMax) {
      return FiveCategory.SPECIAL_MENTION;
    }
    if (dpd <= substandardMax) {
      return FiveCategory.SUBSTANDARD;
    }
    if (dpd <= doubtfulMax) {
      return FiveCategory.DOUBTFUL;
    }
    return FiveCategory.LOSS;
  }

  public String describe() {
    return name
        + ": special mention 1–"
        + specialMentionMax
        + ", substandard "
        + (specialMentionMax + 1)
        + "–"
        + substandardMax
        + ", doubtful "
        + (substandardMax + 1)
        + "–"
        + doubtfulMax
        + ", loss > "
        + doubtfulMax
        + " days past due";
  }
}
