package com.riskworkbench.ui.vintage;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A cohort offered for the chart, with whether it is drawn. */
public final class CohortChoice {
  private final String cohort;
  private final BooleanProperty chosen = new SimpleBooleanProperty();

  CohortChoice(String cohort, boolean chosen) {
    this.cohort = cohort;
    this.chosen.set(chosen);
  }

  public String cohort() {
    return cohort;
  }

  public BooleanProperty chosenProperty() {
    return chosen;
  }

  @Override
  public String toString() {
    return cohort;
  }
}
