package com.riskworkbench.spark;

import com.riskworkbench.portfolio.store.pushdown.ActionSum;
import com.riskworkbench.portfolio.store.pushdown.Aggregates;
import com.riskworkbench.portfolio.store.pushdown.CaseSum;
import com.riskworkbench.portfolio.store.pushdown.CohortMonthSum;
import com.riskworkbench.portfolio.store.pushdown.CohortRecoverySum;
import com.riskworkbench.portfolio.store.pushdown.CohortSum;
import com.riskworkbench.portfolio.store.pushdown.DaysToReportCount;
import com.riskworkbench.portfolio.store.pushdown.FraudLoanSum;
import com.riskworkbench.portfolio.store.pushdown.HistoryCounts;
import com.riskworkbench.portfolio.store.pushdown.MigrationCell;
import com.riskworkbench.portfolio.store.pushdown.MonthRowCount;
import com.riskworkbench.portfolio.store.pushdown.NplBalance;
import com.riskworkbench.portfolio.store.pushdown.NplComponent;
import com.riskworkbench.portfolio.store.pushdown.NplFlow;
import com.riskworkbench.portfolio.store.pushdown.NplFlowLoans;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import com.riskworkbench.portfolio.store.pushdown.ScoreCount;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The aggregates the Spark job does not compute yet: each refuses with the analysis's scan named,
 * so that a kind the job does not list (SparkJob) can never run half on the cluster. The job's own
 * aggregates override these one by one as their Spark plans land (docs/decisions/0009).
 */
abstract class NotInSparkYet implements Aggregates {
  private static UnsupportedOperationException notYet(String scan) {
    return new UnsupportedOperationException(
        "the scan " + scan + " is not in the Spark job yet; see docs/spark-job.md");
  }

  @Override
  public List<MigrationCell> migration(
      PushDownScope scope, int[] categoryEdges, YearMonth start, YearMonth end) {
    throw notYet("migration");
  }

  @Override
  public List<NplBalance> nplBalances(
      PushDownScope scope, int specialMentionMax, YearMonth first, YearMonth last) {
    throw notYet("nplBalances");
  }

  @Override
  public List<NplFlow> nplFlows(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    throw notYet("nplFlows");
  }

  @Override
  public NplFlowLoans nplFlowLoans(
      PushDownScope scope, int specialMentionMax, YearMonth start, YearMonth end) {
    throw notYet("nplFlowLoans");
  }

  @Override
  public List<String> migrationPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth start,
      YearMonth end,
      int from,
      int to,
      Optional<String> after,
      int limit) {
    throw notYet("migrationPage");
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
    throw notYet("nplWalkPage");
  }

  @Override
  public List<String> underClassifiedPage(
      PushDownScope scope,
      int[] categoryEdges,
      YearMonth month,
      Optional<String> after,
      int limit) {
    throw notYet("underClassifiedPage");
  }

  @Override
  public List<CohortSum> originations(PushDownScope scope) {
    throw notYet("originations");
  }

  @Override
  public List<CohortMonthSum> firstBadMonths(PushDownScope scope, int threshold) {
    throw notYet("firstBadMonths");
  }

  @Override
  public List<CohortMonthSum> firstChargeOffMonths(PushDownScope scope) {
    throw notYet("firstChargeOffMonths");
  }

  @Override
  public List<CohortMonthSum> netChargeOffs(PushDownScope scope) {
    throw notYet("netChargeOffs");
  }

  @Override
  public List<ActionSum> collectionActions(PushDownScope scope) {
    throw notYet("collectionActions");
  }

  @Override
  public List<CohortRecoverySum> chargeOffsByCohort(PushDownScope scope) {
    throw notYet("chargeOffsByCohort");
  }

  @Override
  public List<CaseSum> fraudCases(PushDownScope scope) {
    throw notYet("fraudCases");
  }

  @Override
  public List<com.riskworkbench.portfolio.FraudCase> fraudCaseList(PushDownScope scope) {
    throw notYet("fraudCaseList");
  }

  @Override
  public List<DaysToReportCount> daysToReport(PushDownScope scope) {
    throw notYet("daysToReport");
  }

  @Override
  public List<FraudLoanSum> confirmedFraudLoans(PushDownScope scope) {
    throw notYet("confirmedFraudLoans");
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
    throw notYet("vintageLoanPage");
  }

  @Override
  public List<ScoreCount> scoreCounts(PushDownScope scope, YearMonth asOf, int mob, int threshold) {
    throw notYet("scoreCounts");
  }

  @Override
  public List<MonthRowCount> monthRows(PushDownScope scope, YearMonth first, YearMonth last) {
    throw notYet("monthRows");
  }

  @Override
  public HistoryCounts historyCounts(
      PushDownScope scope, YearMonth asOf, Optional<YearMonth> firstNext) {
    throw notYet("historyCounts");
  }
}
