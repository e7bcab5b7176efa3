package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The stage of each ACTIVE loan of the scope at the as-of month (docs/methodology.md §14). The
 * category is the booked one where the lender booked it, the five-category rule's by days past due
 * otherwise ({@link FiveCategoryRule#category}). Arrays are parallel: {@code loans[i]} is ACTIVE at
 * the as-of month with row {@code rows[i]} and stage {@code stages[i]} (1, 2 or 3).
 */
public record Stages(
    StageThresholds thresholds, FiveCategoryRule rule, int[] loans, int[] rows, byte[] stages) {

  public static Stages of(AnalysisScope scope, StageThresholds thresholds, FiveCategoryRule rule) {
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    byte[] status = p.rowStatus();
    int[] dpd = p.rowDpd();
    IntArrayList loans = new IntArrayList();
    IntArrayList rows = new IntArrayList();
    for (int l = 0; l < include.length; l++) {
      if (!include[l]) {
        continue;
      }
      int r = p.rowAt(l, scope.asOfMonth());
      if (r >= 0 && status[r] == LoadedPortfolio.ACTIVE) {
        loans.add(l);
        rows.add(r);
      }
    }
    int[] rowArray = rows.toIntArray();
    byte[] stages = new byte[rowArray.length];
    for (int i = 0; i < rowArray.length; i++) {
      int r = rowArray[i];
      stages[i] = (byte) thresholds.stage(dpd[r], rule.category(p, r));
    }
    return new Stages(thresholds, rule, loans.toIntArray(), rowArray, stages);
  }

  public int size() {
    return loans.length;
  }

  /** Loans and balance (cents) by stage: index 1, 2, 3; index 0 is the total. */
  long[][] totals(LoadedPortfolio p) {
    long[] count = new long[4];
    long[] cents = new long[4];
    long[] balance = p.rowBalance();
    for (int i = 0; i < rows.length; i++) {
      count[stages[i]]++;
      cents[stages[i]] += balance[rows[i]];
    }
    for (int s = 1; s <= 3; s++) {
      count[0] += count[s];
      cents[0] += cents[s];
    }
    return new long[][] {count, cents};
  }

  /** {@code stage,loans,balance,share} for 1, 2, 3 and ALL; share of the balance. */
  public Table table(LoadedPortfolio p) {
    long[][] t = totals(p);
    StringColumn stage = StringColumn.create("stage");
    IntColumn loanCol = IntColumn.create("loans");
    DoubleColumn balance = DoubleColumn.create("balance");
    DoubleColumn share = DoubleColumn.create("share");
    for (int s : new int[] {1, 2, 3, 0}) {
      stage.append(s == 0 ? "ALL" : Integer.toString(s));
      loanCol.append((int) t[0][s]);
      balance.append(amount(t[1][s]));
      share.append(ratio(t[1][s], t[1][0]));
    }
    return Table.create("stages", stage, loanCol, balance, share);
  }
}
