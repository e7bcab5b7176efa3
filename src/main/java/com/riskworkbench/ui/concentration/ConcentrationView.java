package com.riskworkbench.ui.concentration;

import javafx.fxml.FXML;

/**
 * The Concentration screen's controller: binds to {@link ConcentrationViewModel} and nothing more.
 */
public final class ConcentrationView {
  private final ConcentrationViewModel model;

  public ConcentrationView(ConcentrationViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {}
}
