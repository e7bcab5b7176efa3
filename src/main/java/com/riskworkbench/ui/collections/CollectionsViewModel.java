package com.riskworkbench.ui.collections;

import com.riskworkbench.ui.common.ScreenContext;

/**
 * State and commands of the Collections screen. Calls the analyses off the FX thread; never touches
 * a node.
 */
public final class CollectionsViewModel {
  private final ScreenContext context;

  public CollectionsViewModel(ScreenContext context) {
    this.context = context;
  }
}
