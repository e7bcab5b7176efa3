package com.riskworkbench.spark;

import com.riskworkbench.portfolio.store.pushdown.Aggregates;
import com.riskworkbench.portfolio.store.pushdown.ChargeOffMonth;
import com.riskworkbench.portfolio.store.pushdown.ChargeOffTally;
import com.riskworkbench.portfolio.store.pushdown.CoLentLoan;
import com.riskworkbench.portfolio.store.pushdown.ExposureCount;
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
