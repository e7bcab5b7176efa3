package com.riskworkbench.sample;

/**
 * Acquisition channels. {@code gradeShift} moves the applicant's score before grading (a weak
 * channel brings weaker applicants); {@code delinquencyFactor} is the channel's extra risk at equal
 * grade (looser verification, agents paid on volume).
 */
enum Channel {
  OWN_APP(SampleCatalog.OWN_APP, 0.1, 0.9),
  ECOMMERCE_PLATFORM(SampleCatalog.ECOMMERCE_PLATFORM, 0.0, 1.0),
  PARTNER_A(SampleCatalog.PARTNER_A, -0.1, 1.1),
  PARTNER_B(SampleCatalog.PARTNER_B, -0.35, 2.4),
  PARTNER_C(SampleCatalog.PARTNER_C, -0.05, 1.0),
  BRANCH(SampleCatalog.BRANCH, 0.1, 0.85);

  final String label;
  final double gradeShift;
  final double delinquencyFactor;

  Channel(String label, double gradeShift, double delinquencyFactor) {
    this.label = label;
    this.gradeShift = gradeShift;
    this.delinquencyFactor = delinquencyFactor;
  }

  boolean isPartner() {
    return this == PARTNER_A || this == PARTNER_B || this == PARTNER_C;
  }
}
