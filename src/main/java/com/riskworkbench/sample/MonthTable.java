package com.riskworkbench.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The calendar of the data window, as fixed tables so the month loop of a loan allocates nothing.
 * Months are absolute indexes {@code year × 12 + month − 1}; the window is {@code first..last}.
 */
final class MonthTable {

  /** Length of the stress period in a window of a year or more. */
  private static final int STRESS_MONTHS = 6;

  /** Originations in the last month of the window are this many times those in the first. */
  private static final double GROWTH_OVER_WINDOW = 2.0;

  final int first;
  final int last;

  /** Months with more delinquency (inclusive bounds; empty when stressLast < stressFirst). */
  final int stressFirst;

  final int stressLast;

  /** Months in which a fraud ring works through the weak partner channel. */
  final int burstFirst;

  final int burstLast;

  private final YearMonth[] yearMonths;
  private final long[] startEpochDays;
  private final int[] lengths;
  private final double[] growthCumulative;

  MonthTable(YearMonth firstMonth, YearMonth lastMonth) {
    first = index(firstMonth);
    last = index(lastMonth);
    int n = last - first + 1;
    yearMonths = new YearMonth[n];
    startEpochDays = new long[n];
    lengths = new int[n];
    growthCumulative = new double[n];
    double growth = n > 1 ? StrictMath.log(GROWTH_OVER_WINDOW) / (n - 1) : 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      YearMonth m = firstMonth.plusMonths(i);
      yearMonths[i] = m;
      startEpochDays[i] = m.atDay(1).toEpochDay();
      lengths[i] = m.lengthOfMonth();
      sum += StrictMath.exp(growth * i);
      growthCumulative[i] = sum;
    }
    int stressLength = n >= 12 ? STRESS_MONTHS : n >= 6 ? n / 3 : 0;
    stressFirst = first + (n - stressLength) / 2;
    stressLast = stressFirst + stressLength - 1;
    int burstLength = n >= 6 ? Math.max(1, n / 9) : 0;
    burstFirst = first + n * 7 / 10;
    burstLast = Math.min(last, burstFirst + burstLength - 1);
  }

  static int index(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  static int lengthOfMonth(int month) {
    return YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1).lengthOfMonth();
  }

  int size() {
    return last - first + 1;
  }

  /** The shared {@link YearMonth} of a window month. */
  YearMonth yearMonth(int month) {
    return yearMonths[month - first];
  }

  /** Number of days in a window month. */
  int length(int month) {
    return lengths[month - first];
  }

  long startEpochDay(int month) {
    return startEpochDays[month - first];
  }

  long endEpochDay(int month) {
    return startEpochDays[month - first] + lengths[month - first] - 1;
  }

  /** Epoch day of {@code day} in a window month, clamped to the month's last day. */
  long epochDay(int month, int day) {
    return startEpochDays[month - first] + Math.min(day, lengths[month - first]) - 1;
  }

  /** Any month, window or not; {@code day} is clamped to the month's length. */
  static LocalDate date(int month, int day) {
    YearMonth m = YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
    return m.atDay(Math.min(day, m.lengthOfMonth()));
  }

  boolean inStress(int month) {
    return month >= stressFirst && month <= stressLast;
  }

  boolean inFraudBurst(int month) {
    return month >= burstFirst && month <= burstLast;
  }

  /** A window month drawn with steady growth: later months originate more loans. */
  int drawGrowthMonth(SplittableRandom rng) {
    double u = rng.nextDouble() * growthCumulative[growthCumulative.length - 1];
    int i = Arrays.binarySearch(growthCumulative, u);
    i = i < 0 ? -i - 1 : i + 1;
    return first + Math.min(i, growthCumulative.length - 1);
  }
}
