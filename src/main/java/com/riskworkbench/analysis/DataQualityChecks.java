package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the loaded book says about the quality of the data, with the loans behind each finding, for
 * the loans in the scope's filter and the rows up to the as-of month (the data cutoff):
 *
 * <ul>
 *   <li>{@link Check#GAP_IN_HISTORY}: loans with a month missing between their first and their last
 *       row; occurrences = the missing months;
 *   <li>{@link Check#MISSING_TRANSITION}: transitions from an ACTIVE row at month t to no row at
 *       t+1, for every t+1 up to the as-of month (docs/methodology.md §8, the roll-rate scan with
 *       every month of the data); occurrences = transitions, loans = the distinct loans;
 *   <li>{@link Check#NO_BORROWER_ATTRIBUTES}: loans whose borrower lacks an attribute the analyses
 *       segment by — a blank region or industry, or an individual without a birth date (age band
 *       "unknown"); enterprises have no birth date by nature;
 *   <li>{@link Check#LATE_FIRST_MONTH}: loans whose first row (in or before the as-of month) is
 *       after their origination month;
 *   <li>{@link Check#NO_HISTORY}: loans originated in or before the as-of month with no row at all.
 * </ul>
 *
 * <p>Rows per month: for each month of the data up to the as-of month, the loans in scope with a
 * row that month and those of them ACTIVE. A month is <b>unusual</b> when its loan rows differ from
 * the median loan rows of its neighbours (up to {@value #NEIGHBOURS} months on each side, the month
 * itself left out) by more than {@value #UNUSUAL_PERCENT} % of that median; a month without
 * neighbours, or whose neighbours' median is 0, is never unusual.
 */
public final class DataQualityChecks {
  /** Months on each side whose loan rows a month is compared with. */
  public static final int NEIGHBOURS = 3;

  /**
   * How far (in % of the neighbours' median) a month's loan rows may differ before it is flagged.
   */
  public static final int UNUSUAL_PERCENT = 20;

  /** The checks, in the order the screen lists them. */
  public enum Check {
    GAP_IN_HISTORY,
    MISSING_TRANSITION,
    NO_BORROWER_ATTRIBUTES,
    LATE_FIRST_MONTH,
    NO_HISTORY
  }

  /**
   * One check's result: how often it occurred, how many loans it affected and those loans (indexes
   * into the loaded book, ascending; empty from the database engine, which loads no book).
   */
  public record Finding(Check check, int occurrences, int loanCount, int[] loans) {}

  /**
   * Rows of one month: loans in scope with a row, those ACTIVE, the neighbours' median of loan rows
   * (NaN without neighbours) and whether the month is unusual.
   */
  public record MonthRows(
      YearMonth month, int loanRows, int activeLoans, double neighbourMedian, boolean unusual) {

    /** (loan rows − neighbours' median) / neighbours' median; NaN without a median. */
    public double deviation() {
      return neighbourMedian > 0 ? (loanRows - neighbourMedian) / neighbourMedian : Double.NaN;
    }
  }

  /** What {@link #run} returns. */
  public static final class Result {
    private final Optional<AnalysisScope> scope;
    private final Map<Check, Finding> findings;
    private final List<MonthRows> months;

    Result(Optional<AnalysisScope> scope, Map<Check, Finding> findings, List<MonthRows> months) {
      this.scope = scope;
      this.findings = Collections.unmodifiableMap(new EnumMap<>(findings));
      this.months = List.copyOf(months);
    }

    /** Every check, in {@link Check} order, zero findings included. */
    public List<Finding> findings() {
      return List.copyOf(findings.values());
    }

    public Finding finding(Check check) {
      return findings.get(check);
    }

    /** The months of the data up to the as-of month, oldest first. */
    public List<MonthRows> months() {
      return months;
    }

    /** The months flagged unusual. */
    public List<MonthRows> unusualMonths() {
      return months.stream().filter(MonthRows::unusual).toList();
    }

    /**
     * The loans in scope with a row at {@code month}, ascending: its loan rows, for drill-down.
     *
     * @throws UnsupportedOperationException for the database engine's result (no book loaded)
     */
    public int[] loansWithRowIn(YearMonth month) {
      AnalysisScope scope =
          this.scope.orElseThrow(
              () ->
                  new UnsupportedOperationException(
                      "the database engine's data-quality checks have no loaded book to drill"));
      LoadedPortfolio p = scope.portfolio();
      int m = Months.ordinal(month);
      boolean[] include = scope.include();
      int[] out = new int[include.length];
      int n = 0;
      for (int l = 0; l < include.length; l++) {
        if (include[l] && p.rowAt(l, m) >= 0) {
          out[n++] = l;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }

  private DataQualityChecks() {}

  public static Result run(AnalysisScope scope) {
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    int asOf = scope.asOfMonth();
    int[] rowStart = p.rowStart();
    int[] rowMonth = p.rowMonth();
    byte[] rowStatus = p.rowStatus();
    int[] origin = p.loanOriginMonth();

    int first = p.rows() == 0 ? asOf + 1 : p.firstMonthOrdinal();
    int[] loanRows = new int[Math.max(0, asOf - first + 1)];
    int[] active = new int[loanRows.length];
    LoanList gaps = new LoanList();
    LoanList late = new LoanList();
    LoanList none = new LoanList();
    LoanList noAttributes = new LoanList();
    int missingMonths = 0;
    boolean[] lacking = borrowersLackingAttributes(p);
    for (int l = 0; l < include.length; l++) {
      if (!include[l]) {
        continue;
      }
      int start = rowStart[l];
      int end = start;
      while (end < rowStart[l + 1] && rowMonth[end] <= asOf) {
        end++;
      }
      if (rowStart[l + 1] == start) {
        if (origin[l] <= asOf) {
          none.add(l);
        }
      } else if (end > start) {
        int firstRow = rowMonth[start];
        int span = rowMonth[end - 1] - firstRow + 1;
        if (span > end - start) {
          gaps.add(l);
          missingMonths += span - (end - start);
        }
        if (firstRow > origin[l]) {
          late.add(l);
        }
        for (int r = start; r < end; r++) {
          int i = rowMonth[r] - first;
          loanRows[i]++;
          if (rowStatus[r] == LoadedPortfolio.ACTIVE) {
            active[i]++;
          }
        }
      }
      if (origin[l] <= asOf && lacking[p.loanBorrower()[l]]) {
        noAttributes.add(l);
      }
    }

    boolean[] missingLoan = new boolean[include.length];
    int[] transitions = {0};
    RollRateAnalysis.scan(
        scope,
        DelinquencyBuckets.DEFAULT,
        TransitionWindow.of(scope, 0),
        (loan, month, from, to, cents) -> {
          if (to == DelinquencyBuckets.DEFAULT.count() + 2) {
            transitions[0]++;
            missingLoan[loan] = true;
          }
        });
    LoanList missing = new LoanList();
    for (int l = 0; l < missingLoan.length; l++) {
      if (missingLoan[l]) {
        missing.add(l);
      }
    }

    Map<Check, Finding> findings = new EnumMap<>(Check.class);
    findings.put(Check.GAP_IN_HISTORY, gaps.finding(Check.GAP_IN_HISTORY, missingMonths));
    findings.put(
        Check.MISSING_TRANSITION, missing.finding(Check.MISSING_TRANSITION, transitions[0]));
    findings.put(
        Check.NO_BORROWER_ATTRIBUTES,
        noAttributes.finding(Check.NO_BORROWER_ATTRIBUTES, noAttributes.size()));
    findings.put(Check.LATE_FIRST_MONTH, late.finding(Check.LATE_FIRST_MONTH, late.size()));
    findings.put(Check.NO_HISTORY, none.finding(Check.NO_HISTORY, none.size()));
    return finish(Optional.of(scope), findings, first, loanRows, active);
  }

  /**
   * The result from the findings and the loan rows and ACTIVE loans of each month from {@code
   * first} (an ordinal) to the as-of month: the unusual months by the same rule for both engines.
   */
  static Result finish(
      Optional<AnalysisScope> scope,
      Map<Check, Finding> findings,
      int first,
      int[] loanRows,
      int[] active) {
    return new Result(scope, findings, months(first, loanRows, active));
  }

  private static boolean[] borrowersLackingAttributes(LoadedPortfolio p) {
    boolean[] blankRegion = blanks(p.regions().values());
    boolean[] blankIndustry = blanks(p.industries().values());
    boolean[] lacking = new boolean[p.borrowers()];
    byte individual = (byte) BorrowerType.INDIVIDUAL.ordinal();
    for (int b = 0; b < lacking.length; b++) {
      lacking[b] =
          blankRegion[p.borrowerRegion()[b]]
              || blankIndustry[p.borrowerIndustry()[b]]
              || (p.borrowerType()[b] == individual
                  && p.borrowerBirthDay()[b] == LoadedPortfolio.NO_DATE);
    }
    return lacking;
  }

  private static boolean[] blanks(List<String> values) {
    boolean[] blank = new boolean[values.size()];
    for (int c = 0; c < blank.length; c++) {
      blank[c] = values.get(c) == null || values.get(c).isBlank();
    }
    return blank;
  }

  private static List<MonthRows> months(int first, int[] loanRows, int[] active) {
    List<MonthRows> out = new ArrayList<>();
    for (int i = 0; i < loanRows.length; i++) {
      List<Integer> around = new ArrayList<>();
      for (int j = Math.max(0, i - NEIGHBOURS);
          j <= Math.min(loanRows.length - 1, i + NEIGHBOURS);
          j++) {
        if (j != i) {
          around.add(loanRows[j]);
        }
      }
      double median = median(around);
      boolean unusual =
          median > 0 && Math.abs(loanRows[i] - median) * 100 > UNUSUAL_PERCENT * median;
      out.add(new MonthRows(Months.of(first + i), loanRows[i], active[i], median, unusual));
    }
    return out;
  }

  private static double median(List<Integer> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + (double) v[n / 2]) / 2;
  }

  /** Loan indexes added in ascending order. */
  private static final class LoanList {
    private int[] loans = new int[16];
    private int size;

    void add(int loan) {
      if (size == loans.length) {
        loans = Arrays.copyOf(loans, size * 2);
      }
      loans[size++] = loan;
    }

    int size() {
      return size;
    }

    Finding finding(Check check, int occurrences) {
      return new Finding(check, occurrences, size, Arrays.copyOf(loans, size));
    }
  }
}
