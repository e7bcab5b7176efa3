package com.riskworkbench.ui.common;

import com.riskworkbench.service.PortfolioService;
import java.util.ResourceBundle;

/**
 * What every screen's view model is built with: the shared state (portfolio, as-of, filter,
 * drill-down), the background jobs, formats and labels for people, the message bundle and the
 * portfolio service, and the dialogs the view models ask for.
 */
public record ScreenContext(
    WorkbenchState state,
    Jobs jobs,
    Formats formats,
    Labels labels,
    ResourceBundle messages,
    PortfolioService service,
    Dialogs dialogs) {}
