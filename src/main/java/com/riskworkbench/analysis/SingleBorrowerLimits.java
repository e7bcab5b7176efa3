package com.riskworkbench.analysis;

import java.util.OptionalLong;

/**
 * Single-borrower limits (docs/methodology.md §6). Defaults follow the 2024 interim rules for
 * microloan companies: online consumer loans at most 200,000 and business loans at most 10,000,000
 * per borrower, and one borrower at most 10 % of net assets when the portfolio states them.
 * Individuals are held to the consumer limit, micro and small enterprises to the business limit.
 */
public record SingleBorrowerLimits(
    long consumerLimitCents, long businessLimitCents, double netAssetsShare) {

  public static final SingleBorrowerLimits DEFAULT =
      new SingleBorrowerLimits(200_000_00L, 10_000_000_00L, 0.10);

  /** The net-assets limit in cents, when net assets are known. */
  public OptionalLong netAssetsLimit(OptionalLong netAssetsCents) {
    return netAssetsCents.isPresent()
        ? OptionalLong.of(Math.round(netAssetsCents.getAsLong() * netAssetsShare))
        : OptionalLong.empty();
  }
}
