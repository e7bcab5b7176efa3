package com.riskworkbench.portfolio.tape;

import com.riskworkbench.portfolio.LoanStatus;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What the importer remembers about each loan's months, in primitive arrays indexed by the loan's
 * position in loans.csv, so that a tape of millions of rows is checked in a few bytes per loan.
 * Months are ordinals (year × 12 + month − 1).
 */
final class LoanHistories {
  static final int NONE = Integer.MIN_VALUE;
  private static final int BITS = 64;

  private int size;
  private int[] originMonth = new int[1024];
  private int[] firstMonth = new int[1024];
  private int[] lastMonth = new int[1024];
  private int[] rows = new int[1024];
  private int[] terminalMonth = new int[1024];
  private byte[] terminalStatus = new byte[1024];
  private long[] seen = new long[1024]; // bit k: a row at origin month + k
  private final Set<Long> seenLate = new HashSet<>(); // rows 64 or more months after origination

  /** Registers a loan and returns its index. */
  int add(int originMonthOrdinal) {
    if (size == originMonth.length) {
      int n = size * 2;
      originMonth = Arrays.copyOf(originMonth, n);
      firstMonth = Arrays.copyOf(firstMonth, n);
      lastMonth = Arrays.copyOf(lastMonth, n);
      rows = Arrays.copyOf(rows, n);
      terminalMonth = Arrays.copyOf(terminalMonth, n);
      terminalStatus = Arrays.copyOf(terminalStatus, n);
      seen = Arrays.copyOf(seen, n);
    }
    originMonth[size] = originMonthOrdinal;
    firstMonth[size] = NONE;
    lastMonth[size] = NONE;
    terminalMonth[size] = NONE;
    return size++;
  }

  int size() {
    return size;
  }

  int originMonth(int loan) {
    return originMonth[loan];
  }

  int firstMonth(int loan) {
    return firstMonth[loan];
  }

  int lastMonth(int loan) {
    return lastMonth[loan];
  }

  int rows(int loan) {
    return rows[loan];
  }

  int terminalMonth(int loan) {
    return terminalMonth[loan];
  }

  LoanStatus terminalStatus(int loan) {
    return LoanStatus.values()[terminalStatus[loan]];
  }

  /**
   * Records a row at {@code month} (not before the origin month); false when the loan already has a
   * row for that month.
   */
  boolean record(int loan, int month) {
    int offset = month - originMonth[loan];
    if (offset < BITS) {
      long bit = 1L << offset;
      if ((seen[loan] & bit) != 0) {
        return false;
      }
      seen[loan] |= bit;
    } else if (!seenLate.add(((long) loan << 32) | offset)) {
      return false;
    }
    rows[loan]++;
    if (firstMonth[loan] == NONE || month < firstMonth[loan]) {
      firstMonth[loan] = month;
    }
    if (lastMonth[loan] == NONE || month > lastMonth[loan]) {
      lastMonth[loan] = month;
    }
    return true;
  }

  void recordTerminal(int loan, int month, LoanStatus status) {
    if (terminalMonth[loan] == NONE || month < terminalMonth[loan]) {
      terminalMonth[loan] = month;
      terminalStatus[loan] = (byte) status.ordinal();
    }
  }
}
