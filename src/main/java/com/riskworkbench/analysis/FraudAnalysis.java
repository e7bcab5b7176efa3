package com.riskworkbench.analysis;

import com.riskworkbench.analysis.FraudResult.CaseTotals;
import com.riskworkbench.analysis.FraudResult.DaysToReport;
import com.riskworkbench.analysis.FraudResult.FraudRate;
import com.riskworkbench.analysis.FraudResult.TypeStatusCell;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fraud summary (docs/methodology.md §10).
 *
 * <p>Which cases count: those reported on or before the last day of the as-of month, and
 *
 * <ul>
 *   <li>a case naming a loan counts when that loan is in the scope's filter mask (a loan id that is
 *       not in the portfolio never counts);
 *   <li>a case naming only a borrower counts when there is no filter, or when any of that
 *       borrower's loans is in the mask;
 *   <li>a case naming neither counts only when there is no filter.
 * </ul>
 *
 * <p>Case totals ({@code cases, exposure, loss, recovered, net_loss, dismissed}) by fraud type ×
 * status (the main table, types then statuses in declared order, only cells with cases), by
 * detection channel (declared order) and by root cause (alphabetical; a missing or blank root cause
 * is "(none)", listed last), and for all cases. {@code net_loss} = loss − recovered. DISMISSED
 * cases are listed: they count in {@code cases} and {@code exposure} and are counted again in
 * {@code dismissed}, but their {@code loss_amount} and {@code recovered_amount} are left out of
 * {@code loss}, {@code recovered} and {@code net_loss} everywhere (a DISMISSED row of the main
 * table shows 0 for these).
 *
 * <p>Days from origination to report, per fraud type: over the counted cases that name a loan,
 * whatever their status, {@code reported_date} − the loan's origination date in days; the mean and
 * the median (the mean of the two middle values for an even count).
 *
 * <p>Confirmed-fraud rate by loan channel and by origination cohort: CONFIRMED and CLOSED cases are
 * confirmed fraud; OPEN and DISMISSED cases are not. {@code loans} = loans in the mask originated
 * in or before the as-of month; {@code fraud_loans} = those of them named by at least one counted
 * confirmed-fraud case (a loan with several cases counts once); {@code confirmed_rate} =
 * fraud_loans / loans. Cases naming only a borrower are not attributed to any loan here. Channels
 * are in alphabetical order, cohorts ascending.
 */
public final class FraudAnalysis {
  static final String NO_ROOT_CAUSE = "(none)";

  private FraudAnalysis() {}

  public static FraudResult run(AnalysisScope scope) {
    LoadedPortfolio p = scope.portfolio();
    boolean[] include = scope.include();
    int asOf = scope.asOfMonth();
    Map<String, Integer> loanIndex =
        p.fraudCases().isEmpty() ? Map.of() : CollectionsAnalysis.loanIndex(p);
    BorrowerMask borrowers = new BorrowerMask(p, include, scope.filter().isEmpty());

    List<FraudCase> counted = new ArrayList<>();
    List<Integer> caseLoan = new ArrayList<>();
    for (FraudCase c : p.fraudCases()) {
      if (Months.ordinal(c.reportedDate()) > asOf) {
        continue;
      }
      int loan = -1;
      if (c.loanId().isPresent()) {
        Integer l = loanIndex.get(c.loanId().get());
        if (l == null || !include[l]) {
          continue;
        }
        loan = l;
      } else if (!borrowers.admits(c.borrowerId())) {
        continue;
      }
      counted.add(c);
      caseLoan.add(loan);
    }
    int[] loans = caseLoan.stream().mapToInt(Integer::intValue).toArray();

    List<CaseGroup> groups = new ArrayList<>(counted.size());
    for (FraudCase c : counted) {
      groups.add(
          new CaseGroup(
              c.fraudType(),
              c.status(),
              c.detectionChannel(),
              rootCause(c),
              1,
              c.exposureCents(),
              c.lossCents(),
              c.recoveredCents()));
    }
    ConfirmedRates rates = new ConfirmedRates(p, include, asOf, counted, loans);
    return finish(
        groups,
        daysToReport(p, counted, loans),
        rates.byChannel,
        rates.byCohort,
        rates.all,
        counted,
        loans,
        asOf);
  }

  /**
   * Counted cases with the same type, status, detection channel and root cause ("(none)" for a
   * missing or blank one): how many, and their exposure, loss and recovered amounts in cents,
   * DISMISSED ones included.
   */
  record CaseGroup(
      FraudType type,
      FraudStatus status,
      DetectionChannel channel,
      String rootCause,
      long cases,
      long exposureCents,
      long lossCents,
      long recoveredCents) {}

  /**
   * The result from the counted cases in groups of any size (one per case in memory, one per key
   * from the database), shared by both engines: the totals per type × status, per channel, per root
   * cause and overall, DISMISSED cases' loss and recovered left out. {@code cases} and {@code
   * caseLoan} are the counted cases and their loans, for drill-down (empty from the database).
   */
  static FraudResult finish(
      List<CaseGroup> groups,
      Map<FraudType, DaysToReport> days,
      Map<String, FraudRate> rateByChannel,
      Map<YearMonth, FraudRate> rateByCohort,
      FraudRate rate,
      List<FraudCase> cases,
      int[] caseLoan,
      int asOf) {
    Tally[][] byTypeStatus = new Tally[FraudType.values().length][FraudStatus.values().length];
    Map<DetectionChannel, Tally> byChannel = new EnumMap<>(DetectionChannel.class);
    Map<String, Tally> byRootCause = new TreeMap<>(ROOT_CAUSE_ORDER);
    Tally total = new Tally();
    for (CaseGroup c : groups) {
      Tally cell = byTypeStatus[c.type().ordinal()][c.status().ordinal()];
      if (cell == null) {
        cell = byTypeStatus[c.type().ordinal()][c.status().ordinal()] = new Tally();
      }
      cell.add(c);
      byChannel.computeIfAbsent(c.channel(), k -> new Tally()).add(c);
      byRootCause.computeIfAbsent(c.rootCause(), k -> new Tally()).add(c);
      total.add(c);
    }

    List<TypeStatusCell> cells = new ArrayList<>();
    for (FraudType t : FraudType.values()) {
      for (FraudStatus s : FraudStatus.values()) {
        Tally tally = byTypeStatus[t.ordinal()][s.ordinal()];
        if (tally != null) {
          cells.add(new TypeStatusCell(t, s, tally.totals()));
        }
      }
    }
    Map<DetectionChannel, CaseTotals> channels = new EnumMap<>(DetectionChannel.class);
    byChannel.forEach((k, v) -> channels.put(k, v.totals()));
    Map<String, CaseTotals> rootCauses = new LinkedHashMap<>();
    byRootCause.forEach((k, v) -> rootCauses.put(k, v.totals()));
    return new FraudResult(
        cells,
        channels,
        rootCauses,
        total.totals(),
        days,
        rateByChannel,
        rateByCohort,
        rate,
        cases,
        caseLoan,
        asOf);
  }

  /** Confirmed fraud, for the rates: CONFIRMED and CLOSED. */
  static boolean isConfirmedFraud(FraudStatus s) {
    return s == FraudStatus.CONFIRMED || s == FraudStatus.CLOSED;
  }

  static String rootCause(FraudCase c) {
    return rootCause(c.rootCause());
  }

  /** The root cause as the summary lists it: "(none)" for a missing or blank one. */
  static String rootCause(Optional<String> stored) {
    return stored.filter(r -> !r.isBlank()).orElse(NO_ROOT_CAUSE);
  }

  private static final Comparator<String> ROOT_CAUSE_ORDER =
      Comparator.comparing((String r) -> r.equals(NO_ROOT_CAUSE))
          .thenComparing(Comparator.naturalOrder());

  private static Map<FraudType, DaysToReport> daysToReport(
      LoadedPortfolio p, List<FraudCase> cases, int[] loans) {
    Map<FraudType, List<Integer>> days = new EnumMap<>(FraudType.class);
    for (int i = 0; i < loans.length; i++) {
      if (loans[i] >= 0) {
        FraudCase c = cases.get(i);
        int d = (int) (c.reportedDate().toEpochDay() - p.loanOriginDay()[loans[i]]);
        days.computeIfAbsent(c.fraudType(), k -> new ArrayList<>()).add(d);
      }
    }
    Map<FraudType, DaysToReport> out = new EnumMap<>(FraudType.class);
    days.forEach(
        (type, list) ->
            out.put(type, daysToReport(list.stream().mapToInt(Integer::intValue).toArray())));
    return out;
  }

  /**
   * The mean and median of one fraud type's days from origination to report (the median of an even
   * count is the mean of the two middle values); {@code days} is not empty.
   */
  static DaysToReport daysToReport(int[] days) {
    int[] d = days.clone();
    Arrays.sort(d);
    long sum = 0;
    for (int v : d) {
      sum += v;
    }
    int n = d.length;
    double median = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + (double) d[n / 2]) / 2;
    return new DaysToReport(n, (double) sum / n, median);
  }

  /** Which borrower-only cases the filter lets in; built on first use, as few cases need it. */
  private static final class BorrowerMask {
    private final LoadedPortfolio p;
    private final boolean[] include;
    private final boolean noFilter;
    private Map<String, Integer> index;
    private boolean[] hasIncludedLoan;

    BorrowerMask(LoadedPortfolio p, boolean[] include, boolean noFilter) {
      this.p = p;
      this.include = include;
      this.noFilter = noFilter;
    }

    boolean admits(Optional<String> borrowerId) {
      if (noFilter) {
        return true;
      }
      if (index == null) {
        build();
      }
      Integer b = borrowerId.map(index::get).orElse(null);
      return b != null && hasIncludedLoan[b];
    }

    private void build() {
      String[] ids = p.borrowerIds();
      index = new HashMap<>(Math.max(16, ids.length * 4 / 3 + 1));
      for (int b = 0; b < ids.length; b++) {
        index.put(ids[b], b);
      }
      hasIncludedLoan = new boolean[ids.length];
      int[] loanBorrower = p.loanBorrower();
      for (int l = 0; l < include.length; l++) {
        hasIncludedLoan[loanBorrower[l]] |= include[l];
      }
    }
  }

  /** Confirmed-fraud loans over loans originated, by channel, by cohort and overall. */
  private static final class ConfirmedRates {
    final Map<String, FraudRate> byChannel = new TreeMap<>();
    final Map<YearMonth, FraudRate> byCohort = new TreeMap<>();
    final FraudRate all;

    ConfirmedRates(
        LoadedPortfolio p, boolean[] include, int asOf, List<FraudCase> cases, int[] caseLoan) {
      boolean[] fraud = new boolean[include.length];
      for (int i = 0; i < caseLoan.length; i++) {
        if (caseLoan[i] >= 0 && isConfirmedFraud(cases.get(i).status())) {
          fraud[caseLoan[i]] = true;
        }
      }
      int[] channel = p.loanChannel();
      int[] cohort = p.loanOriginMonth();
      int[][] byChannelCode = new int[p.channels().size()][2];
      TreeMap<Integer, int[]> byCohortOrdinal = new TreeMap<>();
      int loans = 0;
      int fraudLoans = 0;
      for (int l = 0; l < include.length; l++) {
        if (!include[l] || cohort[l] > asOf) {
          continue;
        }
        int f = fraud[l] ? 1 : 0;
        byChannelCode[channel[l]][0]++;
        byChannelCode[channel[l]][1] += f;
        int[] c = byCohortOrdinal.computeIfAbsent(cohort[l], k -> new int[2]);
        c[0]++;
        c[1] += f;
        loans++;
        fraudLoans += f;
      }
      for (int code = 0; code < byChannelCode.length; code++) {
        if (byChannelCode[code][0] > 0) {
          byChannel.put(
              p.channels().value(code),
              new FraudRate(byChannelCode[code][0], byChannelCode[code][1]));
        }
      }
      byCohortOrdinal.forEach((m, c) -> byCohort.put(Months.of(m), new FraudRate(c[0], c[1])));
      all = new FraudRate(loans, fraudLoans);
    }
  }

  private static final class Tally {
    int cases;
    int dismissed;
    long exposure;
    long loss;
    long recovered;

    void add(CaseGroup c) {
      int n = Math.toIntExact(c.cases());
      cases += n;
      exposure += c.exposureCents();
      if (c.status() == FraudStatus.DISMISSED) {
        dismissed += n;
      } else {
        loss += c.lossCents();
        recovered += c.recoveredCents();
      }
    }

    CaseTotals totals() {
      return new CaseTotals(cases, dismissed, exposure, loss, recovered);
    }
  }
}
