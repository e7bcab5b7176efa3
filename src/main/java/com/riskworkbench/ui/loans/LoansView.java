package com.riskworkbench.ui.loans;

import javafx.fxml.FXML;

/** The Loans screen's controller: binds to {@link LoansViewModel} and nothing more. */
public final class LoansView {
  private final LoansViewModel model;

  public LoansView(LoansViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {}
}
