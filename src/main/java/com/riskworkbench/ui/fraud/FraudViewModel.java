package com.riskworkbench.ui.fraud;

import com.riskworkbench.ui.common.ScreenContext;

/**
 * State and commands of the Fraud screen. Calls the analyses off the FX thread; never touches a
 * node.
 */
public final class FraudViewModel {
  private final ScreenContext context;

  public FraudViewModel(ScreenContext context) {
    this.context = context;
  }
}
