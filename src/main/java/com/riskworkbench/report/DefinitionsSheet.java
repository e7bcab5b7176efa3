package com.riskworkbench.report;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.CoLendingRules;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.GroupLimit;
import com.riskworkbench.analysis.ProvisionAnalysis;
import com.riskworkbench.analysis.PsiBand;
import com.riskworkbench.analysis.Scenario;
import com.riskworkbench.analysis.ScorecardAnalysis;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.WarningThresholds;
import java.util.Arrays;
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
    PackLabels l = c.l;
    Analyses.Params p = c.in.params();
    VintageParams vintage = VintageParams.DEFAULT;
    return List.of(
        new Definition("as_of", "§2", c.asOf().toString()),
        new Definition("filters", "§2", c.filters()),
        new Definition(
            "buckets",
            "§3",
            l.format(
                "def.buckets.params",
                Arrays.toString(p.buckets().lowerEdges()),
                String.join(
                    ", ", p.buckets().labels().stream().map(b -> l.get("value." + b)).toList()))),
        new Definition("five_category", "§4", fiveCategory(l, p.fiveCategory())),
        new Definition("par30", "§5", "30"),
        new Definition("npl", "§5", c.fiveCategoryName(p.fiveCategory())),
        new Definition(
            "concentration",
            "§6",
            String.join(
                ", ",
                PackContext.CONCENTRATION_DIMENSIONS.stream()
                    .map(d -> l.get("dimension." + d.cliName()))
                    .toList())),
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
        new Definition("lorenz", "§6.6", "1 % / 5 % / 10 %"),
        new Definition(
            "groups",
            "§6.7",
            String.format(Locale.ROOT, "%.0f %%", GroupLimit.DEFAULT.netAssetsShare() * 100)),
        new Definition(
            "co_lending",
            "§6.8",
            String.format(
                Locale.ROOT,
                "%.0f %% / %.0f %% / %.0f %%",
                CoLendingRules.DEFAULT.minOwnShare() * 100,
                CoLendingRules.DEFAULT.partnerTier1Share() * 100,
                CoLendingRules.DEFAULT.coLentShare() * 100)),
        new Definition(
            "vintage",
            "§7",
            l.format(
                "def.vintage.params",
                vintage.threshold(),
                l.get("def.vintage.weight." + vintage.weight().cliName()),
                l.get("def.vintage.cohort." + vintage.cohortPeriod().cliName()))),
        new Definition("roll", "§8", "W = " + PackContext.ROLL_WINDOW),
        new Definition("flow", "§8", ""),
        new Definition("collections", "§9", ""),
        new Definition("fraud", "§10", ""),
        new Definition("ecl", "§14, §14.1", forwardParameters(l, c)),
        new Definition("provisions", "§14", provisionParameters(l, c.provisions().rates())),
        new Definition(
            "forecast",
            "§14, §14.2",
            l.format(
                "def.forecast.params",
                c.forecast(Scenario.BASE).horizon(),
                PackContext.FORWARD_WINDOW,
                Scenario.PRESETS.stream()
                    .filter(s -> !s.worstMonth())
                    .map(s -> fixed(2, s.factor()))
                    .collect(java.util.stream.Collectors.joining(" / ")))),
        new Definition(
            "period", "§15.1", l.format("def.period.params", PackContext.FORWARD_WINDOW)),
        new Definition("migration", "§15.2", periodParameters(c)),
        new Definition("npl_walk", "§15.3", periodParameters(c)),
        new Definition("classification", "§15.4", c.fiveCategoryName(p.fiveCategory())),
        new Definition("scorecard", "§16", scorecardParameters(c)),
        new Definition(
            "psi",
            "§16",
            l.format(
                "def.psi.params",
                fixed(2, PsiBand.WATCH_FROM),
                fixed(2, PsiBand.SHIFTED_ABOVE),
                fixed(4, ScorecardAnalysis.PSI_FLOOR))),
        new Definition("warnings", "§12", thresholds(l, WarningThresholds.DEFAULT)),
        new Definition("masking", "§13", c.personalData()));
  }

  /** The performance window, the threshold and the baseline of scorecard monitoring. */
  private static String scorecardParameters(PackContext c) {
    ScorecardResult r = c.scorecard();
    List<String> b = r.baselineCohorts();
    String baseline =
        b.isEmpty()
            ? PeriodTable.DASH
            : b.size() == 1 ? b.get(0) : b.get(0) + " – " + b.get(b.size() - 1);
    return c.l.format(
        "def.scorecard.params",
        r.params().mob(),
        r.params().threshold(),
        baseline,
        ScorecardAnalysis.BASELINE_COHORTS);
  }

  /** The period of the migration and the NPL walk: S → A, or that there is none. */
  private static String periodParameters(PackContext c) {
    return c.mainPeriodStart()
        .map(s -> com.riskworkbench.portfolio.book.Months.of(s) + " → " + c.asOf())
        .orElse(c.l.get("mig.no_period"));
  }

  /** The window, the scenario and the bootstrap behind the ECL figures. */
  private static String forwardParameters(PackLabels l, PackContext c) {
    var notes = c.ecl().extras();
    String basis = String.valueOf(notes.get("lgd_basis"));
    return l.format(
        "def.ecl.params",
        PackContext.FORWARD_WINDOW,
        fixed(4, ((Number) notes.get("lgd")).doubleValue()),
        l.has("lgd_basis." + basis) ? l.get("lgd_basis." + basis) : basis,
        String.valueOf(notes.getOrDefault("bootstrap_draws", 0)),
        String.valueOf(notes.getOrDefault("bootstrap_seed", "—")));
  }

  /** The regulatory rates and the supervisory bands the Provisions sheet applies. */
  private static String provisionParameters(PackLabels l, ProvisionAnalysis.Rates r) {
    return l.format(
        "def.provisions.params",
        fixed(0, r.general() * 100),
        fixed(0, r.specialMention() * 100),
        fixed(0, r.substandard() * 100),
        fixed(0, r.doubtful() * 100),
        fixed(0, r.loss() * 100),
        fixed(0, r.coverageFloor() * 100),
        fixed(0, r.coverageCeiling() * 100),
        fixed(1, r.loanFloor() * 100),
        fixed(1, r.loanCeiling() * 100));
  }

  /** The amber / red thresholds of every early warning, as the Summary sheet applies them. */
  private static String thresholds(PackLabels l, WarningThresholds t) {
    return l.format(
        "def.warnings.params",
        fixed(1, t.par30Amber() * 100),
        fixed(1, t.par30Red() * 100),
        fixed(1, t.par30ChangeAmber() * 100),
        fixed(1, t.par30ChangeRed() * 100),
        fixed(1, t.nplAmber() * 100),
        fixed(1, t.nplRed() * 100),
        fixed(1, t.currentToDpd1Amber() * 100),
        fixed(1, t.currentToDpd1Red() * 100),
        fixed(0, t.largestShareAmber() * 100),
        fixed(0, t.largestShareRed() * 100),
        fixed(2, t.hhiAmber()),
        fixed(2, t.hhiRed()),
        t.breachesAmber(),
        t.breachesRed(),
        fixed(1, t.cohortFactorAmber()),
        fixed(1, t.cohortFactorRed()),
        t.cohortMinMob(),
        t.cohortMinLoans(),
        fixed(0, t.coverageAmber() * 100),
        fixed(0, t.coverageRed() * 100),
        fixed(1, t.provisionToLoanAmber() * 100),
        fixed(1, t.provisionToLoanRed() * 100));
  }

  private static String fixed(int decimals, double x) {
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }

  /** The five-category rule's day ranges, under the rule's name. */
  private static String fiveCategory(PackLabels l, FiveCategoryRule rule) {
    return l.format(
        "def.five_category.params",
        l.has("five_rule." + rule.name()) ? l.get("five_rule." + rule.name()) : rule.name(),
        rule.specialMentionMax(),
        rule.specialMentionMax() + 1,
        rule.substandardMax(),
        rule.substandardMax() + 1,
        rule.doubtfulMax());
  }
}
