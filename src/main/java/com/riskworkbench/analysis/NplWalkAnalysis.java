package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;

/**
 * The NPL walk (不良贷款变动) over start month S → end month E = the as-of month, summed month by month
 * (docs/methodology.md §15.3). For each month t → t+1 and each loan of the scope:
 *
 * <ul>
 *   <li>new: NPL at t+1 and not NPL at t (or no row at t) — its balance at t+1;
 *   <li>upgraded: NPL at t, ACTIVE and not NPL at t+1 — its balance at t;
 *   <li>collected: NPL at t and PAID_OFF at t+1 — its balance at t; NPL at both — the fall;
 *   <li>written off: NPL at t and CHARGED_OFF at t+1 — its balance at t;
 *   <li>left the data: NPL at t and no row at t+1 — its balance at t;
 *   <li>other: NPL at both months — the rise.
 * </ul>
 *
 * Opening + new − upgraded − collected − written off − left + other = closing, to the cent, in
 * every month; opening and closing are the summary's NPL balance at S and at E. Both are checked
 * here: a walk that does not add up is an error, never a result.
 */
public final class NplWalkAnalysis {
  private NplWalkAnalysis() {}

  /** The components, in the order of the walk. */
  public enum Component {
    OPENING("opening", 1),
    NEW("new", 1),
    UPGRADED("upgraded", -1),
    COLLECTED("collected", -1),
    WRITTEN_OFF("written_off", -1),
    LEFT_DATA("left_data", -1),
    OTHER("other", 1),
    CLOSING("closing", 0);

    private final String key;
    private final int sign;

    Component(String key, int sign) {
      this.key = key;
      this.sign = sign;
    }

    /** Its name in the {@code component} column. */
    public String key() {
      return key;
    }

    /** +1 when it adds to the NPL balance, −1 when it takes from it, 0 for closing. */
    public int sign() {
      return sign;
    }
  }

  static final int OPENING = Component.OPENING.ordinal();
  static final int NEW = Component.NEW.ordinal();
  static final int UPGRADED = Component.UPGRADED.ordinal();
  static final int COLLECTED = Component.COLLECTED.ordinal();
  static final int WRITTEN_OFF = Component.WRITTEN_OFF.ordinal();
  static final int LEFT_DATA = Component.LEFT_DATA.ordinal();
  static final int OTHER = Component.OTHER.ordinal();
  static final int CLOSING = Component.CLOSING.ordinal();

  /** The walk over {@code start} → the scope's as-of month. */
  public static NplWalkResult run(AnalysisScope scope, FiveCategoryRule rule, int start) {
    LoadedPortfolio p = scope.portfolio();
    int end = scope.asOfMonth();
    ReportingMonth.checkStart(p, start, end);
    int months = end - start; // transitions: t = start .. end-1
    long[][] byMonth = new long[months][Component.values().length];
    long[] nplAt = new long[months + 1]; // the NPL balance at each month, to check the identity
    int[] flags = new int[p.loans()]; // a bit for each component the loan takes part in
    boolean[] include = scope.include();
    int[] rowStart = p.rowStart();
    int[] rowMonth = p.rowMonth();
    long[] balance = p.rowBalance();
    for (int l = 0; l < flags.length; l++) {
      if (!include[l]) {
        continue;
      }
      int prev = -1; // the loan's previous row inside the period
      boolean prevNpl = false;
      for (int r = rowStart[l]; r < rowStart[l + 1]; r++) {
        int m = rowMonth[r];
        if (m < start) {
          continue;
        }
        if (m > end) {
          break;
        }
        boolean npl = npl(p, rule, r);
        if (npl) {
          nplAt[m - start] += balance[r];
        }
        if (m > start) {
          boolean consecutive = prev >= 0 && rowMonth[prev] == m - 1;
          if (prevNpl && !consecutive) {
            // a gap: the loan left the data the month after prev (and may come back as new)
            byMonth[rowMonth[prev] - start][LEFT_DATA] += balance[prev];
            flags[l] |= 1 << LEFT_DATA;
          }
          long[] at = byMonth[m - 1 - start];
          if (prevNpl && consecutive) {
            int c = component(p.rowStatus()[r], npl, balance[prev], balance[r]);
            if (c >= 0) {
              at[c] += amount(c, npl, balance[prev], balance[r]);
              flags[l] |= 1 << c;
            }
          } else if (npl) {
            at[NEW] += balance[r];
            flags[l] |= 1 << NEW;
          }
        }
        if (npl && m == start) {
          flags[l] |= 1 << OPENING;
        }
        if (npl && m == end) {
          flags[l] |= 1 << CLOSING;
        }
        prev = r;
        prevNpl = npl;
      }
      if (prevNpl && rowMonth[prev] < end) {
        byMonth[rowMonth[prev] - start][LEFT_DATA] += balance[prev];
        flags[l] |= 1 << LEFT_DATA;
      }
    }
    long opening =
        SummaryAnalysis.snapshot(scope, start, DelinquencyBuckets.DEFAULT, rule).nplCents();
    long closing =
        SummaryAnalysis.snapshot(scope, end, DelinquencyBuckets.DEFAULT, rule).nplCents();
    return finish(start, end, rule, byMonth, nplAt, opening, closing, flags, loansBehind(flags));
  }

  /**
   * The walk from its monthly components, shared by both engines: fills each month's opening and
   * closing, and checks that every month adds up to the NPL balance counted at that month and that
   * the first and last of them are the summary's NPL balance at S and E ({@code opening}, {@code
   * closing}).
   *
   * @param byMonth the cents of each component but opening and closing, per month t → t+1
   * @param nplAt the NPL balance at each month S..E
   * @param flags per loan, the components it takes part in (empty where the engine does not list
   *     the loans)
   * @param componentLoans the distinct loans behind each component, by ordinal
   */
  static NplWalkResult finish(
      int start,
      int end,
      FiveCategoryRule rule,
      long[][] byMonth,
      long[] nplAt,
      long opening,
      long closing,
      int[] flags,
      long[] componentLoans) {
    close(byMonth, nplAt, start);
    if (nplAt[0] != opening || nplAt[end - start] != closing) {
      throw new IllegalStateException(
          "NPL walk "
              + nplAt[0]
              + " → "
              + nplAt[end - start]
              + " cents, the summary's NPL balance "
              + opening
              + " → "
              + closing);
    }
    return new NplWalkResult(start, end, rule, byMonth, flags, componentLoans);
  }

  /** How many loans have each component's bit set. */
  private static long[] loansBehind(int[] flags) {
    long[] count = new long[Component.values().length];
    for (int f : flags) {
      for (int c = 0; c < count.length; c++) {
        count[c] += (f >>> c) & 1;
      }
    }
    return count;
  }

  /** The component of a loan NPL at t by its row at t+1, or -1 when its balance is unchanged. */
  private static int component(byte statusAfter, boolean nplAfter, long before, long after) {
    if (statusAfter == LoadedPortfolio.PAID_OFF) {
      return COLLECTED;
    }
    if (statusAfter == LoadedPortfolio.CHARGED_OFF) {
      return WRITTEN_OFF;
    }
    if (!nplAfter) {
      return UPGRADED;
    }
    return after > before ? OTHER : after < before ? COLLECTED : -1;
  }

  /** The amount of a component: the balance at t, or the change for a loan NPL at both. */
  private static long amount(int component, boolean nplAfter, long before, long after) {
    if (nplAfter) {
      return component == OTHER ? after - before : before - after;
    }
    return before;
  }

  private static boolean npl(LoadedPortfolio p, FiveCategoryRule rule, int r) {
    return p.rowStatus()[r] == LoadedPortfolio.ACTIVE && rule.category(p, r).nonPerforming();
  }

  /**
   * Fills each month's opening and closing from the identity and checks each closing against the
   * NPL balance counted at that month: a walk that does not add up to the cent is an error.
   */
  private static void close(long[][] byMonth, long[] nplAt, int start) {
    for (int i = 0; i < byMonth.length; i++) {
      long[] at = byMonth[i];
      at[OPENING] = nplAt[i];
      long sum = 0;
      for (Component c : Component.values()) {
        sum += c.sign() * at[c.ordinal()];
      }
      at[CLOSING] = sum;
      if (sum != nplAt[i + 1]) {
        throw new IllegalStateException(
            "NPL walk in "
                + Months.of(start + i + 1)
                + " closes at "
                + sum
                + " cents, the NPL balance is "
                + nplAt[i + 1]
                + " cents");
      }
    }
  }
}
