package com.riskworkbench.ui.rollrate;

import javafx.fxml.FXML;

/** The RollRate screen's controller: binds to {@link RollRateViewModel} and nothing more. */
public final class RollRateView {
  private final RollRateViewModel model;

  public RollRateView(RollRateViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {}
}
