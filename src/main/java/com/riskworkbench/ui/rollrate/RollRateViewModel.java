package com.riskworkbench.ui.rollrate;

import com.riskworkbench.ui.common.ScreenContext;

/**
 * State and commands of the RollRate screen. Calls the analyses off the FX thread; never touches a
 * node.
 */
public final class RollRateViewModel {
  private final ScreenContext context;

  public RollRateViewModel(ScreenContext context) {
    this.context = context;
  }
}
