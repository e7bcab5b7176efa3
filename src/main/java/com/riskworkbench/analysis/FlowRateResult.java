package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The flow-rate series of {@link FlowRateAnalysis}: one row per month of the window and bucket
 * after CURRENT, ordered by month then bucket; the rate is NaN when the previous bucket held no
 * balance the month before.
 */
public final class FlowRateResult implements AnalysisResult {
  private final DelinquencyBuckets buckets;
  private final TransitionWindow window;
  private final List<String> labels;
  private final long[] balance;

  FlowRateResult(DelinquencyBuckets buckets, TransitionWindow window, long[] balance) {
    this.buckets = buckets;
    this.window = window;
    this.labels = List.copyOf(buckets.labels());
    this.balance = balance;
  }

  /** The months of the series, oldest first. */
  public List<YearMonth> months() {
    return window.yearMonths();
  }

  /** The window as asked for; 0 or less means every month. */
  public int window() {
    return window.window();
  }

  /** Buckets after CURRENT, each with a series. */
  public List<String> buckets() {
    return labels.subList(1, labels.size());
  }

  /** Balance of ACTIVE rows in the bucket at the month, in cents; 0 outside the window. */
  public long balanceCents(YearMonth month, String bucket) {
    int i = index(Months.ordinal(month), bucketIndex(bucket));
    return i < 0 ? 0 : balance[i];
  }

  /**
   * Balance in {@code bucket} at {@code month} over balance in the bucket before it the month
   * before; empty outside the window, for CURRENT, and when the previous balance is 0.
   */
  public OptionalDouble flowRate(YearMonth month, String bucket) {
    int m = Months.ordinal(month);
    int b = bucketIndex(bucket);
    if (b == 0 || m < window.first() || m > window.last()) {
      return OptionalDouble.empty();
    }
    double rate = ratio(balance[index(m, b)], balance[index(m - 1, b - 1)]);
    return Double.isNaN(rate) ? OptionalDouble.empty() : OptionalDouble.of(rate);
  }

  @Override
  public Table rows() {
    StringColumn month = StringColumn.create("month");
    StringColumn bucket = StringColumn.create("bucket");
    DoubleColumn current = DoubleColumn.create("balance");
    DoubleColumn previous = DoubleColumn.create("previous_bucket_balance");
    DoubleColumn rate = DoubleColumn.create("flow_rate");
    for (int m = window.first(); m <= window.last(); m++) {
      String label = Months.of(m).toString();
      for (int b = 1; b < labels.size(); b++) {
        long now = balance[index(m, b)];
        long before = balance[index(m - 1, b - 1)];
        month.append(label);
        bucket.append(labels.get(b));
        current.append(amount(now));
        previous.append(amount(before));
        rate.append(ratio(now, before));
      }
    }
    return Table.create("flow_rate", month, bucket, current, previous, rate);
  }

  @Override
  public Map<String, Object> extras() {
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("window", window.window());
    extras.put("months", window.labels());
    extras.put("buckets", buckets.describe());
    return Collections.unmodifiableMap(extras);
  }

  /** Index of month m (first−1 to last) and bucket b in the balance array, or −1. */
  private int index(int m, int b) {
    int row = m - (window.first() - 1);
    if (row < 0 || m > window.last()) {
      return -1;
    }
    return row * labels.size() + b;
  }

  private int bucketIndex(String bucket) {
    int b = labels.indexOf(bucket);
    if (b < 0) {
      throw new IllegalArgumentException(
          "unknown bucket '" + bucket + "'; expected one of " + labels);
    }
    return b;
  }
}
