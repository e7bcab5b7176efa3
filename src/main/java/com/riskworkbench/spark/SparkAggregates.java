package com.riskworkbench.spark;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.store.pushdown.ActionSum;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import com.riskworkbench.portfolio.store.pushdown.Aggregates;
import com.riskworkbench.portfolio.store.pushdown.BorrowerExposure;
import com.riskworkbench.portfolio.store.pushdown.BucketBalance;
import com.riskworkbench.portfolio.store.pushdown.CaseSum;
import com.riskworkbench.portfolio.store.pushdown.ChargeOffMonth;
import com.riskworkbench.portfolio.store.pushdown.ChargeOffTally;
import com.riskworkbench.portfolio.store.pushdown.CoLentLoan;
import com.riskworkbench.portfolio.store.pushdown.CohortMonthSum;
import com.riskworkbench.portfolio.store.pushdown.CohortRecoverySum;
import com.riskworkbench.portfolio.store.pushdown.CohortSum;
import com.riskworkbench.portfolio.store.pushdown.DaysToReportCount;
import com.riskworkbench.portfolio.store.pushdown.ExposureCount;
import com.riskworkbench.portfolio.store.pushdown.FraudLoanSum;
import com.riskworkbench.portfolio.store.pushdown.GroupExposure;
import com.riskworkbench.portfolio.store.pushdown.HeldProvisions;
import com.riskworkbench.portfolio.store.pushdown.HistoryCounts;
import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import com.riskworkbench.portfolio.store.pushdown.MigrationCell;
import com.riskworkbench.portfolio.store.pushdown.MonthRowCount;
import com.riskworkbench.portfolio.store.pushdown.MonthlyTransition;
import com.riskworkbench.portfolio.store.pushdown.NplBalance;
import com.riskworkbench.portfolio.store.pushdown.NplComponent;
import com.riskworkbench.portfolio.store.pushdown.NplFlow;
import com.riskworkbench.portfolio.store.pushdown.NplFlowLoans;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import com.riskworkbench.portfolio.store.pushdown.ScoreCount;
import com.riskworkbench.portfolio.store.pushdown.SegmentSum;
import com.riskworkbench.portfolio.store.pushdown.ShareBalance;
import com.riskworkbench.portfolio.store.pushdown.StageGroup;
import com.riskworkbench.portfolio.store.pushdown.TransitionCount;
import com.riskworkbench.portfolio.store.pushdown.TransitionRef;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The push-down aggregates as Spark plans over a book's tables (docs/decisions/0009-spark-job.md):
 * the same scans as {@code PushDownQueries}, in DataFrame operations rather than SQL, returning the
 * same records, so that {@code DatabaseEngine} finishes them into the same results. Executors scan
 * and pre-aggregate their partitions; only the small aggregates reach the driver. Amounts are
 * summed as DECIMAL and come back as exact cents.
 */
public final class SparkAggregates implements Aggregates {
  private static final String ACTIVE = SparkRows.ACTIVE;

  private final SparkBook book;

  SparkAggregates(SparkBook book) {
    this.book = book;
  }

  @Override
  public List<TransitionCount> transitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext) {
    Dataset<Row> m = moves(scope, bucketEdges, firstNext, lastNext);
    List<TransitionCount> cells = new ArrayList<>();
    for (Row r :
        m.groupBy(col("from_state"), col("to_state"))
            .agg(count(lit(1)), sum(col("t_balance")), countDistinct(col("t_loan_id")))
            .collectAsList()) {
      cells.add(
          new TransitionCount(
              r.getInt(0), r.getInt(1), r.getLong(2), SparkRows.cents(r, 3), r.getLong(4)));
    }
    return cells;
  }

  @Override
  public List<ActiveGroup> activeByDaysPastDue(PushDownScope scope, YearMonth month) {
    List<ActiveGroup> out = new ArrayList<>();
    for (Row r :
        SparkRows.activeAt(book, scope, month)
            .groupBy(col("days_past_due"), col("five_category"))
            .agg(count(lit(1)), sum(col("balance")))
            .collectAsList()) {
      out.add(
          new ActiveGroup(
              r.getInt(0),
              Optional.ofNullable(r.getString(1)).map(BookedCategory::valueOf),
              r.getLong(2),
              SparkRows.cents(r, 3)));
    }
    return out;
  }

  @Override
  public List<SegmentSum> segments(
      PushDownScope scope, YearMonth month, LoanAttribute attribute, int specialMentionMax) {
    Column balance = col("balance");
    Column booked = col("five_category");
    Column npl =
        booked
            .isin("SUBSTANDARD", "DOUBTFUL", "LOSS")
            .or(booked.isNull().and(col("days_past_due").gt(specialMentionMax)));
    Column zero = lit(BigDecimal.ZERO);
    List<SegmentSum> out = new ArrayList<>();
    for (Row r :
        SparkRows.withLoanAndBorrower(book, SparkRows.activeAt(book, scope, month))
            .groupBy(SparkScope.segmentKey(attribute, month.atEndOfMonth()).as("segment"))
            .agg(
                count(lit(1)),
                sum(balance),
                sum(when(col("days_past_due").geq(30), balance).otherwise(zero)),
                sum(when(npl, balance).otherwise(zero)),
                sum(balance.multiply(col("interest_rate"))))
            .collectAsList()) {
      out.add(
          new SegmentSum(
              r.getString(0),
              r.getLong(1),
              SparkRows.cents(r, 2),
              SparkRows.cents(r, 3),
              SparkRows.cents(r, 4),
              r.getDecimal(5).movePointRight(2).doubleValue()));
    }
    return out;
  }

  @Override
  public List<BorrowerExposure> borrowersOver(
      PushDownScope scope, YearMonth month, long overCents) {
    List<BorrowerExposure> out = new ArrayList<>();
    for (Row r :
        SparkRows.withLoanAndBorrower(book, SparkRows.activeAt(book, scope, month))
            .groupBy(col("borrower_id"), col("borrower_type"))
            .agg(sum(col("balance")).as("exposure"))
            .where(col("exposure").gt(lit(BigDecimal.valueOf(overCents, 2))))
            .orderBy(col("borrower_id"))
            .collectAsList()) {
      out.add(new BorrowerExposure(r.getString(0), r.getString(1), SparkRows.cents(r, 2)));
    }
    return out;
  }

  @Override
  public List<BucketBalance> activeBalances(
      PushDownScope scope, int[] bucketEdges, YearMonth first, YearMonth last) {
    Dataset<Row> rows =
        book.loanMonth()
            .where(col("status").equalTo(ACTIVE))
            .where(col("month").between(lit(first.atDay(1)), lit(last.atDay(1))));
    List<BucketBalance> out = new ArrayList<>();
    for (Row r :
        SparkScope.restrict(rows, "loan_id", scope, book)
            .groupBy(
                date_format(col("month"), "yyyy-MM").as("ym"),
                SparkRows.bucket(col("days_past_due"), bucketEdges).as("bucket"))
            .agg(count(lit(1)), sum(col("balance")))
            .collectAsList()) {
      out.add(
          new BucketBalance(
              YearMonth.parse(r.getString(0)), r.getInt(1), r.getLong(2), SparkRows.cents(r, 3)));
    }
    return out;
  }

  @Override
  public List<TransitionRef> transitionPage(
      PushDownScope scope,
      int[] bucketEdges,
      YearMonth firstNext,
      YearMonth lastNext,
      int from,
      int to,
      Optional<TransitionRef> after,
      int limit) {
    Dataset<Row> cell =
        moves(scope, bucketEdges, firstNext, lastNext)
            .where(col("from_state").equalTo(from).and(col("to_state").equalTo(to)));
    if (after.isPresent()) {
      Column id = col("t_loan_id");
      String lastId = after.get().loanId();
      cell =
          cell.where(
              id.gt(lastId)
                  .or(
                      id.equalTo(lastId)
                          .and(col("t_month").gt(lit(after.get().month().atDay(1))))));
    }
    List<TransitionRef> page = new ArrayList<>();
    for (Row r :
        cell.orderBy(col("t_loan_id"), col("t_month"))
            .limit(limit)
            .select(col("t_loan_id"), date_format(col("t_month"), "yyyy-MM"))
            .collectAsList()) {
      page.add(new TransitionRef(r.getString(0), YearMonth.parse(r.getString(1))));
    }
    return page;
  }

  /**
   * The transitions of the window, as in {@code PushDownQueries}: each row ACTIVE at a month t
   * joined to the same loan's row at t+1, if any (an equi-join on loan id and month, which Spark
   * shuffles by loan id, or none when the tables are bucketed by it); from-bucket and to-state as
   * CASE expressions.
   */
  Dataset<Row> moves(PushDownScope scope, int[] edges, YearMonth firstNext, YearMonth lastNext) {
    Dataset<Row> t =
        SparkScope.restrict(
            book.loanMonth()
                .where(col("status").equalTo(ACTIVE))
                .where(
                    col("month")
                        .between(
                            lit(firstNext.minusMonths(1).atDay(1)),
                            lit(lastNext.minusMonths(1).atDay(1))))
                .select(
                    col("loan_id").as("t_loan_id"),
                    col("month").as("t_month"),
                    col("balance").as("t_balance"),
                    col("days_past_due").as("t_dpd")),
            "t_loan_id",
            scope,
            book);
    Dataset<Row> next =
        book.loanMonth()
            .where(col("month").between(lit(firstNext.atDay(1)), lit(lastNext.atDay(1))))
            .select(
                col("loan_id").as("n_loan_id"),
                col("month").as("n_month"),
                col("status").as("n_status"),
                col("days_past_due").as("n_dpd"));
    int paidOff = edges.length + 1;
    Column to =
        when(col("n_loan_id").isNull(), lit(paidOff + 2))
            .when(col("n_status").equalTo(ACTIVE), SparkRows.bucket(col("n_dpd"), edges))
            .when(col("n_status").equalTo("PAID_OFF"), lit(paidOff))
            .otherwise(lit(paidOff + 1));
    return t.join(
            next,
            col("n_loan_id")
                .equalTo(col("t_loan_id"))
                .and(col("n_month").equalTo(add_months(col("t_month"), 1))),
            "left")
        .select(
            col("t_loan_id"),
            col("t_month"),
            col("t_balance"),
            SparkRows.bucket(col("t_dpd"), edges).as("from_state"),
            to.as("to_state"));
  }

  // The forward-looking analyses and the exposures (PD, ECL, provisions, forecast, backtest,
  // period; Lorenz, groups, co-lending)
  @Override
  public List<MonthlyTransition> monthlyTransitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext) {
    return new SparkForward(book).monthlyTransitions(scope, bucketEdges, firstNext, lastNext);
  }

  @Override
  public void stageGroups(
      PushDownScope scope,
      YearMonth month,
      int[] classEdges,
      LoanAttribute a,
      int stage2Dpd,
      Consumer<StageGroup> each) {
    new SparkForward(book).stageGroups(scope, month, classEdges, a, stage2Dpd, each);
  }

  @Override
  public List<ChargeOffTally> chargeOffs(PushDownScope scope, YearMonth asOf, int seasoning) {
    return new SparkForward(book).chargeOffs(scope, asOf, seasoning);
  }

  @Override
  public HeldProvisions heldProvisions(PushDownScope scope, YearMonth month) {
    return new SparkForward(book).heldProvisions(scope, month);
  }

  @Override
  public List<ChargeOffMonth> chargeOffsAfter(
      PushDownScope scope, PushDownScope originScope, YearMonth origin, YearMonth last) {
    return new SparkForward(book).chargeOffsAfter(scope, originScope, origin, last);
  }

  @Override
  public List<ExposureCount> exposureDistribution(
      PushDownScope scope, YearMonth month, LoanAttribute unit) {
    return new SparkExposures(book).exposureDistribution(scope, month, unit);
  }

  @Override
  public List<GroupExposure> groupExposures(PushDownScope scope, YearMonth month) {
    return new SparkExposures(book).groupExposures(scope, month);
  }

  @Override
  public List<ShareBalance> coLentShares(PushDownScope scope, YearMonth month) {
    return new SparkExposures(book).coLentShares(scope, month);
  }

  @Override
  public List<CoLentLoan> coLentLoans(
      PushDownScope scope, YearMonth month, Set<BigDecimal> ownShares) {
    return new SparkExposures(book).coLentLoans(scope, month, ownShares);
  }

  @Override
  public boolean fundingPartnerRecorded() {
    return new SparkExposures(book).fundingPartnerRecorded();
  }

  // The regulator's views, scorecard monitoring and the data-quality checks
  @Override
  public List<MigrationCell> migration(
      PushDownScope scope, int[] categoryEdges, YearMonth start, YearMonth end) {
    return new SparkRegulator(book).migration(scope, categoryEdges, start, end);
  }

  @Override
  public List<NplBalance> nplBalances(
      PushDownScope scope, int specialMentionMax, YearMonth first, YearMonth last) {
    return new SparkRegulator(book).nplBalances(scope, specialMentionMax, first, last);
  }

  @Override
  public List<NplFlow> nplFlows(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    return new SparkRegulator(book).nplFlows(scope, specialMentionMax, start, end);
  }

  @Override
  public NplFlowLoans nplFlowLoans(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    return new SparkRegulator(book).nplFlowLoans(scope, specialMentionMax, start, end);
  }

  @Override
  public List<String> migrationPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth start,
      YearMonth end,
      int[] from,
      int[] to,
      Optional<String> after,
      int limit) {
    return new SparkRegulator(book)
        .migrationPage(scope, categoryEdges, start, end, from, to, after, limit);
  }

  @Override
  public List<String> nplWalkPage(
      PushDownScope scope,
      int specialMentionMax,
      YearMonth start,
      YearMonth end,
      NplComponent component,
      Optional<String> after,
      int limit) {
    return new SparkRegulator(book)
        .nplWalkPage(scope, specialMentionMax, start, end, component, after, limit);
  }

  @Override
  public List<String> underClassifiedPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth month,
      Optional<String> after,
      int limit) {
    return new SparkRegulator(book).underClassifiedPage(scope, categoryEdges, month, after, limit);
  }

  @Override
  public List<ScoreCount> scoreCounts(PushDownScope scope, YearMonth asOf, int mob, int threshold) {
    return new SparkChecks(book).scoreCounts(scope, asOf, mob, threshold);
  }

  @Override
  public List<MonthRowCount> monthRows(PushDownScope scope, YearMonth first, YearMonth last) {
    return new SparkChecks(book).monthRows(scope, first, last);
  }

  @Override
  public HistoryCounts historyCounts(
      PushDownScope scope, YearMonth asOf, Optional<YearMonth> firstNext) {
    return new SparkChecks(book).historyCounts(scope, asOf, firstNext);
  }

  // vintage, collections and fraud (SparkVintage, SparkCases)

  @Override
  public List<CohortSum> originations(PushDownScope scope) {
    return new SparkVintage(book).originations(scope);
  }

  @Override
  public List<CohortMonthSum> firstBadMonths(PushDownScope scope, int threshold) {
    return new SparkVintage(book).firstBadMonths(scope, threshold);
  }

  @Override
  public List<CohortMonthSum> firstChargeOffMonths(PushDownScope scope) {
    return new SparkVintage(book).firstChargeOffMonths(scope);
  }

  @Override
  public List<CohortMonthSum> netChargeOffs(PushDownScope scope) {
    return new SparkVintage(book).netChargeOffs(scope);
  }

  @Override
  public List<String> vintageLoanPage(
      PushDownScope scope,
      YearMonth firstOrigination,
      YearMonth lastOrigination,
      int lastMob,
      Optional<Integer> threshold,
      Optional<String> after,
      int limit) {
    return new SparkVintage(book)
        .loanPage(scope, firstOrigination, lastOrigination, lastMob, threshold, after, limit);
  }

  @Override
  public List<ActionSum> collectionActions(PushDownScope scope) {
    return new SparkCases(book).collectionActions(scope);
  }

  @Override
  public List<CohortRecoverySum> chargeOffsByCohort(PushDownScope scope) {
    return new SparkCases(book).chargeOffsByCohort(scope);
  }

  @Override
  public List<CaseSum> fraudCases(PushDownScope scope) {
    return new SparkCases(book).fraudCases(scope);
  }

  @Override
  public List<FraudCase> fraudCaseList(PushDownScope scope) {
    return new SparkCases(book).caseList(scope);
  }

  @Override
  public List<DaysToReportCount> daysToReport(PushDownScope scope) {
    return new SparkCases(book).daysToReport(scope);
  }

  @Override
  public List<FraudLoanSum> confirmedFraudLoans(PushDownScope scope) {
    return new SparkCases(book).confirmedFraudLoans(scope);
  }
}
