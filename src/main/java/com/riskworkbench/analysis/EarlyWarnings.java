package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Early-warning indicators (docs/methodology.md §12), each green, amber or red with its value and
 * its rule: PAR30 and its month-on-month change, NPL ratio, the CURRENT → 1-29 roll rate of the
 * latest month (by balance), provision coverage and provision-to-loan against the supervisory
 * bands, the largest segment share and HHI per dimension, single-borrower limit breaches, and the
 * worst cohort whose ever-30+ rate at some MOB exceeds the mean of the six cohorts before it at
 * that MOB, and the PSI of the latest cohort's credit scores against the scorecard's baseline.
 * Every figure comes from the other analyses, never computed twice.
 */
public final class EarlyWarnings {
  private EarlyWarnings() {}

  public enum Status {
    GREEN,
    AMBER,
    RED,
    /** The value cannot be computed (e.g. an empty book or no earlier month). */
    NOT_AVAILABLE
  }

  /**
   * The indicators, each with the code that names it wherever it is shown (the window's and the
   * pack's labels, the drill-down). The CSV names the roll rate after its buckets, e.g. {@code
   * current_to_1-29_roll_rate}; its code stays {@code current_roll_rate}.
   */
  public enum Kind {
    PAR30_RATIO("par30_ratio"),
    PAR30_CHANGE("par30_change"),
    NPL_RATIO("npl_ratio"),
    CURRENT_ROLL_RATE("current_roll_rate"),
    PROVISION_COVERAGE("provision_coverage"),
    PROVISION_TO_LOAN("provision_to_loan"),
    LARGEST_SEGMENT_SHARE("largest_segment_share"),
    HHI("hhi"),
    SINGLE_BORROWER_BREACHES("single_borrower_breaches"),
    COHORT_VS_PREVIOUS_SIX("cohort_vs_previous_six"),
    SCORE_PSI("score_psi");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stable name of the indicator: label keys and CSV names derive from it. */
    public String code() {
      return code;
    }
  }

  /**
   * One indicator. {@code indicator} is its name in the CSV; {@code dimension} is empty for
   * book-wide indicators.
   */
  public record Indicator(
      Kind kind,
      String indicator,
      String dimension,
      double value,
      double amber,
      double red,
      Status status,
      String rule) {}

  /** A cohort flagged against the six before it. */
  public record CohortFlag(
      String cohort, int mob, double rate, double previousMean, double factor) {}

  static final List<Dimension> DIMENSIONS =
      List.of(
          Dimension.PRODUCT,
          Dimension.CHANNEL,
          Dimension.REGION,
          Dimension.INDUSTRY,
          Dimension.RISK_GRADE,
          Dimension.BORROWER_TYPE);

  public static WarningsResult run(
      AnalysisScope scope,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      SingleBorrowerLimits limits,
      WarningThresholds t) {
    List<ConcentrationAnalysis.ConcentrationResult> concentrations = new ArrayList<>();
    for (Dimension d : DIMENSIONS) {
      concentrations.add(ConcentrationAnalysis.run(scope, d, rule, limits));
    }
    return finish(
        new WarningInputs(
            scope.asOf(),
            SummaryAnalysis.run(scope, buckets, rule),
            RollRateAnalysis.run(scope, buckets, 1),
            ProvisionAnalysis.run(scope, buckets, rule, TransitionModel.DEFAULT_WINDOW),
            concentrations,
            VintageAnalysis.run(scope, VintageParams.DEFAULT),
            ScorecardAnalysis.run(scope, ScorecardParams.DEFAULT),
            scope.portfolio().firstMonth()),
        buckets,
        rule,
        t);
  }

  /**
   * The indicators from the other analyses' results, whichever engine computed them: the summary,
   * the roll rate over the latest month, the provisions, the concentration by each of {@link
   * #DIMENSIONS} (in that order), the default vintage and the default scorecard.
   */
  static WarningsResult finish(
      WarningInputs in, DelinquencyBuckets buckets, FiveCategoryRule rule, WarningThresholds t) {
    if (in.concentrations().size() != DIMENSIONS.size()) {
      throw new IllegalArgumentException("one concentration per dimension of DIMENSIONS");
    }
    List<Indicator> out = new ArrayList<>();
    out.add(par30(in.summary(), t));
    out.add(par30Change(in.summary(), t));
    out.add(npl(in.summary(), rule, t));
    out.add(currentRollRate(in.rollRate(), buckets, t));
    out.addAll(provisionRatios(in.provisions(), t));
    List<ConcentrationAnalysis.Breach> breaches = List.of();
    for (int i = 0; i < DIMENSIONS.size(); i++) {
      ConcentrationAnalysis.ConcentrationResult c = in.concentrations().get(i);
      breaches = c.breaches();
      out.add(largestSegmentShare(c, DIMENSIONS.get(i), t));
      out.add(hhi(c, DIMENSIONS.get(i), t));
    }
    out.add(breaches(breaches, t));
    List<CohortFlag> flags =
        cohortFlags(in.vintage(), t, in.firstMonth().map(YearMonth::toString).orElse(""));
    out.add(cohortVsPreviousSix(in.vintage(), flags, t));
    out.add(scorePsi(in.scorecard(), t));
    return new WarningsResult(in.asOf(), out, flags);
  }

  private static Indicator par30(SummaryAnalysis.SummaryResult summary, WarningThresholds t) {
    return indicator(
        Kind.PAR30_RATIO,
        "",
        summary.asOf().par30Ratio(),
        t.par30Amber(),
        t.par30Red(),
        "balance 30+ days past due / outstanding");
  }

  private static Indicator par30Change(SummaryAnalysis.SummaryResult summary, WarningThresholds t) {
    double par30 = summary.asOf().par30Ratio();
    double change =
        summary.previousMonth().map(prev -> par30 - prev.par30Ratio()).orElse(Double.NaN);
    return indicator(
        Kind.PAR30_CHANGE,
        "",
        change,
        t.par30ChangeAmber(),
        t.par30ChangeRed(),
        "PAR30 minus PAR30 of the month before, in ratio points");
  }

  private static Indicator npl(
      SummaryAnalysis.SummaryResult summary, FiveCategoryRule rule, WarningThresholds t) {
    return indicator(
        Kind.NPL_RATIO,
        "",
        summary.asOf().nplRatio(),
        t.nplAmber(),
        t.nplRed(),
        "substandard + doubtful + loss balance / outstanding (" + rule.name() + ")");
  }

  private static Indicator currentRollRate(
      RollRateResult roll, DelinquencyBuckets buckets, WarningThresholds t) {
    String current = buckets.labels().get(0);
    String firstDelinquent = buckets.labels().get(1);
    OptionalDouble roll01 = roll.balanceShare(current, firstDelinquent);
    return new Indicator(
        Kind.CURRENT_ROLL_RATE,
        "current_to_" + firstDelinquent.toLowerCase(java.util.Locale.ROOT) + "_roll_rate",
        "",
        roll01.isPresent() ? roll01.getAsDouble() : Double.NaN,
        t.currentToDpd1Amber(),
        t.currentToDpd1Red(),
        status(
            roll01.isPresent() ? roll01.getAsDouble() : Double.NaN,
            t.currentToDpd1Amber(),
            t.currentToDpd1Red()),
        "balance of CURRENT loans that are " + firstDelinquent + " a month later, latest month");
  }

  /**
   * Provision coverage and provision-to-loan of the provisions held when the book records them,
   * else of the ECL-based provisions (base scenario); the basis is named where other indicators
   * name their dimension. Lower is worse, as in the supervisory bands: the indicator has the colour
   * the Provisions sheet gives the same ratio.
   */
  static List<Indicator> provisionRatios(
      ProvisionAnalysis.ProvisionResult provisions, WarningThresholds t) {
    Table rows = provisions.rows();
    int row = basisRow(rows, "held");
    if (Double.isNaN(rows.doubleColumn("provisions").getDouble(row))) {
      row = basisRow(rows, "ecl");
    }
    String basis = rows.stringColumn("basis").get(row);
    String provisionsOf = "held".equals(basis) ? "provisions held" : "ECL-based provisions";
    return List.of(
        lowerIsWorse(
            Kind.PROVISION_COVERAGE,
            basis,
            rows.doubleColumn("coverage").getDouble(row),
            t.coverageAmber(),
            t.coverageRed(),
            provisionsOf + " / NPL balance; red below the supervisory band, amber within it"),
        lowerIsWorse(
            Kind.PROVISION_TO_LOAN,
            basis,
            rows.doubleColumn("provision_to_loan").getDouble(row),
            t.provisionToLoanAmber(),
            t.provisionToLoanRed(),
            provisionsOf + " / outstanding; red below the supervisory band, amber within it"));
  }

  private static int basisRow(Table rows, String basis) {
    StringColumn column = rows.stringColumn("basis");
    for (int i = 0; i < rows.rowCount(); i++) {
      if (column.get(i).equals(basis)) {
        return i;
      }
    }
    throw new IllegalStateException("the provisions have no " + basis + " row");
  }

  /** An indicator whose value is bad when low: red below {@code red}, amber up to {@code amber}. */
  static Indicator lowerIsWorse(
      Kind kind, String dimension, double value, double amber, double red, String rule) {
    Status status =
        Double.isNaN(value)
            ? Status.NOT_AVAILABLE
            : value < red ? Status.RED : value <= amber ? Status.AMBER : Status.GREEN;
    return new Indicator(kind, kind.code(), dimension, value, amber, red, status, rule);
  }

  private static Indicator largestSegmentShare(
      ConcentrationAnalysis.ConcentrationResult c, Dimension d, WarningThresholds t) {
    return indicator(
        Kind.LARGEST_SEGMENT_SHARE,
        d.cliName(),
        c.topShare(1),
        t.largestShareAmber(),
        t.largestShareRed(),
        "exposure of the largest segment / total exposure");
  }

  private static Indicator hhi(
      ConcentrationAnalysis.ConcentrationResult c, Dimension d, WarningThresholds t) {
    return indicator(
        Kind.HHI,
        d.cliName(),
        c.hhi(),
        t.hhiAmber(),
        t.hhiRed(),
        "sum of squared segment shares (0–1)");
  }

  private static Indicator breaches(
      List<ConcentrationAnalysis.Breach> breaches, WarningThresholds t) {
    return indicator(
        Kind.SINGLE_BORROWER_BREACHES,
        "",
        breaches.size(),
        t.breachesAmber(),
        t.breachesRed(),
        "borrowers over a single-borrower limit");
  }

  private static Indicator cohortVsPreviousSix(
      VintageResult vintage, List<CohortFlag> flags, WarningThresholds t) {
    CohortFlag worst =
        flags.stream().max((a, b) -> Double.compare(a.factor(), b.factor())).orElse(null);
    return indicator(
        Kind.COHORT_VS_PREVIOUS_SIX,
        worst == null ? "" : worst.cohort() + " MOB " + worst.mob(),
        worst == null ? (vintage.cohorts().size() > 6 ? 0 : Double.NaN) : worst.factor(),
        t.cohortFactorAmber(),
        t.cohortFactorRed(),
        "ever-30+ rate of a cohort at a MOB (from MOB "
            + t.cohortMinMob()
            + ") / mean of the six cohorts before it at that MOB (cohorts of "
            + t.cohortMinLoans()
            + "+ loans within the data)");
  }

  /**
   * The PSI of the latest cohort with at least {@link WarningThresholds#cohortMinLoans()} scored
   * loans against the baseline (§16), coloured as its stability band: amber from the amber
   * threshold, red above the red one; {@code dimension} names the cohort. A thinner cohort's PSI is
   * mostly noise (one loan alone scores about 8), so it is passed over. Not available for a book
   * without such a cohort.
   */
  static Indicator scorePsi(ScorecardResult scorecard, WarningThresholds t) {
    Optional<ScorecardResult.Cohort> latest = Optional.empty();
    for (ScorecardResult.Cohort c : scorecard.cohorts()) { // oldest first: the last one wins
      if (c.loansScored() >= t.cohortMinLoans()) {
        latest = Optional.of(c);
      }
    }
    double psi = latest.map(ScorecardResult.Cohort::psi).orElse(Double.NaN);
    Status status =
        Double.isNaN(psi)
            ? Status.NOT_AVAILABLE
            : psi > t.psiRed() ? Status.RED : psi >= t.psiAmber() ? Status.AMBER : Status.GREEN;
    return new Indicator(
        Kind.SCORE_PSI,
        Kind.SCORE_PSI.code(),
        latest.map(ScorecardResult.Cohort::cohort).orElse(""),
        psi,
        t.psiAmber(),
        t.psiRed(),
        status,
        "PSI of the latest cohort's credit scores (cohorts of "
            + t.cohortMinLoans()
            + "+ scored loans) against the baseline's deciles; red above the red threshold");
  }

  static Indicator indicator(
      Kind kind, String dimension, double value, double amber, double red, String rule) {
    return new Indicator(
        kind, kind.code(), dimension, value, amber, red, status(value, amber, red), rule);
  }

  private static Status status(double value, double amber, double red) {
    return Double.isNaN(value)
        ? Status.NOT_AVAILABLE
        : value >= red ? Status.RED : value >= amber ? Status.AMBER : Status.GREEN;
  }

  /**
   * Cohorts whose ever-30+ rate at a MOB is at least the amber factor × the previous six's mean.
   * Only cohorts originated within the data (an earlier cohort's first months were never observed)
   * and of at least {@code cohortMinLoans} loans take part, as flagged or as the six.
   */
  static List<CohortFlag> cohortFlags(VintageResult v, WarningThresholds t, String firstDataMonth) {
    List<CohortFlag> flags = new ArrayList<>();
    List<String> cohorts =
        v.cohorts().stream()
            .filter(c -> c.compareTo(firstDataMonth) >= 0)
            .filter(c -> v.cell(c, 0).map(cell -> cell.loans() >= t.cohortMinLoans()).orElse(false))
            .toList();
    for (int c = 6; c < cohorts.size(); c++) {
      String cohort = cohorts.get(c);
      int maxMob = v.maxMob(cohort).orElse(-1);
      for (int k = t.cohortMinMob(); k <= maxMob; k++) {
        double sum = 0;
        int n = 0;
        for (int p = c - 6; p < c; p++) {
          OptionalDouble r = v.rate(cohorts.get(p), k);
          if (r.isPresent()) {
            sum += r.getAsDouble();
            n++;
          }
        }
        OptionalDouble rate = v.rate(cohort, k);
        if (n < 6 || rate.isEmpty() || sum == 0) {
          continue;
        }
        double mean = sum / n;
        double factor = rate.getAsDouble() / mean;
        if (factor >= t.cohortFactorAmber()) {
          flags.add(new CohortFlag(cohort, k, rate.getAsDouble(), mean, factor));
        }
      }
    }
    return flags;
  }

  public record WarningsResult(
      YearMonth asOf, List<Indicator> indicators, List<CohortFlag> cohortFlags)
      implements AnalysisResult {

    /**
     * The loans behind an indicator of this result, for a drill-down; {@code scope} and the
     * parameters are those the result was computed with. PAR30 and its change: the loans 30+ days
     * past due; NPL: substandard, doubtful and loss; the roll rate: the loans that rolled from
     * CURRENT to the first delinquent bucket in the latest month; largest segment share: the
     * largest segment's loans; breaches: the breaching borrowers' loans; a flagged cohort: the
     * loans it originated; the score PSI: the latest cohort's scored loans. Empty for an indicator
     * with no loans behind it (HHI, the provision ratios, a cohort indicator with no cohort
     * flagged).
     */
    public Optional<int[]> loansBehind(
        AnalysisScope scope,
        Indicator indicator,
        DelinquencyBuckets buckets,
        FiveCategoryRule rule,
        SingleBorrowerLimits limits) {
      return switch (indicator.kind()) {
        case PAR30_RATIO, PAR30_CHANGE ->
            Optional.of(SummaryAnalysis.activeLoans(scope, scope.asOfMonth(), dpd -> dpd >= 30));
        case NPL_RATIO ->
            Optional.of(
                SummaryAnalysis.activeLoansByRow(
                    scope,
                    scope.asOfMonth(),
                    r -> rule.category(scope.portfolio(), r).nonPerforming()));
        case CURRENT_ROLL_RATE ->
            Optional.of(
                RollRateAnalysis.run(scope, buckets, 1)
                    .loansBehind(buckets.labels().get(0), buckets.labels().get(1)));
        case LARGEST_SEGMENT_SHARE -> {
          ConcentrationAnalysis.ConcentrationResult c =
              ConcentrationAnalysis.run(
                  scope, Dimension.parse(indicator.dimension()), rule, limits);
          yield Optional.of(
              c.segments().isEmpty() ? new int[0] : c.loansIn(scope, c.segments().get(0).key()));
        }
        case SINGLE_BORROWER_BREACHES ->
            Optional.of(
                ConcentrationAnalysis.run(scope, Dimension.BORROWER_TYPE, rule, limits)
                    .loansBehindBreaches(scope));
        case COHORT_VS_PREVIOUS_SIX ->
            indicator.dimension().isEmpty()
                ? Optional.empty()
                : Optional.of(cohortLoans(scope, indicator.dimension()));
        case SCORE_PSI ->
            indicator.dimension().isEmpty()
                ? Optional.empty()
                : Optional.of(
                    ScorecardAnalysis.run(scope, ScorecardParams.DEFAULT)
                        .loansBehind(indicator.dimension()));
        case HHI, PROVISION_COVERAGE, PROVISION_TO_LOAN -> Optional.empty();
      };
    }

    private static int[] cohortLoans(AnalysisScope scope, String flagged) {
      int cohort = Months.ordinal(YearMonth.parse(flagged.split(" ")[0]));
      LoadedPortfolio p = scope.portfolio();
      boolean[] include = scope.include();
      int[] origin = p.loanOriginMonth();
      return IntStream.range(0, p.loans()).filter(l -> include[l] && origin[l] == cohort).toArray();
    }

    @Override
    public Table rows() {
      StringColumn name = StringColumn.create("indicator");
      StringColumn dimension = StringColumn.create("dimension");
      DoubleColumn value = DoubleColumn.create("value");
      DoubleColumn amber = DoubleColumn.create("amber_threshold");
      DoubleColumn red = DoubleColumn.create("red_threshold");
      StringColumn status = StringColumn.create("status");
      StringColumn rule = StringColumn.create("rule");
      for (Indicator i : indicators) {
        name.append(i.indicator());
        dimension.append(i.dimension());
        value.append(i.value());
        amber.append(i.amber());
        red.append(i.red());
        status.append(i.status().name());
        rule.append(i.rule());
      }
      return Table.create("warnings", name, dimension, value, amber, red, status, rule);
    }

    @Override
    public Map<String, Object> extras() {
      StringColumn cohort = StringColumn.create("cohort");
      DoubleColumn mob = DoubleColumn.create("mob");
      DoubleColumn rate = DoubleColumn.create("rate");
      DoubleColumn mean = DoubleColumn.create("previous_six_mean");
      DoubleColumn factor = DoubleColumn.create("factor");
      for (CohortFlag f : cohortFlags) {
        cohort.append(f.cohort());
        mob.append(f.mob());
        rate.append(f.rate());
        mean.append(f.previousMean());
        factor.append(f.factor());
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("as_of", asOf.toString());
      m.put("flagged_cohorts", Table.create("flagged_cohorts", cohort, mob, rate, mean, factor));
      return m;
    }
  }
}
