package com.riskworkbench.ui.dashboard;

import com.riskworkbench.ui.common.ScreenContext;

/**
 * State and commands of the Dashboard screen. Calls the analyses off the FX thread; never touches a
 * node.
 */
public final class DashboardViewModel {
  private final ScreenContext context;

  public DashboardViewModel(ScreenContext context) {
    this.context = context;
  }
}
