package com.riskworkbench.analysis;

import com.riskworkbench.analysis.FraudResult.DaysToReport;
import com.riskworkbench.analysis.FraudResult.FraudRate;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.CaseSum;
import com.riskworkbench.portfolio.store.pushdown.DaysToReportCount;
import com.riskworkbench.portfolio.store.pushdown.FraudLoanSum;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fraud summary of {@link FraudAnalysis#run}, summed by the database: the counted cases per
 * type, status, channel and root cause, the days to report per type and the confirmed-fraud loans
 * per channel and cohort come back as small sums, and are finished by the same {@link
 * FraudAnalysis#finish}. The counted cases are listed by case id; the loans they name are not
 * looked up (the drill-down fetches a page of loans at a time).
 */
public final class DatabaseFraud {
  private DatabaseFraud() {}

  public static FraudResult run(
      DatabaseEngine engine, Optional<YearMonth> asOf, SegmentFilter filter) {
    int month = Months.ordinal(engine.asOfMonth(asOf));
    PushDownScope scope = engine.scope(asOf, filter);
    List<FraudAnalysis.CaseGroup> groups = new ArrayList<>();
    for (CaseSum c : engine.queries().fraudCases(scope)) {
      groups.add(
          new FraudAnalysis.CaseGroup(
              FraudType.valueOf(c.fraudType()),
              FraudStatus.valueOf(c.status()),
              DetectionChannel.valueOf(c.detectionChannel()),
              FraudAnalysis.rootCause(c.rootCause()),
              c.cases(),
              c.exposureCents(),
              c.lossCents(),
              c.recoveredCents()));
    }

    Map<FraudType, List<DaysToReportCount>> days = new EnumMap<>(FraudType.class);
    for (DaysToReportCount d : engine.queries().daysToReport(scope)) {
      days.computeIfAbsent(FraudType.valueOf(d.fraudType()), k -> new ArrayList<>()).add(d);
    }
    Map<FraudType, DaysToReport> daysToReport = new EnumMap<>(FraudType.class);
    days.forEach(
        (type, counts) -> daysToReport.put(type, FraudAnalysis.daysToReport(spread(counts))));

    Map<String, long[]> byChannel = new TreeMap<>();
    Map<YearMonth, long[]> byCohort = new TreeMap<>();
    long loans = 0;
    long fraudLoans = 0;
    for (FraudLoanSum s : engine.queries().confirmedFraudLoans(scope)) {
      add(byChannel.computeIfAbsent(s.channel(), k -> new long[2]), s);
      add(byCohort.computeIfAbsent(s.origination(), k -> new long[2]), s);
      loans += s.loans();
      fraudLoans += s.fraudLoans();
    }
    // The cases are listed (the pack shows them) but their loans are not looked up in a book.
    List<FraudCase> cases = engine.queries().fraudCaseList(scope);
    int[] noLoans = new int[cases.size()];
    java.util.Arrays.fill(noLoans, -1);
    return FraudAnalysis.finish(
        groups,
        daysToReport,
        rates(byChannel),
        rates(byCohort),
        new FraudRate(Math.toIntExact(loans), Math.toIntExact(fraudLoans)),
        cases,
        noLoans,
        month);
  }

  /** One value per case, from the counts per value: the cases of one type are few. */
  private static int[] spread(List<DaysToReportCount> counts) {
    int n = 0;
    for (DaysToReportCount c : counts) {
      n += Math.toIntExact(c.cases());
    }
    int[] days = new int[n];
    int i = 0;
    for (DaysToReportCount c : counts) {
      for (long k = 0; k < c.cases(); k++) {
        days[i++] = c.days();
      }
    }
    return days;
  }

  private static void add(long[] tally, FraudLoanSum s) {
    tally[0] += s.loans();
    tally[1] += s.fraudLoans();
  }

  private static <K> Map<K, FraudRate> rates(Map<K, long[]> tallies) {
    Map<K, FraudRate> out = new TreeMap<>();
    tallies.forEach(
        (k, t) -> out.put(k, new FraudRate(Math.toIntExact(t[0]), Math.toIntExact(t[1]))));
    return out;
  }
}
