package com.riskworkbench.ui.vintage;

import javafx.fxml.FXML;

/** The Vintage screen's controller: binds to {@link VintageViewModel} and nothing more. */
public final class VintageView {
  private final VintageViewModel model;

  public VintageView(VintageViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {}
}
