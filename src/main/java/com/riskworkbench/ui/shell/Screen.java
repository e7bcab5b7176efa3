package com.riskworkbench.ui.shell;

import com.riskworkbench.ui.collections.CollectionsView;
import com.riskworkbench.ui.concentration.ConcentrationView;
import com.riskworkbench.ui.dashboard.DashboardView;
import com.riskworkbench.ui.dataquality.DataQualityView;
import com.riskworkbench.ui.fraud.FraudView;
import com.riskworkbench.ui.loans.LoansView;
import com.riskworkbench.ui.provisions.ProvisionsView;
import com.riskworkbench.ui.rollrate.RollRateView;
import com.riskworkbench.ui.vintage.VintageView;

/** The screens of the navigation list, in order, with their view, label and icon. */
public enum Screen {
  DASHBOARD(DashboardView.class, "screen.dashboard", "fth-home"),
  CONCENTRATION(ConcentrationView.class, "screen.concentration", "fth-pie-chart"),
  VINTAGE(VintageView.class, "screen.vintage", "fth-layers"),
  ROLL_RATES(RollRateView.class, "screen.rollRates", "fth-shuffle"),
  PROVISIONS(ProvisionsView.class, "screen.provisions", "fth-umbrella"),
  FRAUD(FraudView.class, "screen.fraud", "fth-shield"),
  COLLECTIONS(CollectionsView.class, "screen.collections", "fth-phone-call"),
  DATA_QUALITY(DataQualityView.class, "screen.dataQuality", "fth-check-square"),
  LOANS(LoansView.class, "screen.loans", "fth-list");

  private final Class<?> view;
  private final String labelKey;
  private final String icon;

  Screen(Class<?> view, String labelKey, String icon) {
    this.view = view;
    this.labelKey = labelKey;
    this.icon = icon;
  }

  public Class<?> view() {
    return view;
  }

  public String labelKey() {
    return labelKey;
  }

  public String icon() {
    return icon;
  }
}
