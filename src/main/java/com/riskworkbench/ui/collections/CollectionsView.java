package com.riskworkbench.ui.collections;

import javafx.fxml.FXML;

/** The Collections screen's controller: binds to {@link CollectionsViewModel} and nothing more. */
public final class CollectionsView {
  private final CollectionsViewModel model;

  public CollectionsView(CollectionsViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {}
}
