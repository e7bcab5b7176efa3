package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.analysis.MigrationAnalysis.Rate;
import com.riskworkbench.portfolio.book.Months;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Migration rates over {@code startMonth} → {@code endMonth} and the category × state matrix behind
 * them. Cells are indexed {@code category at S × state at E} with states 0–4 the categories, then
 * {@link MigrationAnalysis#PAID_OFF}, {@link MigrationAnalysis#CHARGED_OFF}, {@link
 * MigrationAnalysis#MISSING}. The per-loan arrays ({@code from}, {@code to}) are shared: read only.
 */
public record MigrationResult(
    int startMonth,
    int endMonth,
    FiveCategoryRule rule,
    byte[] from,
    byte[] to,
    long[] cellLoans,
    long[] cellStartCents,
    long[] cellEndCents,
    long[] keptCents)
    implements AnalysisResult {

  private static final String[] STATE_NAMES = {
    "NORMAL",
    "SPECIAL_MENTION",
    "SUBSTANDARD",
    "DOUBTFUL",
    "LOSS",
    "PAID_OFF",
    "CHARGED_OFF",
    "MISSING"
  };

  /** The name of a state at E: a category, PAID_OFF, CHARGED_OFF or MISSING. */
  public static String stateName(int state) {
    return STATE_NAMES[state];
  }

  public YearMonth start() {
    return Months.of(startMonth);
  }

  public YearMonth end() {
    return Months.of(endMonth);
  }

  /** Loans of category {@code c} at S in state {@code state} at E. */
  public long loans(FiveCategory c, int state) {
    return cellLoans[c.ordinal() * MigrationAnalysis.STATES + state];
  }

  /** Their balance at S, in cents. */
  public long startCents(FiveCategory c, int state) {
    return cellStartCents[c.ordinal() * MigrationAnalysis.STATES + state];
  }

  /** Their balance at E (0 for the three states that are not a category), in cents. */
  public long endCents(FiveCategory c, int state) {
    return cellEndCents[c.ordinal() * MigrationAnalysis.STATES + state];
  }

  /** A rate's numerator: balance at E of its loans ACTIVE at E in a worse category, in cents. */
  public long numeratorCents(Rate rate) {
    long sum = 0;
    for (FiveCategory c : FiveCategory.values()) {
      for (int s = 0; s < MigrationAnalysis.STATES; s++) {
        if (rate.from(c.ordinal()) && rate.worse(s)) {
          sum += endCents(c, s);
        }
      }
    }
    return sum;
  }

  /** A rate's denominator: balance at S of its loans less the period's decrease, in cents. */
  public long denominatorCents(Rate rate) {
    long sum = 0;
    for (FiveCategory c : FiveCategory.values()) {
      if (rate.from(c.ordinal())) {
        sum += keptCents[c.ordinal()];
      }
    }
    return sum;
  }

  /** Numerator / denominator; NaN when the denominator is 0. */
  public double rate(Rate rate) {
    return ratio(numeratorCents(rate), denominatorCents(rate));
  }

  /** The loans of a matrix cell, in book order. */
  public int[] loansIn(FiveCategory c, int state) {
    return loans(l -> from[l] == c.ordinal() && to[l] == state);
  }

  /** The loans behind a rate's numerator: from its from-set into a worse category, ACTIVE at E. */
  public int[] loansBehind(Rate rate) {
    return loans(l -> from[l] >= 0 && rate.from(from[l]) && rate.worse(to[l]));
  }

  /** The loans behind a rate's denominator: those whose category at S is in its from-set. */
  public int[] loansFrom(Rate rate) {
    return loans(l -> from[l] >= 0 && rate.from(from[l]));
  }

  private int[] loans(IntPredicate test) {
    IntArrayList found = new IntArrayList();
    for (int l = 0; l < from.length; l++) {
      if (test.test(l)) {
        found.add(l);
      }
    }
    return found.toIntArray();
  }

  /** {@code class,numerator,denominator,rate,loans}: the five rates; loans behind the numerator. */
  @Override
  public Table rows() {
    StringColumn name = StringColumn.create("class");
    DoubleColumn numerator = DoubleColumn.create("numerator");
    DoubleColumn denominator = DoubleColumn.create("denominator");
    DoubleColumn rate = DoubleColumn.create("rate");
    IntColumn loans = IntColumn.create("loans");
    for (Rate r : Rate.values()) {
      name.append(r.name());
      numerator.append(amount(numeratorCents(r)));
      denominator.append(amount(denominatorCents(r)));
      rate.append(rate(r));
      long n = 0;
      for (FiveCategory c : FiveCategory.values()) {
        for (int s = 0; s < MigrationAnalysis.STATES; s++) {
          if (r.from(c.ordinal()) && r.worse(s)) {
            n += loans(c, s);
          }
        }
      }
      loans.append((int) n);
    }
    return Table.create("migration", name, numerator, denominator, rate, loans);
  }

  @Override
  public boolean isAmount(String column, int row) {
    return column.equals("numerator") || column.equals("denominator");
  }

  /**
   * The matrix, one row per category at S × state at E, zeros included: loans, balance at S, their
   * shares of the category's row, and balance at E.
   */
  public Table matrix() {
    StringColumn fromCol = StringColumn.create("from_category");
    StringColumn toCol = StringColumn.create("to_state");
    IntColumn loans = IntColumn.create("loans");
    DoubleColumn balance = DoubleColumn.create("balance");
    DoubleColumn loanShare = DoubleColumn.create("loan_share");
    DoubleColumn balanceShare = DoubleColumn.create("balance_share");
    DoubleColumn endBalance = DoubleColumn.create("end_balance");
    for (FiveCategory c : FiveCategory.values()) {
      long rowLoans = 0;
      long rowCents = 0;
      for (int s = 0; s < MigrationAnalysis.STATES; s++) {
        rowLoans += loans(c, s);
        rowCents += startCents(c, s);
      }
      for (int s = 0; s < MigrationAnalysis.STATES; s++) {
        fromCol.append(c.name());
        toCol.append(stateName(s));
        loans.append((int) loans(c, s));
        balance.append(amount(startCents(c, s)));
        loanShare.append(ratio(loans(c, s), rowLoans));
        balanceShare.append(ratio(startCents(c, s), rowCents));
        endBalance.append(amount(endCents(c, s)));
      }
    }
    return Table.create(
        "migration_matrix", fromCol, toCol, loans, balance, loanShare, balanceShare, endBalance);
  }

  @Override
  public Map<String, Object> extras() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", start().toString());
    m.put("to", end().toString());
    m.put("five_category_rule", rule.describe());
    m.put(
        "basis",
        "balance at the start month; the matrix's balance columns are balances at the start,"
            + " end_balance at the end month");
    m.put("matrix", matrix());
    return m;
  }
}
