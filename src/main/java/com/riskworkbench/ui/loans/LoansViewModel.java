package com.riskworkbench.ui.loans;

import com.riskworkbench.ui.common.ScreenContext;

/**
 * State and commands of the Loans screen. Calls the analyses off the FX thread; never touches a
 * node.
 */
public final class LoansViewModel {
  private final ScreenContext context;

  public LoansViewModel(ScreenContext context) {
    this.context = context;
  }
}
