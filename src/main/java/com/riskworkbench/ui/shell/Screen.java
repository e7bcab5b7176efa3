package com.riskworkbench.ui.shell;

import com.riskworkbench.ui.collections.CollectionsView;
import com.riskworkbench.ui.concentration.ConcentrationView;
import com.riskworkbench.ui.dashboard.DashboardView;
import com.riskworkbench.ui.dataquality.DataQualityView;
import com.riskworkbench.ui.fraud.FraudView;
import com.riskworkbench.ui.loans.LoanPagesView;
import com.riskworkbench.ui.loans.LoansView;
import com.riskworkbench.ui.model.ModelView;
import com.riskworkbench.ui.provisions.ProvisionsView;
import com.riskworkbench.ui.regulatory.RegulatoryView;
import com.riskworkbench.ui.rollrate.RollRateView;
import com.riskworkbench.ui.vintage.VintageView;

/** The screens of the navigation list, in order, with their view, label and icon. */
public enum Screen {
  DASHBOARD(DashboardView.class, "screen.dashboard", "fth-home", Group.PORTFOLIO),
  CONCENTRATION(ConcentrationView.class, "screen.concentration", "fth-pie-chart", Group.PORTFOLIO),
  LOANS(LoansView.class, "screen.loans", "fth-list", Group.PORTFOLIO),
  VINTAGE(VintageView.class, "screen.vintage", "fth-layers", Group.PERFORMANCE),
  ROLL_RATES(RollRateView.class, "screen.rollRates", "fth-shuffle", Group.PERFORMANCE),
  COLLECTIONS(CollectionsView.class, "screen.collections", "fth-phone-call", Group.PERFORMANCE),
  PROVISIONS(ProvisionsView.class, "screen.provisions", "fth-umbrella", Group.PROVISIONS),
  REGULATORY(RegulatoryView.class, "screen.regulatory", "fth-clipboard", Group.PROVISIONS),
  FRAUD(FraudView.class, "screen.fraud", "fth-shield", Group.CONTROLS),
  MODEL(ModelView.class, "screen.model", "fth-activity", Group.CONTROLS),
  DATA_QUALITY(DataQualityView.class, "screen.dataQuality", "fth-check-square", Group.CONTROLS);

  /** The headings the navigation groups its screens under, in order. */
  public enum Group {
    PORTFOLIO("nav.group.portfolio"),
    PERFORMANCE("nav.group.performance"),
    PROVISIONS("nav.group.provisions"),
    CONTROLS("nav.group.controls");

    private final String labelKey;

    Group(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  private final Class<?> view;
  private final String labelKey;
  private final String icon;
  private final Group group;

  Screen(Class<?> view, String labelKey, String icon, Group group) {
    this.view = view;
    this.labelKey = labelKey;
    this.icon = icon;
    this.group = group;
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

  public Group group() {
    return group;
  }

  /**
   * The view this screen shows while a team database's book stays in its database: its own, which
   * asks the database, except the Loans screen's, which pages its loans from there.
   */
  public Class<?> viewInDatabase() {
    return this == LOANS ? LoanPagesView.class : view;
  }

  /** True for the first screen of its group: the navigation shows the group's heading above it. */
  public boolean startsGroup() {
    return ordinal() == 0 || values()[ordinal() - 1].group != group;
  }
}
