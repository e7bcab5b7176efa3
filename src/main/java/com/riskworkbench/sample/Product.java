package com.riskworkbench.sample;

import com.riskworkbench.portfolio.BorrowerType;
import java.util.SplittableRandom;

/**
 * Loan products with their economics: principal range (yuan), rounding of the amount, terms, the
 * monthly chance of paying off early and a relative delinquency factor.
 */
enum Product {
  CREDIT_LOAN(SampleCatalog.CREDIT_LOAN, true, 100, 0.012, 1.0, 0, terms(3, 8, 39, 32, 18)),
  CONSUMER_INSTALMENT(
      SampleCatalog.CONSUMER_INSTALMENT, true, 1, 0.008, 0.9, 0, terms(12, 23, 40, 25, 0)),
  ECOMMERCE_ORDER_LOAN(
      SampleCatalog.ECOMMERCE_ORDER_LOAN, false, 100, 0.035, 1.1, -50, terms(30, 40, 30, 0, 0)),
  BUSINESS_LOAN(
      SampleCatalog.BUSINESS_LOAN, false, 10_000, 0.012, 0.8, -100, terms(0, 0, 40, 35, 25));

  final String label;
  final boolean consumer;
  final int roundYuan;
  final double prepayHazard;
  final double delinquencyFactor;

  /** Added to the grade's rate, in basis points. */
  final int rateShiftBp;

  private final Weighted<Integer> terms;

  Product(
      String label,
      boolean consumer,
      int roundYuan,
      double prepayHazard,
      double delinquencyFactor,
      int rateShiftBp,
      Weighted<Integer> terms) {
    this.label = label;
    this.consumer = consumer;
    this.roundYuan = roundYuan;
    this.prepayHazard = prepayHazard;
    this.delinquencyFactor = delinquencyFactor;
    this.rateShiftBp = rateShiftBp;
    this.terms = terms;
  }

  private static final Weighted<Product> FOR_INDIVIDUALS =
      Weighted.<Product>builder().add(55, CREDIT_LOAN).add(45, CONSUMER_INSTALMENT).build();
  private static final Weighted<Product> FOR_MICRO =
      Weighted.<Product>builder().add(45, ECOMMERCE_ORDER_LOAN).add(55, BUSINESS_LOAN).build();
  private static final Weighted<Product> FOR_SMALL =
      Weighted.<Product>builder().add(15, ECOMMERCE_ORDER_LOAN).add(85, BUSINESS_LOAN).build();

  /** Individuals borrow consumer products only, enterprises business products only. */
  static Product drawFor(BorrowerType type, SplittableRandom rng) {
    return switch (type) {
      case INDIVIDUAL -> FOR_INDIVIDUALS.pick(rng);
      case MICRO_ENTERPRISE -> FOR_MICRO.pick(rng);
      case SMALL_ENTERPRISE -> FOR_SMALL.pick(rng);
    };
  }

  int drawTerm(SplittableRandom rng) {
    return terms.pick(rng);
  }

  private static Weighted<Integer> terms(int w3, int w6, int w12, int w24, int w36) {
    // Enum constants are built before the enum's static fields, so the terms are local here.
    int[] months = {3, 6, 12, 24, 36};
    int[] weights = {w3, w6, w12, w24, w36};
    Weighted.Builder<Integer> b = Weighted.builder();
    for (int i = 0; i < months.length; i++) {
      if (weights[i] > 0) {
        b.add(weights[i], months[i]);
      }
    }
    return b.build();
  }
}
