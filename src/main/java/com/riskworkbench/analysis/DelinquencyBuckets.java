package com.riskworkbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Delinquency buckets of an ACTIVE row by days past due (docs/methodology.md §3), from configurable
 * lower edges: with the default edges 1, 30, 60, 90 the buckets are CURRENT (0), DPD_1_29,
 * DPD_30_59, DPD_60_89 and DPD_90_PLUS.
 */
public record DelinquencyBuckets(int[] lowerEdges) {
  public static final DelinquencyBuckets DEFAULT =
      new DelinquencyBuckets(new int[] {1, 30, 60, 90});

  public DelinquencyBuckets {
    lowerEdges = lowerEdges.clone();
    if (lowerEdges.length == 0 || lowerEdges[0] < 1) {
      throw new IllegalArgumentException("bucket edges must start at 1 or more");
    }
    for (int i = 1; i < lowerEdges.length; i++) {
      if (lowerEdges[i] <= lowerEdges[i - 1]) {
        throw new IllegalArgumentException(
            "bucket edges must increase: " + Arrays.toString(lowerEdges));
      }
    }
  }

  /** Number of buckets, CURRENT included. */
  public int count() {
    return lowerEdges.length + 1;
  }

  /** The bucket of a days-past-due value: 0 is CURRENT. */
  public int bucket(int dpd) {
    int b = 0;
    while (b < lowerEdges.length && dpd >= lowerEdges[b]) {
      b++;
    }
    return b;
  }

  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    labels.add("CURRENT");
    for (int i = 0; i < lowerEdges.length; i++) {
      labels.add(
          i + 1 < lowerEdges.length
              ? "DPD_" + lowerEdges[i] + "_" + (lowerEdges[i + 1] - 1)
              : "DPD_" + lowerEdges[i] + "_PLUS");
    }
    return labels;
  }

  public String describe() {
    return "lower edges " + Arrays.toString(lowerEdges) + " days past due";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DelinquencyBuckets b && Arrays.equals(lowerEdges, b.lowerEdges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(lowerEdges);
  }

  @Override
  public String toString() {
    return "DelinquencyBuckets" + Arrays.toString(lowerEdges);
  }
}
