package com.riskworkbench.sample;

import java.util.List;

/**
 * The free-text values the sample portfolio uses for product, channel and risk grade, for callers
 * that want to filter on them (tests, demos, the README).
 */
public final class SampleCatalog {

  public static final String CREDIT_LOAN = "Credit loan";
  public static final String CONSUMER_INSTALMENT = "Consumer instalment";
  public static final String ECOMMERCE_ORDER_LOAN = "E-commerce order loan";
  public static final String BUSINESS_LOAN = "Business loan";

  public static final String OWN_APP = "Own app";
  public static final String ECOMMERCE_PLATFORM = "E-commerce platform";
  public static final String PARTNER_A = "Partner A";
  public static final String PARTNER_B = "Partner B";
  public static final String PARTNER_C = "Partner C";
  public static final String BRANCH = "Branch";

  /**
   * The partner channel with markedly worse credit quality (about 2–3× the 30+ DPD rate of the
   * others) and a cluster of first-payment-default fraud.
   */
  public static final String WEAK_CHANNEL = PARTNER_B;

  /** Products sold to individuals, subject to the online consumer-loan limit per borrower. */
  public static final List<String> CONSUMER_PRODUCTS = List.of(CREDIT_LOAN, CONSUMER_INSTALMENT);

  /** Products sold to micro and small enterprises, subject to the business-loan limit. */
  public static final List<String> BUSINESS_PRODUCTS = List.of(ECOMMERCE_ORDER_LOAN, BUSINESS_LOAN);

  public static final List<String> CHANNELS =
      List.of(OWN_APP, ECOMMERCE_PLATFORM, PARTNER_A, PARTNER_B, PARTNER_C, BRANCH);

  /** Risk grades, best first. */
  public static final List<String> RISK_GRADES = List.of("A", "B", "C", "D", "E");

  private SampleCatalog() {}
}
