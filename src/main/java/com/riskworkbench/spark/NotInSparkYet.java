package com.riskworkbench.spark;

import com.riskworkbench.portfolio.store.pushdown.ActionSum;
import com.riskworkbench.portfolio.store.pushdown.Aggregates;
import com.riskworkbench.portfolio.store.pushdown.CaseSum;
import com.riskworkbench.portfolio.store.pushdown.CohortMonthSum;
import com.riskworkbench.portfolio.store.pushdown.CohortRecoverySum;
import com.riskworkbench.portfolio.store.pushdown.CohortSum;
import com.riskworkbench.portfolio.store.pushdown.DaysToReportCount;
import com.riskworkbench.portfolio.store.pushdown.FraudLoanSum;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
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
}
