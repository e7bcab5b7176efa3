package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link FraudAnalysis} returns; the definitions are in its Javadoc. Amounts in the typed
 * accessors are exact cents; in the tables they are currency units.
 */
public final class FraudResult implements AnalysisResult {

  /**
   * Totals of a set of cases. {@code lossCents} and {@code recoveredCents} leave DISMISSED cases
   * out; {@code cases} and {@code exposureCents} include them.
   */
  public record CaseTotals(
      int cases, int dismissed, long exposureCents, long lossCents, long recoveredCents) {
    public static final CaseTotals NONE = new CaseTotals(0, 0, 0, 0, 0);

    /** loss − recovered. */
    public long netLossCents() {
      return lossCents - recoveredCents;
    }
  }

  /** One row of the main table. */
  public record TypeStatusCell(FraudType fraudType, FraudStatus status, CaseTotals totals) {}

  /** Days from origination to report of the cases of one fraud type that name a loan. */
  public record DaysToReport(int cases, double meanDays, double medianDays) {}

  /** Loans originated and those of them with confirmed fraud. */
  public record FraudRate(int loans, int fraudLoans) {
    /** fraudLoans / loans, NaN without loans. */
    public double rate() {
      return ratio(fraudLoans, loans);
    }
  }

  private final List<TypeStatusCell> cells;
  private final Map<DetectionChannel, CaseTotals> byChannel;
  private final Map<String, CaseTotals> byRootCause;
  private final CaseTotals totals;
  private final Map<FraudType, DaysToReport> daysToReport;
  private final Map<String, FraudRate> rateByChannel;
  private final Map<YearMonth, FraudRate> rateByCohort;
  private final FraudRate rate;
  private final List<FraudCase> cases;
  private final int[] caseLoan;
  private final int asOfMonth;

  FraudResult(
      List<TypeStatusCell> cells,
      Map<DetectionChannel, CaseTotals> byChannel,
      Map<String, CaseTotals> byRootCause,
      CaseTotals totals,
      Map<FraudType, DaysToReport> daysToReport,
      Map<String, FraudRate> rateByChannel,
      Map<YearMonth, FraudRate> rateByCohort,
      FraudRate rate,
      List<FraudCase> cases,
      int[] caseLoan,
      int asOfMonth) {
    this.cells = List.copyOf(cells);
    this.byChannel = Collections.unmodifiableMap(new EnumMap<>(byChannel));
    this.byRootCause = Collections.unmodifiableMap(new LinkedHashMap<>(byRootCause));
    this.totals = totals;
    this.daysToReport = Collections.unmodifiableMap(new EnumMap<>(daysToReport));
    this.rateByChannel = Collections.unmodifiableMap(new LinkedHashMap<>(rateByChannel));
    this.rateByCohort = Collections.unmodifiableMap(new LinkedHashMap<>(rateByCohort));
    this.rate = rate;
    this.cases = List.copyOf(cases);
    this.caseLoan = caseLoan.clone();
    this.asOfMonth = asOfMonth;
  }

  /** The rows of the main table: fraud types, then statuses, in declared order. */
  public List<TypeStatusCell> cells() {
    return cells;
  }

  /** The totals of one fraud type and status, or empty when no case has them. */
  public Optional<CaseTotals> cell(FraudType type, FraudStatus status) {
    return cells.stream()
        .filter(c -> c.fraudType() == type && c.status() == status)
        .map(TypeStatusCell::totals)
        .findFirst();
  }

  /** Channels with cases, in declared order. */
  public Map<DetectionChannel, CaseTotals> byChannel() {
    return byChannel;
  }

  /** Root causes with cases, alphabetical, "(none)" last. */
  public Map<String, CaseTotals> byRootCause() {
    return byRootCause;
  }

  /** Totals of every counted case. */
  public CaseTotals totals() {
    return totals;
  }

  /** Fraud types with at least one counted case that names a loan. */
  public Map<FraudType, DaysToReport> daysToReport() {
    return daysToReport;
  }

  /** Loan channels with loans originated, alphabetical. */
  public Map<String, FraudRate> confirmedRateByChannel() {
    return rateByChannel;
  }

  /** Origination cohorts with loans, ascending. */
  public Map<YearMonth, FraudRate> confirmedRateByCohort() {
    return rateByCohort;
  }

  /** Over every loan in the mask originated by the as-of month. */
  public FraudRate confirmedRate() {
    return rate;
  }

  /** The counted cases of one type × status cell, in portfolio order: for drill-down. */
  public List<FraudCase> casesBehind(FraudType type, FraudStatus status) {
    List<FraudCase> out = new ArrayList<>();
    for (FraudCase c : cases) {
      if (c.fraudType() == type && c.status() == status) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The indexes of the loans named by the counted cases of one type × status cell, ascending and
   * distinct: for drill-down. Cases naming only a borrower contribute no loan.
   */
  public int[] loansBehind(FraudType type, FraudStatus status) {
    return loansWhere(c -> c.fraudType() == type && c.status() == status);
  }

  /** Every counted case, in portfolio order: the case list of the Fraud screen. */
  public List<FraudCase> cases() {
    return cases;
  }

  /** The index of the loan named by counted case {@code i} of {@link #cases()}, or -1. */
  public int loanOf(int i) {
    return caseLoan[i];
  }

  /** The loans named by the counted cases of one detection channel: for drill-down. */
  public int[] loansBehind(DetectionChannel channel) {
    return loansWhere(c -> c.detectionChannel() == channel);
  }

  /** The loans named by the counted cases of one root cause ("(none)" included): drill-down. */
  public int[] loansBehindRootCause(String rootCause) {
    return loansWhere(c -> FraudAnalysis.rootCause(c).equals(rootCause));
  }

  /** The loans named by every counted case: for drill-down from the totals. */
  public int[] loansBehind() {
    return loansWhere(c -> true);
  }

  /**
   * The confirmed-fraud loans of one loan channel, i.e. the {@code fraud_loans} of {@link
   * #confirmedRateByChannel()}: loans in scope originated by the as-of month, named by a counted
   * CONFIRMED or CLOSED case. Ascending.
   */
  public int[] confirmedFraudLoans(LoadedPortfolio p, String channel) {
    int code = p.channels().code(channel);
    return Arrays.stream(confirmedFraudLoans(p)).filter(l -> p.loanChannel()[l] == code).toArray();
  }

  /** The confirmed-fraud loans of one origination cohort, as {@link #confirmedRateByCohort()}. */
  public int[] confirmedFraudLoans(LoadedPortfolio p, YearMonth cohort) {
    int m = Months.ordinal(cohort);
    return Arrays.stream(confirmedFraudLoans(p)).filter(l -> p.loanOriginMonth()[l] == m).toArray();
  }

  private int[] confirmedFraudLoans(LoadedPortfolio p) {
    return Arrays.stream(loansWhere(c -> FraudAnalysis.isConfirmedFraud(c.status())))
        .filter(l -> p.loanOriginMonth()[l] <= asOfMonth)
        .toArray();
  }

  /**
   * The ids of the loans named by the counted cases of one type × status cell, sorted and distinct:
   * the drill-down of a result computed in a database, which looks up no loan.
   */
  public List<String> loanIdsBehind(FraudType type, FraudStatus status) {
    return loanIdsWhere(c -> c.fraudType() == type && c.status() == status);
  }

  /** The ids of the loans named by the counted cases of one detection channel, sorted. */
  public List<String> loanIdsBehind(DetectionChannel channel) {
    return loanIdsWhere(c -> c.detectionChannel() == channel);
  }

  /** The ids of the loans named by the counted cases of one root cause, sorted. */
  public List<String> loanIdsBehindRootCause(String rootCause) {
    return loanIdsWhere(c -> FraudAnalysis.rootCause(c).equals(rootCause));
  }

  private List<String> loanIdsWhere(Predicate<FraudCase> which) {
    return cases.stream()
        .filter(which)
        .flatMap(c -> c.loanId().stream())
        .sorted()
        .distinct()
        .toList();
  }

  private int[] loansWhere(Predicate<FraudCase> which) {
    int[] loans = new int[caseLoan.length];
    for (int i = 0; i < caseLoan.length; i++) {
      loans[i] = which.test(cases.get(i)) ? caseLoan[i] : -1;
    }
    return Arrays.stream(loans).filter(l -> l >= 0).sorted().distinct().toArray();
  }

  /** {@code fraud_type,status,cases,exposure,loss,recovered,net_loss,dismissed}. */
  @Override
  public Table rows() {
    StringColumn type = StringColumn.create("fraud_type");
    StringColumn status = StringColumn.create("status");
    Table t = Table.create("fraud", type, status);
    TotalsColumns m = new TotalsColumns(t);
    for (TypeStatusCell c : cells) {
      type.append(c.fraudType().name());
      status.append(c.status().name());
      m.append(c.totals());
    }
    return t;
  }

  @Override
  public Map<String, Object> extras() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("by_channel", totalsTable("by_channel", "detection_channel", byChannel, Enum::name));
    out.put(
        "by_root_cause",
        totalsTable("by_root_cause", "root_cause", byRootCause, Function.identity()));
    out.put("cases", totals.cases());
    out.put("dismissed", totals.dismissed());
    out.put("exposure", amount(totals.exposureCents()));
    out.put("loss", amount(totals.lossCents()));
    out.put("recovered", amount(totals.recoveredCents()));
    out.put("net_loss", amount(totals.netLossCents()));
    out.put("days_to_report", daysTable());
    out.put(
        "confirmed_rate_by_channel",
        rateTable("confirmed_rate_by_channel", "channel", rateByChannel, Function.identity()));
    out.put(
        "confirmed_rate_by_cohort",
        rateTable("confirmed_rate_by_cohort", "cohort", rateByCohort, YearMonth::toString));
    out.put("loans", rate.loans());
    out.put("fraud_loans", rate.fraudLoans());
    out.put("confirmed_rate", rate.rate());
    return out;
  }

  private static <K> Table totalsTable(
      String name, String keyName, Map<K, CaseTotals> rows, Function<K, String> label) {
    StringColumn key = StringColumn.create(keyName);
    Table t = Table.create(name, key);
    TotalsColumns m = new TotalsColumns(t);
    rows.forEach(
        (k, v) -> {
          key.append(label.apply(k));
          m.append(v);
        });
    return t;
  }

  private Table daysTable() {
    StringColumn type = StringColumn.create("fraud_type");
    IntColumn n = IntColumn.create("cases");
    DoubleColumn mean = DoubleColumn.create("mean_days");
    DoubleColumn median = DoubleColumn.create("median_days");
    daysToReport.forEach(
        (k, v) -> {
          type.append(k.name());
          n.append(v.cases());
          mean.append(v.meanDays());
          median.append(v.medianDays());
        });
    return Table.create("days_to_report", type, n, mean, median);
  }

  private static <K> Table rateTable(
      String name, String keyName, Map<K, FraudRate> rows, Function<K, String> label) {
    StringColumn key = StringColumn.create(keyName);
    IntColumn loans = IntColumn.create("loans");
    IntColumn fraudLoans = IntColumn.create("fraud_loans");
    DoubleColumn rate = DoubleColumn.create("confirmed_rate");
    rows.forEach(
        (k, v) -> {
          key.append(label.apply(k));
          loans.append(v.loans());
          fraudLoans.append(v.fraudLoans());
          rate.append(v.rate());
        });
    return Table.create(name, key, loans, fraudLoans, rate);
  }

  /** The totals columns shared by the main table and the extras' tables. */
  private static final class TotalsColumns {
    final IntColumn cases = IntColumn.create("cases");
    final DoubleColumn exposure = DoubleColumn.create("exposure");
    final DoubleColumn loss = DoubleColumn.create("loss");
    final DoubleColumn recovered = DoubleColumn.create("recovered");
    final DoubleColumn netLoss = DoubleColumn.create("net_loss");
    final IntColumn dismissed = IntColumn.create("dismissed");

    TotalsColumns(Table t) {
      t.addColumns(cases, exposure, loss, recovered, netLoss, dismissed);
    }

    void append(CaseTotals c) {
      cases.append(c.cases());
      exposure.append(amount(c.exposureCents()));
      loss.append(amount(c.lossCents()));
      recovered.append(amount(c.recoveredCents()));
      netLoss.append(amount(c.netLossCents()));
      dismissed.append(c.dismissed());
    }
  }
}
