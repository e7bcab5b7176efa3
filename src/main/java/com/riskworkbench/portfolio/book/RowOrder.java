package com.riskworkbench.portfolio.book;

import java.util.Arrays;

/** Putting a book's loan months in loan order, months ascending within each loan. */
final class RowOrder {
  private RowOrder() {}

  /**
   * True when every loan's months are contiguous, in loan order, and ascending — as the database
   * returns them (ORDER BY loan_id, month over the primary key).
   */
  static boolean groupedAndAscending(int[] rowLoan, int[] rowMonth, int rows) {
    for (int r = 1; r < rows; r++) {
      int a = rowLoan[r - 1];
      int c = rowLoan[r];
      if (c < a || (c == a && rowMonth[r] <= rowMonth[r - 1])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The new order of the first {@code rows} rows: position {@code i} takes the old row {@code
   * order[i]}. A counting sort by loan, then months ascending within each loan (few rows each).
   */
  static int[] byLoanAndMonth(int[] rowLoan, int[] rowMonth, int rows, int loans) {
    int[] start = new int[loans + 1];
    for (int r = 0; r < rows; r++) {
      start[rowLoan[r] + 1]++;
    }
    for (int i = 0; i < loans; i++) {
      start[i + 1] += start[i];
    }
    int[] next = Arrays.copyOf(start, loans);
    int[] order = new int[rows];
    for (int r = 0; r < rows; r++) {
      order[next[rowLoan[r]]++] = r;
    }
    for (int i = 0; i < loans; i++) {
      for (int j = start[i] + 1; j < start[i + 1]; j++) {
        int v = order[j];
        int k = j - 1;
        while (k >= start[i] && rowMonth[order[k]] > rowMonth[v]) {
          order[k + 1] = order[k];
          k--;
        }
        order[k + 1] = v;
      }
    }
    return order;
  }

  static int[] permute(int[] a, int[] order) {
    int[] out = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  static long[] permute(long[] a, int[] order) {
    long[] out = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }
}
