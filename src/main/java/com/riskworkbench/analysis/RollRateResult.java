package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The roll-rate matrix of {@link RollRateAnalysis}: from-states are the delinquency buckets, in
 * order; to-states are the buckets, then PAID_OFF, CHARGED_OFF and MISSING. Counts are transitions
 * (a loan counts once per month of the window), balances are at month t. Shares are over the
 * from-state's row, MISSING included, and missing (NaN) for an empty row. Each loan share carries
 * its 95 % Wilson interval ({@code loan_share_low}, {@code loan_share_high}); the JSON extras add
 * Goodman's simultaneous 95 % intervals of every row.
 */
public final class RollRateResult implements AnalysisResult {
  public static final String PAID_OFF = "PAID_OFF";
  public static final String CHARGED_OFF = "CHARGED_OFF";
  public static final String MISSING = "MISSING";

  /** The transitions behind one cell: {@code loans[i]} moved at month {@code months[i]} (t). */
  public record Transitions(int[] loans, YearMonth[] months) {
    public int size() {
      return loans.length;
    }
  }

  /** Finds the transitions behind a cell (from-state index, to-state index) when asked. */
  interface Drill {
    Transitions behind(int from, int to);
  }

  private final Drill drill;
  private final DelinquencyBuckets buckets;
  private final TransitionWindow window;
  private final List<String> fromStates;
  private final List<String> toStates;
  private final long[] loans;
  private final long[] balance;
  private final long[] distinctLoans;

  RollRateResult(
      DelinquencyBuckets buckets,
      TransitionWindow window,
      long[] loans,
      long[] balance,
      long[] distinctLoans,
      Drill drill) {
    this.drill = drill;
    this.buckets = buckets;
    this.window = window;
    this.fromStates = List.copyOf(buckets.labels());
    List<String> to = new ArrayList<>(fromStates);
    to.addAll(List.of(PAID_OFF, CHARGED_OFF, MISSING));
    this.toStates = List.copyOf(to);
    this.loans = loans;
    this.balance = balance;
    this.distinctLoans = distinctLoans;
  }

  static int toStateCount(DelinquencyBuckets buckets) {
    return buckets.count() + 3;
  }

  public List<String> fromStates() {
    return fromStates;
  }

  public List<String> toStates() {
    return toStates;
  }

  public DelinquencyBuckets buckets() {
    return buckets;
  }

  /** The window as asked for; 0 or less means every month. */
  public int window() {
    return window.window();
  }

  /** The months t+1 the window covers (those with a previous month in the data), oldest first. */
  public List<YearMonth> months() {
    return window.yearMonths();
  }

  /** Transitions from {@code from} to {@code to} in the window. */
  public long loans(String from, String to) {
    return loans[cell(from, to)];
  }

  /**
   * The 95 % intervals of the cell's loan share: Wilson's for the cell alone ({@code [0], [1]}) and
   * Goodman's simultaneous one, valid for every cell of the row at once ({@code [2], [3]}); NaN for
   * an empty row.
   */
  public double[] loanShareIntervals(String from, String to) {
    int f = fromStates.indexOf(from);
    int t = toStates.indexOf(to);
    int states = toStates.size();
    double[] wilson = Intervals.wilson(loans[cell(from, to)], rowTotal(loans, f), Intervals.Z_95);
    double[][] row =
        Intervals.goodman(Arrays.copyOfRange(loans, f * states, (f + 1) * states), Intervals.ALPHA);
    return new double[] {wilson[0], wilson[1], row[t][0], row[t][1]};
  }

  /**
   * Distinct loans behind the cell: a loan that made the same move in several months of the window
   * counts once, so this is at most {@link #loans} and equals the size of {@link
   * #distinctLoansBehind}.
   */
  public long distinctLoans(String from, String to) {
    return distinctLoans[cell(from, to)];
  }

  /** Balance at month t of those transitions, in cents. */
  public long balanceCents(String from, String to) {
    return balance[cell(from, to)];
  }

  /** Transitions from {@code from}: the row's total, MISSING included. */
  public long loansFrom(String from) {
    return rowTotal(loans, fromIndex(from));
  }

  public long balanceCentsFrom(String from) {
    return rowTotal(balance, fromIndex(from));
  }

  /** Share of the from-state's transitions by count; empty when the row has none. */
  public OptionalDouble loanShare(String from, String to) {
    return present(ratio(loans(from, to), loansFrom(from)));
  }

  /** Share of the from-state's balance; empty when the row's balance is 0. */
  public OptionalDouble balanceShare(String from, String to) {
    return present(ratio(balanceCents(from, to), balanceCentsFrom(from)));
  }

  /** Share of the from-state's transitions moving to a worse bucket or CHARGED_OFF, by count. */
  public OptionalDouble rollForwardLoanRate(String from) {
    return present(rollForward(loans, fromIndex(from)));
  }

  public OptionalDouble rollForwardBalanceRate(String from) {
    return present(rollForward(balance, fromIndex(from)));
  }

  /**
   * Share of a delinquent from-state's transitions moving to CURRENT or PAID_OFF, by count; empty
   * for CURRENT and for an empty row.
   */
  public OptionalDouble cureLoanRate(String from) {
    return present(cure(loans, fromIndex(from)));
  }

  public OptionalDouble cureBalanceRate(String from) {
    return present(cure(balance, fromIndex(from)));
  }

  /**
   * The loan indexes behind one cell, for drill-down: one entry per transition, so a loan that made
   * the same move in several months of the window appears once for each; ordered by loan index,
   * then month. See {@link #transitionsBehind} for the months.
   */
  public int[] loansBehind(String from, String to) {
    return transitionsBehind(from, to).loans();
  }

  /**
   * The distinct loans behind one cell, ascending: each loan of {@link #loansBehind} once. Its size
   * is {@link #distinctLoans}.
   */
  public int[] distinctLoansBehind(String from, String to) {
    return Arrays.stream(loansBehind(from, to)).distinct().toArray();
  }

  /**
   * The transitions behind one cell, with the month t of each. The in-memory engine rescans the
   * book (for a click); the database engine drills by pages instead (docs/decisions/0008).
   */
  public Transitions transitionsBehind(String from, String to) {
    return drill.behind(fromIndex(from), toIndex(to));
  }

  @Override
  public Table rows() {
    StringColumn fromColumn = StringColumn.create("from_state");
    StringColumn toColumn = StringColumn.create("to_state");
    LongColumn loanColumn = LongColumn.create("loans");
    DoubleColumn balanceColumn = DoubleColumn.create("balance");
    DoubleColumn loanShare = DoubleColumn.create("loan_share");
    DoubleColumn balanceShare = DoubleColumn.create("balance_share");
    DoubleColumn low = DoubleColumn.create("loan_share_low");
    DoubleColumn high = DoubleColumn.create("loan_share_high");
    int states = toStates.size();
    for (int f = 0; f < fromStates.size(); f++) {
      long rowLoans = rowTotal(loans, f);
      long rowBalance = rowTotal(balance, f);
      for (int t = 0; t < states; t++) {
        int i = f * states + t;
        fromColumn.append(fromStates.get(f));
        toColumn.append(toStates.get(t));
        loanColumn.append(loans[i]);
        balanceColumn.append(amount(balance[i]));
        loanShare.append(ratio(loans[i], rowLoans));
        balanceShare.append(ratio(balance[i], rowBalance));
        double[] wilson = Intervals.wilson(loans[i], rowLoans, Intervals.Z_95);
        low.append(wilson[0]);
        high.append(wilson[1]);
      }
    }
    return Table.create(
        "roll_rate",
        fromColumn,
        toColumn,
        loanColumn,
        balanceColumn,
        loanShare,
        balanceShare,
        low,
        high);
  }

  /**
   * {@code window}, {@code months} (the months t+1 covered, {@code YYYY-MM}), {@code buckets} and
   * {@code rates}: a table of each from-state's transitions and balance with its roll-forward and
   * cure rates by count and by balance (cure is NaN for CURRENT).
   */
  @Override
  public Map<String, Object> extras() {
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("window", window.window());
    extras.put("months", window.labels());
    extras.put("buckets", buckets.describe());
    extras.put("rates", ratesTable());
    extras.put("simultaneous_level", 1 - Intervals.ALPHA);
    extras.put(
        "simultaneous_chi_square", Intervals.goodmanChiSquare(toStates.size(), Intervals.ALPHA));
    extras.put("simultaneous_intervals", simultaneousTable());
    return Collections.unmodifiableMap(extras);
  }

  /**
   * Goodman's simultaneous 95 % intervals of each from-state's loan shares: every to-state cell of
   * the row (MISSING included, k = the number of to-states) at once; NaN for an empty row.
   */
  private Table simultaneousTable() {
    StringColumn from = StringColumn.create("from_state");
    StringColumn to = StringColumn.create("to_state");
    DoubleColumn low = DoubleColumn.create("loan_share_low");
    DoubleColumn high = DoubleColumn.create("loan_share_high");
    int states = toStates.size();
    for (int f = 0; f < fromStates.size(); f++) {
      double[][] row =
          Intervals.goodman(
              Arrays.copyOfRange(loans, f * states, (f + 1) * states), Intervals.ALPHA);
      for (int t = 0; t < states; t++) {
        from.append(fromStates.get(f));
        to.append(toStates.get(t));
        low.append(row[t][0]);
        high.append(row[t][1]);
      }
    }
    return Table.create("roll_rate_simultaneous", from, to, low, high);
  }

  private Table ratesTable() {
    StringColumn from = StringColumn.create("from_state");
    LongColumn loanColumn = LongColumn.create("loans");
    DoubleColumn balanceColumn = DoubleColumn.create("balance");
    DoubleColumn rollLoans = DoubleColumn.create("roll_forward_loan_rate");
    DoubleColumn rollBalance = DoubleColumn.create("roll_forward_balance_rate");
    DoubleColumn cureLoans = DoubleColumn.create("cure_loan_rate");
    DoubleColumn cureBalance = DoubleColumn.create("cure_balance_rate");
    for (int f = 0; f < fromStates.size(); f++) {
      from.append(fromStates.get(f));
      loanColumn.append(rowTotal(loans, f));
      balanceColumn.append(amount(rowTotal(balance, f)));
      rollLoans.append(rollForward(loans, f));
      rollBalance.append(rollForward(balance, f));
      cureLoans.append(cure(loans, f));
      cureBalance.append(cure(balance, f));
    }
    return Table.create(
        "roll_rate_rates",
        from,
        loanColumn,
        balanceColumn,
        rollLoans,
        rollBalance,
        cureLoans,
        cureBalance);
  }

  private double rollForward(long[] values, int f) {
    int states = toStates.size();
    long worse = values[f * states + buckets.count() + 1]; // CHARGED_OFF
    for (int t = f + 1; t < buckets.count(); t++) {
      worse += values[f * states + t];
    }
    return ratio(worse, rowTotal(values, f));
  }

  private double cure(long[] values, int f) {
    if (f == 0) {
      return Double.NaN;
    }
    int states = toStates.size();
    long cured = values[f * states] + values[f * states + buckets.count()]; // CURRENT, PAID_OFF
    return ratio(cured, rowTotal(values, f));
  }

  private long rowTotal(long[] values, int f) {
    int states = toStates.size();
    long total = 0;
    for (int t = 0; t < states; t++) {
      total += values[f * states + t];
    }
    return total;
  }

  private int cell(String from, String to) {
    return fromIndex(from) * toStates.size() + toIndex(to);
  }

  private int fromIndex(String from) {
    int f = fromStates.indexOf(from);
    if (f < 0) {
      throw new IllegalArgumentException(
          "unknown from-state '" + from + "'; expected one of " + fromStates);
    }
    return f;
  }

  private int toIndex(String to) {
    int t = toStates.indexOf(to);
    if (t < 0) {
      throw new IllegalArgumentException(
          "unknown to-state '" + to + "'; expected one of " + toStates);
    }
    return t;
  }

  private static OptionalDouble present(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
