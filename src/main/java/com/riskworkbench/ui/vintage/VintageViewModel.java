package com.riskworkbench.ui.vintage;

import com.riskworkbench.ui.common.ScreenContext;

/**
 * State and commands of the Vintage screen. Calls the analyses off the FX thread; never touches a
 * node.
 */
public final class VintageViewModel {
  private final ScreenContext context;

  public VintageViewModel(ScreenContext context) {
    this.context = context;
  }
}
