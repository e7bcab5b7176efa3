package com.riskworkbench.analysis;

/**
 * The co-lending limits (docs/methodology.md §6.8), by default those of the 2021 rules for internet
 * loans: the holder funds at least {@code minOwnShare} of every co-lent loan; the balance co-lent
 * with one partner is at most {@code partnerTier1Share} of tier 1 net capital; all co-lent balance
 * is at most {@code coLentShare} of the outstanding balance.
 */
public record CoLendingRules(double minOwnShare, double partnerTier1Share, double coLentShare) {
  public static final CoLendingRules DEFAULT = new CoLendingRules(0.30, 0.25, 0.50);

  public CoLendingRules {
    for (double share : new double[] {minOwnShare, partnerTier1Share, coLentShare}) {
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException(
            "a co-lending limit must be a share above 0 and at most 1, got " + share);
      }
    }
  }
}
