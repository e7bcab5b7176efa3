package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;

import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.portfolio.book.Months;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The NPL walk over {@code startMonth} → {@code endMonth}: {@code byMonth[i]} holds the cents of
 * each {@link Component} for the month {@code startMonth + i} → {@code startMonth + i + 1}; {@code
 * loanFlags[l]} has bit {@code c.ordinal()} set when loan {@code l} takes part in component {@code
 * c} in some month (the database engine lists no loans: it leaves it empty and drills a page at a
 * time); {@code componentLoans[c.ordinal()]} counts the loans behind each component. The arrays are
 * shared: read only.
 */
public record NplWalkResult(
    int startMonth,
    int endMonth,
    FiveCategoryRule rule,
    long[][] byMonth,
    int[] loanFlags,
    long[] componentLoans)
    implements AnalysisResult {

  public YearMonth start() {
    return Months.of(startMonth);
  }

  public YearMonth end() {
    return Months.of(endMonth);
  }

  /**
   * A component over the whole period, in cents, positive: opening at S, closing at E, the others
   * summed over the months.
   */
  public long cents(Component c) {
    if (c == Component.OPENING) {
      return byMonth[0][c.ordinal()];
    }
    if (c == Component.CLOSING) {
      return byMonth[byMonth.length - 1][c.ordinal()];
    }
    long sum = 0;
    for (long[] month : byMonth) {
      sum += month[c.ordinal()];
    }
    return sum;
  }

  /** The number of loans behind a component (see {@link #loansBehind}), from either engine. */
  public long loans(Component c) {
    return componentLoans[c.ordinal()];
  }

  /**
   * The loans behind a component, in book order: for opening and closing the NPL loans at S and E;
   * for the others every loan that contributed in some month (a loan may be behind several).
   */
  public int[] loansBehind(Component c) {
    int bit = 1 << c.ordinal();
    IntArrayList found = new IntArrayList();
    for (int l = 0; l < loanFlags.length; l++) {
      if ((loanFlags[l] & bit) != 0) {
        found.add(l);
      }
    }
    return found.toIntArray();
  }

  /** {@code component,amount,loans} in the order of the walk. */
  @Override
  public Table rows() {
    StringColumn component = StringColumn.create("component");
    DoubleColumn amountCol = DoubleColumn.create("amount");
    IntColumn loans = IntColumn.create("loans");
    for (Component c : Component.values()) {
      component.append(c.key());
      amountCol.append(amount(cents(c)));
      loans.append((int) componentLoans[c.ordinal()]);
    }
    return Table.create("npl_walk", component, amountCol, loans);
  }

  /** The walk month by month: {@code month} (the month t+1) and a column per component. */
  public Table monthly() {
    Table t = Table.create("npl_walk_by_month", StringColumn.create("month"));
    for (Component c : Component.values()) {
      t.addColumns(DoubleColumn.create(c.key()));
    }
    for (int i = 0; i < byMonth.length; i++) {
      t.stringColumn("month").append(Months.of(startMonth + i + 1).toString());
      for (Component c : Component.values()) {
        t.doubleColumn(c.key()).append(amount(byMonth[i][c.ordinal()]));
      }
    }
    return t;
  }

  @Override
  public Map<String, Object> extras() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", start().toString());
    m.put("to", end().toString());
    m.put("five_category_rule", rule.describe());
    m.put(
        "identity",
        "opening + new - upgraded - collected - written_off - left_data + other = closing");
    m.put("by_month", monthly());
    return m;
  }
}
