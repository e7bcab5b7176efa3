package com.riskworkbench.ui.dashboard;

import javafx.fxml.FXML;

/** The Dashboard screen's controller: binds to {@link DashboardViewModel} and nothing more. */
public final class DashboardView {
  private final DashboardViewModel model;

  public DashboardView(DashboardViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {}
}
