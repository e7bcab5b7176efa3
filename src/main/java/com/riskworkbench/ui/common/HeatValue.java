package com.riskworkbench.ui.common;

/** What a heat-map cell shows: its text, the figures behind it on hover, the loans behind it. */
public interface HeatValue {
  String text();

  String tooltip();

  /** The loans a click lists; 0 when there is nothing to drill into. */
  int loans();
}
