package com.riskworkbench.analysis;

/** China's five-category loan classification (五级分类). */
public enum FiveCategory {
  NORMAL,
  SPECIAL_MENTION,
  SUBSTANDARD,
  DOUBTFUL,
  LOSS;

  /** Substandard, doubtful and loss make up non-performing loans. */
  public boolean nonPerforming() {
    return this.compareTo(SUBSTANDARD) >= 0;
  }
}
