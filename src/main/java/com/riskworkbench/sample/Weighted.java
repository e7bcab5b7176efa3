package com.riskworkbench.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A fixed table of items drawn with given relative weights; the order of the table is kept. */
final class Weighted<T> {

  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] cumulative) {
    this.items = List.copyOf(items);
    this.cumulative = cumulative;
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  T pick(SplittableRandom rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    // binarySearch gives -(insertion point) - 1 when u falls strictly between two bounds.
    i = i < 0 ? -i - 1 : i + 1;
    return items.get(Math.min(i, items.size() - 1));
  }

  int size() {
    return items.size();
  }

  static final class Builder<T> {
    private final List<T> items = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    Builder<T> add(double weight, T item) {
      if (!(weight > 0)) {
        throw new IllegalArgumentException("weight must be positive: " + weight);
      }
      items.add(item);
      weights.add(weight);
      return this;
    }

    Weighted<T> build() {
      if (items.isEmpty()) {
        throw new IllegalStateException("no items");
      }
      double[] cumulative = new double[weights.size()];
      double sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      return new Weighted<>(items, cumulative);
    }
  }
}
