package com.riskworkbench.portfolio.store.pushdown;

/** The NPL walk's components, in the order of the walk, for its drill-down pages. */
public enum NplComponent {
  OPENING,
  NEW,
  UPGRADED,
  COLLECTED,
  WRITTEN_OFF,
  LEFT_DATA,
  OTHER,
  CLOSING
}
