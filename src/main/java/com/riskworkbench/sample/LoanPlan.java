package com.riskworkbench.sample;

import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.Loan;
import java.util.Optional;

/**
 * A loan as originated plus what drives its monthly history. Months are {@link MonthTable} indexes.
 *
 * @param firstRowMonth first month with a row: the origination month, the window's first month for
 *     a loan originated before the window, or 1–6 months later for a seasoned loan bought in
 * @param annualRate the loan's rate as a double, for the instalment schedule
 * @param missHazard monthly chance that a current loan misses an instalment, before seasoning and
 *     stress
 * @param prepayHazard monthly chance that a current loan pays off early
 * @param firstPaymentDefault the borrower never pays (first-payment-default fraud)
 * @param otherFraud a fraud case of another type hangs on this loan
 * @param gapMonth month whose row goes missing (a data-quality defect), or {@link #NO_GAP}
 */
record LoanPlan(
    Loan loan,
    Product product,
    Channel channel,
    int originationMonth,
    int firstRowMonth,
    double annualRate,
    double missHazard,
    double prepayHazard,
    boolean firstPaymentDefault,
    Optional<FraudType> otherFraud,
    int gapMonth) {

  static final int NO_GAP = Integer.MIN_VALUE;

  boolean isFraud() {
    return firstPaymentDefault || otherFraud.isPresent();
  }
}
