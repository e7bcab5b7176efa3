package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;

/**
 * Regulatory migration rates (贷款迁徙率) over a period from start month S to end month E = the as-of
 * month (docs/methodology.md §15.2). Each loan of the scope ACTIVE at S is followed to E: its
 * category there when ACTIVE, PAID_OFF or CHARGED_OFF when its history ends so on or before E, and
 * MISSING when it has no row at E otherwise. For a rate over the loans whose category at S is in
 * its from-set: numerator = Σ balance at E of those ACTIVE at E in one of its worse categories;
 * denominator = Σ balance at S less the period's decrease = Σ min(balance at S, balance at E) over
 * those ACTIVE at E (a loan that paid off, was charged off or left the data decreased by its whole
 * balance).
 */
public final class MigrationAnalysis {
  private MigrationAnalysis() {}

  /** The states at E: the five categories, then these. */
  public static final int PAID_OFF = 5;

  public static final int CHARGED_OFF = 6;
  public static final int MISSING = 7;
  public static final int STATES = 8;

  /** A loan not followed: not in the scope or not ACTIVE at S. */
  static final byte NOT_FOLLOWED = -1;

  /** The rates the regulator asks for, each with its from-set and its worse categories. */
  public enum Rate {
    /** Normal → special mention or worse. */
    NORMAL(FiveCategory.NORMAL, FiveCategory.NORMAL, FiveCategory.SPECIAL_MENTION),
    /** Special mention → substandard or worse. */
    SPECIAL_MENTION(
        FiveCategory.SPECIAL_MENTION, FiveCategory.SPECIAL_MENTION, FiveCategory.SUBSTANDARD),
    /** Substandard → doubtful or loss. */
    SUBSTANDARD(FiveCategory.SUBSTANDARD, FiveCategory.SUBSTANDARD, FiveCategory.DOUBTFUL),
    /** Doubtful → loss. */
    DOUBTFUL(FiveCategory.DOUBTFUL, FiveCategory.DOUBTFUL, FiveCategory.LOSS),
    /** Normal loans (normal and special mention) → non-performing. */
    NORMAL_LOANS(FiveCategory.NORMAL, FiveCategory.SPECIAL_MENTION, FiveCategory.SUBSTANDARD);

    private final FiveCategory fromFirst;
    private final FiveCategory fromLast;
    private final FiveCategory worseFrom;

    Rate(FiveCategory fromFirst, FiveCategory fromLast, FiveCategory worseFrom) {
      this.fromFirst = fromFirst;
      this.fromLast = fromLast;
      this.worseFrom = worseFrom;
    }

    /** Whether a loan of category {@code c} at S is in the rate's denominator. */
    public boolean from(int c) {
      return c >= fromFirst.ordinal() && c <= fromLast.ordinal();
    }

    /** Whether state {@code s} at E counts in the numerator: a worse category, ACTIVE. */
    public boolean worse(int s) {
      return s >= worseFrom.ordinal() && s < PAID_OFF;
    }
  }

  /** The migration over {@code start} → the scope's as-of month; see {@link ReportingMonth}. */
  public static MigrationResult run(AnalysisScope scope, FiveCategoryRule rule, int start) {
    LoadedPortfolio p = scope.portfolio();
    int end = scope.asOfMonth();
    ReportingMonth.checkStart(p, start, end);
    boolean[] include = scope.include();
    int[] rowStart = p.rowStart();
    int[] rowMonth = p.rowMonth();
    byte[] status = p.rowStatus();
    long[] balance = p.rowBalance();
    byte[] from = new byte[p.loans()];
    byte[] to = new byte[p.loans()];
    int cats = FiveCategory.values().length;
    long[] loans = new long[cats * STATES];
    long[] startCents = new long[cats * STATES];
    long[] endCents = new long[cats * STATES];
    long[] keptCents = new long[cats]; // Σ min(balance at S, balance at E) of the ACTIVE at E
    for (int l = 0; l < from.length; l++) {
      from[l] = NOT_FOLLOWED;
      int rs = include[l] ? p.rowAt(l, start) : -1;
      if (rs < 0 || status[rs] != LoadedPortfolio.ACTIVE) {
        continue;
      }
      int last = rs;
      while (last + 1 < rowStart[l + 1] && rowMonth[last + 1] <= end) {
        last++;
      }
      int c = rule.category(p, rs).ordinal();
      int s = outcome(p, rule, last, end);
      from[l] = (byte) c;
      to[l] = (byte) s;
      int cell = c * STATES + s;
      loans[cell]++;
      startCents[cell] += balance[rs];
      if (s < PAID_OFF) {
        endCents[cell] += balance[last];
        keptCents[c] += Math.min(balance[rs], balance[last]);
      }
    }
    return new MigrationResult(start, end, rule, from, to, loans, startCents, endCents, keptCents);
  }

  /** The state at E of a loan whose last row up to E is {@code last}. */
  private static int outcome(LoadedPortfolio p, FiveCategoryRule rule, int last, int end) {
    byte st = p.rowStatus()[last];
    if (st == LoadedPortfolio.PAID_OFF) {
      return PAID_OFF;
    }
    if (st == LoadedPortfolio.CHARGED_OFF) {
      return CHARGED_OFF;
    }
    return p.rowMonth()[last] == end ? rule.category(p, last).ordinal() : MISSING;
  }
}
