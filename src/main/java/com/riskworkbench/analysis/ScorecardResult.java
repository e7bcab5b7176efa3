package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Scorecard monitoring (docs/methodology.md §16), as {@link ScorecardAnalysis} computes it: one row
 * per origination-month cohort with a scored loan in scope, oldest first, the baseline's cohorts
 * and decile cut points, and the bad rate by score decile of every cohort and of the baseline. An
 * undefined value (a bad rate, KS, AUC or Gini of a cohort not yet mature, or without bads or
 * without goods) is NaN.
 *
 * @param asOf the as-of month
 * @param scope what the in-memory analysis ran on, which drill-downs rescan; empty for the database
 *     engine's result
 * @param params the performance window and threshold
 * @param cohorts per cohort, oldest first
 * @param baselineCohorts the labels of the baseline's cohorts, oldest first: the first {@link
 *     ScorecardAnalysis#BASELINE_COHORTS} with a scored loan in scope (fewer when there are fewer)
 * @param cutPoints the nine decile cut scores from the baseline, non-decreasing; decile 1 holds
 *     scores up to the first cut, decile d scores above cut d−1 up to cut d, decile 10 scores above
 *     the ninth; empty when no loan is scored
 * @param baseline the baseline's distribution over the deciles and its bad rate by decile (mature
 *     baseline cohorts only)
 */
public record ScorecardResult(
    YearMonth asOf,
    Optional<AnalysisScope> scope,
    ScorecardParams params,
    List<Cohort> cohorts,
    List<String> baselineCohorts,
    List<Integer> cutPoints,
    Deciles baseline)
    implements AnalysisResult {

  /** The number of score deciles. */
  public static final int DECILES = 10;

  /** The name of the baseline where a cohort is expected ({@link #loansBehind}). */
  public static final String BASELINE = "baseline";

  /** All deciles at once, where a decile 1 to 10 is expected ({@link #loansBehind}). */
  public static final int ALL_DECILES = 0;

  public ScorecardResult {
    cohorts = List.copyOf(cohorts);
    baselineCohorts = List.copyOf(baselineCohorts);
    cutPoints = List.copyOf(cutPoints);
  }

  /**
   * One cohort: its scored loans and, when mature, its bads (0 otherwise), bad rate, KS, AUC and
   * Gini; its PSI against the baseline and the band of that PSI; its deciles.
   *
   * @param cohort {@code YYYY-MM}
   * @param baseline whether the cohort is one of the baseline's
   * @param mature whether the cohort's month at MOB K is no later than the as-of month
   */
  public record Cohort(
      String cohort,
      YearMonth month,
      int loansScored,
      int bads,
      double badRate,
      double ks,
      double auc,
      double gini,
      double psi,
      PsiBand band,
      boolean baseline,
      boolean mature,
      Deciles deciles) {}

  /**
   * Ten deciles, 1 (lowest scores) first: scored loans, their share of the population, bads and bad
   * rate (NaN for an empty decile or a cohort not yet mature).
   */
  public record Deciles(
      List<Integer> loans, List<Double> shares, List<Integer> bads, List<Double> badRates) {
    public Deciles {
      loans = List.copyOf(loans);
      shares = List.copyOf(shares);
      bads = List.copyOf(bads);
      badRates = List.copyOf(badRates);
    }
  }

  /** The cohort with label {@code YYYY-MM}, or empty. */
  public Optional<Cohort> cohort(String label) {
    return cohorts.stream().filter(c -> c.cohort().equals(label)).findFirst();
  }

  /** The latest cohort, or empty when no loan is scored: what the early warnings watch. */
  public Optional<Cohort> latest() {
    return cohorts.isEmpty() ? Optional.empty() : Optional.of(cohorts.get(cohorts.size() - 1));
  }

  /**
   * The latest cohort K months on book whose KS is defined (it has bad and good loans), or empty:
   * the cohort whose KS, AUC and Gini the window's tiles and the pack's decile table show.
   */
  public Optional<Cohort> latestMeasured() {
    for (int i = cohorts.size() - 1; i >= 0; i--) {
      Cohort c = cohorts.get(i);
      if (c.mature() && !Double.isNaN(c.ks())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The loan indexes behind a number, for drill-down, ascending: the scored loans in scope of
   * {@code cohort} ({@code YYYY-MM}, or {@link #BASELINE} for all of the baseline's cohorts) in
   * score decile {@code decile} (1 to 10, or {@link #ALL_DECILES}); with {@code badsOnly} only the
   * bads, which a cohort not yet mature has none of. Rescans the book: for a click.
   *
   * @throws UnsupportedOperationException for the database engine's result (no book loaded)
   */
  public int[] loansBehind(String cohort, int decile, boolean badsOnly) {
    if (decile < ALL_DECILES || decile > DECILES) {
      throw new IllegalArgumentException("decile must be 0 (all) to 10, got " + decile);
    }
    List<Integer> months = new ArrayList<>();
    if (BASELINE.equals(cohort)) {
      baselineCohorts.forEach(c -> months.add(Months.ordinal(YearMonth.parse(c))));
    } else {
      cohort(cohort).ifPresent(c -> months.add(Months.ordinal(c.month())));
    }
    if (months.isEmpty()) {
      return new int[0];
    }
    return ScorecardAnalysis.loansBehind(this, months, decile, badsOnly);
  }

  /** The scored loans of a cohort ({@code YYYY-MM} or {@link #BASELINE}). */
  public int[] loansBehind(String cohort) {
    return loansBehind(cohort, ALL_DECILES, false);
  }

  /** The bads of a cohort ({@code YYYY-MM} or {@link #BASELINE}): none before it is mature. */
  public int[] badLoansBehind(String cohort) {
    return loansBehind(cohort, ALL_DECILES, true);
  }

  @Override
  public Table rows() {
    StringColumn cohort = StringColumn.create("cohort");
    IntColumn scored = IntColumn.create("loans_scored");
    DoubleColumn badRate = DoubleColumn.create("bad_rate");
    DoubleColumn ks = DoubleColumn.create("ks");
    DoubleColumn auc = DoubleColumn.create("auc");
    DoubleColumn gini = DoubleColumn.create("gini");
    DoubleColumn psi = DoubleColumn.create("psi");
    StringColumn band = StringColumn.create("psi_band");
    IntColumn bads = IntColumn.create("bads");
    BooleanColumn mature = BooleanColumn.create("mature");
    BooleanColumn inBaseline = BooleanColumn.create("baseline");
    for (Cohort c : cohorts) {
      cohort.append(c.cohort());
      scored.append(c.loansScored());
      badRate.append(c.badRate());
      ks.append(c.ks());
      auc.append(c.auc());
      gini.append(c.gini());
      psi.append(c.psi());
      band.append(c.band().cliName());
      if (c.mature()) {
        bads.append(c.bads());
      } else {
        bads.appendMissing(); // not yet observed for K months: empty, never 0
      }
      mature.append(c.mature());
      inBaseline.append(c.baseline());
    }
    return Table.create(
        "scorecard", cohort, scored, badRate, ks, auc, gini, psi, band, bads, mature, inBaseline);
  }

  @Override
  public Map<String, Object> extras() {
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("mob", params.mob());
    extras.put("threshold", params.threshold());
    extras.put("baseline_cohorts", baselineCohorts);
    extras.put("decile_cut_points", cutPoints);
    extras.put("baseline_bad_rate_by_decile", baseline.badRates());
    extras.put("baseline_share_by_decile", baseline.shares());
    Map<String, Object> byCohort = new LinkedHashMap<>();
    for (Cohort c : cohorts) {
      byCohort.put(c.cohort(), c.deciles().badRates());
    }
    extras.put("bad_rate_by_decile", byCohort);
    return java.util.Collections.unmodifiableMap(extras);
  }
}
