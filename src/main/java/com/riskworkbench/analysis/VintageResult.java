package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The vintage grid of {@link VintageAnalysis}: one cell per cohort and months on book k, from 0 up
 * to the as-of month. Cells beyond the as-of month are not defined: they have no row and their
 * accessors return empty.
 */
public final class VintageResult implements AnalysisResult {

  /**
   * One defined cell: the cohort's loans and principal, those bad by MOB {@code mob}, the rate per
   * the weight, the net charge-off (charge-off − recovery) over rows up to MOB {@code mob} and its
   * rate over the cohort's principal. A rate over zero is NaN.
   */
  public record Cell(
      String cohort,
      int mob,
      int loans,
      long principalCents,
      int badLoans,
      long badPrincipalCents,
      double rate,
      long netChargeOffCents,
      double netChargeOffRate) {}

  /**
   * Finds the loans behind a cell: those of the cohort dated {@code cohortEnd} bad by MOB {@code
   * mob}, or with {@code chargeOffs} those with a charge-off by then; ascending loan indexes.
   */
  @FunctionalInterface
  interface Drill {
    int[] loansBehind(int cohortEnd, int mob, boolean chargeOffs);
  }

  private final Drill drill;
  private final VintageParams params;
  private final int asOfMonth;
  private final int[] ends;
  private final String[] cohorts;
  private final int[] offset;
  private final int[] loans;
  private final long[] principal;
  private final int[] badLoans;
  private final long[] badPrincipal;
  private final long[] netChargeOff;
  private final int[] chargeOffLoans;

  /**
   * Cohort {@code c}'s cells are {@code offset[c] + k} for k from 0 to {@code offset[c+1] -
   * offset[c] - 1}; the cell arrays hold cumulative values.
   */
  VintageResult(VintageParams params, int asOfMonth, VintageAnalysis.Cells cells, Drill drill) {
    this.drill = drill;
    this.params = params;
    this.asOfMonth = asOfMonth;
    this.ends = cells.ends();
    this.cohorts = cells.labels();
    this.offset = cells.offset();
    this.loans = cells.loans();
    this.principal = cells.principal();
    this.badLoans = cells.badLoans();
    this.badPrincipal = cells.badPrincipal();
    this.netChargeOff = cells.netChargeOff();
    this.chargeOffLoans = cells.chargeOffLoans();
  }

  static VintageResult empty(VintageParams params, int asOfMonth) {
    return new VintageResult(
        params,
        asOfMonth,
        new VintageAnalysis.Cells(
            new int[0],
            new String[0],
            new int[] {0},
            new int[0],
            new long[0],
            new int[0],
            new long[0],
            new long[0],
            new int[0]),
        (cohortEnd, mob, chargeOffs) -> new int[0]);
  }

  public VintageParams params() {
    return params;
  }

  public YearMonth asOf() {
    return Months.of(asOfMonth);
  }

  /** Cohort labels, oldest first: {@code YYYY-MM}, or {@code YYYY-Qn} for quarter cohorts. */
  public List<String> cohorts() {
    return List.of(cohorts);
  }

  /** The last defined MOB of a cohort, or empty for a cohort not in the result. */
  public OptionalInt maxMob(String cohort) {
    int c = indexOf(cohort);
    return c < 0 ? OptionalInt.empty() : OptionalInt.of(offset[c + 1] - offset[c] - 1);
  }

  /** The cell, or empty when the cohort has no loans in scope or MOB {@code mob} is not defined. */
  public Optional<Cell> cell(String cohort, int mob) {
    int c = indexOf(cohort);
    if (c < 0 || mob < 0 || offset[c] + mob >= offset[c + 1]) {
      return Optional.empty();
    }
    return Optional.of(cell(c, mob));
  }

  /** The cell's bad rate per the weight; empty for an undefined cell or a zero denominator. */
  public OptionalDouble rate(String cohort, int mob) {
    return cell(cohort, mob).map(x -> present(x.rate())).orElse(OptionalDouble.empty());
  }

  /** The cell's cumulative net charge-off over the cohort's principal. */
  public OptionalDouble netChargeOffRate(String cohort, int mob) {
    return cell(cohort, mob).map(x -> present(x.netChargeOffRate())).orElse(OptionalDouble.empty());
  }

  /**
   * The month that dates a cohort (its origination month, or its quarter's last month), or empty
   * for a cohort not in the result. Cell k of the cohort is this month plus k.
   */
  public Optional<YearMonth> cohortMonth(String cohort) {
    int c = indexOf(cohort);
    return c < 0 ? Optional.empty() : Optional.of(Months.of(ends[c]));
  }

  /**
   * The loans of the cohort with a charge-off by MOB {@code mob} — a CHARGED_OFF row, or a row with
   * a charge-off or recovery amount: the loans behind the cell's net charge-off. 0 for an undefined
   * cell.
   */
  public int chargeOffLoans(String cohort, int mob) {
    int c = indexOf(cohort);
    if (c < 0 || mob < 0 || offset[c] + mob >= offset[c + 1]) {
      return 0;
    }
    return chargeOffLoans[offset[c] + mob];
  }

  /**
   * The loan indexes behind a cell, for drill-down: the cohort's loans in scope that are bad by MOB
   * {@code mob} (their count is the cell's {@link Cell#badLoans()}), ascending; empty for an
   * undefined cell. Rescans the book: for a click.
   */
  public int[] loansBehind(String cohort, int mob) {
    return behind(cohort, mob, false);
  }

  /**
   * The loans behind a cell's net charge-off (their count is {@link #chargeOffLoans}), ascending;
   * empty for an undefined cell. Rescans the book: for a click.
   */
  public int[] chargeOffLoansBehind(String cohort, int mob) {
    return behind(cohort, mob, true);
  }

  private int[] behind(String cohort, int mob, boolean chargeOffs) {
    if (cell(cohort, mob).isEmpty()) {
      return new int[0];
    }
    return drill.loansBehind(ends[indexOf(cohort)], mob, chargeOffs);
  }

  /** A cohort's bad-rate curve, MOB 0 to its last defined MOB; empty for an unknown cohort. */
  public double[] curve(String cohort) {
    int c = indexOf(cohort);
    if (c < 0) {
      return new double[0];
    }
    double[] curve = new double[offset[c + 1] - offset[c]];
    for (int k = 0; k < curve.length; k++) {
      curve[k] = cell(c, k).rate();
    }
    return curve;
  }

  @Override
  public Table rows() {
    StringColumn cohort = StringColumn.create("cohort");
    IntColumn mob = IntColumn.create("mob");
    IntColumn loanCount = IntColumn.create("loans");
    DoubleColumn principalAmount = DoubleColumn.create("principal");
    IntColumn bad = IntColumn.create("bad_loans");
    DoubleColumn badAmount = DoubleColumn.create("bad_principal");
    DoubleColumn rate = DoubleColumn.create("rate");
    DoubleColumn nco = DoubleColumn.create("net_charge_off");
    DoubleColumn ncoRate = DoubleColumn.create("net_charge_off_rate");
    for (int c = 0; c < cohorts.length; c++) {
      for (int k = 0; k < offset[c + 1] - offset[c]; k++) {
        Cell x = cell(c, k);
        cohort.append(x.cohort());
        mob.append(k);
        loanCount.append(x.loans());
        principalAmount.append(amount(x.principalCents()));
        bad.append(x.badLoans());
        badAmount.append(amount(x.badPrincipalCents()));
        rate.append(x.rate());
        nco.append(amount(x.netChargeOffCents()));
        ncoRate.append(x.netChargeOffRate());
      }
    }
    return Table.create(
        "vintage", cohort, mob, loanCount, principalAmount, bad, badAmount, rate, nco, ncoRate);
  }

  @Override
  public Map<String, Object> extras() {
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("threshold", params.threshold());
    extras.put("weight", params.weight().cliName());
    extras.put("cohort_period", params.cohortPeriod().cliName());
    return Collections.unmodifiableMap(extras);
  }

  private Cell cell(int c, int k) {
    int i = offset[c] + k;
    double rate =
        params.weight() == VintageParams.Weight.AMOUNT
            ? ratio(badPrincipal[i], principal[c])
            : ratio(badLoans[i], loans[c]);
    return new Cell(
        cohorts[c],
        k,
        loans[c],
        principal[c],
        badLoans[i],
        badPrincipal[i],
        rate,
        netChargeOff[i],
        ratio(netChargeOff[i], principal[c]));
  }

  private int indexOf(String cohort) {
    return Arrays.asList(cohorts).indexOf(cohort);
  }

  private static OptionalDouble present(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
