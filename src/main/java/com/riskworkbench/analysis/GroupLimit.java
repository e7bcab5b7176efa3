package com.riskworkbench.analysis;

import java.util.OptionalLong;

/**
 * The related-party group limit (docs/methodology.md §6.7): a group's exposure at most {@code
 * netAssetsShare} of the holder's net assets; 15 % by default, as the 2024 measures for microloan
 * companies set it. Sits beside {@link SingleBorrowerLimits}.
 */
public record GroupLimit(double netAssetsShare) {
  public static final GroupLimit DEFAULT = new GroupLimit(0.15);

  public GroupLimit {
    if (!(netAssetsShare > 0 && netAssetsShare <= 1)) {
      throw new IllegalArgumentException(
          "a group limit must be a share of net assets above 0 and at most 1, got "
              + netAssetsShare);
    }
  }

  /** The limit in cents, when net assets are known. */
  public OptionalLong limit(OptionalLong netAssetsCents) {
    return netAssetsCents.isPresent()
        ? OptionalLong.of(Math.round(netAssetsCents.getAsLong() * netAssetsShare))
        : OptionalLong.empty();
  }
}
