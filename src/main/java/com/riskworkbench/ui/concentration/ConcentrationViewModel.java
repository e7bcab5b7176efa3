package com.riskworkbench.ui.concentration;

import com.riskworkbench.ui.common.ScreenContext;

/**
 * State and commands of the Concentration screen. Calls the analyses off the FX thread; never
 * touches a node.
 */
public final class ConcentrationViewModel {
  private final ScreenContext context;

  public ConcentrationViewModel(ScreenContext context) {
    this.context = context;
  }
}
