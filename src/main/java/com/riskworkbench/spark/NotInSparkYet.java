package com.riskworkbench.spark;

import com.riskworkbench.portfolio.store.pushdown.ActionSum;
import com.riskworkbench.portfolio.store.pushdown.Aggregates;
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
import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import com.riskworkbench.portfolio.store.pushdown.MonthlyTransition;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import com.riskworkbench.portfolio.store.pushdown.ShareBalance;
import com.riskworkbench.portfolio.store.pushdown.StageGroup;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
  public List<MonthlyTransition> monthlyTransitions(
      PushDownScope scope, int[] bucketEdges, YearMonth firstNext, YearMonth lastNext) {
    throw notYet("monthlyTransitions");
  }

  @Override
  public List<StageGroup> stageGroups(
      PushDownScope scope,
      YearMonth month,
      int[] classEdges,
      LoanAttribute attribute,
      int stage2Dpd) {
    throw notYet("stageGroups");
  }

  @Override
  public List<ChargeOffTally> chargeOffs(PushDownScope scope, YearMonth asOf, int seasoning) {
    throw notYet("chargeOffs");
  }

  @Override
  public HeldProvisions heldProvisions(PushDownScope scope, YearMonth month) {
    throw notYet("heldProvisions");
  }

  @Override
  public List<ChargeOffMonth> chargeOffsAfter(
      PushDownScope scope, PushDownScope originScope, YearMonth origin, YearMonth last) {
    throw notYet("chargeOffsAfter");
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
  public List<ExposureCount> exposureDistribution(
      PushDownScope scope, YearMonth month, LoanAttribute unit) {
    throw notYet("exposureDistribution");
  }

  @Override
  public List<GroupExposure> groupExposures(PushDownScope scope, YearMonth month) {
    throw notYet("groupExposures");
  }

  @Override
  public List<ShareBalance> coLentShares(PushDownScope scope, YearMonth month) {
    throw notYet("coLentShares");
  }

  @Override
  public List<CoLentLoan> coLentLoans(
      PushDownScope scope, YearMonth month, Set<BigDecimal> ownShares) {
    throw notYet("coLentLoans");
  }

  @Override
  public boolean fundingPartnerRecorded() {
    throw notYet("fundingPartnerRecorded");
  }
}
