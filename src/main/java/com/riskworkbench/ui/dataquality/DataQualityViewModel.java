package com.riskworkbench.ui.dataquality;

import com.riskworkbench.ui.common.ScreenContext;

/**
 * State and commands of the DataQuality screen. Calls the analyses off the FX thread; never touches
 * a node.
 */
public final class DataQualityViewModel {
  private final ScreenContext context;

  public DataQualityViewModel(ScreenContext context) {
    this.context = context;
  }
}
