package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * Roll rates, docs/methodology.md §8: month-to-month transitions of loans ACTIVE at month t,
 * counted and weighted by their balance at t, from their delinquency bucket at t to their state at
 * t+1 — a bucket, PAID_OFF, CHARGED_OFF, or MISSING when the loan has no row at t+1 (a gap in its
 * history, or a history that just stops). Only transitions with t+1 in the window count; a loan
 * appears once for each such month it was ACTIVE at t.
 */
public final class RollRateAnalysis {
  private RollRateAnalysis() {}

  /** The months of transitions a roll-rate matrix counts unless told otherwise (§8). */
  public static final int DEFAULT_WINDOW = 6;

  /** Receives each transition in the window: loan, month t, from-bucket, to-state, balance at t. */
  interface TransitionVisitor {
    void visit(int loan, int month, int from, int to, long balanceCents);
  }

  /**
   * @param window the number of months t+1 ending at the as-of month ({@link #DEFAULT_WINDOW} by
   *     default, 1 for the latest month only); 0 or less for every month of the data
   */
  public static RollRateResult run(AnalysisScope scope, DelinquencyBuckets buckets, int window) {
    TransitionWindow w = TransitionWindow.of(scope, window);
    int states = RollRateResult.toStateCount(buckets);
    long[] loans = new long[buckets.count() * states];
    long[] balance = new long[buckets.count() * states];
    long[] distinct = new long[buckets.count() * states];
    int[] lastLoan = new int[buckets.count() * states];
    Arrays.fill(lastLoan, -1);
    scan(
        scope,
        buckets,
        w,
        (loan, month, from, to, cents) -> {
          int cell = from * states + to;
          loans[cell]++;
          balance[cell] += cents;
          if (lastLoan[cell] != loan) { // the scan goes loan by loan
            lastLoan[cell] = loan;
            distinct[cell]++;
          }
        });
    return new RollRateResult(
        buckets, w, loans, balance, distinct, (f, t) -> transitionsBehind(scope, buckets, w, f, t));
  }

  /** The transitions from bucket {@code wantFrom} to state {@code wantTo}, by loan then month. */
  private static RollRateResult.Transitions transitionsBehind(
      AnalysisScope scope,
      DelinquencyBuckets buckets,
      TransitionWindow w,
      int wantFrom,
      int wantTo) {
    IntArrayList loanIndexes = new IntArrayList();
    IntArrayList monthOrdinals = new IntArrayList();
    scan(
        scope,
        buckets,
        w,
        (loan, month, f, t, cents) -> {
          if (f == wantFrom && t == wantTo) {
            loanIndexes.add(loan);
            monthOrdinals.add(month);
          }
        });
    YearMonth[] months = monthOrdinals.intStream().mapToObj(Months::of).toArray(YearMonth[]::new);
    return new RollRateResult.Transitions(loanIndexes.toIntArray(), months);
  }

  /** Visits the transitions of the included loans with t+1 in the window, by loan then month. */
  static void scan(
      AnalysisScope scope, DelinquencyBuckets buckets, TransitionWindow w, TransitionVisitor v) {
    if (w.isEmpty()) {
      return;
    }
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    int[] rowStart = p.rowStart();
    int[] rowMonth = p.rowMonth();
    int[] rowDpd = p.rowDpd();
    byte[] rowStatus = p.rowStatus();
    long[] rowBalance = p.rowBalance();
    int paidOff = buckets.count();
    int chargedOff = paidOff + 1;
    int missing = paidOff + 2;
    int firstT = w.first() - 1;
    int lastT = w.last() - 1;
    for (int l = 0; l < include.length; l++) {
      if (!include[l]) {
        continue;
      }
      int end = rowStart[l + 1];
      for (int r = rowStart[l]; r < end; r++) {
        int t = rowMonth[r];
        if (t > lastT) {
          break; // rows are ascending
        }
        if (t < firstT || rowStatus[r] != LoadedPortfolio.ACTIVE) {
          continue;
        }
        int to;
        if (r + 1 < end && rowMonth[r + 1] == t + 1) {
          byte next = rowStatus[r + 1];
          to =
              next == LoadedPortfolio.ACTIVE
                  ? buckets.bucket(rowDpd[r + 1])
                  : next == LoadedPortfolio.PAID_OFF ? paidOff : chargedOff;
        } else {
          to = missing;
        }
        v.visit(l, t, buckets.bucket(rowDpd[r]), to, rowBalance[r]);
      }
    }
  }
}
