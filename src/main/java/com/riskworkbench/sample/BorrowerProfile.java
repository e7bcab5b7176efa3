package com.riskworkbench.sample;

import com.riskworkbench.portfolio.BorrowerType;

/**
 * What the generator knows about a borrower before writing it: the traits its loans depend on.
 *
 * @param quality latent creditworthiness, standard normal; grades, score and income follow it
 * @param whale a borrower whose loans together exceed the single-borrower limit
 * @param plannedLoans loans it would take if the data window were long enough
 */
record BorrowerProfile(
    String borrowerId,
    BorrowerType type,
    boolean whale,
    double quality,
    Geography.Province province,
    Geography.City city,
    int plannedLoans,
    Product firstProduct) {

  boolean isEnterprise() {
    return type != BorrowerType.INDIVIDUAL;
  }
}
