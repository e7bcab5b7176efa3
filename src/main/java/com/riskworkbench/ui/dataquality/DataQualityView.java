package com.riskworkbench.ui.dataquality;

import javafx.fxml.FXML;

/** The DataQuality screen's controller: binds to {@link DataQualityViewModel} and nothing more. */
public final class DataQualityView {
  private final DataQualityViewModel model;

  public DataQualityView(DataQualityViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {}
}
