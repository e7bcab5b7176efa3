package com.riskworkbench.report;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.ProvisionAnalysis;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.WarningThresholds;
import java.util.List;
import java.util.Locale;

/**
 * Each figure's definition in a sentence, the parameters this pack used, and the section of
 * docs/methodology.md that defines it in full, so a reader can check any figure without the source.
 */
final class DefinitionsSheet {
  /** One row: the label key, its section of docs/methodology.md, the parameters as used. */
  private record Definition(String key, String section, String parameters) {}

  private DefinitionsSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    TableWriter w = c.newSheet("definitions");
    w.text(2, 0, l.get("def.methodology_note"), null);
    int r = 3;
    w.text(r, 0, l.get("def.metric"), styles.header);
    w.text(r, 1, l.get("def.definition"), styles.header);
    w.text(r, 2, l.get("def.parameters"), styles.header);
    w.text(r, 3, l.get("def.methodology"), styles.header);
    for (Definition d : definitions(c)) {
      r++;
      w.text(r, 0, l.get("def." + d.key()), styles.wrapped);
      w.text(r, 1, l.get("def." + d.key() + ".text"), styles.wrapped);
      w.text(r, 2, d.parameters(), styles.wrapped);
      w.text(r, 3, d.section(), styles.wrapped);
    }
    w.sheet().setColumnWidth(0, 24 * 256);
    w.sheet().setColumnWidth(1, 90 * 256);
    w.sheet().setColumnWidth(2, 40 * 256);
    w.sheet().setColumnWidth(3, 14 * 256);
    for (int row = 4; row <= r; row++) {
      w.fitHeight(row);
    }
  }

  private static List<Definition> definitions(PackContext c) {
    Analyses.Params p = c.in.params();
    VintageParams vintage = VintageParams.DEFAULT;
    return List.of(
        new Definition("as_of", "§2", c.scope().asOf().toString()),
        new Definition("filters", "§2", c.filters()),
        new Definition(
            "buckets",
            "§3",
            p.buckets().describe() + " → " + String.join(", ", p.buckets().labels())),
        new Definition("five_category", "§4", p.fiveCategory().describe()),
        new Definition("par30", "§5", "30"),
        new Definition("npl", "§5", p.fiveCategory().name()),
        new Definition(
            "concentration",
            "§6",
            String.join(
                ", ",
                PackContext.CONCENTRATION_DIMENSIONS.stream().map(Dimension::cliName).toList())),
        new Definition("hhi", "§6", ""),
        new Definition(
            "limits",
            "§6",
            String.format(
                Locale.ROOT,
                "%,.2f / %,.2f / %.0f %%",
                p.limits().consumerLimitCents() / 100.0,
                p.limits().businessLimitCents() / 100.0,
                p.limits().netAssetsShare() * 100)),
        new Definition(
            "vintage",
            "§7",
            "X = "
                + vintage.threshold()
                + ", "
                + vintage.weight().cliName()
                + ", "
                + vintage.cohortPeriod().cliName()),
        new Definition("roll", "§8", "W = " + PackContext.ROLL_WINDOW),
        new Definition("flow", "§8", ""),
        new Definition("collections", "§9", ""),
        new Definition("fraud", "§10", ""),
        new Definition("ecl", "§14, §14.1", forwardParameters(c)),
        new Definition("provisions", "§14", provisionParameters(c.provisions().rates())),
        new Definition(
            "forecast",
            "§14, §14.2",
            "H = "
                + c.forecast(Scenario.BASE).horizon()
                + ", W = "
                + PackContext.FORWARD_WINDOW
                + "; f = "
                + Scenario.PRESETS.stream()
                    .filter(s -> !s.worstMonth())
                    .map(s -> String.format(Locale.ROOT, "%.2f", s.factor()))
                    .collect(java.util.stream.Collectors.joining(" / "))
                + ", worst month"),
        new Definition("warnings", "§12", thresholds(WarningThresholds.DEFAULT)),
        new Definition("masking", "§13", c.personalData()));
  }

  /** The window, the scenario and the bootstrap behind the ECL figures. */
  private static String forwardParameters(PackContext c) {
    var notes = c.ecl().extras();
    return "W = "
        + PackContext.FORWARD_WINDOW
        + ", base; LGD "
        + String.format(Locale.ROOT, "%.4f", ((Number) notes.get("lgd")).doubleValue())
        + " ("
        + notes.get("lgd_basis")
        + "); bootstrap "
        + notes.getOrDefault("bootstrap_draws", 0)
        + " draws, seed "
        + notes.getOrDefault("bootstrap_seed", "—");
  }

  /** The regulatory rates and the supervisory bands the Provisions sheet applies. */
  private static String provisionParameters(ProvisionAnalysis.Rates r) {
    return String.format(
        Locale.ROOT,
        "%.0f / %.0f / %.0f / %.0f / %.0f %%; coverage %.0f–%.0f %%, provision-to-loan %.1f–%.1f %%",
        r.general() * 100,
        r.specialMention() * 100,
        r.substandard() * 100,
        r.doubtful() * 100,
        r.loss() * 100,
        r.coverageFloor() * 100,
        r.coverageCeiling() * 100,
        r.loanFloor() * 100,
        r.loanCeiling() * 100);
  }

  /** The amber / red thresholds of every early warning, as the Summary sheet applies them. */
  private static String thresholds(WarningThresholds t) {
    return String.format(
        Locale.ROOT,
        "PAR30 %.1f %% / %.1f %%; PAR30 change %.1f / %.1f pp; NPL %.1f %% / %.1f %%;"
            + " current→1-29 %.1f %% / %.1f %%; largest share %.0f %% / %.0f %%; HHI %.2f / %.2f;"
            + " breaches %d / %d; cohort %.1f× / %.1f× from MOB %d, %d+ loans;"
            + " provision coverage %.0f %% / below %.0f %%; provision-to-loan %.1f %% / below %.1f %%",
        t.par30Amber() * 100,
        t.par30Red() * 100,
        t.par30ChangeAmber() * 100,
        t.par30ChangeRed() * 100,
        t.nplAmber() * 100,
        t.nplRed() * 100,
        t.currentToDpd1Amber() * 100,
        t.currentToDpd1Red() * 100,
        t.largestShareAmber() * 100,
        t.largestShareRed() * 100,
        t.hhiAmber(),
        t.hhiRed(),
        t.breachesAmber(),
        t.breachesRed(),
        t.cohortFactorAmber(),
        t.cohortFactorRed(),
        t.cohortMinMob(),
        t.cohortMinLoans(),
        t.coverageAmber() * 100,
        t.coverageRed() * 100,
        t.provisionToLoanAmber() * 100,
        t.provisionToLoanRed() * 100);
  }
}
