package com.riskworkbench.ui.fraud;

import javafx.fxml.FXML;

/** The Fraud screen's controller: binds to {@link FraudViewModel} and nothing more. */
public final class FraudView {
  private final FraudViewModel model;

  public FraudView(FraudViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {}
}
