package com.riskworkbench.sample;

import java.util.SplittableRandom;

/**
 * Random draws that give the same numbers on every JVM: only {@link StrictMath} for the
 * transcendental functions (the platform's {@link Math} may differ in the last bit).
 */
final class Draws {

  private Draws() {}

  static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }

  /** Standard normal by Box–Muller. */
  static double gaussian(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble(); // in (0, 1], so the log is finite
    double v = rng.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  static double uniform(SplittableRandom rng, double from, double to) {
    return from + (to - from) * rng.nextDouble();
  }

  /** Log-uniform in [from, to): as many loans of 1k–2k as of 10k–20k. */
  static double logUniform(SplittableRandom rng, double from, double to) {
    return from * StrictMath.exp(StrictMath.log(to / from) * rng.nextDouble());
  }

  /** Log-normal with the given median and spread (σ of the log). */
  static double logNormal(SplittableRandom rng, double median, double sigma) {
    return median * StrictMath.exp(sigma * gaussian(rng));
  }

  /** {@code yuan} rounded to a multiple of {@code step} yuan (at least one step), in cents. */
  static long roundedCents(double yuan, int step) {
    long steps = Math.max(1L, Math.round(yuan / step));
    return steps * step * 100L;
  }
}
