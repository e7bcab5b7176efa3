package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Optional;

/**
 * The ACTIVE loans of a scope whose booked provision at the as-of month is below what the
 * regulatory rates ask of them: the general rate on the balance plus the specific rate of the
 * loan's category (the booked one where the lender booked it). A loan without a booked provision is
 * short by its whole requirement. Not available for a portfolio that books no provisions.
 *
 * @param loans the loans short of their requirement, in book order
 * @param shortCents Σ (requirement − held) over those loans
 * @param requiredCents Σ requirement over every ACTIVE loan of the scope
 */
public record ProvisionShortfall(int[] loans, long shortCents, long requiredCents) {

  public static Optional<ProvisionShortfall> of(
      AnalysisScope scope, FiveCategoryRule rule, ProvisionAnalysis.Rates rates) {
    LoadedPortfolio p = scope.portfolio();
    if (!p.hasProvisions()) {
      return Optional.empty();
    }
    boolean[] include = scope.include();
    byte[] status = p.rowStatus();
    long[] balance = p.rowBalance();
    long[] provision = p.rowProvision();
    IntArrayList shortLoans = new IntArrayList();
    long shortCents = 0;
    long required = 0;
    for (int l = 0; l < include.length; l++) {
      int r = include[l] ? p.rowAt(l, scope.asOfMonth()) : -1;
      if (r < 0 || status[r] != LoadedPortfolio.ACTIVE) {
        continue;
      }
      double rate = rates.general() + rates.specific(rule.category(p, r));
      long need = Math.round(rate * balance[r]);
      long held = provision[r] == LoadedPortfolio.NO_AMOUNT ? 0 : provision[r];
      required += need;
      if (held < need) {
        shortLoans.add(l);
        shortCents += need - held;
      }
    }
    return Optional.of(new ProvisionShortfall(shortLoans.toIntArray(), shortCents, required));
  }
}
